using System.Globalization;
using LocalGov.Benchmarking.Domain;
using LocalGov.Benchmarking.Resources;
using LocalGov.Benchmarking.Services;
using Microsoft.Extensions.Localization;

namespace LocalGov.Benchmarking.Areas.Benchmarking.Features.Dashboards;

/// <summary>Texts the dashboard and ranking pages and their workbooks share, so the screen and Excel say the same.</summary>
internal static class DashboardText
{
    /// <summary>"No data: population, revenue collected" or "No data: zero denominator", from the stored missing inputs.</summary>
    public static string MissingReason(string? missingInputs, IStringLocalizer<Strings> l)
    {
        var thai = IndicatorFormat.IsThai;
        var parts = (missingInputs ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(code => code == "/0"
                ? l["Rank.ZeroDenominator"].Value
                : FigureCatalog.All.FirstOrDefault(f => f.Code == code) is { } figure ? (thai ? figure.NameTh : figure.NameEn) : code)
            .ToList();
        return parts.Count == 0 ? l["Common.Missing"].Value : l["Rank.NoData", string.Join(", ", parts)].Value;
    }

    /// <summary>A change with its sign, in the indicator's decimals ("+1.50", "−0.25").</summary>
    public static string Change(decimal? change, int decimals) => change switch
    {
        null => "–",
        > 0 => "+" + IndicatorFormat.Number(change, decimals),
        _ => IndicatorFormat.Number(change, decimals),
    };

    public static string Percentile(decimal? percentile) =>
        percentile is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) : "–";

    public static string BandName(PeerBand? band) => band is null ? "–" : IndicatorFormat.IsThai ? band.NameTh : band.NameEn;
}
