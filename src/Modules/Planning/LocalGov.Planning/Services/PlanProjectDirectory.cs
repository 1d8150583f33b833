using LocalGov.Data;
using LocalGov.Planning.Contracts;

namespace LocalGov.Planning.Services;

/// <summary>The approved plans' projects for Budgeting (line form suggestions, the "not in the plan" warning).</summary>
internal sealed class PlanProjectDirectory(LocalGovDbContext db) : IPlanProjectDirectory
{
    public async Task<IReadOnlyList<PlanProjectRef>> GetProjectsForYearAsync(int laoId, int fiscalYear, CancellationToken cancellationToken = default)
    {
        var plan = await db.LoadCoveringAsync(laoId, fiscalYear, tracking: false, cancellationToken);
        if (plan is null)
        {
            return [];
        }

        var index = plan.YearIndex(fiscalYear);
        return [.. plan.ProjectsForYear(fiscalYear).Select(x => new PlanProjectRef(x.Project.Id, laoId, x.Project.Code, x.Revision.Name, x.Strategy.Name, x.Revision.AmountForYearIndex(index)))];
    }

    public async Task<PlanProjectRef?> FindByCodeAsync(int laoId, int fiscalYear, string code, CancellationToken cancellationToken = default)
    {
        var plan = await db.LoadCoveringAsync(laoId, fiscalYear, tracking: false, cancellationToken);
        if (plan is null || string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var index = plan.YearIndex(fiscalYear);
        return plan.ProjectsForYear(fiscalYear, withAmountOnly: false)
            .Where(x => string.Equals(x.Project.Code, code.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(x => new PlanProjectRef(x.Project.Id, laoId, x.Project.Code, x.Revision.Name, x.Strategy.Name, x.Revision.AmountForYearIndex(index)))
            .FirstOrDefault();
    }
}
