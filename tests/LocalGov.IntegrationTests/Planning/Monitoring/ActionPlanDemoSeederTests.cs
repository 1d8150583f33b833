using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Planning.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Seeding;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Planning.Monitoring;

/// <summary>The demo seeder on its own database: it skipped at start (no plan yet), and runs once a plan exists.</summary>
public sealed class ActionPlanDemoSeederTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    [Fact]
    public async Task Seeds_both_years_progress_and_the_FY_2569_reports_once_a_plan_exists_and_only_once()
    {
        var lao = await MonitoringTestData.DemoLaoIdAsync(factory);
        var plan = await MonitoringTestData.ApprovedPlanAsync(factory);
        if (!await factory.WithDbAsync(db => db.Set<ActionPlanEntry>().AnyAsync(e => e.LaoId == lao)))
        {
            Assert.Equal(0, await factory.WithDbAsync(db => db.Set<ProgressReport>().CountAsync(r => r.LaoId == lao)));
        }

        await SeedAsync();
        var (entries, reports) = await CountsAsync(lao);
        Assert.True(entries[2569] > 0 && entries[2570] > 0, $"{entries[2569]} / {entries[2570]}");
        var fy2569 = await factory.WithDbAsync(db => db.Set<ProgressReport>().AsNoTracking().Where(r => r.LaoId == lao && r.FiscalYear == 2569).OrderBy(r => r.Quarter).ToListAsync());
        Assert.Equal([1, 2, 3, 4], fy2569.Select(r => r.Quarter));
        Assert.Equal([false, true, false, false], fy2569.Select(r => r.IsLate));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<ProgressReport>().CountAsync(r => r.LaoId == lao && r.FiscalYear == 2570)));
        var statuses = await factory.WithDbAsync(db => db.Set<ActionPlanEntry>().Where(e => e.LaoId == lao && e.FiscalYear == 2569).Select(e => e.Status).ToListAsync());
        Assert.Contains(ProjectStatus.Done, statuses);
        Assert.Contains(ProjectStatus.InProgress, statuses);
        Assert.True(await factory.WithDbAsync(db => db.Set<ActionPlanEntry>().AnyAsync(e => e.LaoId == lao && e.Problems != null)));
        var summary = await factory.WithDbAsync(db => db.Set<PlanningYearSummary>().AsNoTracking().SingleAsync(s => s.LaoId == lao && s.FiscalYear == 2569));
        Assert.Equal((entries[2569], 1), (summary.ProjectsInActionPlan, summary.ReportsLate));
        Assert.All(await factory.WithDbAsync(db => db.Set<ActionPlanEntry>().Where(e => e.LaoId == lao).Select(e => e.ProjectId).ToListAsync()),
            id => Assert.Contains(plan.Projects, p => p.Id == id));

        await SeedAsync();
        var (entriesAgain, reportsAgain) = await CountsAsync(lao);
        Assert.Equal(entries, entriesAgain);
        Assert.Equal(reports, reportsAgain);
    }

    private async Task SeedAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<ActionPlanDemoSeeder>().Single().SeedAsync(default);
    }

    private async Task<(Dictionary<int, int> Entries, int Reports)> CountsAsync(int lao)
    {
        var entries = await factory.WithDbAsync(db => db.Set<ActionPlanEntry>().Where(e => e.LaoId == lao).GroupBy(e => e.FiscalYear)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count));
        entries.TryAdd(2569, 0);
        entries.TryAdd(2570, 0);
        return (entries, await factory.WithDbAsync(db => db.Set<ProgressReport>().CountAsync(r => r.LaoId == lao)));
    }
}
