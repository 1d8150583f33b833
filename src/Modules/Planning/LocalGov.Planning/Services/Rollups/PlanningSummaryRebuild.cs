using LocalGov.Data;
using LocalGov.Planning.Contracts;
using LocalGov.Planning.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalGov.Planning.Services.Rollups;

/// <summary>
/// <c>rebuild planning-summaries</c>: deletes every planning summary row and recomputes one per LAO-year that has a
/// plan (each of its five years), an action plan, a progress report or a participation process, with the same
/// <see cref="PlanningSummaryWriter"/> the changes use, so a rebuild cannot disagree with the incremental figures.
/// The budgeted and disbursed amounts come from Budgeting's contracts per LAO-year, which is why this is a loop and
/// not set-based SQL (timing on the national dataset: benchmarks/planning.md). All or nothing, in one transaction.
/// </summary>
internal sealed class PlanningSummaryRebuild(LocalGovDbContext db, SqlNames names, PlanningSummaryWriter writer) : IPlanningSummaryRebuild
{
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var laoYears = await LaoYearsAsync(cancellationToken);
        IDbContextTransaction? own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            // Derived data: deleting with SQL (unseen by the audit interceptor) is acceptable (ADR 0004). Names come from the model.
            var deleteStrategies = "DELETE FROM " + names.Table<PlanningStrategySummary>();
            var deleteYears = "DELETE FROM " + names.Table<PlanningYearSummary>();
            await db.Database.ExecuteSqlRawAsync(deleteStrategies, cancellationToken);
            await db.Database.ExecuteSqlRawAsync(deleteYears, cancellationToken);
            foreach (var (laoId, year) in laoYears)
            {
                await writer.RefreshAsync(laoId, year, cancellationToken);

                // The writer tracks the rows it saved; forgetting them keeps every refresh as fast as the first.
                db.ChangeTracker.Clear();
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }

        return laoYears.Count;
    }

    /// <summary>Every LAO-year with planning data, ordered by LAO and year.</summary>
    internal async Task<IReadOnlyList<(int LaoId, int FiscalYear)>> LaoYearsAsync(CancellationToken cancellationToken)
    {
        var plans = await db.Set<DevelopmentPlan>().AsNoTracking().Select(p => new { p.LaoId, p.FirstYear }).ToListAsync(cancellationToken);
        var entries = await db.Set<ActionPlanEntry>().AsNoTracking().Select(e => new { e.LaoId, e.FiscalYear }).Distinct().ToListAsync(cancellationToken);
        var reports = await db.Set<ProgressReport>().AsNoTracking().Select(r => new { r.LaoId, r.FiscalYear }).Distinct().ToListAsync(cancellationToken);
        var processes = await db.Set<ParticipationProcess>().AsNoTracking().Select(p => new { p.LaoId, p.FiscalYear }).Distinct().ToListAsync(cancellationToken);
        return [.. plans.SelectMany(p => Enumerable.Range(p.FirstYear, DevelopmentPlan.Years).Select(y => (p.LaoId, y)))
            .Concat(entries.Select(e => (e.LaoId, e.FiscalYear)))
            .Concat(reports.Select(r => (r.LaoId, r.FiscalYear)))
            .Concat(processes.Select(p => (p.LaoId, p.FiscalYear)))
            .Distinct()
            .OrderBy(x => x.Item1).ThenBy(x => x.Item2)];
    }
}
