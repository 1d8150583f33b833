using System.Net;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LocalGov.IntegrationTests.Budgeting.PreparationTestSupport;

namespace LocalGov.IntegrationTests.Budgeting;

/// <summary>The budget workflow: allowed steps by the allowed roles, the rules of each step, and immutability once approved.</summary>
public sealed class PreparationWorkflowTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    [Fact]
    public async Task The_full_path_runs_from_draft_to_promulgated_with_the_right_users_and_starts_the_ledger()
    {
        var id = await CreateBudgetAsync(factory, 2580);
        using var finance = new Browser(factory);
        await finance.SignInAsync("finance");
        using var province = new Browser(factory);
        await province.SignInAsync("province");

        await AssertStepAsync(finance, id, BudgetStatus.SubmittedToCouncil);
        Assert.Equal(HttpStatusCode.Redirect, (await ReadingAsync(finance, id, 1)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ReadingAsync(finance, id, 2)).StatusCode);
        await AssertStepAsync(finance, id, BudgetStatus.PassedByCouncil);
        await AssertStepAsync(finance, id, BudgetStatus.SubmittedToSupervisor);
        await AssertStepAsync(province, id, BudgetStatus.Approved);
        await AssertStepAsync(finance, id, BudgetStatus.Promulgated);

        var budget = await LoadAsync(factory, id);
        Assert.NotNull(budget.CouncilPassedOn);
        Assert.NotNull(budget.ApprovedOn);
        Assert.NotNull(budget.PromulgatedOn);
        var readings = budget.History.OrderBy(h => h.Id).Where(h => h.CouncilReading is not null).Select(h => (h.FromStatus, h.ToStatus, h.CouncilReading)).ToList();
        Assert.Equal(
            [
                (BudgetStatus.SubmittedToCouncil, BudgetStatus.SubmittedToCouncil, (int?)1),
                (BudgetStatus.SubmittedToCouncil, BudgetStatus.SubmittedToCouncil, (int?)2),
                (BudgetStatus.SubmittedToCouncil, BudgetStatus.PassedByCouncil, (int?)3),
            ],
            readings);
        Assert.Contains(budget.History, h => h.ToStatus == BudgetStatus.Approved && h.UserName == "province");

        var lineIds = budget.Lines.Select(l => l.Id).ToList();
        var entries = await factory.WithDbAsync(db => db.Set<BudgetLedgerEntry>().AsNoTracking().Where(e => lineIds.Contains(e.BudgetLineId)).ToListAsync());
        var balances = await factory.WithDbAsync(db => db.Set<BudgetLineBalanceRow>().AsNoTracking().Where(e => lineIds.Contains(e.BudgetLineId)).ToListAsync());
        Assert.Equal(budget.Lines.Count, entries.Count);
        Assert.Equal(budget.Lines.Count, balances.Count);
        foreach (var line in budget.Lines)
        {
            var entry = entries.Single(e => e.BudgetLineId == line.Id);
            Assert.Equal(LedgerEntryKind.Allocation, entry.Kind);
            Assert.Equal(line.CurrentAmount, entry.Amount);
            Assert.Equal("Budgeting", entry.SourceModule);
            Assert.Equal("ordinance 2580", entry.SourceReference);
            Assert.Equal(line.CurrentAmount, balances.Single(b => b.BudgetLineId == line.Id).Allocated);
        }

        var summary = await factory.WithDbAsync(db => db.Set<BudgetSummaryRow>().AsNoTracking().SingleAsync(s => s.LaoId == budget.LaoId && s.FiscalYear == 2580));
        Assert.Equal(BudgetStatus.Promulgated, summary.Status);
        Assert.Equal(budget.ExpenditureTotal, summary.ExpenditureTotal);
        Assert.Equal(budget.RevenueTotal, summary.RevenueTotal);
        Assert.Equal(2, summary.LineCount);
    }

    [Fact]
    public async Task A_step_by_the_wrong_role_is_forbidden_and_changes_nothing()
    {
        var draft = await CreateBudgetAsync(factory, 2581);
        var waiting = await CreateBudgetAsync(factory, 2582, BudgetStatus.SubmittedToSupervisor);
        using var province = new Browser(factory);
        await province.SignInAsync("province");
        using var finance = new Browser(factory);
        await finance.SignInAsync("finance");

        var byProvince = await CraftedPostAsync(province, $"/Budgeting/Workflow/Transition/{draft}", StepFields(BudgetStatus.SubmittedToCouncil));
        var byFinance = await CraftedPostAsync(finance, $"/Budgeting/Workflow/Transition/{waiting}", StepFields(BudgetStatus.Approved));

        Assert.Equal(HttpStatusCode.Forbidden, byProvince.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byFinance.StatusCode);
        Assert.Equal(BudgetStatus.Draft, (await LoadAsync(factory, draft)).Status);
        Assert.Equal(BudgetStatus.SubmittedToSupervisor, (await LoadAsync(factory, waiting)).Status);
        var (_, page) = await finance.GetAsync($"/Budgeting/Budgets/Details/{waiting}");
        Assert.Null(page.QuerySelector("#transition-Approved"));
    }

    [Fact]
    public async Task Skipping_a_step_is_refused_with_a_message()
    {
        var draft = await CreateBudgetAsync(factory, 2583);
        using var finance = new Browser(factory);
        await finance.SignInAsync("finance");

        var skip = await CraftedPostAsync(finance, $"/Budgeting/Workflow/Transition/{draft}", StepFields(BudgetStatus.Promulgated));

        Assert.Equal(HttpStatusCode.Redirect, skip.StatusCode);
        Assert.False(string.IsNullOrEmpty(await FollowFlashAsync(finance, skip)));
        Assert.Equal(BudgetStatus.Draft, (await LoadAsync(factory, draft)).Status);
    }

    [Fact]
    public async Task The_council_vote_needs_readings_one_and_two_first()
    {
        var id = await CreateBudgetAsync(factory, 2584);
        using var finance = new Browser(factory);
        await finance.SignInAsync("finance");
        await AssertStepAsync(finance, id, BudgetStatus.SubmittedToCouncil);

        var early = await CraftedPostAsync(finance, $"/Budgeting/Workflow/Transition/{id}", StepFields(BudgetStatus.PassedByCouncil));
        var secondFirst = await CraftedPostAsync(finance, $"/Budgeting/Workflow/Reading/{id}", new Dictionary<string, string> { ["Reading"] = "2", ["OccurredOn"] = Today });

        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, secondFirst.StatusCode);
        var budget = await LoadAsync(factory, id);
        Assert.Equal(BudgetStatus.SubmittedToCouncil, budget.Status);
        Assert.DoesNotContain(budget.History, h => h.CouncilReading is not null);
    }

    [Fact]
    public async Task A_return_needs_a_reason_and_keeps_it_in_the_history()
    {
        var id = await CreateBudgetAsync(factory, 2585, BudgetStatus.SubmittedToSupervisor);
        using var province = new Browser(factory);
        await province.SignInAsync("province");

        var withoutReason = await StepAsync(province, id, BudgetStatus.Returned, reason: "  ");
        Assert.Equal(HttpStatusCode.Redirect, withoutReason.StatusCode);
        Assert.Equal(BudgetStatus.SubmittedToSupervisor, (await LoadAsync(factory, id)).Status);

        await AssertStepAsync(province, id, BudgetStatus.Returned, "ประมาณการรายรับภาษีจัดสรรสูงเกินจริง");
        var budget = await LoadAsync(factory, id);
        Assert.Contains(budget.History, h => h.ToStatus == BudgetStatus.Returned && h.Reason == "ประมาณการรายรับภาษีจัดสรรสูงเกินจริง");
        Assert.True(budget.IsEditable);
    }

    [Fact]
    public async Task An_unbalanced_budget_or_one_without_lines_cannot_go_to_the_council()
    {
        var unbalanced = await CreateBudgetAsync(factory, 2586, revenue: 700_000m);
        var empty = await CreateBudgetAsync(factory, 2587, withLines: false);
        using var finance = new Browser(factory);
        await finance.SignInAsync("finance");

        var (_, page) = await finance.GetAsync($"/Budgeting/Budgets/Details/{unbalanced}");
        Assert.Contains("100,000.00", page.QuerySelector("#check-unbalanced")?.TextContent ?? "", StringComparison.Ordinal);
        var first = await StepAsync(finance, unbalanced, BudgetStatus.SubmittedToCouncil);
        Assert.Contains("100,000.00", await FollowFlashAsync(finance, first) ?? "", StringComparison.Ordinal);
        var second = await StepAsync(finance, empty, BudgetStatus.SubmittedToCouncil);
        Assert.False(string.IsNullOrEmpty(await FollowFlashAsync(finance, second)));

        Assert.Equal(BudgetStatus.Draft, (await LoadAsync(factory, unbalanced)).Status);
        Assert.Equal(BudgetStatus.Draft, (await LoadAsync(factory, empty)).Status);
    }

    [Theory]
    [InlineData(BudgetStatus.Approved)]
    [InlineData(BudgetStatus.Promulgated)]
    [InlineData(BudgetStatus.SubmittedToCouncil)]
    public async Task Lines_and_estimates_cannot_be_changed_once_submitted_even_by_crafted_posts(BudgetStatus status)
    {
        var id = await CreateBudgetAsync(factory, 2590 + (int)status, status);
        var budget = await LoadAsync(factory, id);
        var line = budget.Lines[0];
        var estimate = budget.Revenues[0];
        using var finance = new Browser(factory);
        await finance.SignInAsync("finance");
        string S(int v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lineFields = new Dictionary<string, string>
        {
            ["ProgrammeId"] = S(line.ProgrammeId),
            ["WorkUnitId"] = S(line.WorkUnitId),
            ["GroupId"] = S(line.GroupId),
            ["CategoryId"] = S(line.CategoryId),
            ["ItemName"] = "รายการแอบเพิ่ม",
            ["Amount"] = "1",
            ["ConcurrencyStamp"] = budget.ConcurrencyStamp.ToString(),
        };

        var responses = new[]
        {
            await CraftedPostAsync(finance, $"/Budgeting/Lines/Create/{id}", lineFields),
            await CraftedPostAsync(finance, $"/Budgeting/Lines/Edit/{line.Id}", lineFields),
            await CraftedPostAsync(finance, $"/Budgeting/Lines/Delete/{line.Id}", new Dictionary<string, string> { ["concurrencyStamp"] = budget.ConcurrencyStamp.ToString() }),
            await CraftedPostAsync(finance, $"/Budgeting/Revenues/Edit/{estimate.Id}", new Dictionary<string, string>
            {
                ["CategoryId"] = S(estimate.CategoryId), ["ItemName"] = "x", ["Amount"] = "999999999", ["ConcurrencyStamp"] = budget.ConcurrencyStamp.ToString(),
            }),
            await CraftedPostAsync(finance, $"/Budgeting/Revenues/Delete/{estimate.Id}", new Dictionary<string, string> { ["concurrencyStamp"] = budget.ConcurrencyStamp.ToString() }),
        };

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{r.RequestMessage?.RequestUri}: {r.StatusCode}"));
        Assert.All(responses.Where(r => r.StatusCode == HttpStatusCode.Redirect), r => Assert.Equal($"/Budgeting/Budgets/Details/{id}", Browser.PathOf(r)));
        var after = await LoadAsync(factory, id);
        Assert.Equal(budget.Lines.Select(l => (l.Id, l.ItemName, l.CurrentAmount)), after.Lines.Select(l => (l.Id, l.ItemName, l.CurrentAmount)));
        Assert.Equal(budget.Revenues.Select(r => (r.Id, r.ItemName, r.Amount)), after.Revenues.Select(r => (r.Id, r.ItemName, r.Amount)));
        var (_, page) = await finance.GetAsync($"/Budgeting/Budgets/Details/{id}");
        Assert.Null(page.QuerySelector("#add-line"));
    }

    [Fact]
    public async Task A_step_with_a_stale_concurrency_stamp_is_refused()
    {
        var id = await CreateBudgetAsync(factory, 2599);
        using var finance = new Browser(factory);
        await finance.SignInAsync("finance");
        var fields = StepFields(BudgetStatus.SubmittedToCouncil);
        fields["ConcurrencyStamp"] = Guid.NewGuid().ToString();

        var response = await CraftedPostAsync(finance, $"/Budgeting/Workflow/Transition/{id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(await FollowFlashAsync(finance, response)));
        Assert.Equal(BudgetStatus.Draft, (await LoadAsync(factory, id)).Status);
    }

    private static Dictionary<string, string> StepFields(BudgetStatus to) =>
        new() { ["To"] = to.ToString(), ["OccurredOn"] = Today, ["Reason"] = "" };

    private async Task AssertStepAsync(Browser browser, int id, BudgetStatus to, string? reason = null)
    {
        var response = await StepAsync(browser, id, to, reason);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(to, (await LoadAsync(factory, id)).Status);
    }
}
