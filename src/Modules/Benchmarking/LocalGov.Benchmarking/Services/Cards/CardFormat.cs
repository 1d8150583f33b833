using System.Globalization;

namespace LocalGov.Benchmarking.Services.Cards;

/// <summary>How the card writes percentiles (one decimal), so the screen and the Excel export agree.</summary>
internal static class CardFormat
{
    public const int PercentileDecimals = 1;

    public static decimal? Percentile(decimal? value) =>
        value is { } v ? Math.Round(v, PercentileDecimals, MidpointRounding.AwayFromZero) : null;

    public static string PercentileText(decimal? value) =>
        Percentile(value) is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "–";

    /// <summary>A value rounded to the indicator's decimals, as the screen shows it.</summary>
    public static decimal? Rounded(decimal? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero) : null;
}
