using LocalGov.Finance.Domain;
using LocalGov.SharedKernel.Time;

namespace LocalGov.Finance.Services.Reports;

/// <summary>
/// The period a report covers: a month of the fiscal year (1 = October … 12 = September) or the whole year, and
/// the ledger periods each kind of figure reads (0 = opening entry, 13 = closing entry). Pure, so unit-tested.
/// </summary>
/// <param name="FiscalYear">B.E. fiscal year.</param>
/// <param name="Month">Month of the fiscal year, or null for the whole year.</param>
/// <param name="AfterClosing">Include the year-end closing entry (period 13) when the period reaches the year's end.</param>
internal sealed record ReportPeriod(int FiscalYear, int? Month, bool AfterClosing = false)
{
    /// <summary>Reads the query string: an invalid year falls back to <paramref name="currentYear"/>, a month outside 1..12 means the whole year.</summary>
    public static ReportPeriod From(int? year, int? month, bool afterClosing, int currentYear) => new(
        year is >= SharedKernel.Time.FiscalYear.MinBuddhistYear and <= SharedKernel.Time.FiscalYear.MaxBuddhistYear ? year.Value : currentYear,
        month is >= 1 and <= 12 ? month : null,
        afterClosing);

    public bool WholeYear => Month is null;

    /// <summary>The last month the report reaches (12 for the whole year).</summary>
    public int LastMonth => Month ?? 12;

    /// <summary>True when the closing entry (period 13) counts: asked for, and the period ends with the year.</summary>
    public bool IncludesClosing => AfterClosing && LastMonth == 12;

    private int LastPeriod => IncludesClosing ? LedgerRules.ClosingPeriod : LastMonth;

    /// <summary>Balances brought forward: the opening entry and the months before the chosen month.</summary>
    public (int From, int To) Opening => Month is { } m ? (LedgerRules.OpeningPeriod, m - 1) : (LedgerRules.OpeningPeriod, LedgerRules.OpeningPeriod);

    /// <summary>The movements of the period: the month, or months 1..12 of the year (and the closing entry if included).</summary>
    public (int From, int To) Movements => Month is { } m ? (m, LastPeriod) : (1, LastPeriod);

    /// <summary>Revenue and expenditure of the year so far: months 1..the chosen month (never the closing entry, which empties them).</summary>
    public (int From, int To) YearToDate => (1, LastMonth);

    /// <summary>The month alone (for the "this period" column of the statements); the whole year when no month is chosen.</summary>
    public (int From, int To) ThisPeriod => Month is { } m ? (m, m) : (1, 12);

    /// <summary>Balances at the end of the period: everything from the opening entry to the chosen month.</summary>
    public (int From, int To) AsAtEnd => (LedgerRules.OpeningPeriod, LastPeriod);

    public DateOnly StartDate => new FiscalYear(FiscalYear).Start.AddMonths((Month ?? 1) - 1);

    public DateOnly EndDate => new FiscalYear(FiscalYear).Start.AddMonths(LastMonth).AddDays(-1);

    /// <summary>The calendar month (1..12) of month <paramref name="monthOfYear"/> of a fiscal year: 1 → October, 4 → January.</summary>
    public static int CalendarMonth(int monthOfYear) => ((monthOfYear + 8) % 12) + 1;

    /// <summary>The Christian calendar year of month <paramref name="monthOfYear"/> of B.E. fiscal year <paramref name="fiscalYear"/>.</summary>
    public static int CalendarYear(int fiscalYear, int monthOfYear) =>
        ThaiDate.ToChristianYear(fiscalYear) - (monthOfYear <= 3 ? 1 : 0);
}
