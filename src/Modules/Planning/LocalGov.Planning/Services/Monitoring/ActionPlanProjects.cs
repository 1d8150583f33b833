using LocalGov.Planning.Contracts;

namespace LocalGov.Planning.Services.Monitoring;

/// <summary>The action plan's rows as the contract other modules read (Open data's project publication).</summary>
internal sealed class ActionPlanProjects(ActionPlanQueries queries) : IActionPlanProjects
{
    public async Task<IReadOnlyList<ActionPlanProjectInfo>> GetAsync(int laoId, int fiscalYear, CancellationToken cancellationToken = default)
    {
        var view = await queries.LoadAsync(laoId, fiscalYear, cancellationToken);
        return [.. view.Rows.Select(r => new ActionPlanProjectInfo(
            laoId, fiscalYear, r.Code, r.Name, r.StrategyNo, r.StrategyName, r.Entry.StartMonth, r.Entry.EndMonth,
            r.Entry.Status, r.Entry.PercentComplete, r.Planned, r.Budgeted, r.Disbursed, r.Entry.LastUpdatedOn))];
    }
}
