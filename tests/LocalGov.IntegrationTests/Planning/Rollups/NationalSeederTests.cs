using LocalGov.Data;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Planning.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Seeding;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Planning.Rollups;

/// <summary>The national planning generator on 30 LAOs of the demo database (own database: the rebuild deletes every summary row).</summary>
public sealed class NationalSeederTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    [Fact]
    public async Task National_seed_writes_plans_action_plans_reports_and_summary_rows_that_a_rebuild_reproduces()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetServices<INationalSeeder>().OfType<PlanningNationalSeeder>().Single();
            Assert.Equal(60, seeder.Order);
            await seeder.SeedAsync(new NationalSeedOptions(LaoCount: 30), default);
        }

        var laoIds = await factory.WithDbAsync(async db =>
            await db.Set<DevelopmentPlan>().Where(p => p.CreatedBy == "national-seed").Select(p => p.LaoId).ToListAsync());
        Assert.Equal(30, laoIds.Count);
        var projects = await factory.WithDbAsync(async db =>
            await db.Set<PlanProject>().Where(p => laoIds.Contains(p.LaoId)).GroupBy(p => p.LaoId).Select(g => g.Count()).ToListAsync());
        Assert.All(projects, n => Assert.InRange(n, 15, 40));
        var statuses = await factory.WithDbAsync(async db =>
            await db.Set<ActionPlanEntry>().Where(e => laoIds.Contains(e.LaoId)).Select(e => e.Status).Distinct().ToListAsync());
        Assert.True(statuses.Count >= 4);
        var reports = await factory.WithDbAsync(async db =>
            await db.Set<ProgressReport>().Where(r => laoIds.Contains(r.LaoId) && r.FiscalYear == 2569).ToListAsync());
        Assert.Contains(reports, r => r.SubmittedOn > r.DueOn);
        Assert.True(reports.Count < 30 * 4, "some reports are missing");

        var seeded = await SnapshotAsync(laoIds);
        Assert.Equal(30 * 5, seeded.Years.Count);
        Assert.True((await factory.WithDbAsync(db => db.Set<PlanningYearSummary>().Where(s => laoIds.Contains(s.LaoId)).SumAsync(s => s.ProjectsInActionPlan))) > 0);
        Assert.True((await factory.WithDbAsync(db => db.Set<PlanningYearSummary>().CountAsync(s => laoIds.Contains(s.LaoId) && s.FiscalYear == 2569 && s.ReportsLate > 0))) > 0);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IPlanningSummaryRebuild>().RebuildAsync();
        }

        // Everything but the budgeted and disbursed amounts, which the generator derives (the dataset's lines carry no plan codes).
        var rebuilt = await SnapshotAsync(laoIds);
        Assert.Equal(seeded.Years, rebuilt.Years);
        Assert.Equal(seeded.Strategies, rebuilt.Strategies);
    }

    private Task<(List<string> Years, List<string> Strategies)> SnapshotAsync(List<int> laoIds) => factory.WithDbAsync(async db =>
    {
        var years = (await db.Set<PlanningYearSummary>().AsNoTracking().Where(s => laoIds.Contains(s.LaoId)).ToListAsync())
            .OrderBy(s => s.LaoId).ThenBy(s => s.FiscalYear)
            .Select(s => string.Join('|', s.LaoId, s.FiscalYear, s.ProvinceId, s.HasApprovedPlan, s.ProjectsInPlan, s.ProjectsInActionPlan, s.ProjectsNotStarted,
                s.ProjectsInProgress, s.ProjectsDone, s.ProjectsCancelled, s.PlannedAmount.Satang, s.PercentCompleteTotal, s.ReportsDue, s.ReportsOnTime, s.ReportsLate))
            .ToList();
        var strategies = (await db.Set<PlanningStrategySummary>().AsNoTracking().Where(s => laoIds.Contains(s.LaoId)).ToListAsync())
            .OrderBy(s => s.LaoId).ThenBy(s => s.FiscalYear).ThenBy(s => s.NationalStrategy)
            .Select(s => string.Join('|', s.LaoId, s.FiscalYear, s.ProvinceId, s.NationalStrategy, s.Projects, s.PlannedAmount.Satang))
            .ToList();
        return (years, strategies);
    });
}
