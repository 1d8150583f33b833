using LocalGov.Data;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Payments;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services.Payments;

/// <summary>A bill as of a date: paid so far, and what it owes (principal, surcharge, interest).</summary>
internal sealed record BillPosition(Bill Bill, ArrearsFigures Owed, Money SurchargePaid, Money InterestPaid, DateOnly? OverdueSince, int DaysOverdue)
{
    public bool IsOverdue => DaysOverdue > 0;
}

/// <summary>
/// Reads bills with their receipts and the arrears rates, and computes where each bill stands as of a date
/// (<see cref="ArrearsCalculator"/>). A bill takes the rate row of its kind in force on its due date.
/// </summary>
internal sealed class BillPositions(LocalGovDbContext db)
{
    private List<ArrearsRate>? _rates;

    public async Task<BillPosition> ForAsync(Bill bill, DateOnly asOf, CancellationToken cancellationToken) =>
        (await ForAsync([bill], asOf, cancellationToken))[bill.Id];

    /// <summary>Positions of bills already loaded (with their instalments) and tracked or not.</summary>
    public async Task<IReadOnlyDictionary<int, BillPosition>> ForAsync(IReadOnlyCollection<Bill> bills, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bills);
        var rates = await RatesAsync(cancellationToken);
        var paid = new List<(int BillId, DateOnly PaidOn, Money Principal, Money Surcharge, Money Interest)>();
        foreach (var chunk in bills.Select(b => b.Id).Chunk(500))
        {
            var rows = await (
                from l in db.Set<ReceiptLine>().AsNoTracking()
                join r in db.Set<Receipt>() on l.ReceiptId equals r.Id
                where chunk.Contains(l.BillId) && r.Status == ReceiptStatus.Issued
                select new { l.BillId, r.IssuedOn, l.Principal, l.Surcharge, l.Interest }).ToListAsync(cancellationToken);
            paid.AddRange(rows.Select(r => (r.BillId, r.IssuedOn, r.Principal, r.Surcharge, r.Interest)));
        }

        var byBill = paid.ToLookup(p => p.BillId);
        var result = new Dictionary<int, BillPosition>();
        foreach (var bill in bills)
        {
            var lines = byBill[bill.Id].ToList();
            var surchargePaid = Money.Sum(lines.Select(l => l.Surcharge));
            var interestPaid = Money.Sum(lines.Select(l => l.Interest));
            if (bill.Status == BillStatus.Cancelled)
            {
                result[bill.Id] = new BillPosition(bill, new ArrearsFigures(Money.Zero, Money.Zero, Money.Zero, []), surchargePaid, interestPaid, null, 0);
                continue;
            }

            var parts = bill.Instalments.Count > 0
                ? bill.Instalments.OrderBy(i => i.No).Select(i => new DuePart(i.DueOn, i.Amount)).ToList()
                : [new DuePart(bill.DueOn, bill.Amount)];
            var terms = TermsFor(rates, bill.Kind, bill.DueOn);
            var owed = ArrearsCalculator.Compute(parts, lines.Select(l => new PrincipalPaid(l.PaidOn, l.Principal)), surchargePaid, interestPaid, asOf, terms);
            var firstUnpaid = owed.Parts.Where(p => p.Outstanding.Satang > 0).OrderBy(p => p.DueOn).FirstOrDefault();
            var days = firstUnpaid is null || firstUnpaid.DueOn >= asOf ? 0 : asOf.DayNumber - firstUnpaid.DueOn.DayNumber;
            result[bill.Id] = new BillPosition(bill, owed, surchargePaid, interestPaid, firstUnpaid?.DueOn, days);
        }

        return result;
    }

    public async Task<ArrearsTerms> TermsForAsync(RevenueKind kind, DateOnly dueOn, CancellationToken cancellationToken) =>
        TermsFor(await RatesAsync(cancellationToken), kind, dueOn);

    private static ArrearsTerms TermsFor(List<ArrearsRate> rates, RevenueKind kind, DateOnly dueOn)
    {
        var ofKind = rates.Where(r => r.Kind == kind).OrderBy(r => r.EffectiveFrom).ToList();
        var rate = ofKind.LastOrDefault(r => r.EffectiveFrom <= dueOn) ?? ofKind.FirstOrDefault();
        return rate?.Terms ?? ArrearsTerms.None;
    }

    private async Task<List<ArrearsRate>> RatesAsync(CancellationToken cancellationToken) =>
        _rates ??= await db.Set<ArrearsRate>().AsNoTracking().ToListAsync(cancellationToken);
}
