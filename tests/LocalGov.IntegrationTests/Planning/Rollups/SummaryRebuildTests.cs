using LocalGov.Data;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Services;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Planning.Rollups;

/// <summary><c>rebuild planning-summaries</c> against the figures the incremental writer produced (own database: it deletes every summary row).</summary>
public sealed class SummaryRebuildTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const int FirstYear = 2556;

    [Fact]
    public async Task Rebuild_after_deleting_the_summary_rows_restores_the_figures_of_the_incremental_writer()
    {
        int laoId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<LocalGovDbContext>();
            laoId = (await services.GetRequiredService<IOrganizationDirectory>().FindLaoByCodeAsync(DemoData.DemoLaoCode))!.Id;
            var now = DateTimeOffset.UtcNow;
            await using var tx = await db.Database.BeginTransactionAsync();
            var plan = new DevelopmentPlan { LaoId = laoId, FirstYear = FirstYear, Vision = "ทดสอบ", CreatedBy = "test", CreatedAt = now };
            plan.StartVersion(PlanVersionKind.Original, "แผนทดสอบ", null, "test", now);
            plan.Strategies.Add(new Strategy { No = 1, Name = "โครงสร้างพื้นฐาน", NationalStrategy = NationalStrategy.Competitiveness, AddedInVersion = 1 });
            plan.Strategies.Add(new Strategy { No = 2, Name = "สิ่งแวดล้อม", NationalStrategy = NationalStrategy.GreenGrowth, AddedInVersion = 1 });
            db.Add(plan);
            await db.SaveChangesAsync();
            for (var i = 1; i <= 4; i++)
            {
                var revision = new PlanProjectRevision { Name = $"โครงการ {i}", StrategyId = plan.Strategies[i % 2].Id };
                for (var y = 0; y < 5; y++)
                {
                    revision.SetAmountForYearIndex(y, y == i ? Money.Zero : Money.FromBaht(100_000m * i + y));
                }

                Assert.NotNull(plan.AddProject($"T-{i}", revision));
            }

            Assert.True(plan.ApproveDraft(new DateOnly(2013, 1, 10), "นายก", "test", now));
            await db.SaveChangesAsync();
            db.AddRange(
                new ActionPlanEntry { LaoId = laoId, FiscalYear = FirstYear + 1, ProjectId = plan.Projects[0].Id, StartMonth = 1, EndMonth = 6, Status = ProjectStatus.Done, PercentComplete = 100 },
                new ActionPlanEntry { LaoId = laoId, FiscalYear = FirstYear + 1, ProjectId = plan.Projects[2].Id, StartMonth = 2, EndMonth = 9, Status = ProjectStatus.InProgress, PercentComplete = 35 },
                new ActionPlanEntry { LaoId = laoId, FiscalYear = FirstYear + 1, ProjectId = plan.Projects[3].Id, StartMonth = 3, EndMonth = 4, Status = ProjectStatus.Cancelled });
            db.Add(new ProgressReport
            {
                LaoId = laoId,
                FiscalYear = FirstYear + 1,
                Quarter = 1,
                DueOn = ProgressReportSchedule.DueOn(FirstYear + 1, 1),
                SubmittedOn = ProgressReportSchedule.DueOn(FirstYear + 1, 1).AddDays(-2),
                SubmittedBy = "test",
            });
            await db.SaveChangesAsync();
            var writer = services.GetRequiredService<PlanningSummaryWriter>();
            for (var year = FirstYear; year < FirstYear + 5; year++)
            {
                await writer.RefreshAsync(laoId, year, default);
            }

            await tx.CommitAsync();
        }

        var before = await SnapshotAsync(laoId);
        Assert.Equal(5, before.Years.Count);
        var actionYear = before.Years.Single(y => y.StartsWith($"{FirstYear + 1}|", StringComparison.Ordinal)).Split('|');
        Assert.Equal(["3", "3", "0", "1", "1", "1"], actionYear[3..9]);
        Assert.Equal("135", actionYear[12]);

        var count = await factory.WithDbAsync(async db =>
        {
            await db.Set<PlanningStrategySummary>().ExecuteDeleteAsync();
            await db.Set<PlanningYearSummary>().ExecuteDeleteAsync();
            return 0;
        });
        Assert.Empty((await SnapshotAsync(laoId)).Years);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            count = await scope.ServiceProvider.GetRequiredService<IPlanningSummaryRebuild>().RebuildAsync();
        }

        Assert.True(count >= 5);
        var after = await SnapshotAsync(laoId);
        Assert.Equal(before.Years, after.Years);
        Assert.Equal(before.Strategies, after.Strategies);
    }

    /// <summary>The LAO's summary rows of the plan's years as comparable text (without ids and timestamps).</summary>
    private Task<(List<string> Years, List<string> Strategies)> SnapshotAsync(int laoId) => factory.WithDbAsync(async db =>
    {
        var years = (await db.Set<PlanningYearSummary>().AsNoTracking().Where(s => s.LaoId == laoId && s.FiscalYear >= FirstYear && s.FiscalYear < FirstYear + 5).ToListAsync())
            .OrderBy(s => s.FiscalYear)
            .Select(s => string.Join('|', s.FiscalYear, s.ProvinceId, s.HasApprovedPlan, s.ProjectsInPlan, s.ProjectsInActionPlan, s.ProjectsNotStarted,
                s.ProjectsInProgress, s.ProjectsDone, s.ProjectsCancelled, s.PlannedAmount.Satang, s.BudgetedAmount.Satang, s.DisbursedAmount.Satang,
                s.PercentCompleteTotal, s.ReportsDue, s.ReportsOnTime, s.ReportsLate, s.Proposals, s.Supports, s.Participants))
            .ToList();
        var strategies = (await db.Set<PlanningStrategySummary>().AsNoTracking().Where(s => s.LaoId == laoId && s.FiscalYear >= FirstYear && s.FiscalYear < FirstYear + 5).ToListAsync())
            .OrderBy(s => s.FiscalYear).ThenBy(s => s.NationalStrategy)
            .Select(s => string.Join('|', s.FiscalYear, s.ProvinceId, s.NationalStrategy, s.Projects, s.PlannedAmount.Satang))
            .ToList();
        return (years, strategies);
    });
}
