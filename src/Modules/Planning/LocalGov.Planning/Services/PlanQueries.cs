using LocalGov.Data;
using LocalGov.Planning.Domain;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Planning.Services;

/// <summary>Loading a development plan whole (versions, strategies, projects with their revisions): plans are small.</summary>
internal static class PlanQueries
{
    public static IQueryable<DevelopmentPlan> WithContent(this IQueryable<DevelopmentPlan> plans) =>
        plans.Include(p => p.Versions).Include(p => p.Strategies).Include(p => p.Projects).ThenInclude(p => p.Revisions).AsSplitQuery();

    /// <summary>The LAO's plan whose five years include <paramref name="fiscalYear"/>, loaded whole (read-only unless <paramref name="tracking"/>).</summary>
    public static Task<DevelopmentPlan?> LoadCoveringAsync(this LocalGovDbContext db, int laoId, int fiscalYear, bool tracking, CancellationToken cancellationToken)
    {
        var plans = db.Set<DevelopmentPlan>().Where(p => p.LaoId == laoId && p.FirstYear <= fiscalYear && p.FirstYear + DevelopmentPlan.Years - 1 >= fiscalYear);
        return (tracking ? plans : plans.AsNoTracking()).WithContent().FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The approved plan's projects (with their revision in force) that have an amount for the year.</summary>
    public static IEnumerable<(PlanProject Project, PlanProjectRevision Revision, Strategy Strategy)> ProjectsForYear(this DevelopmentPlan plan, int fiscalYear, bool withAmountOnly = true)
    {
        var version = plan.CurrentVersionNo;
        if (version == 0 || !plan.Covers(fiscalYear))
        {
            yield break;
        }

        var index = plan.YearIndex(fiscalYear);
        var strategies = plan.Strategies.ToDictionary(s => s.Id);
        foreach (var project in plan.Projects.Where(p => p.IsInPlanAt(version)).OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            if (project.RevisionAt(version) is { } revision
                && (!withAmountOnly || revision.AmountForYearIndex(index).Satang > 0)
                && strategies.TryGetValue(revision.StrategyId, out var strategy))
            {
                yield return (project, revision, strategy);
            }
        }
    }
}
