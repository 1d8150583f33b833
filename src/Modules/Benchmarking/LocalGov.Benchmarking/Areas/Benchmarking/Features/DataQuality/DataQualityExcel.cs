using ClosedXML.Excel;
using LocalGov.Benchmarking.Resources;
using LocalGov.Benchmarking.Services;
using LocalGov.Benchmarking.Services.DataQuality;
using LocalGov.SharedKernel.Time;
using Microsoft.Extensions.Localization;

namespace LocalGov.Benchmarking.Areas.Benchmarking.Features.DataQuality;

/// <summary>
/// The province view as a workbook, one sheet per list, with the screen's rows: values as numbers rounded to the
/// indicator's decimals. Column widths are set explicitly (AdjustToContents needs Windows graphics).
/// </summary>
internal static class DataQualityExcel
{
    public static byte[] Province(ProvinceQuality model, IStringLocalizer<Strings> l)
    {
        var thai = IndicatorFormat.IsThai;
        using var book = new XLWorkbook();

        var missing = book.Worksheets.Add(l["Quality.Sheet.Missing"].Value);
        Header(missing, [l["Quality.LaoCode"], l["Quality.Lao"], l["Quality.MissingWhat"], l["Quality.Figures"], l["Quality.Uncomputed"]], [12, 40, 36, 50, 50]);
        var row = 2;
        foreach (var m in model.Missing)
        {
            missing.Cell(row, 1).SetValue(m.Lao.Code);
            missing.Cell(row, 2).SetValue(thai ? m.Lao.NameTh : m.Lao.NameEn);
            missing.Cell(row, 3).SetValue(l[$"Quality.Missing.{m.Module}"].Value);
            missing.Cell(row, 4).SetValue(string.Join(", ", m.Figures));
            missing.Cell(row, 5).SetValue(string.Join(", ", m.Indicators));
            row++;
        }

        var late = book.Worksheets.Add(l["Quality.Sheet.Late"].Value);
        Header(late, [l["Quality.LaoCode"], l["Quality.Lao"], l["Quality.LateWhat"], l["Quality.LateCount"]], [12, 40, 50, 12]);
        row = 2;
        foreach (var d in model.Late)
        {
            late.Cell(row, 1).SetValue(d.Lao.Code);
            late.Cell(row, 2).SetValue(thai ? d.Lao.NameTh : d.Lao.NameEn);
            late.Cell(row, 3).SetValue(l[$"Quality.Late.{d.Kind}"].Value);
            late.Cell(row, 4).SetValue(d.Count);
            row++;
        }

        var outliers = book.Worksheets.Add(l["Quality.Sheet.Outliers"].Value);
        Header(
            outliers,
            [l["Quality.LaoCode"], l["Quality.Lao"], l["Quality.IndicatorCode"], l["Common.Indicator"], l["Common.Value"], l["Quality.Q1"], l["Common.Median"],
                l["Quality.Q3"], l["Quality.ReviewOutcome"], l["Quality.ReviewNote"], l["Quality.ReviewedBy"], l["Quality.ReviewedOn"]],
            [12, 40, 24, 40, 14, 14, 14, 14, 20, 40, 16, 18]);
        row = 2;
        foreach (var o in model.Outliers)
        {
            outliers.Cell(row, 1).SetValue(o.Lao.Code);
            outliers.Cell(row, 2).SetValue(thai ? o.Lao.NameTh : o.Lao.NameEn);
            outliers.Cell(row, 3).SetValue(o.Indicator.Code);
            outliers.Cell(row, 4).SetValue(IndicatorFormat.Name(o.Indicator, thai));
            Number(outliers.Cell(row, 5), o.Value, o.Indicator.Decimals);
            Number(outliers.Cell(row, 6), o.Q1, o.Indicator.Decimals);
            Number(outliers.Cell(row, 7), o.Median, o.Indicator.Decimals);
            Number(outliers.Cell(row, 8), o.Q3, o.Indicator.Decimals);
            if (o.Review is { } r)
            {
                outliers.Cell(row, 9).SetValue(l[$"Quality.Outcome.{r.Outcome}"].Value);
                outliers.Cell(row, 10).SetValue(r.Note);
                outliers.Cell(row, 11).SetValue(r.ReviewedBy);
                outliers.Cell(row, 12).SetValue(ThaiDate.FormatDateTime(r.ReviewedUtc, ThaiDateStyle.Short));
            }

            row++;
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Number(IXLCell cell, decimal? value, int decimals)
    {
        if (value is { } v)
        {
            cell.SetValue(Math.Round(v, decimals, MidpointRounding.AwayFromZero));
            cell.Style.NumberFormat.Format = decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals);
        }
    }

    private static void Header(IXLWorksheet sheet, IReadOnlyList<LocalizedString> headers, IReadOnlyList<double> widths)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            sheet.Cell(1, i + 1).SetValue(headers[i].Value);
            sheet.Column(i + 1).Width = widths[i];
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
    }
}
