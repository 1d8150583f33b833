using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;

namespace LocalGov.Procurement.Domain;

/// <summary>An asset's depreciation to a date: what has been written off so far and what is left on the books.</summary>
internal sealed record DepreciationState(Money Accumulated, Money BookValue, int Months);

/// <summary>
/// Straight-line depreciation (ค่าเสื่อมราคาแบบเส้นตรง) of an asset from its cost to its salvage value over its useful
/// life, prorated by month. The rules, explicit so that every figure can be redone by hand:
/// <list type="number">
/// <item>The depreciable amount is cost − salvage; the life is <c>lifeYears × 12</c> months.</item>
/// <item>The month of acquisition counts as a whole month; each month up to and including the month of the
/// as-of date counts (an as-of date before the acquisition date gives nothing).</item>
/// <item>Accumulated depreciation after n months = depreciable × n ÷ life months, rounded half away from zero to
/// satang (<see cref="MoneyRounding.ToSatang"/>). The cumulative figure is rounded, not each month's, so the
/// rounding never piles up: after the last month the accumulated depreciation is exactly the depreciable amount
/// and the book value exactly the salvage value, never below it.</item>
/// <item>A year's (or month's) depreciation is the difference of two accumulated figures, so the years of a
/// schedule add up exactly to the accumulated depreciation.</item>
/// <item>A disposed asset depreciates up to and including the month of disposal, then stops.</item>
/// </list>
/// </summary>
internal static class Depreciation
{
    public static DepreciationState For(Money cost, Money salvage, int lifeYears, DateOnly acquiredOn, DateOnly asOf) =>
        For(cost, salvage, lifeYears, acquiredOn, asOf, disposedOn: null);

    /// <inheritdoc cref="For(Money, Money, int, DateOnly, DateOnly)"/>
    public static DepreciationState For(Money cost, Money salvage, int lifeYears, DateOnly acquiredOn, DateOnly asOf, DateOnly? disposedOn)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lifeYears);
        if (salvage > cost || salvage.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(salvage), "The salvage value must be between zero and the cost.");
        }

        var until = disposedOn is { } disposed && disposed < asOf ? disposed : asOf;
        if (until < acquiredOn)
        {
            return new DepreciationState(Money.Zero, cost, 0);
        }

        var lifeMonths = lifeYears * 12;
        var months = Math.Min(lifeMonths, (until.Year * 12) + until.Month - ((acquiredOn.Year * 12) + acquiredOn.Month) + 1);
        var depreciable = cost - salvage;
        var accumulated = months == lifeMonths
            ? depreciable
            : Money.FromBaht(MoneyRounding.ToSatang(depreciable.Baht * months / lifeMonths));
        return new DepreciationState(accumulated, cost - accumulated, months);
    }

    /// <summary>The depreciation of one fiscal year (1 October – 30 September) for the annual schedule.</summary>
    public static Money ForFiscalYear(Money cost, Money salvage, int lifeYears, DateOnly acquiredOn, FiscalYear year, DateOnly? disposedOn = null) =>
        For(cost, salvage, lifeYears, acquiredOn, year.End, disposedOn).Accumulated
        - For(cost, salvage, lifeYears, acquiredOn, year.Start.AddDays(-1), disposedOn).Accumulated;
}
