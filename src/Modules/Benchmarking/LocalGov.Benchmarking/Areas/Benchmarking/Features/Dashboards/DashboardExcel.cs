using ClosedXML.Excel;
using LocalGov.Benchmarking.Domain;
using LocalGov.Benchmarking.Resources;
using LocalGov.Benchmarking.Services;
using LocalGov.Benchmarking.Services.Dashboards;
using LocalGov.Organizations.Contracts;
using Microsoft.Extensions.Localization;

namespace LocalGov.Benchmarking.Areas.Benchmarking.Features.Dashboards;

/// <summary>
/// The dashboards and the ranking as workbooks with the screen's tables and numbers (values as numbers rounded to the
/// indicator's decimals, as shown). Column widths are set explicitly (AdjustToContents needs Windows graphics).
/// </summary>
internal static class DashboardExcel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] National(NationalDashboard model, IStringLocalizer<Strings> l)
    {
        using var book = new XLWorkbook();
        var thai = IndicatorFormat.IsThai;
        var decimals = model.Selection.Indicator?.Decimals ?? 2;

        var tiles = Sheet(book, l["Dash.SheetProvinces"], [l["Common.Province"], l["Dash.ProvinceMedian"], l["Dash.Fifth"]], [30, 16, 10]);
        var row = 2;
        foreach (var tile in model.Tiles)
        {
            tiles.Cell(row, 1).SetValue(thai ? tile.Province.NameTh : tile.Province.NameEn);
            Number(tiles.Cell(row, 2), tile.Median, decimals);
            if (tile.Fifth is { } fifth)
            {
                tiles.Cell(row, 3).SetValue(fifth);
            }

            row++;
        }

        LaoList(book, l["Dash.SheetTop"], model.Top, model.Provinces, decimals, l);
        LaoList(book, l["Dash.SheetBottom"], model.Bottom, model.Provinces, decimals, l);
        Bins(book, model.Bins, decimals, l);

        var change = Sheet(book, l["Dash.SheetChange"], [l["Common.Province"], l["Dash.LastYear"], l["Dash.ThisYear"], l["Dash.Improvement"]], [30, 16, 16, 16]);
        change.Cell(2, 1).SetValue(l["Dash.NationalMedian"].Value);
        Number(change.Cell(2, 2), model.LastNationalMedian, decimals);
        Number(change.Cell(2, 3), model.NationalMedian, decimals);
        row = 3;
        foreach (var move in model.Movers)
        {
            change.Cell(row, 1).SetValue(thai ? move.Province.NameTh : move.Province.NameEn);
            Number(change.Cell(row, 2), move.LastMedian, decimals);
            Number(change.Cell(row, 3), move.Median, decimals);
            Number(change.Cell(row, 4), move.Improvement, decimals);
            row++;
        }

        LaoList(book, l["Dash.SheetImproved"], model.Improvers, model.Provinces, decimals, l, withChange: true);
        return Save(book);
    }

    public static byte[] Province(ProvinceDashboard model, IStringLocalizer<Strings> l)
    {
        using var book = new XLWorkbook();
        var thai = IndicatorFormat.IsThai;
        var decimals = model.Selection.Indicator?.Decimals ?? 2;
        var sheet = Sheet(book, l["Dash.SheetLaos"],
            [l["Dash.LaoCode"], l["Dash.Lao"], l["Common.LaoType"], l["Common.Value"], l["Rank.National"], l["Rank.ProvinceRank"], l["Rank.PeerRank"],
             l["Rank.Percentile"], l["Dash.Change"], l["Dash.MissingInputs"]],
            [12, 40, 28, 14, 10, 10, 10, 10, 12, 40]);
        var row = 2;
        foreach (var lao in model.Laos)
        {
            sheet.Cell(row, 1).SetValue(lao.Code);
            sheet.Cell(row, 2).SetValue(thai ? lao.NameTh : lao.NameEn);
            sheet.Cell(row, 3).SetValue(LaoTypes.DisplayName(lao.Type, thai));
            Number(sheet.Cell(row, 4), lao.Value, decimals);
            Int(sheet.Cell(row, 5), lao.NationalRank);
            Int(sheet.Cell(row, 6), lao.ProvinceRank);
            Int(sheet.Cell(row, 7), lao.PeerRank);
            Number(sheet.Cell(row, 8), lao.Value is null ? null : lao.NationalPercentile, 1);
            Number(sheet.Cell(row, 9), lao.Change, decimals);
            if (lao.Value is null)
            {
                sheet.Cell(row, 10).SetValue(DashboardText.MissingReason(lao.MissingInputs, l));
            }

            row++;
        }

        var medians = Sheet(book, l["Dash.SheetMedians"], [l["Dash.Group"], l["Common.Median"]], [30, 16]);
        medians.Cell(2, 1).SetValue(thai ? model.Province.NameTh : model.Province.NameEn);
        Number(medians.Cell(2, 2), model.ProvinceMedian, decimals);
        medians.Cell(3, 1).SetValue(l["Dash.Nation"].Value);
        Number(medians.Cell(3, 2), model.NationalMedian, decimals);
        Bins(book, model.Bins, decimals, l);
        return Save(book);
    }

    public static byte[] Ranking(Ranking model, IStringLocalizer<Strings> l)
    {
        using var book = new XLWorkbook();
        var thai = IndicatorFormat.IsThai;
        var decimals = model.Selection.Indicator?.Decimals ?? 2;
        var sheet = Sheet(book, l["Rank.Sheet"],
            [l["Rank.National"], l["Common.Value"], l["Dash.LaoCode"], l["Dash.Lao"], l["Common.LaoType"], l["Common.Province"], l["Rank.ProvinceRank"],
             l["Rank.PeerGroup"], l["Rank.PeerRank"], l["Rank.Percentile"], l["Dash.MissingInputs"]],
            [10, 14, 12, 40, 28, 20, 10, 30, 10, 10, 40]);
        var row = 2;
        foreach (var r in model.Rows)
        {
            Int(sheet.Cell(row, 1), r.NationalRank);
            Number(sheet.Cell(row, 2), r.Value, decimals);
            sheet.Cell(row, 3).SetValue(r.Code);
            sheet.Cell(row, 4).SetValue(thai ? r.NameTh : r.NameEn);
            sheet.Cell(row, 5).SetValue(LaoTypes.DisplayName(r.Type, thai));
            sheet.Cell(row, 6).SetValue(model.ProvincesById.TryGetValue(r.ProvinceId, out var p) ? (thai ? p.NameTh : p.NameEn) : "");
            Int(sheet.Cell(row, 7), r.ProvinceRank);
            sheet.Cell(row, 8).SetValue(DashboardText.BandName(r.PeerBandId is { } b && model.BandsById.TryGetValue(b, out var band) ? band : null));
            Int(sheet.Cell(row, 9), r.PeerRank);
            Number(sheet.Cell(row, 10), r.Value is null ? null : r.NationalPercentile, 1);
            if (r.Value is null)
            {
                sheet.Cell(row, 11).SetValue(DashboardText.MissingReason(r.MissingInputs, l));
            }

            row++;
        }

        return Save(book);
    }

    private static void LaoList(
        XLWorkbook book, string name, IReadOnlyList<LaoListRow> rows, IReadOnlyDictionary<int, ProvinceDto> provinces, int decimals, IStringLocalizer<Strings> l,
        bool withChange = false)
    {
        var thai = IndicatorFormat.IsThai;
        string[] headers = withChange
            ? [l["Dash.LaoCode"], l["Dash.Lao"], l["Common.Province"], l["Dash.LastYear"], l["Dash.ThisYear"], l["Dash.Improvement"], l["Rank.National"]]
            : [l["Dash.LaoCode"], l["Dash.Lao"], l["Common.Province"], l["Common.Value"], l["Rank.National"]];
        var sheet = Sheet(book, name, headers, withChange ? [12, 40, 20, 14, 14, 14, 10] : [12, 40, 20, 14, 10]);
        var row = 2;
        foreach (var lao in rows)
        {
            sheet.Cell(row, 1).SetValue(lao.Code);
            sheet.Cell(row, 2).SetValue(thai ? lao.NameTh : lao.NameEn);
            sheet.Cell(row, 3).SetValue(provinces.TryGetValue(lao.ProvinceId, out var p) ? (thai ? p.NameTh : p.NameEn) : "");
            var column = 4;
            if (withChange)
            {
                Number(sheet.Cell(row, column++), lao.LastValue, decimals);
            }

            Number(sheet.Cell(row, column++), lao.Value, decimals);
            if (withChange)
            {
                Number(sheet.Cell(row, column++), lao.Improvement, decimals);
            }

            Int(sheet.Cell(row, column), lao.NationalRank);
            row++;
        }
    }

    private static void Bins(XLWorkbook book, IReadOnlyList<HistogramBin> bins, int decimals, IStringLocalizer<Strings> l)
    {
        var sheet = Sheet(book, l["Dash.SheetDistribution"], [l["Dash.BinFrom"], l["Dash.BinTo"], l["Dash.LaoCount"], l["Dash.HasMedian"]], [14, 14, 10, 16]);
        var row = 2;
        foreach (var bin in bins)
        {
            Number(sheet.Cell(row, 1), bin.From, decimals);
            Number(sheet.Cell(row, 2), bin.To, decimals);
            sheet.Cell(row, 3).SetValue(bin.Count);
            if (bin.HasMedian)
            {
                sheet.Cell(row, 4).SetValue(l["Common.Median"].Value);
            }

            row++;
        }
    }

    private static IXLWorksheet Sheet(XLWorkbook book, string name, IReadOnlyList<string> headers, IReadOnlyList<double> widths)
    {
        var sheet = book.Worksheets.Add(name);
        for (var i = 0; i < headers.Count; i++)
        {
            sheet.Cell(1, i + 1).SetValue(headers[i]);
            sheet.Column(i + 1).Width = widths[i];
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        return sheet;
    }

    /// <summary>The value rounded as on screen, with the same number of decimals shown.</summary>
    private static void Number(IXLCell cell, decimal? value, int decimals)
    {
        if (value is { } v)
        {
            cell.SetValue(Math.Round(v, decimals, MidpointRounding.AwayFromZero));
            cell.Style.NumberFormat.Format = decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals);
        }
    }

    private static void Int(IXLCell cell, int? value)
    {
        if (value is { } v)
        {
            cell.SetValue(v);
        }
    }

    private static byte[] Save(XLWorkbook book)
    {
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
