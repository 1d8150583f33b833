using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Budgeting.Services;

/// <summary>Reads the per-LAO summary rows of a year (all LAOs, or the given ones).</summary>
internal sealed class BudgetSummaries(LocalGovDbContext db) : IBudgetSummaries
{
    public async Task<IReadOnlyList<LaoBudgetSummary>> GetAsync(int fiscalYear, IReadOnlyCollection<int>? laoIds, CancellationToken cancellationToken = default)
    {
        var query = db.Set<BudgetSummaryRow>().AsNoTracking().Where(s => s.FiscalYear == fiscalYear);
        if (laoIds is not null)
        {
            query = query.Where(s => laoIds.Contains(s.LaoId));
        }

        var rows = await query.OrderBy(s => s.LaoId).ToListAsync(cancellationToken);
        return rows.ConvertAll(s => new LaoBudgetSummary(s.LaoId, s.FiscalYear, s.Status, s.RevenueTotal, s.ExpenditureTotal, s.PersonnelTotal, s.CapitalTotal, s.PromulgatedOn));
    }
}
