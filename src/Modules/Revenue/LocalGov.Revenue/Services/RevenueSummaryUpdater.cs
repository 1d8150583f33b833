using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services;

/// <summary>
/// Keeps <see cref="RevenueSummaryRow"/> in step with bills and receipts. It reads the saved rows, so inside the
/// transaction of any change that moves the figures (bill issued, changed or cancelled; receipt issued or
/// cancelled): SaveChanges, then <see cref="RefreshAsync"/>, then SaveChanges again, then commit.
/// </summary>
internal sealed class RevenueSummaryUpdater(LocalGovDbContext db, IOrganizationDirectory directory)
{
    /// <summary>Recomputes one LAO's rows of one fiscal year from its bills (by issue month) and receipts (by payment month).</summary>
    public async Task RefreshAsync(int laoId, int fiscalYear, CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoAsync(laoId, cancellationToken)
            ?? throw new InvalidOperationException($"LAO {laoId} does not exist.");
        var bills = await db.Set<Bill>().AsNoTracking()
            .Where(b => b.LaoId == laoId && b.FiscalYear == fiscalYear && b.Status != BillStatus.Cancelled)
            .Select(b => new { b.Kind, b.IssuedOn, b.Amount })
            .ToListAsync(cancellationToken);
        var paid = await (
            from r in db.Set<Receipt>().AsNoTracking()
            join l in db.Set<ReceiptLine>() on r.Id equals l.ReceiptId
            join b in db.Set<Bill>() on l.BillId equals b.Id
            where r.LaoId == laoId && r.FiscalYear == fiscalYear && r.Status == ReceiptStatus.Issued
            select new { b.Kind, r.IssuedOn, l.Principal, l.Surcharge, l.Interest })
            .ToListAsync(cancellationToken);

        var existing = await db.Set<RevenueSummaryRow>().Where(s => s.LaoId == laoId && s.FiscalYear == fiscalYear).ToListAsync(cancellationToken);
        var keys = bills.Select(b => (b.Kind, b.IssuedOn.Month)).Concat(paid.Select(p => (p.Kind, p.IssuedOn.Month))).ToHashSet();
        db.Set<RevenueSummaryRow>().RemoveRange(existing.Where(e => !keys.Contains((e.Kind, e.Month))));
        foreach (var (kind, month) in keys)
        {
            var row = existing.FirstOrDefault(e => e.Kind == kind && e.Month == month);
            if (row is null)
            {
                row = new RevenueSummaryRow { LaoId = laoId, FiscalYear = fiscalYear, Kind = kind, Month = month };
                db.Set<RevenueSummaryRow>().Add(row);
            }

            row.ProvinceId = lao.ProvinceId;
            row.LaoType = (int)lao.Type;
            row.Assessed = Money.Sum(bills.Where(b => b.Kind == kind && b.IssuedOn.Month == month).Select(b => b.Amount));
            var inMonth = paid.Where(p => p.Kind == kind && p.IssuedOn.Month == month).ToList();
            row.Collected = Money.Sum(inMonth.Select(p => p.Principal));
            row.Penalties = Money.Sum(inMonth.Select(p => p.Surcharge + p.Interest));
        }
    }
}

/// <summary>The contract other modules read: assessed, collected and outstanding per kind for an LAO and fiscal year.</summary>
internal sealed class RevenueSummaries(LocalGovDbContext db) : IRevenueSummaries
{
    public async Task<IReadOnlyList<RevenueSummaryDto>> GetAsync(int laoId, int fiscalYear, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<RevenueSummaryRow>().AsNoTracking()
            .Where(s => s.LaoId == laoId && s.FiscalYear == fiscalYear).ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.Kind).OrderBy(g => g.Key).Select(g =>
        {
            var assessed = Money.Sum(g.Select(r => r.Assessed));
            var collected = Money.Sum(g.Select(r => r.Collected));
            return new RevenueSummaryDto(laoId, fiscalYear, g.Key, assessed, collected, assessed - collected);
        })];
    }
}
