using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Data;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Budgeting.Services;

/// <summary>
/// Keeps the per-LAO, per-year summary tables in step with the budgets. Call <see cref="RefreshAsync"/> in the
/// same unit of work as any change to lines, estimates, status or amendments, before SaveChanges; the rebuild
/// command recomputes every row from the source the same way.
/// </summary>
internal sealed class BudgetSummaryUpdater(LocalGovDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Recomputes the LAO's figures for the year: the annual ordinance (whatever its status) plus supplementary
    /// budgets in force; amounts are current amounts (original + approved transfers).
    /// </summary>
    public async Task RefreshAsync(int laoId, int fiscalYear, CancellationToken cancellationToken)
    {
        var budgets = await db.Set<Budget>()
            .Where(b => b.LaoId == laoId && b.FiscalYear == fiscalYear)
            .Include(b => b.Lines).Include(b => b.Revenues)
            .ToListAsync(cancellationToken);
        var annual = budgets.FirstOrDefault(b => b.Kind == BudgetKind.Annual);
        var summary = await db.Set<BudgetSummaryRow>().FindAsync([laoId, fiscalYear], cancellationToken);
        var existingByClassification = await db.Set<BudgetSummaryByClassificationRow>()
            .Where(r => r.LaoId == laoId && r.FiscalYear == fiscalYear).ToListAsync(cancellationToken);
        db.Set<BudgetSummaryByClassificationRow>().RemoveRange(existingByClassification);
        if (annual is null)
        {
            if (summary is not null)
            {
                db.Set<BudgetSummaryRow>().Remove(summary);
            }

            return;
        }

        var counted = budgets.Where(b => b.Kind == BudgetKind.Annual || b.IsInForce).ToList();
        var lines = counted.SelectMany(b => b.Lines).ToList();
        var flags = await db.Set<Classification>()
            .Where(c => c.Kind == ClassificationKind.ExpenditureCategory || c.Kind == ClassificationKind.ExpenditureGroup)
            .Select(c => new { c.Id, c.IsPersonnel, c.IsCapital })
            .ToDictionaryAsync(c => c.Id, cancellationToken);

        summary ??= db.Set<BudgetSummaryRow>().Add(new BudgetSummaryRow { LaoId = laoId, FiscalYear = fiscalYear }).Entity;
        summary.ProvinceId = annual.ProvinceId;
        summary.LaoType = annual.LaoType;
        summary.Status = annual.Status;
        summary.RevenueTotal = Money.Sum(counted.SelectMany(b => b.Revenues).Select(r => r.Amount));
        summary.ExpenditureTotal = Money.Sum(lines.Select(l => l.CurrentAmount));
        summary.PersonnelTotal = Money.Sum(lines.Where(l => flags.TryGetValue(l.CategoryId, out var f) && f.IsPersonnel).Select(l => l.CurrentAmount));
        summary.CapitalTotal = Money.Sum(lines.Where(l => flags.TryGetValue(l.CategoryId, out var f) && f.IsCapital).Select(l => l.CurrentAmount));
        summary.LineCount = lines.Count;
        summary.PromulgatedOn = annual.PromulgatedOn;
        summary.UpdatedUtc = clock.GetUtcNow().UtcDateTime;

        // Totals by แผนงาน and by งบ: the classification id says which.
        var byClassification = lines.GroupBy(l => l.ProgrammeId).Concat(lines.GroupBy(l => l.GroupId))
            .Select(g => new BudgetSummaryByClassificationRow
            {
                LaoId = laoId,
                FiscalYear = fiscalYear,
                ProvinceId = annual.ProvinceId,
                LaoType = annual.LaoType,
                ClassificationId = g.Key,
                Amount = Money.Sum(g.Select(l => l.CurrentAmount)),
            });
        foreach (var row in byClassification)
        {
            var existing = existingByClassification.FirstOrDefault(e => e.ClassificationId == row.ClassificationId);
            if (existing is not null)
            {
                // Re-attach the same key instead of delete + insert of one key in one save.
                db.Entry(existing).State = EntityState.Modified;
                existing.Amount = row.Amount;
                existing.ProvinceId = row.ProvinceId;
                existing.LaoType = row.LaoType;
            }
            else
            {
                db.Set<BudgetSummaryByClassificationRow>().Add(row);
            }
        }
    }
}
