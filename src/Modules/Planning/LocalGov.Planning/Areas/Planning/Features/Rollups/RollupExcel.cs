using System.Globalization;
using ClosedXML.Excel;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Resources;
using LocalGov.Planning.Services.Rollups;
using Microsoft.Extensions.Localization;

namespace LocalGov.Planning.Areas.Planning.Features.Rollups;

/// <summary>
/// The roll-up pages as workbooks, one sheet per table, with the screen's numbers: amounts in baht as numbers with two
/// decimals, rates and progress rounded as shown. Column widths are set explicitly (AdjustToContents needs Windows graphics).
/// </summary>
internal static class RollupExcel
{
    private const string AmountFormat = "#,##0.00";

    public static byte[] Province(ProvinceRollup model, IStringLocalizer<Strings> l)
    {
        using var book = new XLWorkbook();
        var thai = IsThai;
        var sheet = book.Worksheets.Add(l["Rollup.SheetLaos"]);
        Header(sheet, [l["Rollup.LaoCode"].Value, l["Rollup.Lao"], l["Rollup.LaoType"], .. FigureHeaders(l, false)], [12, 40, 28, .. FigureWidths(false)]);
        var row = 2;
        foreach (var lao in model.Laos)
        {
            sheet.Cell(row, 1).SetValue(lao.Code);
            sheet.Cell(row, 2).SetValue(thai ? lao.NameTh : lao.NameEn);
            sheet.Cell(row, 3).SetValue(LaoTypes.DisplayName(lao.Type, thai));
            if (lao.Figures is { } f)
            {
                sheet.Cell(row, 4).SetValue(f.ApprovedPlans > 0 ? l["Rollup.Yes"].Value : l["Rollup.No"].Value);
                FigureCells(sheet, row, 5, f);
            }
            else
            {
                sheet.Cell(row, 4).SetValue(l["Rollup.NoData"].Value);
            }

            row++;
        }

        sheet.Cell(row, 2).SetValue(l["Rollup.Total"].Value);
        sheet.Cell(row, 4).SetValue(model.Total.ApprovedPlans);
        FigureCells(sheet, row, 5, model.Total);
        sheet.Row(row).Style.Font.Bold = true;

        StrategySheet(book, model.Strategies, l);

        var late = book.Worksheets.Add(l["Rollup.SheetLate"]);
        Header(late, [l["Rollup.LaoCode"].Value, l["Rollup.Lao"], l["Rollup.ReportsDue"], l["Rollup.ReportsOnTime"], l["Rollup.ReportsLate"]], [12, 40, 12, 12, 12]);
        row = 2;
        foreach (var lao in model.LateReports)
        {
            late.Cell(row, 1).SetValue(lao.Code);
            late.Cell(row, 2).SetValue(thai ? lao.NameTh : lao.NameEn);
            late.Cell(row, 3).SetValue(lao.Figures!.ReportsDue);
            late.Cell(row, 4).SetValue(lao.Figures.ReportsOnTime);
            late.Cell(row, 5).SetValue(lao.Figures.ReportsLate);
            row++;
        }

        return Save(book);
    }

    public static byte[] National(NationalRollup model, IStringLocalizer<Strings> l)
    {
        using var book = new XLWorkbook();
        var thai = IsThai;
        var sheet = book.Worksheets.Add(l["Rollup.SheetProvinces"]);
        Header(sheet, [l["Rollup.ProvinceCode"].Value, l["Rollup.Province"], l["Rollup.LaoCount"], l["Rollup.LaosWithData"], .. FigureHeaders(l, true)],
            [10, 30, 10, 12, .. FigureWidths(true)]);
        var row = 2;
        foreach (var p in model.Provinces)
        {
            sheet.Cell(row, 1).SetValue(p.Code);
            sheet.Cell(row, 2).SetValue(thai ? p.NameTh : p.NameEn);
            sheet.Cell(row, 3).SetValue(p.LaoCount);
            sheet.Cell(row, 4).SetValue(p.Figures.LaosWithData);
            sheet.Cell(row, 5).SetValue(p.Figures.ApprovedPlans);
            FigureCells(sheet, row, 6, p.Figures);
            row++;
        }

        sheet.Cell(row, 2).SetValue(l["Rollup.Total"].Value);
        sheet.Cell(row, 3).SetValue(model.LaoCount);
        sheet.Cell(row, 4).SetValue(model.Total.LaosWithData);
        sheet.Cell(row, 5).SetValue(model.Total.ApprovedPlans);
        FigureCells(sheet, row, 6, model.Total);
        sheet.Row(row).Style.Font.Bold = true;
        StrategySheet(book, model.Strategies, l);
        return Save(book);
    }

    private static bool IsThai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";

    /// <summary>Approved plan(s), then the figures <see cref="FigureCells"/> writes.</summary>
    private static string[] FigureHeaders(IStringLocalizer<Strings> l, bool counts) =>
    [
        counts ? l["Rollup.ApprovedPlans"] : l["Rollup.PlanApproved"], l["Rollup.ProjectsInPlan"], l["Rollup.ProjectsInActionPlan"],
        l["Rollup.Done"], l["Rollup.InProgress"], l["Rollup.NotStarted"], l["Rollup.Cancelled"], l["Rollup.Planned"], l["Rollup.Budgeted"],
        l["Rollup.Disbursed"], l["Rollup.DisbursementRate"], l["Rollup.Progress"], l["Rollup.ReportsDue"], l["Rollup.ReportsOnTime"], l["Rollup.ReportsLate"],
    ];

    private static double[] FigureWidths(bool counts) => [counts ? 12 : 10, 10, 10, 10, 10, 10, 10, 20, 20, 20, 10, 10, 10, 10, 10];

    /// <summary>Projects in plan … reports late, from <paramref name="column"/>.</summary>
    private static void FigureCells(IXLWorksheet sheet, int row, int column, RollupFigures f)
    {
        sheet.Cell(row, column).SetValue(f.ProjectsInPlan);
        sheet.Cell(row, column + 1).SetValue(f.ProjectsInActionPlan);
        sheet.Cell(row, column + 2).SetValue(f.ProjectsDone);
        sheet.Cell(row, column + 3).SetValue(f.ProjectsInProgress);
        sheet.Cell(row, column + 4).SetValue(f.ProjectsNotStarted);
        sheet.Cell(row, column + 5).SetValue(f.ProjectsCancelled);
        Amount(sheet.Cell(row, column + 6), f.Planned);
        Amount(sheet.Cell(row, column + 7), f.Budgeted);
        Amount(sheet.Cell(row, column + 8), f.Disbursed);
        Percent(sheet.Cell(row, column + 9), f.DisbursementRate);
        Percent(sheet.Cell(row, column + 10), f.Progress);
        sheet.Cell(row, column + 11).SetValue(f.ReportsDue);
        sheet.Cell(row, column + 12).SetValue(f.ReportsOnTime);
        sheet.Cell(row, column + 13).SetValue(f.ReportsLate);
    }

    private static void StrategySheet(XLWorkbook book, IReadOnlyList<StrategyRollupRow> rows, IStringLocalizer<Strings> l)
    {
        var sheet = book.Worksheets.Add(l["Rollup.SheetStrategies"]);
        Header(sheet, [l["Rollup.NationalStrategy"].Value, l["Rollup.LaoCount"], l["Rollup.Projects"], l["Rollup.Planned"], l["Rollup.Share"]], [50, 10, 10, 22, 10]);
        var row = 2;
        foreach (var s in rows)
        {
            sheet.Cell(row, 1).SetValue(l[$"NationalStrategy.{(Domain.NationalStrategy)s.NationalStrategy}"].Value);
            sheet.Cell(row, 2).SetValue(s.Laos);
            sheet.Cell(row, 3).SetValue(s.Projects);
            Amount(sheet.Cell(row, 4), s.Planned);
            Percent(sheet.Cell(row, 5), s.SharePercent);
            row++;
        }

        sheet.Cell(row, 1).SetValue(l["Rollup.Total"].Value);
        sheet.Cell(row, 3).SetValue(rows.Sum(r => r.Projects));
        Amount(sheet.Cell(row, 4), rows.Sum(r => r.Planned));
        sheet.Row(row).Style.Font.Bold = true;
    }

    private static void Header(IXLWorksheet sheet, IReadOnlyList<string> headers, IReadOnlyList<double> widths)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            sheet.Cell(1, i + 1).SetValue(headers[i]);
            sheet.Column(i + 1).Width = widths[i];
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
    }

    private static void Amount(IXLCell cell, long satang)
    {
        cell.SetValue(satang / 100m);
        cell.Style.NumberFormat.Format = AmountFormat;
    }

    private static void Percent(IXLCell cell, decimal? value)
    {
        if (value is { } v)
        {
            cell.SetValue(v);
            cell.Style.NumberFormat.Format = "0.0";
        }
    }

    private static byte[] Save(XLWorkbook book)
    {
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
