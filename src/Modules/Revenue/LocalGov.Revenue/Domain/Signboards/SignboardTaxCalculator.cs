using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Revenue.Domain.Signboards;

/// <summary>The rate the calculator applies: baht per 500 cm² and the minimum per sign.</summary>
internal sealed record SignboardRateValue(Money RatePer500Cm2, Money MinimumPerSign);

/// <summary>
/// One sign's tax for one year, with every figure the notice explains: area, 500 cm² units (a remainder of 250 cm² or
/// more counts as a unit), the yearly tax before and after the minimum, the quarters taxed and the amount due.
/// <see cref="Quarters"/> is 0 when the sign does not stand in the year (then the amount is zero).
/// </summary>
internal sealed record SignboardTax(
    long AreaCm2,
    long FullUnits,
    long RemainderCm2,
    bool RemainderCounted,
    long Units,
    Money RatePer500Cm2,
    Money ByArea,
    Money MinimumPerSign,
    bool MinimumApplied,
    Money Yearly,
    int Quarters,
    Money Amount);

/// <summary>
/// Signboard tax (พ.ร.บ.ภาษีป้าย พ.ศ. 2510 s.17–18; rates by the ministerial regulation in the rate table).
/// Pure: sizes, dates and a rate in, figures out.
/// </summary>
internal static class SignboardTaxCalculator
{
    public const int UnitCm2 = 500;

    /// <summary>The calendar quarter (1–4) a date falls in: January–March is the first.</summary>
    public static int QuarterOf(DateOnly date) => ((date.Month - 1) / 3) + 1;

    /// <summary>
    /// Quarters of <paramref name="calendarYear"/> (C.E.) taxed: 4 for a sign standing on 1 January (or earlier),
    /// the quarters left including the one it went up in for a sign put up during the year, 0 for a sign put up
    /// after the year or taken down before it. A sign taken down during the year still pays for the year.
    /// </summary>
    public static int QuartersTaxed(DateOnly installedOn, DateOnly? removedOn, int calendarYear)
    {
        var first = new DateOnly(calendarYear, 1, 1);
        if (installedOn.Year > calendarYear || (removedOn is { } removed && removed < first))
        {
            return 0;
        }

        return installedOn.Year < calendarYear ? 4 : 5 - QuarterOf(installedOn);
    }

    /// <summary>The tax of one sign for a year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive or the quarters are not 0–4.</exception>
    public static SignboardTax Calculate(int widthCm, int heightCm, int quarters, SignboardRateValue rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(widthCm);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(heightCm);
        ArgumentOutOfRangeException.ThrowIfNegative(quarters);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarters, 4);

        var area = (long)widthCm * heightCm;
        var full = area / UnitCm2;
        var remainder = area % UnitCm2;
        var counted = remainder * 2 >= UnitCm2;
        var units = full + (counted ? 1 : 0);
        var byArea = Money.FromSatang(checked(rate.RatePer500Cm2.Satang * units));
        var minimumApplied = byArea < rate.MinimumPerSign;
        var yearly = minimumApplied ? rate.MinimumPerSign : byArea;

        // s.18: a quarter is 25 % of the s.17 tax (the minimum included).
        var amount = Money.FromBaht(MoneyRounding.ToSatang(yearly.Baht * quarters / 4m));
        return new SignboardTax(area, full, remainder, counted, units, rate.RatePer500Cm2, byArea, rate.MinimumPerSign, minimumApplied, yearly, quarters, amount);
    }
}
