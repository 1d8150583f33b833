using System.Net;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using static LocalGov.IntegrationTests.Budgeting.PreparationTestSupport;

namespace LocalGov.IntegrationTests.Budgeting;

/// <summary>Creating budgets, copying last year's, adding lines with validation, and scope.</summary>
public sealed class PreparationBudgetTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    [Fact]
    public async Task Finance_creates_a_budget_for_a_year_and_a_second_one_for_the_same_year_is_refused()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        var fields = new Dictionary<string, string> { ["FiscalYear"] = "2575", ["CopyFromLastYear"] = "false" };

        var (created, _) = await browser.SubmitAsync("/Budgeting/Budgets", fields, "/Budgeting/Budgets/Create");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.StartsWith("/Budgeting/Budgets/Details/", Browser.PathOf(created), StringComparison.Ordinal);
        var laoId = await FinanceLaoIdAsync(factory);
        var budget = await LoadAsync(factory, await BudgetIdAsync(factory, laoId, 2575));
        Assert.Equal(BudgetStatus.Draft, budget.Status);
        Assert.Equal(3, budget.LaoType); // เทศบาลเมือง, from the Organizations contract
        Assert.True(budget.ProvinceId > 0);
        Assert.Empty(budget.Lines);
        var summary = await factory.WithDbAsync(db => db.Set<BudgetSummaryRow>().SingleAsync(s => s.LaoId == laoId && s.FiscalYear == 2575));
        Assert.Equal(BudgetStatus.Draft, summary.Status);

        var (again, page) = await browser.SubmitAsync("/Budgeting/Budgets", fields, "/Budgeting/Budgets/Create");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("2575", page.QuerySelector("#create-fiscal-year-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Budget>().CountAsync(b => b.LaoId == laoId && b.FiscalYear == 2575)));
    }

    [Fact]
    public async Task Copy_from_last_year_copies_lines_and_estimates_with_last_years_amounts_as_comparison()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        var laoId = await FinanceLaoIdAsync(factory);
        var previous = await LoadAsync(factory, await BudgetIdAsync(factory, laoId, 2570));

        var (created, _) = await browser.SubmitAsync(
            "/Budgeting/Budgets",
            new Dictionary<string, string> { ["FiscalYear"] = "2571", ["CopyFromLastYear"] = "true" },
            "/Budgeting/Budgets/Create");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var copy = await LoadAsync(factory, await BudgetIdAsync(factory, laoId, 2571));
        Assert.Equal(BudgetStatus.Draft, copy.Status);
        Assert.Equal(previous.Lines.Count, copy.Lines.Count);
        Assert.Equal(previous.Revenues.Count, copy.Revenues.Count);
        Assert.Equal(previous.ExpenditureTotal, copy.ExpenditureTotal);
        Assert.Equal(previous.RevenueTotal, copy.RevenueTotal);
        foreach (var line in copy.Lines)
        {
            var source = previous.Lines.Single(l => l.LineNo == line.LineNo);
            Assert.Equal(source.ItemName, line.ItemName);
            Assert.Equal(source.CurrentAmount, line.OriginalAmount);
            Assert.Equal(line.OriginalAmount, line.CurrentAmount);
            Assert.Equal(source.CurrentAmount, line.EstimateLastYear);
        }

        Assert.All(copy.Revenues, r => Assert.Equal(r.Amount, r.EstimateLastYear));
    }

    [Fact]
    public async Task Copy_without_a_budget_last_year_is_refused_with_a_message()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");

        var (response, page) = await browser.SubmitAsync(
            "/Budgeting/Budgets",
            new Dictionary<string, string> { ["FiscalYear"] = "2590", ["CopyFromLastYear"] = "true" },
            "/Budgeting/Budgets/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2589", page.QuerySelector("#create-copy-error")?.TextContent ?? "", StringComparison.Ordinal);
        var laoId = await FinanceLaoIdAsync(factory);
        Assert.False(await factory.WithDbAsync(db => db.Set<Budget>().AnyAsync(b => b.LaoId == laoId && b.FiscalYear == 2590)));
    }

    public static TheoryData<string, string, string> BadLines => new()
    {
        { "Amount", "-5", "Amount" },
        { "Amount", "สองแสน", "Amount" },
        { "Amount", "1000.255", "Amount" },
        { "Amount", "", "Amount" },
        { "ItemName", "", "ItemName" },
        { "WorkUnitId", "other-programme", "WorkUnitId" },
        { "CategoryId", "other-group", "CategoryId" },
        { "ItemName", "duplicate", "ItemName" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task A_line_with_bad_input_shows_a_field_message_and_nothing_is_saved(string field, string value, string messageFor)
    {
        var laoId = await FinanceLaoIdAsync(factory);
        var budgetId = await BudgetIdAsync(factory, laoId, 2570);
        var fields = await ValidLineAsync();
        var budget = await LoadAsync(factory, budgetId);
        fields[field] = value switch
        {
            "other-programme" => (await ClassIdAsync(factory, ClassificationKind.WorkUnit, "00212")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "other-group" => (await ClassIdAsync(factory, ClassificationKind.ExpenditureCategory, "541000")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "duplicate" => budget.Lines.First(l => l.WorkUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture) == fields["WorkUnitId"]
                && l.CategoryId.ToString(System.Globalization.CultureInfo.InvariantCulture) == fields["CategoryId"]).ItemName,
            _ => value,
        };
        var before = await LineCountAsync(factory, budgetId);
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");

        var (response, page) = await browser.SubmitAsync($"/Budgeting/Lines/Create/{budgetId}", fields, $"/Budgeting/Lines/Create/{budgetId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = page.QuerySelector($"span[data-valmsg-for={messageFor}]")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(message), $"no message for {messageFor}");
        Assert.Equal(before, await LineCountAsync(factory, budgetId));
    }

    [Fact]
    public async Task A_valid_line_is_added_at_the_end_and_the_summary_follows()
    {
        var laoId = await FinanceLaoIdAsync(factory);
        var budgetId = await BudgetIdAsync(factory, laoId, 2570);
        var fields = await ValidLineAsync();
        fields["ItemName"] = "ค่าวัสดุคอมพิวเตอร์ทดสอบ " + Guid.NewGuid().ToString("N")[..6];
        fields["Amount"] = "12,345.50";
        var maxBefore = (await LoadAsync(factory, budgetId)).Lines.Max(l => l.LineNo);
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");

        var (response, _) = await browser.SubmitAsync($"/Budgeting/Lines/Create/{budgetId}", fields, $"/Budgeting/Lines/Create/{budgetId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var budget = await LoadAsync(factory, budgetId);
        var line = budget.Lines.Single(l => l.ItemName == fields["ItemName"]);
        Assert.Equal(Money.FromBaht(12_345.50m), line.OriginalAmount);
        Assert.Equal(line.OriginalAmount, line.CurrentAmount);
        Assert.Equal(maxBefore + 1, line.LineNo);
        var summary = await factory.WithDbAsync(db => db.Set<BudgetSummaryRow>().AsNoTracking().SingleAsync(s => s.LaoId == laoId && s.FiscalYear == 2570));
        Assert.Equal(budget.ExpenditureTotal, summary.ExpenditureTotal);
        Assert.Equal(budget.Lines.Count, summary.LineCount);

        var (_, page) = await browser.GetAsync($"/Budgeting/Budgets/Details/{budgetId}");
        Assert.NotNull(page.QuerySelector($"#line-{line.Id}"));
    }

    [Fact]
    public async Task A_revenue_estimate_is_added_and_the_summary_revenue_follows()
    {
        var laoId = await FinanceLaoIdAsync(factory);
        var budgetId = await BudgetIdAsync(factory, laoId, 2570);
        var category = await ClassIdAsync(factory, ClassificationKind.RevenueCategory, "415000");
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");

        var (response, _) = await browser.SubmitAsync(
            $"/Budgeting/Revenues/Create/{budgetId}",
            new Dictionary<string, string> { ["CategoryId"] = category.ToString(System.Globalization.CultureInfo.InvariantCulture), ["ItemName"] = "รายได้เบ็ดเตล็ดอื่นทดสอบ", ["Amount"] = "20000" },
            $"/Budgeting/Revenues/Create/{budgetId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var budget = await LoadAsync(factory, budgetId);
        Assert.Contains(budget.Revenues, r => r.ItemName == "รายได้เบ็ดเตล็ดอื่นทดสอบ" && r.Amount == Money.FromBaht(20_000m));
        var summary = await factory.WithDbAsync(db => db.Set<BudgetSummaryRow>().AsNoTracking().SingleAsync(s => s.LaoId == laoId && s.FiscalYear == 2570));
        Assert.Equal(budget.RevenueTotal, summary.RevenueTotal);
    }

    [Fact]
    public async Task Finance_cannot_read_another_LAOs_budget_nor_change_it()
    {
        var laoId = await FinanceLaoIdAsync(factory);
        var other = await factory.WithDbAsync(db => db.Set<Budget>().Where(b => b.LaoId != laoId).Select(b => b.Id).FirstAsync());
        var own = await BudgetIdAsync(factory, laoId, 2570);
        var before = await LineCountAsync(factory, other);
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");

        var (read, _) = await browser.GetAsync($"/Budgeting/Budgets/Details/{other}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);

        var fields = await ValidLineAsync();
        var change = await CraftedPostAsync(browser, $"/Budgeting/Lines/Create/{other}", fields);
        Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
        var step = await CraftedPostAsync(browser, $"/Budgeting/Workflow/Transition/{other}", new Dictionary<string, string> { ["To"] = "Returned", ["OccurredOn"] = Today, ["Reason"] = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, step.StatusCode);
        Assert.Equal(before, await LineCountAsync(factory, other));

        var (list, page) = await browser.GetAsync("/Budgeting/Budgets");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.All(page.QuerySelectorAll("#budget-list tbody tr"), row => Assert.Equal(laoId.ToString(System.Globalization.CultureInfo.InvariantCulture), row.GetAttribute("data-lao")));
        Assert.NotNull(page.QuerySelector($"#budget-{own}"));
    }

    [Fact]
    public async Task Province_officer_sees_the_budgets_of_the_province_only()
    {
        // A budget of an LAO outside province 26 (an id the demo directory does not have).
        var foreignId = await factory.WithDbAsync(async db =>
        {
            var budget = new Budget { LaoId = 987_654, ProvinceId = 10, LaoType = 5, FiscalYear = 2570, Kind = BudgetKind.Annual, CreatedUtc = DateTime.UtcNow };
            db.Set<Budget>().Add(budget);
            await db.SaveChangesAsync();
            return budget.Id;
        });
        using var browser = new Browser(factory);
        await browser.SignInAsync("province");

        var (_, page) = await browser.GetAsync("/Budgeting/Budgets?year=2570");
        var rows = page.QuerySelectorAll("#budget-list tbody tr").ToList();
        var provinceLaos = await factory.WithDbAsync(db => db.Set<Budget>().Where(b => b.ProvinceId != 10 && b.FiscalYear == 2570).Select(b => b.Id).ToListAsync());

        Assert.NotEmpty(rows);
        Assert.Null(page.QuerySelector($"#budget-{foreignId}"));
        Assert.All(provinceLaos, id => Assert.NotNull(page.QuerySelector($"#budget-{id}")));
        Assert.Contains(rows, r => r.GetAttribute("data-status") == nameof(BudgetStatus.SubmittedToSupervisor));
        var (details, _) = await browser.GetAsync($"/Budgeting/Budgets/Details/{foreignId}");
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
    }

    [Fact]
    public async Task Demo_data_has_a_promulgated_balanced_2569_budget_with_its_allocation_ledger()
    {
        var laoId = await FinanceLaoIdAsync(factory);
        var budget = await LoadAsync(factory, await BudgetIdAsync(factory, laoId, 2569));
        var personnelIds = await factory.WithDbAsync(db => db.Set<Classification>().Where(c => c.IsPersonnel && c.Kind == ClassificationKind.ExpenditureCategory).Select(c => c.Id).ToListAsync());
        var personnel = Money.Sum(budget.Lines.Where(l => personnelIds.Contains(l.CategoryId)).Select(l => l.CurrentAmount));
        var lineIds = budget.Lines.Select(l => l.Id).ToList();
        var allocated = await factory.WithDbAsync(db => db.Set<BudgetLineBalanceRow>().Where(b => lineIds.Contains(b.BudgetLineId)).ToListAsync());

        Assert.Equal(BudgetStatus.Promulgated, budget.Status);
        Assert.InRange(budget.Lines.Count, 35, 60);
        Assert.InRange(budget.ExpenditureTotal.Baht, 120_000_000m, 160_000_000m);
        Assert.True(BudgetChecks.IsBalanced(budget.RevenueTotal, budget.ExpenditureTotal));
        Assert.InRange(BudgetChecks.PersonnelShare(personnel, budget.ExpenditureTotal), 0.30m, 0.38m);
        Assert.Equal(budget.Lines.Count, allocated.Count);
        Assert.Equal(budget.ExpenditureTotal, Money.Sum(allocated.Select(a => a.Allocated)));
        Assert.Contains(budget.History, h => h.CouncilReading == 3);
    }

    /// <summary>A valid line for the demo draft: งานบริหารทั่วไป, งบดำเนินงาน / ค่าวัสดุ.</summary>
    private async Task<Dictionary<string, string>> ValidLineAsync()
    {
        string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Dictionary<string, string>
        {
            ["ProgrammeId"] = Id(await ClassIdAsync(factory, ClassificationKind.Programme, "00110")),
            ["WorkUnitId"] = Id(await ClassIdAsync(factory, ClassificationKind.WorkUnit, "00111")),
            ["GroupId"] = Id(await ClassIdAsync(factory, ClassificationKind.ExpenditureGroup, "530000")),
            ["CategoryId"] = Id(await ClassIdAsync(factory, ClassificationKind.ExpenditureCategory, "533000")),
            ["ItemName"] = "วัสดุงานบ้านงานครัว",
            ["Amount"] = "50000",
            ["Explanation"] = "เพื่อจ่ายเป็นค่าวัสดุงานบ้านงานครัว",
        };
    }
}
