using ClosedXML.Excel;
using LocalGov.Revenue.Resources;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Dashboard;

/// <summary>
/// The dashboard as a workbook: by kind, by month and top debtors, amounts in baht as numbers. Column widths are
/// set explicitly (ClosedXML's AdjustToContents needs Windows graphics).
/// </summary>
internal static class DashboardExcel
{
    private const string AmountFormat = "#,##0.00";
    private const string PercentFormat = "0.0";

    public static byte[] Write(DashboardViewModel model, IStringLocalizer<Strings> l)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var book = new XLWorkbook();

        var kinds = book.Worksheets.Add(l["Dash.SheetKinds"]);
        Header(kinds, [l["Dash.Kind"], l["Dash.Assessed"], l["Dash.Collected"], l["Dash.Efficiency"], l["Dash.Penalties"],
            l["Dash.CollectedLastYear", model.FiscalYear - 1], l["Dash.Change"]], [34, 18, 18, 12, 16, 22, 12]);
        var row = 2;
        foreach (var k in model.Kinds)
        {
            kinds.Cell(row, 1).SetValue(l["Kind." + k.Kind].Value);
            Amounts(kinds, row, 2, k.ThisYear.Assessed, k.ThisYear.Collected);
            Percent(kinds.Cell(row, 4), k.ThisYear.Efficiency);
            Amounts(kinds, row, 5, k.ThisYear.Penalties, k.LastYear.Collected);
            Percent(kinds.Cell(row, 7), k.CollectedChange);
            row++;
        }

        kinds.Cell(row, 1).SetValue(l["Dash.Total"].Value);
        Amounts(kinds, row, 2, model.Total.Assessed, model.Total.Collected);
        Percent(kinds.Cell(row, 4), model.Total.Efficiency);
        Amounts(kinds, row, 5, model.Total.Penalties, model.LastYearTotal.Collected);
        Percent(kinds.Cell(row, 7), model.CollectedChange);
        kinds.Row(row).Style.Font.Bold = true;

        var months = book.Worksheets.Add(l["Dash.SheetMonths"]);
        Header(months, [l["Dash.Month"], l["Dash.Assessed"], l["Dash.Collected"], l["Dash.CollectedLastYear", model.FiscalYear - 1]], [16, 18, 18, 22]);
        row = 2;
        foreach (var m in model.Months)
        {
            months.Cell(row, 1).SetValue(ThaiDate.FormatMonth(m.Year, m.Month));
            Amounts(months, row, 2, m.ThisYear.Assessed, m.ThisYear.Collected, m.LastYear.Collected);
            row++;
        }

        var debtors = book.Worksheets.Add(l["Dash.SheetDebtors"]);
        Header(debtors, [l["Dash.Taxpayer"], l["Dash.TaxId"], l["Dash.UnpaidBills"], l["Dash.OldestDue"], l["Dash.Outstanding"]], [40, 16, 12, 16, 18]);
        row = 2;
        foreach (var d in model.TopDebtors)
        {
            debtors.Cell(row, 1).SetValue(d.Name);
            debtors.Cell(row, 2).SetValue(d.TaxId);
            debtors.Cell(row, 3).SetValue(d.Bills);
            debtors.Cell(row, 4).SetValue(ThaiDate.Format(d.OldestDueOn, ThaiDateStyle.Short));
            Amounts(debtors, row, 5, d.Outstanding);
            row++;
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Header(IXLWorksheet sheet, LocalizedString[] titles, int[] widths)
    {
        for (var i = 0; i < titles.Length; i++)
        {
            sheet.Cell(1, i + 1).SetValue(titles[i].Value);
            sheet.Column(i + 1).Width = widths[i];
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
    }

    private static void Amounts(IXLWorksheet sheet, int row, int firstColumn, params Money[] amounts)
    {
        for (var i = 0; i < amounts.Length; i++)
        {
            var cell = sheet.Cell(row, firstColumn + i);
            cell.SetValue(amounts[i].Baht);
            cell.Style.NumberFormat.Format = AmountFormat;
        }
    }

    private static void Percent(IXLCell cell, decimal? value)
    {
        if (value is { } v)
        {
            cell.SetValue(v);
            cell.Style.NumberFormat.Format = PercentFormat;
        }
    }
}
