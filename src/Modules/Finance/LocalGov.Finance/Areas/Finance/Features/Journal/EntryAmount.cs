using System.Globalization;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Finance.Areas.Finance.Features.Journal;

/// <summary>
/// Amounts typed or imported in baht ("1,234.50"): parsed as decimal, never negative, at most two decimals (a third
/// decimal is refused, never rounded). The result is the money, or the resource key of the problem.
/// </summary>
internal static class EntryAmount
{
    /// <summary>A sanity bound far above any LAO entry (100,000 million baht).</summary>
    public const decimal Maximum = 100_000_000_000m;

    /// <summary>Empty text is zero (the other side of the line).</summary>
    public static (Money Amount, string? Error) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (Money.Zero, null);
        }

        return BahtInput.TryParse(text, out var value)
            ? FromDecimal(value)
            : (Money.Zero, "Books.AmountInvalid");
    }

    public static (Money Amount, string? Error) FromDecimal(decimal value)
    {
        if (value < 0)
        {
            return (Money.Zero, "Books.AmountNegative");
        }

        if (!BahtInput.HasAtMostTwoDecimals(value))
        {
            return (Money.Zero, "Books.AmountDecimals");
        }

        return value > Maximum ? (Money.Zero, "Books.AmountTooLarge") : (Money.FromBaht(value), null);
    }

    /// <summary>How an amount is put back into a form field (invariant, no grouping, so it parses back).</summary>
    public static string Show(Money amount) => amount == Money.Zero ? "" : amount.Baht.ToString("0.00", CultureInfo.InvariantCulture);
}
