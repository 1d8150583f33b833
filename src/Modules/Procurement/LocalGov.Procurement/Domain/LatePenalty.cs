using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Procurement.Domain;

/// <summary>The late-delivery penalty of one instalment: days late, the penalty per day and the total.</summary>
internal sealed record LatePenaltyResult(int LateDays, Money PerDay, Money Total);

/// <summary>
/// ค่าปรับกรณีส่งมอบล่าช้า: pure, so unit-tested without a database. Late days = delivered-on − due-on when positive;
/// penalty per day = max(rate × base, minimum per day), where the base is the instalment's amount (goods and services:
/// the undelivered value) or the contract amount (works); total = per day × days, rounded to satang half away from
/// zero, never above the instalment's amount.
/// </summary>
internal static class LatePenalty
{
    public static LatePenaltyResult Compute(
        DateOnly dueOn,
        DateOnly deliveredOn,
        int basisPointsPerDay,
        PenaltyBase penaltyBase,
        Money instalmentAmount,
        Money contractAmount,
        Money minimumPerDay)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(basisPointsPerDay);
        var days = deliveredOn.DayNumber - dueOn.DayNumber;
        if (days <= 0)
        {
            return new LatePenaltyResult(0, Money.Zero, Money.Zero);
        }

        var baseAmount = penaltyBase == PenaltyBase.ContractValue ? contractAmount : instalmentAmount;
        var perDay = baseAmount.Baht * basisPointsPerDay / 10_000m;
        if (perDay < minimumPerDay.Baht)
        {
            perDay = minimumPerDay.Baht;
        }

        var total = Money.FromBaht(MoneyRounding.ToSatang(perDay * days));
        if (total > instalmentAmount)
        {
            total = instalmentAmount;
        }

        return new LatePenaltyResult(days, Money.FromBaht(MoneyRounding.ToSatang(perDay)), total);
    }

    /// <summary>The suggested contract guarantee (หลักประกันสัญญา): 5% of the contract value, rounded to satang.</summary>
    public static Money SuggestedGuarantee(Money contractAmount) => Money.FromBaht(MoneyRounding.ToSatang(contractAmount.Baht * 0.05m));
}
