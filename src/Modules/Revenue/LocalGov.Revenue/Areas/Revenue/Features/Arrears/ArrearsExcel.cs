using ClosedXML.Excel;
using LocalGov.Revenue.Resources;
using LocalGov.Revenue.Services.Payments;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Arrears;

/// <summary>The ageing report and the debtors as a workbook; amounts in baht as numbers; column widths set explicitly.</summary>
internal static class ArrearsExcel
{
    private const string AmountFormat = "#,##0.00";

    public static byte[] Write(AgeingReport ageing, IReadOnlyList<Debtor> debtors, IStringLocalizer<Strings> l)
    {
        ArgumentNullException.ThrowIfNull(ageing);
        ArgumentNullException.ThrowIfNull(debtors);
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add(l["Pay.Arrears.SheetAgeing"].Value);
        sheet.Cell(1, 1).SetValue(l["Pay.Arrears.AsOf", ThaiDate.Format(ageing.AsOf, ThaiDateStyle.Long)].Value);
        string[] headers =
        [
            l["Pay.Kind"], l["Pay.Arrears.Bucket0"], l["Pay.Arrears.Bucket1"], l["Pay.Arrears.Bucket2"], l["Pay.Arrears.Bucket3"], l["Pay.Arrears.Bucket4"],
            l["Pay.Arrears.Bills"], l["Pay.Outstanding"], l["Pay.Surcharge"], l["Pay.Interest"], l["Pay.TotalOwed"],
        ];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(3, c + 1).SetValue(headers[c]);
            sheet.Column(c + 1).Width = c == 0 ? 34 : 18;
        }

        sheet.Row(3).Style.Font.Bold = true;
        var row = 4;
        foreach (var r in ageing.Rows.Append(ageing.Total))
        {
            sheet.Cell(row, 1).SetValue(r.Kind is { } k ? l[$"Kind.{k}"].Value : l["Pay.Total"].Value);
            for (var b = 0; b < r.Buckets.Count; b++)
            {
                Amount(sheet.Cell(row, 2 + b), r.Buckets[b]);
            }

            sheet.Cell(row, 7).SetValue(r.Bills);
            Amount(sheet.Cell(row, 8), r.Principal);
            Amount(sheet.Cell(row, 9), r.Surcharge);
            Amount(sheet.Cell(row, 10), r.Interest);
            Amount(sheet.Cell(row, 11), r.Total);
            row++;
        }

        sheet.Row(row - 1).Style.Font.Bold = true;

        var debtorSheet = book.Worksheets.Add(l["Pay.Arrears.SheetDebtors"].Value);
        string[] debtorHeaders = [l["Pay.Taxpayer"], l["Pay.Arrears.Bills"], l["Pay.DaysOverdue"], l["Pay.Outstanding"], l["Pay.Arrears.Penalties"], l["Pay.TotalOwed"]];
        for (var c = 0; c < debtorHeaders.Length; c++)
        {
            debtorSheet.Cell(1, c + 1).SetValue(debtorHeaders[c]);
            debtorSheet.Column(c + 1).Width = c == 0 ? 40 : 18;
        }

        debtorSheet.Row(1).Style.Font.Bold = true;
        row = 2;
        foreach (var d in debtors)
        {
            debtorSheet.Cell(row, 1).SetValue(d.Name);
            debtorSheet.Cell(row, 2).SetValue(d.Bills);
            debtorSheet.Cell(row, 3).SetValue(d.DaysOverdue);
            Amount(debtorSheet.Cell(row, 4), d.Principal);
            Amount(debtorSheet.Cell(row, 5), d.Penalties);
            Amount(debtorSheet.Cell(row, 6), d.Total);
            row++;
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Amount(IXLCell cell, Money amount)
    {
        cell.SetValue(amount.Baht);
        cell.Style.NumberFormat.Format = AmountFormat;
    }
}
