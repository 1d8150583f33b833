using LocalGov.IntegrationTests.Budgeting;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Seeding;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Planning.Rollups;

/// <summary>The demo province's synthetic planning summaries (benchmarking: reports on time, participation).</summary>
public sealed class SyntheticPlanningSummaryTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const int Seed = 20260101;

    [Fact]
    public async Task Every_other_LAO_of_the_demo_province_has_a_row_per_year_unless_left_out()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var laos = await SyntheticFigures.DemoNeighboursAsync(scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>(), default);
        var ids = laos.Select(l => l.Id).ToList();
        var rows = await factory.WithDbAsync(db => db.Set<PlanningYearSummary>().AsNoTracking().Where(s => ids.Contains(s.LaoId) && s.FiscalYear >= 2566 && s.FiscalYear <= 2570).ToListAsync());
        var today = ThaiDate.Today(TimeProvider.System);
        var synthetic = 0;
        foreach (var lao in laos)
        {
            foreach (var year in SyntheticFigures.DemoYears)
            {
                var row = rows.SingleOrDefault(r => r.LaoId == lao.Id && r.FiscalYear == year);
                if (PlanningSummarySynthesis.Generate(lao, year, Seed, today) is { } expected)
                {
                    Assert.NotNull(row);
                    if (row.Participants == expected.Participants && row.ProjectsInPlan == expected.ProjectsInPlan)
                    {
                        synthetic++;
                        Assert.Equal(ProgressReportSchedule.DueBy(year, today).Count(), row.ReportsDue);
                        Assert.Equal(row.ReportsDue, row.ReportsOnTime + row.ReportsLate);
                    }
                }
            }
        }

        Assert.True(synthetic > laos.Count, "most LAO-years are synthetic");
    }

    [Fact]
    public void Participation_is_a_few_per_thousand_and_reports_are_mostly_on_time()
    {
        var today = new DateOnly(2026, 12, 5);
        var rows = SyntheticSummaryTests.SampleLaos().SelectMany(l => Enumerable.Range(2566, 4).Select(y => (Lao: l, Row: PlanningSummarySynthesis.Generate(l, y, Seed, today))))
            .Where(r => r.Row is not null).ToList();
        Assert.All(rows, r => Assert.InRange(r.Row!.Participants * 1000m / r.Lao.Population, 0m, 8.5m));
        Assert.All(rows, r => Assert.Equal(4, r.Row!.ReportsDue));
        var allOnTime = rows.Count(r => r.Row!.ReportsOnTime == 4);
        Assert.InRange(allOnTime, rows.Count * 60 / 100, rows.Count * 80 / 100);
        Assert.All(rows, r => Assert.Equal(r.Row!.ProjectsInActionPlan, r.Row.ProjectsNotStarted + r.Row.ProjectsInProgress + r.Row.ProjectsDone + r.Row.ProjectsCancelled));
    }

    [Fact]
    public async Task Writing_again_changes_nothing()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var laos = await SyntheticFigures.DemoNeighboursAsync(scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>(), default);
        var before = await factory.WithDbAsync(db => db.Set<PlanningYearSummary>().CountAsync());

        var written = await scope.ServiceProvider.GetRequiredService<PlanningSummarySynthesis>().WriteAsync(laos, SyntheticFigures.DemoYears, Seed, default);

        Assert.Equal(0, written);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Set<PlanningYearSummary>().CountAsync()));
    }
}
