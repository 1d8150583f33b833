using LocalGov.Data;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services.Payments;

/// <summary>Overdue principal of one kind by age, with the penalties owed as of the report date.</summary>
internal sealed record AgeingRow(RevenueKind? Kind, IReadOnlyList<Money> Buckets, int Bills, Money Principal, Money Surcharge, Money Interest)
{
    public Money Total => Principal + Surcharge + Interest;
}

internal sealed record AgeingReport(DateOnly AsOf, IReadOnlyList<AgeingRow> Rows, AgeingRow Total);

/// <summary>A taxpayer with overdue bills.</summary>
internal sealed record Debtor(int LaoId, int TaxpayerId, string Name, int Bills, Money Principal, Money Penalties, int DaysOverdue)
{
    public Money Total => Principal + Penalties;
}

/// <summary>
/// Arrears as of a date over the bills a user may read: the ageing report (days since the earliest unpaid due
/// date: 1–30, 31–90, 91–180, 181–365, over 365) by kind, the list of debtors, and a taxpayer's overdue bills for
/// a reminder letter.
/// </summary>
internal sealed class ArrearsReports(LocalGovDbContext db, BillPositions positions)
{
    /// <summary>Upper bounds (days, inclusive) of the ageing buckets; the last bucket has none.</summary>
    public static readonly IReadOnlyList<int> BucketLimits = [30, 90, 180, 365];

    public static int BucketOf(int daysOverdue)
    {
        for (var i = 0; i < BucketLimits.Count; i++)
        {
            if (daysOverdue <= BucketLimits[i])
            {
                return i;
            }
        }

        return BucketLimits.Count;
    }

    public async Task<IReadOnlyList<BillPosition>> OverdueAsync(LaoFilter scope, int? taxpayerId, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var ids = scope.LaoIds;
        var query = db.Set<Bill>().AsNoTracking().Include(b => b.Instalments)
            .Where(b => scope.All || ids.Contains(b.LaoId))
            .Where(b => b.Status == BillStatus.Open || b.Status == BillStatus.PartlyPaid)
            .Where(b => b.DueOn < asOf || b.Instalments.Any(i => i.DueOn < asOf));
        if (taxpayerId is { } id)
        {
            query = query.Where(b => b.TaxpayerId == id);
        }

        var bills = await query.OrderBy(b => b.DueOn).ThenBy(b => b.Id).ToListAsync(cancellationToken);
        var result = await positions.ForAsync(bills, asOf, cancellationToken);
        return [.. bills.Select(b => result[b.Id]).Where(p => p.IsOverdue)];
    }

    public async Task<AgeingReport> AgeingAsync(LaoFilter scope, DateOnly asOf, CancellationToken cancellationToken)
    {
        var overdue = await OverdueAsync(scope, null, asOf, cancellationToken);
        var rows = Enum.GetValues<RevenueKind>().Select(kind => Row(kind, overdue.Where(p => p.Bill.Kind == kind).ToList())).ToList();
        return new AgeingReport(asOf, rows, Row(null, overdue));
    }

    public async Task<IReadOnlyList<Debtor>> DebtorsAsync(LaoFilter scope, DateOnly asOf, CancellationToken cancellationToken)
    {
        var overdue = await OverdueAsync(scope, null, asOf, cancellationToken);
        var taxpayerIds = overdue.Select(p => p.Bill.TaxpayerId).Distinct().ToList();
        var names = new Dictionary<int, string>();
        foreach (var chunk in taxpayerIds.Chunk(500))
        {
            var found = await db.Set<Taxpayer>().AsNoTracking().Where(t => chunk.Contains(t.Id)).ToListAsync(cancellationToken);
            foreach (var t in found)
            {
                names[t.Id] = t.DisplayName;
            }
        }

        return [.. overdue.GroupBy(p => (p.Bill.LaoId, p.Bill.TaxpayerId))
            .Select(g => new Debtor(g.Key.LaoId, g.Key.TaxpayerId, names.GetValueOrDefault(g.Key.TaxpayerId, ""), g.Count(),
                Money.Sum(g.Select(p => p.Owed.Outstanding)), Money.Sum(g.Select(p => p.Owed.Penalties)), g.Max(p => p.DaysOverdue)))
            .OrderByDescending(d => d.Total).ThenBy(d => d.Name, StringComparer.Ordinal)];
    }

    private static AgeingRow Row(RevenueKind? kind, IReadOnlyList<BillPosition> bills)
    {
        var buckets = new Money[BucketLimits.Count + 1];
        foreach (var p in bills)
        {
            buckets[BucketOf(p.DaysOverdue)] += p.Owed.Outstanding;
        }

        return new AgeingRow(kind, buckets, bills.Count, Money.Sum(bills.Select(p => p.Owed.Outstanding)),
            Money.Sum(bills.Select(p => p.Owed.Surcharge)), Money.Sum(bills.Select(p => p.Owed.Interest)));
    }
}
