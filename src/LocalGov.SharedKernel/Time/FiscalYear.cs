using System.Globalization;

namespace LocalGov.SharedKernel.Time;

/// <summary>
/// A Thai government fiscal year (ปีงบประมาณ): 1 October – 30 September, named by the Buddhist-Era year in
/// which it ends. FY 2570 = 1 Oct 2026 – 30 Sep 2027 (C.E.). Dates inside stay C.E. <see cref="DateOnly"/>;
/// only the name is B.E., because that is how every budget document refers to the year.
/// </summary>
/// <remarks><c>default(FiscalYear)</c> has year 0 and is not a valid fiscal year; always construct one.</remarks>
public readonly record struct FiscalYear : IComparable<FiscalYear>
{
    /// <summary>Lowest accepted B.E. year. Anything below is almost certainly a C.E. year typed by mistake.</summary>
    public const int MinBuddhistYear = 2400;

    /// <summary>Highest accepted B.E. year; a sanity bound, not a business rule.</summary>
    public const int MaxBuddhistYear = 2700;

    public FiscalYear(int buddhistYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(buddhistYear, MinBuddhistYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(buddhistYear, MaxBuddhistYear);
        BuddhistYear = buddhistYear;
    }

    /// <summary>The B.E. year that names the fiscal year (the year it ends in).</summary>
    public int BuddhistYear { get; }

    /// <summary>The C.E. year in which the fiscal year ends (30 September).</summary>
    public int ChristianEndYear => ThaiDate.ToChristianYear(BuddhistYear);

    /// <summary>1 October of the previous C.E. year.</summary>
    public DateOnly Start => new(ChristianEndYear - 1, 10, 1);

    /// <summary>30 September of <see cref="ChristianEndYear"/>, inclusive.</summary>
    public DateOnly End => new(ChristianEndYear, 9, 30);

    public FiscalYear Previous => new(BuddhistYear - 1);

    public FiscalYear Next => new(BuddhistYear + 1);

    /// <summary>The fiscal year of today in Thailand.</summary>
    public static FiscalYear Current(TimeProvider clock) => Containing(ThaiDate.Today(clock));

    /// <summary>The fiscal year a calendar date falls in: October onwards belongs to the next year's budget.</summary>
    public static FiscalYear Containing(DateOnly date) =>
        FromChristianEndYear(date.Month >= 10 ? date.Year + 1 : date.Year);

    /// <summary>
    /// The fiscal year of a moment. <see cref="DateTimeKind.Utc"/> and <see cref="DateTimeKind.Local"/> values
    /// are instants and are first converted to Thailand time (a payment at 1 Oct 02:00 Bangkok is 30 Sep in UTC);
    /// <see cref="DateTimeKind.Unspecified"/> is taken as a Thailand wall-clock date and time as given.
    /// </summary>
    public static FiscalYear Containing(DateTime value)
    {
        var local = value.Kind switch
        {
            DateTimeKind.Utc => ThaiDate.ToThailandTime(value),
            DateTimeKind.Local => ThaiDate.ToThailandTime(value.ToUniversalTime()),
            _ => value,
        };
        return Containing(DateOnly.FromDateTime(local));
    }

    /// <summary>The fiscal year ending on 30 September of the given C.E. year.</summary>
    public static FiscalYear FromChristianEndYear(int christianEndYear) =>
        new(ThaiDate.ToBuddhistYear(christianEndYear));

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Fiscal quarter of a date: 1 = Oct–Dec, 2 = Jan–Mar, 3 = Apr–Jun, 4 = Jul–Sep.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is not in this fiscal year.</exception>
    public int QuarterOf(DateOnly date) => ((MonthIndexOf(date) - 1) / 3) + 1;

    /// <summary>First and last day (inclusive) of fiscal quarter <paramref name="quarter"/> (1–4).</summary>
    public (DateOnly Start, DateOnly End) Quarter(int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = Start.AddMonths(3 * (quarter - 1));
        return (start, start.AddMonths(3).AddDays(-1));
    }

    /// <summary>Month of the fiscal year: 1 = October … 12 = September (the order of monthly budget reports).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is not in this fiscal year.</exception>
    public int MonthIndexOf(DateOnly date)
    {
        if (!Contains(date))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The date is not in fiscal year {this}.");
        }

        return ((date.Month + 2) % 12) + 1;
    }

    /// <summary>
    /// Reads a B.E. year such as "2570". C.E.-looking years ("2027") are rejected rather than converted:
    /// a wrong guess would file data under another year without anyone noticing.
    /// </summary>
    public static bool TryParse(string? text, out FiscalYear fiscalYear)
    {
        fiscalYear = default;
        if (text is null
            || !int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < MinBuddhistYear or > MaxBuddhistYear)
        {
            return false;
        }

        fiscalYear = new FiscalYear(year);
        return true;
    }

    public int CompareTo(FiscalYear other) => BuddhistYear.CompareTo(other.BuddhistYear);

    public static bool operator <(FiscalYear left, FiscalYear right) => left.CompareTo(right) < 0;

    public static bool operator >(FiscalYear left, FiscalYear right) => left.CompareTo(right) > 0;

    public static bool operator <=(FiscalYear left, FiscalYear right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FiscalYear left, FiscalYear right) => left.CompareTo(right) >= 0;

    /// <summary>The B.E. year only, e.g. "2570", as printed on budget documents.</summary>
    public override string ToString() => BuddhistYear.ToString(CultureInfo.InvariantCulture);
}
