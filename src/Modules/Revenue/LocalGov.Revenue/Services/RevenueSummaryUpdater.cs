using System.Globalization;
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
internal sealed class RevenueSummaries(LocalGovDbContext db, SqlNames names) : IRevenueSummaries
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

    public async Task<IReadOnlyList<RevenueSummaryDto>> GetForYearAsync(int fiscalYear, IReadOnlyCollection<int>? laoIds, CancellationToken cancellationToken = default)
    {
        // Grouped in SQL over the satang columns: the national read is one GROUP BY, not 7,850 LAOs × 12 months of rows.
        string C(string property) => names.Column<RevenueSummaryRow>(property);
        var laoFilter = laoIds is null ? "" : $" AND {C(nameof(RevenueSummaryRow.LaoId))} IN ({(laoIds.Count == 0 ? "-1" : string.Join(",", laoIds.Select(id => id.ToString(CultureInfo.InvariantCulture))))})";
        var sql =
            $"SELECT {C(nameof(RevenueSummaryRow.LaoId))} AS {names.Quote("LaoId")}, {C(nameof(RevenueSummaryRow.Kind))} AS {names.Quote("Kind")}, " +
            $"SUM({C(nameof(RevenueSummaryRow.Assessed))}) AS {names.Quote("Assessed")}, SUM({C(nameof(RevenueSummaryRow.Collected))}) AS {names.Quote("Collected")} " +
            $"FROM {names.Table<RevenueSummaryRow>()} WHERE {C(nameof(RevenueSummaryRow.FiscalYear))} = {{0}}{laoFilter} " +
            $"GROUP BY {C(nameof(RevenueSummaryRow.LaoId))}, {C(nameof(RevenueSummaryRow.Kind))}";
        var rows = await db.Database.SqlQueryRaw<YearRow>(sql, fiscalYear).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.LaoId).ThenBy(r => r.Kind).Select(r =>
        {
            var assessed = Money.FromSatang(r.Assessed);
            var collected = Money.FromSatang(r.Collected);
            return new RevenueSummaryDto(r.LaoId, fiscalYear, (RevenueKind)r.Kind, assessed, collected, assessed - collected);
        })];
    }

    private sealed record YearRow(int LaoId, int Kind, long Assessed, long Collected);
}
