using System.Globalization;
using LocalGov.SharedKernel.Time;

namespace LocalGov.SharedKernel.Amounts;

/// <summary>
/// Numeric baht formatting for documents and screens. Thai practice uses the same grouping as the invariant
/// culture ("1,234,567.89"), so the output never depends on the server's or user's number settings.
/// </summary>
public static class BahtFormat
{
    /// <summary>
    /// "1,234,567.89": always two decimals, comma grouping, period decimal, leading minus ("-1,234.00").
    /// Extra decimals are rounded half away from zero (<see cref="MoneyRounding.ToSatang"/>).
    /// </summary>
    public static string Format(decimal amount)
    {
        var rounded = MoneyRounding.ToSatang(amount);

        // Rounding can leave a negative zero (-0.001 → -0.00); print it as plain zero.
        return rounded == 0m ? "0.00" : rounded.ToString("#,##0.00", CultureInfo.InvariantCulture);
    }

    public static string Format(Money amount) => Format(amount.Baht);

    /// <summary>"1,234.50 บาท" for Thai, "1,234.50 baht" otherwise; culture defaults to the UI culture.</summary>
    public static string FormatWithUnit(decimal amount, CultureInfo? culture = null) =>
        Format(amount) + (ThaiDate.IsThai(culture) ? " บาท" : " baht");

    public static string FormatWithUnit(Money amount, CultureInfo? culture = null) =>
        FormatWithUnit(amount.Baht, culture);
}
