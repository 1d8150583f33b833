using AngleSharp.Html.Dom;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Data.Identity;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Services;
using LocalGov.IntegrationTests.Budgeting;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Finance.Vouchers;

/// <summary>
/// Budgets, bank accounts, users and vouchers for the voucher tests. Each test gets a budget of a fiscal year of its
/// own (Budgeting's ControlTestData), so tests sharing a database never spend each other's lines.
/// </summary>
internal static class VoucherTestData
{
    public const string ExpenseCategory = "532000";
    public const string ExpenseAccountCode = "5302010101";
    public const string WithholdingAccountCode = "2102010101";

    public static Task<int> LaoIdAsync(LocalGovFactory factory) => ControlTestData.FinanceLaoIdAsync(factory);

    /// <summary>A new FY with one approved line of <paramref name="baht"/> in category 532000 (ค่าใช้สอย).</summary>
    public static async Task<(int FiscalYear, int LineId)> LineAsync(LocalGovFactory factory, int laoId, decimal baht)
    {
        var year = ControlTestData.NewFiscalYear();
        var (_, lines) = await ControlTestData.CreateBudgetAsync(factory, laoId, year, BudgetStatus.Approved, (ExpenseCategory, baht, "ค่าจ้างเหมาบริการ"));
        return (year, lines[0]);
    }

    public static DateOnly Day(int fiscalYear, int days) => new FiscalYear(fiscalYear).Start.AddDays(days);

    /// <summary>The LAO's bank account for tests (created once), on the bank-deposit ledger account.</summary>
    public static Task<BankAccount> BankAccountAsync(LocalGovFactory factory, int laoId) => factory.WithDbAsync(async db =>
    {
        var existing = await db.Set<BankAccount>().AsNoTracking().FirstOrDefaultAsync(b => b.LaoId == laoId && b.AccountNumber == "999-9-99999-9");
        if (existing is not null)
        {
            return existing;
        }

        var ledger = await db.Set<Account>().Where(a => a.Role == AccountRole.BankDeposit).Select(a => a.Id).SingleAsync();
        var bank = new BankAccount
        {
            LaoId = laoId,
            BankName = "ธนาคารกรุงไทย",
            Branch = "นครนายก",
            AccountNumber = "999-9-99999-9",
            AccountName = "บัญชีทดสอบ",
            Kind = BankAccountKind.Current,
            LedgerAccountId = ledger,
        };
        db.Set<BankAccount>().Add(bank);
        await db.SaveChangesAsync();
        return bank;
    });

    public static VoucherInput Input(int lineId, int fiscalYear, decimal baht, string incomeType = "NONE", string? number = null) =>
        new(number, Day(fiscalYear, 5), "ห้างหุ้นส่วนจำกัด ทดสอบการช่าง", "0105558123451", "นครนายก", PayeeKind.Company, "จ้างซ่อมถนน", lineId, Money.FromBaht(baht), incomeType);

    /// <summary>Runs <paramref name="work"/> with the workflow of a fresh scope (its own DbContext and transaction).</summary>
    public static async Task<T> WorkflowAsync<T>(LocalGovFactory factory, Func<VoucherWorkflow, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<VoucherWorkflow>());
    }

    public static Task<VoucherResult> CreateAsync(LocalGovFactory factory, int laoId, int fiscalYear, VoucherInput input, string actor = "finance") =>
        WorkflowAsync(factory, w => w.CreateAsync(laoId, fiscalYear, input, actor, default));

    /// <summary>Draft → Submitted → Approved (by "executive").</summary>
    public static async Task<Voucher> ApprovedAsync(LocalGovFactory factory, int laoId, int fiscalYear, VoucherInput input)
    {
        var created = await CreateAsync(factory, laoId, fiscalYear, input);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Key)));
        var submitted = await WorkflowAsync(factory, w => w.SubmitAsync(created.Voucher!.Id, created.Voucher.ConcurrencyStamp, "finance", default));
        Assert.True(submitted.Succeeded, string.Join(", ", submitted.Errors.Select(e => e.Key)));
        var approved = await WorkflowAsync(factory, w => w.ApproveAsync(submitted.Voucher!.Id, submitted.Voucher.ConcurrencyStamp, "executive", default));
        Assert.True(approved.Succeeded, string.Join(", ", approved.Errors.Select(e => e.Key)));
        return approved.Voucher!;
    }

    public static Task<Voucher> VoucherAsync(LocalGovFactory factory, int id) =>
        factory.WithDbAsync(db => db.Set<Voucher>().AsNoTracking().Include(v => v.Events).SingleAsync(v => v.Id == id));

    public static Task<BudgetLineBalanceRow> BalanceAsync(LocalGovFactory factory, int lineId) => ControlTestData.BalanceAsync(factory, lineId);

    public static Task<List<BudgetLedgerEntry>> ControlLedgerAsync(LocalGovFactory factory, int lineId) => ControlTestData.LedgerAsync(factory, lineId);

    /// <summary>A user with the given roles at an LAO (created once per name).</summary>
    public static async Task CreateUserAsync(LocalGovFactory factory, string userName, int laoId, params string[] roles)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var provinceId = await factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT ProvinceId AS Value FROM org_Lao WHERE Id = {laoId}").SingleAsync());
        var user = new AppUser { UserName = userName, DisplayName = userName, ScopeLevel = ScopeLevel.Lao, LaoId = laoId, ProvinceId = provinceId, CreatedUtc = DateTime.UtcNow };
        var result = await users.CreateAsync(user, Browser.DemoPassword);
        foreach (var role in roles)
        {
            result = result.Succeeded ? await users.AddToRoleAsync(user, role) : result;
        }

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>Loads <paramref name="url"/>, fills the form with id <paramref name="formId"/> and posts it (like Browser.SubmitAsync, by form id).</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitFormAsync(Browser browser, string url, string formId, IDictionary<string, string> fields)
    {
        var (page, document) = await browser.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        var form = document.GetElementById(formId) as IHtmlFormElement ?? throw new InvalidOperationException($"No form #{formId} on {url}");
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is "hidden" or "text" or "number" or "date")
            .GroupBy(i => i.Name!).ToDictionary(g => g.Key, g => g.First().Value);
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name)))
        {
            values[select.Name!] = select.Value ?? "";
        }

        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>().Where(s => !string.IsNullOrEmpty(s.Name)))
        {
            values[area.Name!] = area.Value ?? "";
        }

        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        return await browser.PostAsync(form.GetAttribute("action") ?? url, values);
    }

    /// <summary>An anti-forgery token of the signed-in user (from the culture switch on the home page).</summary>
    public static async Task<string> TokenAsync(Browser browser)
    {
        var (_, page) = await browser.GetAsync("/");
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}
