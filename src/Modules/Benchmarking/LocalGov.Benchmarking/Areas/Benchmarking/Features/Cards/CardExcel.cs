using ClosedXML.Excel;
using LocalGov.Benchmarking.Resources;
using LocalGov.Benchmarking.Services;
using LocalGov.Benchmarking.Services.Cards;
using LocalGov.SharedKernel.Time;
using Microsoft.Extensions.Localization;

namespace LocalGov.Benchmarking.Areas.Benchmarking.Features.Cards;

/// <summary>
/// The card's table as a workbook with the screen's numbers: values and statistics rounded to the indicator's decimals,
/// percentiles to one decimal, missing values left empty with the missing inputs named. Column widths are set
/// explicitly (AdjustToContents needs Windows graphics).
/// </summary>
internal static class CardExcel
{
    /// <summary>Row of the column headings; the indicators follow (title and "figures as of" are above).</summary>
    public const int HeaderRow = 4;

    public static byte[] Write(CardModel model, IStringLocalizer<Strings> l)
    {
        var thai = IndicatorFormat.IsThai;
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add(l["Card.Sheet"].Value);
        var lao = model.Header.Lao;
        sheet.Cell(1, 1).SetValue(l["Card.Title", thai ? lao.NameTh : lao.NameEn, model.FiscalYear].Value);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).SetValue(model.Run is { FinishedUtc: { } asOf }
            ? l["Common.FiguresAsOf", ThaiDate.FormatDateTime(asOf, ThaiDateStyle.Medium)].Value
            : l["Common.NotComputed"].Value);

        string[] headers =
        [
            l["Card.Code"], l["Common.Indicator"], l["Common.Value"], l["Card.Unit"], l["Card.PeerMedian"], l["Card.BestQuartile"],
            l["Card.ProvinceMedian"], l["Card.NationalMedian"], l["Card.PeerRank"], l["Card.PeerCount"], l["Card.PeerPercentile"],
            l["Card.ProvinceRank"], l["Card.NationalRank"], l["Card.NationalCount"], l["Card.Position"], l["Card.MissingInputs"],
        ];
        double[] widths = [22, 45, 14, 14, 14, 14, 14, 14, 10, 10, 12, 10, 10, 10, 18, 50];
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(HeaderRow, i + 1).SetValue(headers[i]);
            sheet.Column(i + 1).Width = widths[i];
        }

        sheet.Row(HeaderRow).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(HeaderRow);

        var row = HeaderRow + 1;
        foreach (var r in model.Rows)
        {
            var ind = r.Indicator;
            var format = ind.Decimals > 0 ? "#,##0." + new string('0', ind.Decimals) : "#,##0";
            sheet.Cell(row, 1).SetValue(ind.Code);
            sheet.Cell(row, 2).SetValue(IndicatorFormat.Name(ind, thai));
            Number(sheet.Cell(row, 3), CardFormat.Rounded(r.Number, ind.Decimals), format);
            sheet.Cell(row, 4).SetValue(IndicatorFormat.UnitSuffix(ind.Unit, thai).Trim());
            Number(sheet.Cell(row, 5), CardFormat.Rounded(r.Peer?.Median, ind.Decimals), format);
            Number(sheet.Cell(row, 6), CardFormat.Rounded(r.Peer?.BestQuartile, ind.Decimals), format);
            Number(sheet.Cell(row, 7), CardFormat.Rounded(r.Province?.Median, ind.Decimals), format);
            Number(sheet.Cell(row, 8), CardFormat.Rounded(r.Nation?.Median, ind.Decimals), format);
            Number(sheet.Cell(row, 9), r.Value?.PeerRank, "0");
            Number(sheet.Cell(row, 10), r.Peer?.Count, "0");
            Number(sheet.Cell(row, 11), CardFormat.Percentile(r.Value?.PeerPercentile), "0.0");
            Number(sheet.Cell(row, 12), r.Value?.ProvinceRank, "0");
            Number(sheet.Cell(row, 13), r.Value?.NationalRank, "0");
            Number(sheet.Cell(row, 14), r.Nation?.Count, "0");
            if (r.Position is { } position)
            {
                sheet.Cell(row, 15).SetValue(l["Card.Position." + position].Value);
            }

            sheet.Cell(row, 16).SetValue(MissingText(r, thai, l));
            row++;
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>The missing inputs by name, or "denominator zero"; empty when the value is there.</summary>
    public static string MissingText(CardRow row, bool thai, IStringLocalizer<Strings> l)
    {
        var names = row.MissingFigures.Select(f => thai ? f.NameTh : f.NameEn).ToList();
        if (row.Missing.DenominatorZero)
        {
            names.Add(l["Card.DenominatorZero"].Value);
        }

        return row.Number is null && names.Count == 0 ? l["Common.Missing"].Value : string.Join(CardSummary.NameSeparator, names);
    }

    private static void Number(IXLCell cell, decimal? value, string format)
    {
        if (value is { } v)
        {
            cell.SetValue(v);
            cell.Style.NumberFormat.Format = format;
        }
    }

    private static void Number(IXLCell cell, int? value, string format) => Number(cell, value is { } v ? v : (decimal?)null, format);
}
