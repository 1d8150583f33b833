using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Revenue.Domain.Payments;

/// <summary>The rates of <see cref="ArrearsRate"/> that the calculator needs (basis points: 1 % = 100).</summary>
internal sealed record ArrearsTerms(
    int SurchargeBasisPoints,
    int ReducedSurchargeBasisPoints,
    int ReducedDays,
    int WarningSurchargeBasisPoints,
    int WarningDays,
    int InterestBasisPointsPerMonth,
    int InterestCapBasisPoints)
{
    /// <summary>No surcharge, no interest (fees, unless configured).</summary>
    public static ArrearsTerms None { get; } = new(0, 0, 0, 0, 0, 0, 0);
}

/// <summary>A share of the principal with its own due date (the whole bill, or one instalment).</summary>
internal sealed record DuePart(DateOnly DueOn, Money Amount);

/// <summary>Principal paid on a date (a receipt line not cancelled).</summary>
internal sealed record PrincipalPaid(DateOnly PaidOn, Money Principal);

/// <summary>One due part as of a date: principal still unpaid and what is owed on it.</summary>
internal sealed record DuePartPosition(int Index, DateOnly DueOn, Money Amount, Money Paid, Money Outstanding);

/// <summary>What a bill owes as of a date: unpaid principal, and surcharge and interest not yet paid.</summary>
internal sealed record ArrearsFigures(Money Outstanding, Money Surcharge, Money Interest, IReadOnlyList<DuePartPosition> Parts)
{
    public Money Penalties => Surcharge + Interest;

    public Money Total => Outstanding + Surcharge + Interest;
}

/// <summary>
/// Surcharge and interest on late principal, by date (DOMAIN-TAX.md). Rules:
/// <list type="bullet">
/// <item>Paid on or before the due date: nothing. Late: surcharge once, a share of the late principal; the share is
/// reduced when paid within <c>ReducedDays</c> after the due date (taken as "before a warning letter") and
/// within the following <c>WarningDays</c> ("within the warning period") — a simplified rule, because the system
/// does not record when a warning letter was served.</item>
/// <item>Interest: a rate per month on the late principal, every started month counting as a whole month (one
/// day late = one month; due 30 April, paid 30 May = one month, 31 May = two), at most the cap (land and building
/// tax: not more than the tax).</item>
/// <item>Each due part (an instalment) runs on its own due date. Principal paid is applied to the earliest due part
/// first. Penalties accrue on every piece of principal from its due date to the day it was paid (or to the as-of
/// date while unpaid); what receipts already collected as surcharge and interest is deducted, so a partial
/// payment never charges the same penalty twice.</item>
/// <item>Amounts are rounded half away from zero to satang (<see cref="MoneyRounding.ToSatang"/>) per piece.</item>
/// </list>
/// </summary>
internal static class ArrearsCalculator
{
    /// <summary>Started months from the day after <paramref name="dueOn"/> to <paramref name="paidOn"/>; 0 when not late.</summary>
    public static int MonthsLate(DateOnly dueOn, DateOnly paidOn)
    {
        if (paidOn <= dueOn)
        {
            return 0;
        }

        var months = ((paidOn.Year - dueOn.Year) * 12) + paidOn.Month - dueOn.Month;
        months = Math.Max(months, 1);
        while (dueOn.AddMonths(months) < paidOn)
        {
            months++;
        }

        while (months > 1 && dueOn.AddMonths(months - 1) >= paidOn)
        {
            months--;
        }

        return months;
    }

    /// <summary>The surcharge share for principal due on <paramref name="dueOn"/> and paid on <paramref name="paidOn"/>.</summary>
    public static int SurchargeBasisPoints(ArrearsTerms terms, DateOnly dueOn, DateOnly paidOn)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (paidOn <= dueOn)
        {
            return 0;
        }

        var daysLate = paidOn.DayNumber - dueOn.DayNumber;
        if (daysLate <= terms.ReducedDays)
        {
            return terms.ReducedSurchargeBasisPoints;
        }

        return daysLate <= terms.ReducedDays + terms.WarningDays ? terms.WarningSurchargeBasisPoints : terms.SurchargeBasisPoints;
    }

    /// <summary>Surcharge and interest on one piece of principal.</summary>
    public static (Money Surcharge, Money Interest) PenaltiesOn(Money principal, DateOnly dueOn, DateOnly paidOn, ArrearsTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (principal.Satang <= 0 || paidOn <= dueOn)
        {
            return (Money.Zero, Money.Zero);
        }

        var surcharge = Share(principal, SurchargeBasisPoints(terms, dueOn, paidOn));
        var interestPoints = (long)MonthsLate(dueOn, paidOn) * terms.InterestBasisPointsPerMonth;
        if (terms.InterestCapBasisPoints > 0)
        {
            interestPoints = Math.Min(interestPoints, terms.InterestCapBasisPoints);
        }

        return (surcharge, Share(principal, interestPoints));
    }

    public static ArrearsFigures Compute(
        IReadOnlyList<DuePart> parts,
        IEnumerable<PrincipalPaid> payments,
        Money surchargePaid,
        Money interestPaid,
        DateOnly asOf,
        ArrearsTerms terms)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(payments);
        var ordered = parts.Select((p, i) => (Part: p, Index: i)).OrderBy(x => x.Part.DueOn).ThenBy(x => x.Index).ToList();
        var remaining = ordered.Select(x => x.Part.Amount).ToArray();
        var surcharge = Money.Zero;
        var interest = Money.Zero;
        foreach (var payment in payments.OrderBy(p => p.PaidOn))
        {
            var left = payment.Principal;
            for (var k = 0; k < ordered.Count && left.Satang > 0; k++)
            {
                var take = remaining[k] < left ? remaining[k] : left;
                if (take.Satang <= 0)
                {
                    continue;
                }

                remaining[k] -= take;
                left -= take;
                var (s, i) = PenaltiesOn(take, ordered[k].Part.DueOn, payment.PaidOn, terms);
                surcharge += s;
                interest += i;
            }
        }

        var positions = new List<DuePartPosition>();
        for (var k = 0; k < ordered.Count; k++)
        {
            var (s, i) = PenaltiesOn(remaining[k], ordered[k].Part.DueOn, asOf, terms);
            surcharge += s;
            interest += i;
            positions.Add(new DuePartPosition(ordered[k].Index, ordered[k].Part.DueOn, ordered[k].Part.Amount, ordered[k].Part.Amount - remaining[k], remaining[k]));
        }

        var owedSurcharge = surcharge - surchargePaid;
        var owedInterest = interest - interestPaid;
        return new ArrearsFigures(
            Money.Sum(remaining),
            owedSurcharge.IsNegative ? Money.Zero : owedSurcharge,
            owedInterest.IsNegative ? Money.Zero : owedInterest,
            [.. positions.OrderBy(p => p.Index)]);
    }

    private static Money Share(Money principal, long basisPoints) =>
        basisPoints <= 0 ? Money.Zero : Money.FromBaht(MoneyRounding.ToSatang(principal.Satang * (decimal)basisPoints / 10000m / 100m));
}

/// <summary>How one payment on one bill splits into interest, surcharge and principal.</summary>
internal sealed record PaymentSplit(Money Interest, Money Surcharge, Money Principal)
{
    public Money Total => Interest + Surcharge + Principal;
}

/// <summary>
/// The allocation rule for a payment on a bill (Thai practice for tax arrears: penalties before the tax): first
/// the interest (เงินเพิ่ม) owed, then the surcharge (เบี้ยปรับ), then the principal (tax or fee). A payment
/// larger than the total owed is refused, never kept as credit.
/// </summary>
internal static class PaymentAllocation
{
    /// <summary>The split, or null when <paramref name="amount"/> is more than the total owed (or not positive).</summary>
    public static PaymentSplit? Split(Money amount, ArrearsFigures owed)
    {
        ArgumentNullException.ThrowIfNull(owed);
        if (amount.Satang <= 0 || amount > owed.Total)
        {
            return null;
        }

        var interest = Min(amount, owed.Interest);
        var surcharge = Min(amount - interest, owed.Surcharge);
        var principal = amount - interest - surcharge;
        return new PaymentSplit(interest, surcharge, principal);
    }

    private static Money Min(Money a, Money b) => a < b ? a : b;
}
