using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalGov.Planning.Seeding;

/// <summary>
/// Synthetic <see cref="PlanningYearSummary"/> rows (no plans, no reports) for the demo's whole-province dashboards:
/// per LAO-year 15–40 projects in the plan, about half in the action plan, the progress reports due by today mostly on
/// time, and a few participants per 1,000 inhabitants. ~0.5 % of LAO-years left out. Deterministic for the seed; an
/// LAO-year with a row already is never touched. Prepared SQL outside the audit trail – generated data only (ADR 0004);
/// a <c>rebuild planning-summaries</c> recomputes the table from the plans and so drops these rows.
/// </summary>
internal sealed class PlanningSummarySynthesis(LocalGovDbContext db, SqlNames names, TimeProvider clock)
{
    public async Task<int> WriteAsync(IReadOnlyList<LaoDto> laos, IReadOnlyList<int> years, int seed, CancellationToken cancellationToken)
    {
        var existing = (await db.Set<PlanningYearSummary>().AsNoTracking().Where(s => years.Contains(s.FiscalYear))
            .Select(s => new { s.LaoId, s.FiscalYear }).ToListAsync(cancellationToken)).Select(k => (k.LaoId, k.FiscalYear)).ToHashSet();
        var today = ThaiDate.Today(clock);
        var now = clock.GetUtcNow();
        var written = 0;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await using var insert = names.PrepareInsert<PlanningYearSummary>(connection, transaction.GetDbTransaction(),
                nameof(PlanningYearSummary.LaoId), nameof(PlanningYearSummary.ProvinceId), nameof(PlanningYearSummary.FiscalYear),
                nameof(PlanningYearSummary.HasApprovedPlan), nameof(PlanningYearSummary.ProjectsInPlan), nameof(PlanningYearSummary.ProjectsInActionPlan),
                nameof(PlanningYearSummary.ProjectsNotStarted), nameof(PlanningYearSummary.ProjectsInProgress), nameof(PlanningYearSummary.ProjectsDone),
                nameof(PlanningYearSummary.ProjectsCancelled), nameof(PlanningYearSummary.PlannedAmount), nameof(PlanningYearSummary.BudgetedAmount),
                nameof(PlanningYearSummary.DisbursedAmount), nameof(PlanningYearSummary.PercentCompleteTotal), nameof(PlanningYearSummary.ReportsDue),
                nameof(PlanningYearSummary.ReportsOnTime), nameof(PlanningYearSummary.ReportsLate), nameof(PlanningYearSummary.Proposals),
                nameof(PlanningYearSummary.Supports), nameof(PlanningYearSummary.Participants), nameof(PlanningYearSummary.UpdatedAt));
            foreach (var lao in laos)
            {
                foreach (var year in years)
                {
                    if (existing.Contains((lao.Id, year)) || Generate(lao, year, seed, today) is not { } y)
                    {
                        continue;
                    }

                    SqlNames.SetValues(insert, y.LaoId, y.ProvinceId, y.FiscalYear, y.HasApprovedPlan, y.ProjectsInPlan, y.ProjectsInActionPlan,
                        y.ProjectsNotStarted, y.ProjectsInProgress, y.ProjectsDone, y.ProjectsCancelled, y.PlannedAmount.Satang, y.BudgetedAmount.Satang,
                        y.DisbursedAmount.Satang, y.PercentCompleteTotal, y.ReportsDue, y.ReportsOnTime, y.ReportsLate, y.Proposals, y.Supports, y.Participants, now);
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                    written++;
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return written;
    }

    /// <summary>The LAO-year's row with the reports due by <paramref name="today"/>, or null when left out.</summary>
    internal static PlanningYearSummary? Generate(LaoDto lao, int fiscalYear, int seed, DateOnly today)
    {
        if (SyntheticFigures.IsMissing(seed, lao.Id, fiscalYear, SyntheticStream.Planning))
        {
            return null;
        }

        var random = SyntheticFigures.RandomFor(seed, lao.Id, fiscalYear, SyntheticStream.Planning);
        var scale = (decimal)SyntheticFigures.ExpenditureBaht(lao, fiscalYear, seed);
        var inPlan = 15 + random.Next(26);
        var inAction = inPlan * (40 + random.Next(31)) / 100;
        var past = new FiscalYear(fiscalYear).End < today;
        var done = past ? inAction * (60 + random.Next(36)) / 100 : inAction * random.Next(20) / 100;
        var cancelled = random.Next(4) == 0 ? 1 : 0;
        var notStarted = past ? 0 : (inAction - done - cancelled) / 2;
        var inProgress = inAction - done - cancelled - notStarted;
        var due = ProgressReportSchedule.DueBy(fiscalYear, today).Count();
        var onTime = random.Next(10) < 7 ? due : Math.Max(0, due - 1 - random.Next(2));
        var participants = Math.Max(1, lao.Population * (1 + random.Next(80)) / 10_000);
        var proposals = Math.Max(1, participants * (10 + random.Next(21)) / 100);
        var planned = scale * SyntheticFigures.Between(random, 0.20m, 0.45m);
        var budgeted = planned * SyntheticFigures.Between(random, 0.40m, 0.70m);
        return new PlanningYearSummary
        {
            LaoId = lao.Id,
            ProvinceId = lao.ProvinceId,
            FiscalYear = fiscalYear,
            HasApprovedPlan = true,
            ProjectsInPlan = inPlan,
            ProjectsInActionPlan = inAction,
            ProjectsNotStarted = notStarted,
            ProjectsInProgress = inProgress,
            ProjectsDone = done,
            ProjectsCancelled = cancelled,
            PercentCompleteTotal = done * 100 + inProgress * 50,
            PlannedAmount = Baht(planned),
            BudgetedAmount = Baht(budgeted),
            DisbursedAmount = Baht(budgeted * (past ? SyntheticFigures.Between(random, 0.60m, 0.98m) : SyntheticFigures.Between(random, 0.0m, 0.25m))),
            ReportsDue = due,
            ReportsOnTime = onTime,
            ReportsLate = due - onTime,
            Proposals = proposals,
            Supports = participants - proposals,
            Participants = participants,
        };
    }

    private static Money Baht(decimal baht) => Money.FromBaht(Math.Round(baht, 0, MidpointRounding.AwayFromZero));
}

/// <summary>Demo: synthetic planning summaries of the demo province's other LAOs, FY 2566–2570 (after Planning's own demo, 540–550).</summary>
internal sealed class PlanningSyntheticDemoSeeder(IOrganizationDirectory directory, PlanningSummarySynthesis synthesis) : IDemoSeeder
{
    public int Order => 885;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var laos = await SyntheticFigures.DemoNeighboursAsync(directory, cancellationToken);
        await synthesis.WriteAsync(laos, SyntheticFigures.DemoYears, new NationalSeedOptions().RandomSeed, cancellationToken);
    }
}
