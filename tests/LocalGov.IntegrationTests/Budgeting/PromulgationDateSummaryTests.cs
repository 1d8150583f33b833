using System.Net;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LocalGov.IntegrationTests.Budgeting.PreparationTestSupport;

namespace LocalGov.IntegrationTests.Budgeting;

/// <summary>The promulgation date in the budget summary (benchmarking's on-time budget), kept by the workflow and by the rebuild (own database: the rebuild replaces every row).</summary>
public sealed class PromulgationDateSummaryTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    [Fact]
    public async Task Promulgating_a_budget_records_its_date_in_the_summary_and_a_rebuild_reproduces_it()
    {
        var id = await CreateBudgetAsync(factory, 2586, BudgetStatus.Approved);
        using var finance = new Browser(factory);
        await finance.SignInAsync("finance");
        var before = await SummaryAsync(id);
        Assert.Null(before.PromulgatedOn);

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(finance, id, BudgetStatus.Promulgated)).StatusCode);

        var budget = await LoadAsync(factory, id);
        Assert.NotNull(budget.PromulgatedOn);
        Assert.Equal(budget.PromulgatedOn, (await SummaryAsync(id)).PromulgatedOn);

        // The demo's FY 2569 ordinance was promulgated by the demo seeder through the same workflow.
        var demo = await factory.WithDbAsync(db => db.Set<Budget>().AsNoTracking().SingleAsync(b => b.FiscalYear == 2569 && b.Kind == BudgetKind.Annual && b.Status == BudgetStatus.Promulgated && b.LaoId == budget.LaoId));
        Assert.Equal(new DateOnly(2025, 9, 22), (await SummaryAsync(demo.Id)).PromulgatedOn);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IBudgetSummaryRebuild>().RebuildAsync();
        }

        Assert.Equal(budget.PromulgatedOn, (await SummaryAsync(id)).PromulgatedOn);
        Assert.Equal(new DateOnly(2025, 9, 22), (await SummaryAsync(demo.Id)).PromulgatedOn);
        Assert.Null((await factory.WithDbAsync(db => db.Set<BudgetSummaryRow>().AsNoTracking().SingleAsync(s => s.LaoId == budget.LaoId && s.FiscalYear == 2570))).PromulgatedOn);
    }

    private Task<BudgetSummaryRow> SummaryAsync(int budgetId) => factory.WithDbAsync(async db =>
    {
        var budget = await db.Set<Budget>().AsNoTracking().SingleAsync(b => b.Id == budgetId);
        return await db.Set<BudgetSummaryRow>().AsNoTracking().SingleAsync(s => s.LaoId == budget.LaoId && s.FiscalYear == budget.FiscalYear);
    });
}
