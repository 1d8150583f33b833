using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Revenue.Areas.Revenue.Features.Dashboard;

/// <summary>Assessed and collected amounts with the collection efficiency (collected ÷ assessed, null when nothing was assessed).</summary>
internal sealed record CollectionFigures(Money Assessed, Money Collected, Money Penalties)
{
    public static CollectionFigures Zero { get; } = new(Money.Zero, Money.Zero, Money.Zero);

    /// <summary>Percent with one decimal, rounded half away from zero.</summary>
    public decimal? Efficiency => Assessed.Satang == 0 ? null : Math.Round(Collected.Satang * 100m / Assessed.Satang, 1, MidpointRounding.AwayFromZero);

    public CollectionFigures Add(CollectionFigures other) => new(Assessed + other.Assessed, Collected + other.Collected, Penalties + other.Penalties);
}

/// <summary>One kind of revenue this year and last year.</summary>
internal sealed record KindRow(RevenueKind Kind, CollectionFigures ThisYear, CollectionFigures LastYear)
{
    /// <summary>Change of collected principal against last year in percent (null without last year's figure).</summary>
    public decimal? CollectedChange => DashboardMath.Change(ThisYear.Collected, LastYear.Collected);
}

/// <summary>One month of the fiscal year (October first) for all kinds together.</summary>
internal sealed record MonthRow(int Year, int Month, CollectionFigures ThisYear, CollectionFigures LastYear);

/// <summary>A taxpayer with unpaid bills, largest outstanding first.</summary>
internal sealed record DebtorRow(int TaxpayerId, string Name, string TaxId, int Bills, Money Outstanding, DateOnly OldestDueOn);

internal sealed record DashboardViewModel(
    LaoDto Lao,
    int FiscalYear,
    IReadOnlyList<int> Years,
    CollectionFigures Total,
    CollectionFigures LastYearTotal,
    Money Outstanding,
    IReadOnlyList<KindRow> Kinds,
    IReadOnlyList<MonthRow> Months,
    IReadOnlyList<DebtorRow> TopDebtors)
{
    public decimal? CollectedChange => DashboardMath.Change(Total.Collected, LastYearTotal.Collected);
}

/// <summary>Which LAO a provincial or national user looks at (LAO staff always see their own).</summary>
internal sealed record LaoChoice(int Id, string Code, string Name);

internal sealed record DashboardPickerViewModel(int FiscalYear, IReadOnlyList<LaoChoice> Laos, string? Code, string? Error);

internal static class DashboardMath
{
    /// <summary>Year-over-year change in percent, one decimal; null when last year is zero.</summary>
    public static decimal? Change(Money now, Money before) =>
        before.Satang == 0 ? null : Math.Round((now.Satang - before.Satang) * 100m / before.Satang, 1, MidpointRounding.AwayFromZero);
}
