using LocalGov.Revenue.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Shared;

/// <summary>
/// The checks every administrator's correction of a rate table shares: amounts and percentages are non-negative,
/// at most two decimals and below a sensible ceiling; a new effective-dated row starts in a plausible B.E. year.
/// Each failure is a localized message on the field (resource keys <c>Ref.*</c>).
/// </summary>
internal static class ReferenceRateInput
{
    public const int MinYear = 2563;
    public const int MaxYear = 2700;

    public static bool IsAmount(decimal? value, decimal max) => value is { } v && v >= 0m && v <= max && decimal.Round(v, 2) == v;

    /// <summary>Checks a baht amount (0 – <paramref name="max"/>, satang precision).</summary>
    public static void Baht(ModelStateDictionary state, IStringLocalizer<Strings> l, string field, decimal? value, decimal max)
    {
        if (!IsAmount(value, max))
        {
            state.AddModelError(field, l["Ref.BahtRange", max.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)]);
        }
    }

    /// <summary>Checks a percentage (0 – <paramref name="max"/> %, two decimals, so that it is a whole number of basis points).</summary>
    public static void Percent(ModelStateDictionary state, IStringLocalizer<Strings> l, string field, decimal? value, decimal max)
    {
        if (!IsAmount(value, max))
        {
            state.AddModelError(field, l["Ref.PercentRange", max]);
        }
    }

    public static void Days(ModelStateDictionary state, IStringLocalizer<Strings> l, string field, int? value)
    {
        if (value is not (>= 0 and <= 365))
        {
            state.AddModelError(field, l["Ref.DaysRange"]);
        }
    }

    /// <summary>An optional "from year" for a new row: empty corrects the row itself; otherwise a year after the row's own.</summary>
    public static void NewFromYear(ModelStateDictionary state, IStringLocalizer<Strings> l, string field, int? value, int rowYear)
    {
        if (value is { } year && (year is < MinYear or > MaxYear || year <= rowYear))
        {
            state.AddModelError(field, l["Ref.FromYearRange", Math.Max(MinYear, rowYear + 1), MaxYear]);
        }
    }

    public static int BasisPoints(decimal percent) => (int)(percent * 100m);

    public static decimal Percent(int basisPoints) => basisPoints / 100m;
}
