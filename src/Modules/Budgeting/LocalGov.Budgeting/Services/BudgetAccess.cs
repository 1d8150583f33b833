using LocalGov.Budgeting.Domain;
using LocalGov.Data;
using LocalGov.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Budgeting.Services;

/// <summary>
/// Loads a budget only when the current user's scope allows it. Every Budgeting feature goes through here, so
/// a URL with another LAO's budget id finds nothing to read (404) or nothing to change (403).
/// </summary>
internal sealed class BudgetAccess(LocalGovDbContext db, IOrganizationScope scope)
{
    /// <summary>The budget header when the user may read its LAO, else null (the caller answers 404).</summary>
    public async Task<Budget?> FindReadableAsync(int budgetId, CancellationToken cancellationToken)
    {
        var budget = await db.Set<Budget>().FirstOrDefaultAsync(b => b.Id == budgetId, cancellationToken);
        return budget is not null && await scope.CanReadLaoAsync(budget.LaoId, cancellationToken) ? budget : null;
    }

    /// <summary>Whether the user may change the budget's LAO data (its own staff only).</summary>
    public Task<bool> CanChangeAsync(Budget budget, CancellationToken cancellationToken) =>
        scope.CanChangeLaoAsync(budget.LaoId, cancellationToken);

    /// <summary>Budgets of the LAOs the user may read, for lists.</summary>
    public async Task<IQueryable<Budget>> ReadableAsync(CancellationToken cancellationToken)
    {
        var filter = await scope.ReadableLaosAsync(cancellationToken);
        var budgets = db.Set<Budget>().AsNoTracking();
        if (filter.All)
        {
            return budgets;
        }

        var ids = filter.LaoIds.ToList();
        return budgets.Where(b => ids.Contains(b.LaoId));
    }
}
