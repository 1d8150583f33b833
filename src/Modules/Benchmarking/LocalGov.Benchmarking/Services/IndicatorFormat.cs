using System.Globalization;
using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Domain;

namespace LocalGov.Benchmarking.Services;

/// <summary>How an indicator's value reads on screen and in exports: number with the indicator's decimals and its unit.</summary>
internal static class IndicatorFormat
{
    /// <summary>The value with thousands separators and the indicator's decimal places; "–" when missing.</summary>
    public static string Number(decimal? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, CultureInfo.InvariantCulture) : "–";

    public static string Value(Indicator indicator, decimal? value, bool thai) =>
        value is null ? "–" : $"{Number(value, indicator.Decimals)}{UnitSuffix(indicator.Unit, thai)}";

    public static string UnitSuffix(IndicatorUnit unit, bool thai) => (unit, thai) switch
    {
        (IndicatorUnit.Percent, _) => " %",
        (IndicatorUnit.Baht, true) => " บาท",
        (IndicatorUnit.Baht, false) => " baht",
        (IndicatorUnit.BahtPerResident, true) => " บาท/คน",
        (IndicatorUnit.BahtPerResident, false) => " baht/resident",
        (IndicatorUnit.PerThousandResidents, true) => " ต่อประชากร 1,000 คน",
        (IndicatorUnit.PerThousandResidents, false) => " per 1,000 residents",
        (IndicatorUnit.Ratio, true) => " เท่า",
        (IndicatorUnit.Ratio, false) => "×",
        _ => "",
    };

    public static string Name(Indicator indicator, bool thai) => thai ? indicator.NameTh : indicator.NameEn;

    /// <summary>True when the UI is in Thai (the default).</summary>
    public static bool IsThai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";

    /// <summary>A figure (formula input) for the card's inputs table.</summary>
    public static string Figure(FigureDefinition figure, decimal? value) => value is not { } v
        ? "–"
        : figure.Kind switch
        {
            FigureKind.Baht => v.ToString("N2", CultureInfo.InvariantCulture),
            FigureKind.YesNo => v == 1m ? (IsThai ? "ใช่" : "yes") : (IsThai ? "ไม่ใช่" : "no"),
            FigureKind.Percent => v.ToString("N2", CultureInfo.InvariantCulture) + " %",
            _ => v.ToString("N0", CultureInfo.InvariantCulture),
        };
}
