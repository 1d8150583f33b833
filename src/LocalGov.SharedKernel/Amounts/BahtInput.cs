using System.Globalization;

namespace LocalGov.SharedKernel.Amounts;

/// <summary>
/// Amounts typed into a form or read from an imported file in baht ("1,234.50"): parsed with the invariant culture,
/// and a third decimal is refused by the caller with its own message, never rounded away.
/// </summary>
public static class BahtInput
{
    public static bool TryParse(string? text, out decimal baht) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out baht);

    /// <summary>True when the amount is a whole number of satang, so <see cref="Money.FromBaht"/> takes it as it is.</summary>
    public static bool HasAtMostTwoDecimals(decimal baht) => baht * 100m == decimal.Truncate(baht * 100m);
}
