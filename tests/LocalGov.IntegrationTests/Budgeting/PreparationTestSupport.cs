using System.Globalization;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Services;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Budgeting;

/// <summary>Shared steps of the budget preparation tests: demo ids, budgets made directly in the database, crafted posts.</summary>
internal static class PreparationTestSupport
{
    public static string Today => DateOnly.FromDateTime(ThaiDate.ToThailandTime(DateTime.UtcNow)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Task<int> FinanceLaoIdAsync(LocalGovFactory factory) => factory.WithDbAsync(async db =>
        (await db.Users.SingleAsync(u => u.UserName == "finance")).LaoId!.Value);

    public static Task<int> BudgetIdAsync(LocalGovFactory factory, int laoId, int year) => factory.WithDbAsync(db =>
        db.Set<Budget>().Where(b => b.LaoId == laoId && b.FiscalYear == year && b.Kind == BudgetKind.Annual).Select(b => b.Id).SingleAsync());

    public static Task<Budget> LoadAsync(LocalGovFactory factory, int budgetId) => factory.WithDbAsync(db =>
        db.Set<Budget>().AsNoTracking().Include(b => b.Lines).Include(b => b.Revenues).Include(b => b.History).SingleAsync(b => b.Id == budgetId));

    public static Task<int> LineCountAsync(LocalGovFactory factory, int budgetId) => factory.WithDbAsync(db =>
        db.Set<BudgetLine>().CountAsync(l => l.BudgetId == budgetId));

    public static Task<int> ClassIdAsync(LocalGovFactory factory, ClassificationKind kind, string code) => factory.WithDbAsync(db =>
        db.Set<Classification>().Where(c => c.Kind == kind && c.Code == code).Select(c => c.Id).SingleAsync());

    /// <summary>
    /// A budget of the finance officer's LAO made directly in the database: one revenue estimate of 1,000,000 and two
    /// lines (salaries 300,000 and a construction project 500,000), in <paramref name="status"/>.
    /// </summary>
    public static async Task<int> CreateBudgetAsync(LocalGovFactory factory, int year, BudgetStatus status = BudgetStatus.Draft, bool withLines = true, decimal revenue = 1_000_000m)
    {
        var laoId = await FinanceLaoIdAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGov.Data.LocalGovDbContext>();
        var lao = (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindLaoAsync(laoId))!;
        var classes = await db.Set<Classification>().ToListAsync();
        Classification C(ClassificationKind kind, string code) => classes.Single(c => c.Kind == kind && c.Code == code);
        var budget = new Budget
        {
            LaoId = laoId,
            ProvinceId = lao.ProvinceId,
            LaoType = (int)lao.Type,
            FiscalYear = year,
            Kind = BudgetKind.Annual,
            Status = status,
            Title = "Test " + year.ToString(CultureInfo.InvariantCulture),
            CreatedUtc = DateTime.UtcNow,
        };
        budget.Revenues.Add(new RevenueEstimate { LineNo = 1, CategoryId = C(ClassificationKind.RevenueCategory, "431000").Id, ItemName = "เงินอุดหนุนทั่วไป", Amount = Money.FromBaht(revenue) });
        if (withLines)
        {
            var unit = C(ClassificationKind.WorkUnit, "00111");
            var salaries = C(ClassificationKind.ExpenditureCategory, "522000");
            var works = C(ClassificationKind.WorkUnit, "00312");
            var construction = C(ClassificationKind.ExpenditureCategory, "542000");
            budget.Lines.Add(new BudgetLine
            {
                LineNo = 1,
                ProgrammeId = unit.ParentId!.Value,
                WorkUnitId = unit.Id,
                GroupId = salaries.ParentId!.Value,
                CategoryId = salaries.Id,
                ItemName = "เงินเดือนพนักงาน",
                OriginalAmount = Money.FromBaht(300_000m),
                CurrentAmount = Money.FromBaht(300_000m),
            });
            budget.Lines.Add(new BudgetLine
            {
                LineNo = 2,
                ProgrammeId = works.ParentId!.Value,
                WorkUnitId = works.Id,
                GroupId = construction.ParentId!.Value,
                CategoryId = construction.Id,
                ItemName = "โครงการก่อสร้างถนนทดสอบ",
                IsProject = true,
                OriginalAmount = Money.FromBaht(500_000m),
                CurrentAmount = Money.FromBaht(500_000m),
            });
        }

        db.Set<Budget>().Add(budget);
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<BudgetSummaryUpdater>().RefreshAsync(laoId, year, CancellationToken.None);
        await db.SaveChangesAsync();
        return budget.Id;
    }

    /// <summary>Posts fields with an anti-forgery token taken from any page of the signed-in user (a crafted request).</summary>
    public static async Task<HttpResponseMessage> CraftedPostAsync(Browser browser, string url, IDictionary<string, string> fields)
    {
        var (_, page) = await browser.GetAsync("/Budgeting/Budgets");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No anti-forgery token on the budgets page");
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        var (response, _) = await browser.PostAsync(url, values);
        return response;
    }

    /// <summary>Takes a workflow step through the form on the budget page (the form must be there for the user).</summary>
    public static async Task<HttpResponseMessage> StepAsync(Browser browser, int budgetId, BudgetStatus to, string? reason = null)
    {
        var fields = new Dictionary<string, string> { ["To"] = to.ToString(), ["OccurredOn"] = Today };
        if (reason is not null)
        {
            fields["Reason"] = reason;
        }

        var (response, _) = await browser.SubmitAsync($"/Budgeting/Budgets/Details/{budgetId}", fields, $"/Budgeting/Workflow/Transition/{budgetId}");
        return response;
    }

    public static async Task<HttpResponseMessage> ReadingAsync(Browser browser, int budgetId, int reading)
    {
        var (response, _) = await browser.SubmitAsync(
            $"/Budgeting/Budgets/Details/{budgetId}",
            new Dictionary<string, string> { ["Reading"] = reading.ToString(CultureInfo.InvariantCulture), ["OccurredOn"] = Today },
            $"/Budgeting/Workflow/Reading/{budgetId}");
        return response;
    }

    /// <summary>The flash message shown after a redirect, if any.</summary>
    public static async Task<string?> FollowFlashAsync(Browser browser, HttpResponseMessage redirect)
    {
        var (_, page) = await browser.GetAsync(Browser.PathOf(redirect));
        return page.QuerySelector("#flash")?.TextContent.Trim();
    }
}
