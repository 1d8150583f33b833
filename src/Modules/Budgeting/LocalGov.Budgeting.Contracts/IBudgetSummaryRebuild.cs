namespace LocalGov.Budgeting.Contracts;

/// <summary>
/// Recomputes every per-LAO, per-year summary row from the budget lines and revenue estimates with set-based
/// SQL (the host's <c>rebuild budget-summaries</c> command), for when the summaries are suspected stale.
/// </summary>
public interface IBudgetSummaryRebuild
{
    /// <summary>Replaces all summary rows in one transaction; returns the number of LAO-year rows written.</summary>
    Task<int> RebuildAsync(CancellationToken cancellationToken = default);
}
