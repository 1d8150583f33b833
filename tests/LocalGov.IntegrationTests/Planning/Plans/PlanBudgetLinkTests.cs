using System.Net;
using LocalGov.Budgeting.Domain;
using LocalGov.IntegrationTests.Finance.Vouchers;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Planning.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Planning.Plans;

/// <summary>Budgeting's project lines against the approved development plan: suggestions, the line warning, the budget check.</summary>
public sealed class PlanBudgetLinkTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    [Fact]
    public async Task The_line_form_warns_for_a_code_not_in_the_plan_and_the_budget_check_counts_and_lists_the_line()
    {
        var lao = await PlanTestData.DemoLaoIdAsync(factory);
        var (budgetId, lineId) = await factory.WithDbAsync(async db =>
        {
            var budget = await db.Set<Budget>().AsNoTracking().SingleAsync(b => b.LaoId == lao && b.FiscalYear == 2570 && b.Kind == BudgetKind.Annual);
            var line = await db.Set<BudgetLine>().AsNoTracking().SingleAsync(l => l.BudgetId == budget.Id && l.ItemName.StartsWith("โครงการก่อสร้างลานกีฬา"));
            return (budget.Id, line.Id);
        });
        using var finance = new Browser(factory);
        await finance.SignInAsync("finance");

        // The demo: every coded project line is in the plan for 2570; the sports ground (and the Songkran festival) have no code.
        var (_, form) = await finance.GetAsync($"/Budgeting/Lines/Edit/{lineId}");
        Assert.NotNull(form.GetElementById("plan-warning"));
        Assert.NotNull(form.QuerySelector("#plan-projects option[value='ยุทธ1-2570-014']"));
        Assert.Null(form.QuerySelector("#plan-projects option[value='ยุทธ1-2569-012']")); // deferred by the supplement: nothing planned in 2570
        var (_, details) = await finance.GetAsync($"/Budgeting/Budgets/Details/{budgetId}");
        var before = int.Parse(details.GetElementById("check-plan")!.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(before, details.QuerySelectorAll("#check-plan-lines li").Length);
        Assert.NotNull(details.QuerySelector($"#check-plan-lines li[data-line-id='{lineId}']"));

        // An unknown code: saved (a warning, not an error), flagged on the form and in the budget's checks.
        var (saved, _) = await VoucherTestData.SubmitFormAsync(finance, $"/Budgeting/Lines/Edit/{lineId}", "line-form", new Dictionary<string, string>
        {
            ["IsProject"] = "true",
            ["PlanProjectCode"] = "ยุทธ9-2570-999",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("ยุทธ9-2570-999", await factory.WithDbAsync(db => db.Set<BudgetLine>().Where(l => l.Id == lineId).Select(l => l.PlanProjectCode).SingleAsync()));
        (_, form) = await finance.GetAsync($"/Budgeting/Lines/Edit/{lineId}");
        Assert.Contains("ยุทธ9-2570-999", form.GetElementById("plan-warning")!.TextContent, StringComparison.Ordinal);
        (_, details) = await finance.GetAsync($"/Budgeting/Budgets/Details/{budgetId}");
        Assert.Equal(before.ToString(System.Globalization.CultureInfo.InvariantCulture), details.GetElementById("check-plan")!.GetAttribute("data-count"));
        Assert.NotNull(details.QuerySelector($"#check-plan-lines li[data-line-id='{lineId}']"));

        // A code of the plan for the year: no warning, one line fewer in the check.
        await VoucherTestData.SubmitFormAsync(finance, $"/Budgeting/Lines/Edit/{lineId}", "line-form", new Dictionary<string, string>
        {
            ["IsProject"] = "true",
            ["PlanProjectCode"] = "ยุทธ2-2570-010",
        });
        (_, form) = await finance.GetAsync($"/Budgeting/Lines/Edit/{lineId}");
        Assert.Null(form.GetElementById("plan-warning"));
        (_, details) = await finance.GetAsync($"/Budgeting/Budgets/Details/{budgetId}");
        Assert.Equal(before - 1, details.QuerySelectorAll("#check-plan-lines li").Length);
        Assert.Null(details.QuerySelector($"#check-plan-lines li[data-line-id='{lineId}']"));
    }

    [Fact]
    public async Task The_demo_plan_covers_every_plan_code_of_the_demo_budget_lines()
    {
        var lao = await PlanTestData.DemoLaoIdAsync(factory);
        var lines = await factory.WithDbAsync(db => db.Set<BudgetLine>().AsNoTracking()
            .Join(db.Set<Budget>().Where(b => b.LaoId == lao), l => l.BudgetId, b => b.Id, (l, b) => new { b.FiscalYear, l.ItemName, l.PlanProjectCode, l.OriginalAmount })
            .Where(x => x.PlanProjectCode != null && !x.ItemName.StartsWith("โครงการก่อสร้างลานกีฬา")) // the other test links that line
            .ToListAsync());
        Assert.NotEmpty(lines);
        await using var scope = factory.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IPlanProjectDirectory>();
        foreach (var line in lines)
        {
            var project = Assert.Single(await directory.GetProjectsForYearAsync(lao, line.FiscalYear), p => p.Code == line.PlanProjectCode);
            Assert.Equal(line.OriginalAmount, project.PlannedAmount);
        }
    }
}
