using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LocalGov.Finance.Domain;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using static LocalGov.IntegrationTests.Finance.Books.BooksTestSupport;

namespace LocalGov.IntegrationTests.Finance.Books;

/// <summary>The Excel back-fill (all or nothing), the chart of accounts and the bank accounts.</summary>
public sealed class ImportAndReferenceTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private string Message(string key) => BooksMessages.Th(factory, key);

    private static IEnumerable<(string Row, string Column, string Code)> Errors(IHtmlDocument page) =>
        page.QuerySelectorAll("#import-errors tbody tr").Select(tr => (tr.GetAttribute("data-row")!, tr.GetAttribute("data-column")!, tr.GetAttribute("data-code")!));

    [Fact]
    public async Task Import_with_any_bad_row_posts_nothing_and_lists_the_errors_by_row_and_column()
    {
        var lao = await FinanceLaoIdAsync(factory);
        using var finance = await SignInAsync(factory, "finance");
        var count = await EntryCountAsync(factory, lao);
        var bytes = Workbook(
            ("IMP-1", new DateTime(2026, 3, 5), CashCode, 1000m, null, "รับเงินค่าธรรมเนียม"),
            ("IMP-1", new DateTime(2026, 3, 5), Fees, null, 1000m, "ค่าธรรมเนียม"),
            ("IMP-2", "06/03/2569", CashCode, 200m, null, "รับเงิน"),
            ("IMP-2", "06/03/2569", "9999999999", null, 200m, "บัญชีไม่มี"),
            ("IMP-3", "31/02/2569", CashCode, 1.005m, null, "วันที่และทศนิยมผิด"),
            ("IMP-3", "31/02/2569", Fees, null, 1m, ""),
            ("IMP-4", "07/03/2569", CashCode, 50m, null, "ไม่สมดุล"),
            ("IMP-4", "07/03/2569", Fees, null, 40m, ""));

        var (response, page) = await UploadAsync(finance, bytes);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = Errors(page).ToList();
        Assert.Contains(("5", "C", "Ledger.UnknownAccount"), errors);
        Assert.Contains(("6", "B", "Books.Import.BadDate"), errors);
        Assert.Contains(("6", "D", "Books.AmountDecimals"), errors);
        Assert.Contains(("8", "A", "Ledger.Unbalanced"), errors);
        Assert.DoesNotContain(errors, e => e.Row is "2" or "3");
        Assert.Contains(Message("Books.AmountDecimals"), page.QuerySelector("#import-errors")!.TextContent);
        Assert.Equal(count, await EntryCountAsync(factory, lao));
    }

    [Fact]
    public async Task Import_into_a_closed_month_rolls_back_the_entries_already_posted()
    {
        var lao = await FinanceLaoIdAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            db.Set<ClosedPeriod>().Add(new ClosedPeriod { LaoId = lao, FiscalYear = 2569, Period = 8, ClosedBy = "finance", ClosedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        using var finance = await SignInAsync(factory, "finance");
        var count = await EntryCountAsync(factory, lao);
        var bytes = Workbook(
            ("A", new DateTime(2026, 3, 9), CashCode, 10m, null, "เดือนเปิด"),
            ("A", new DateTime(2026, 3, 9), Fees, null, 10m, ""),
            ("B", new DateTime(2026, 5, 9), CashCode, 20m, null, "เดือนปิด"),
            ("B", new DateTime(2026, 5, 9), Fees, null, 20m, ""));

        var (response, page) = await UploadAsync(finance, bytes);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([("4", "B", "Ledger.PeriodClosed")], Errors(page).ToList());
        Assert.Equal(count, await EntryCountAsync(factory, lao));
    }

    [Fact]
    public async Task Clean_import_posts_every_entry_as_imported()
    {
        var lao = await FinanceLaoIdAsync(factory);
        using var finance = await SignInAsync(factory, "finance");
        var imported = await factory.WithDbAsync(db => db.Set<JournalEntry>().CountAsync(e => e.LaoId == lao && e.Kind == JournalEntryKind.Imported));
        var bytes = Workbook(
            ("BF-1", new DateTime(2026, 2, 1), CashCode, 1500.5m, null, "ยอดย้อนหลัง 1"),
            ("BF-1", new DateTime(2026, 2, 1), Fees, null, 1500.5m, ""),
            ("BF-2", "02/02/2569", Materials, 300m, null, "ยอดย้อนหลัง 2"),
            ("BF-2", "02/02/2569", CashCode, null, 300m, ""));

        var (response, _) = await UploadAsync(finance, bytes);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entries = await factory.WithDbAsync(db => db.Set<JournalEntry>().Include(e => e.Lines)
            .Where(e => e.LaoId == lao && e.Kind == JournalEntryKind.Imported).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(imported + 2, entries.Count);
        Assert.Equal(Money.FromBaht(1500.50m), entries[^2].TotalDebit);
        Assert.Equal(new DateOnly(2026, 2, 2), entries[^1].EntryDate);
        Assert.Equal(HttpStatusCode.OK, (await finance.Client.GetAsync("/Finance/Journal/Template")).StatusCode);
    }

    [Fact]
    public async Task Administrator_adds_and_edits_accounts_with_code_rules_and_a_concurrency_stamp()
    {
        using var admin = await SignInAsync(factory, "admin");
        var expensesHeader = await AccountIdAsync(factory, "5000000000");
        var fields = new Dictionary<string, string>
        {
            ["Code"] = "5303010199",
            ["Type"] = "Expense",
            ["NameTh"] = "ค่าวัสดุอื่น",
            ["NameEn"] = "Other materials",
            ["ParentId"] = expensesHeader.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["IsPostable"] = "true",
            ["BudgetCategoryCode"] = "533000",
            ["EffectiveFromYear"] = "2570",
        };

        var (created, _) = await admin.SubmitAsync("/Finance/Accounts/Create", fields, "/Finance/Accounts/Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await AccountIdAsync(factory, "5303010199");

        var (wrongType, wrongTypePage) = await admin.SubmitAsync("/Finance/Accounts/Create", new Dictionary<string, string>(fields) { ["Code"] = "4303010199" }, "/Finance/Accounts/Create");
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal(Message("Books.Accounts.CodeType"), wrongTypePage.QuerySelector("#Code-error")!.TextContent.Trim());
        var (taken, takenPage) = await admin.SubmitAsync("/Finance/Accounts/Create", fields, "/Finance/Accounts/Create");
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Equal(Message("Books.Accounts.CodeTaken"), takenPage.QuerySelector("#Code-error")!.TextContent.Trim());
        var (later, _) = await admin.SubmitAsync("/Finance/Accounts/Create", new Dictionary<string, string>(fields) { ["EffectiveFromYear"] = "2560", ["EffectiveToYear"] = "2569" }, "/Finance/Accounts/Create");
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);

        var (_, stalePage) = await admin.GetAsync($"/Finance/Accounts/Edit/{id}");
        var staleFields = stalePage.QuerySelectorAll<IHtmlInputElement>("#account-form input").Where(i => i.Type is "hidden" or "text" or "number")
            .GroupBy(i => i.Name!).ToDictionary(g => g.Key, g => g.First().Value);
        var (edited, _) = await admin.SubmitAsync($"/Finance/Accounts/Edit/{id}", new Dictionary<string, string> { ["NameEn"] = "Other materials and supplies", ["IsPostable"] = "true", ["Type"] = "Expense" }, $"/Finance/Accounts/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        staleFields["NameEn"] = "Stale edit";
        staleFields["Type"] = "Expense";
        var (stale, staleResult) = await admin.PostAsync($"/Finance/Accounts/Edit/{id}", staleFields);
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Equal(Message("Books.Stale"), staleResult.QuerySelector("#account-errors")!.TextContent.Trim());
        Assert.Equal("Other materials and supplies", await factory.WithDbAsync(db => db.Set<Account>().Where(a => a.Id == id).Select(a => a.NameEn).SingleAsync()));

        // The cash account has postings: its code stays whatever the form says.
        var cash = await AccountIdAsync(factory, CashCode);
        var (cashEdit, _) = await admin.SubmitAsync($"/Finance/Accounts/Edit/{cash}", new Dictionary<string, string> { ["Code"] = "1101010199", ["IsPostable"] = "true" }, $"/Finance/Accounts/Edit/{cash}");
        Assert.Equal(HttpStatusCode.Redirect, cashEdit.StatusCode);
        Assert.Equal(CashCode, await factory.WithDbAsync(db => db.Set<Account>().Where(a => a.Id == cash).Select(a => a.Code).SingleAsync()));

        using var finance = await SignInAsync(factory, "finance");
        Assert.Equal(HttpStatusCode.Forbidden, (await finance.Client.GetAsync("/Finance/Accounts/Create")).StatusCode);
        var (index, indexPage) = await finance.GetAsync("/Finance/Accounts?year=2569");
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.NotNull(indexPage.QuerySelector($"tr[data-code='{CashCode}']"));
        Assert.Equal(5, indexPage.QuerySelectorAll("#accounts tbody[data-type]").Length);
    }

    [Fact]
    public async Task Finance_staff_keep_their_bank_accounts_and_officers_read_them_within_scope()
    {
        var lao = await FinanceLaoIdAsync(factory);
        var other = await OtherLaoIdAsync(factory, lao);
        var fixedDeposit = await AccountIdAsync(factory, "1101020301");
        using var finance = await SignInAsync(factory, "finance");
        var fields = new Dictionary<string, string>
        {
            ["BankName"] = "ธนาคารออมสิน",
            ["Branch"] = "นครนายก",
            ["AccountNumber"] = "0200-1111-2222",
            ["AccountName"] = "เงินฝากประจำ",
            ["Kind"] = "Fixed",
            ["LedgerAccountId"] = fixedDeposit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["IsActive"] = "true",
        };

        var (created, _) = await finance.SubmitAsync("/Finance/BankAccounts/Create", fields, "/Finance/BankAccounts/Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (duplicate, duplicatePage) = await finance.SubmitAsync("/Finance/BankAccounts/Create", fields, "/Finance/BankAccounts/Create");
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal(Message("Books.Banks.NumberTaken"), duplicatePage.QuerySelector("#AccountNumber-error")!.TextContent.Trim());
        var cash = await AccountIdAsync(factory, CashCode);
        var (notBank, notBankPage) = await finance.SubmitAsync("/Finance/BankAccounts/Create", new Dictionary<string, string>(fields) { ["AccountNumber"] = "999", ["LedgerAccountId"] = cash.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/Finance/BankAccounts/Create");
        Assert.Equal(HttpStatusCode.BadRequest, notBank.StatusCode);
        Assert.NotNull(notBankPage.QuerySelector("#LedgerAccountId-error"));

        var bank = await factory.WithDbAsync(db => db.Set<BankAccount>().SingleAsync(b => b.LaoId == lao && b.AccountNumber == "0200-1111-2222"));
        var (deactivated, _) = await finance.SubmitAsync($"/Finance/BankAccounts/Edit/{bank.Id}", new Dictionary<string, string>(), $"/Finance/BankAccounts/Edit/{bank.Id}");
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<BankAccount>().Where(b => b.Id == bank.Id).Select(b => b.IsActive).SingleAsync()));

        var foreign = await factory.WithDbAsync(async db =>
        {
            var row = new BankAccount { LaoId = other, BankName = "ธนาคารกรุงไทย", AccountNumber = "111-1-11111-1", AccountName = "อื่น", Kind = BankAccountKind.Current, LedgerAccountId = fixedDeposit };
            db.Set<BankAccount>().Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
        Assert.Equal(HttpStatusCode.NotFound, (await finance.Client.GetAsync($"/Finance/BankAccounts/Edit/{foreign}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finance.Client.GetAsync($"/Finance/BankAccounts?laoId={other}")).StatusCode);

        using var province = await SignInAsync(factory, "province");
        var (list, listPage) = await province.GetAsync($"/Finance/BankAccounts?laoId={lao}");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(3, listPage.QuerySelectorAll("#bank-accounts tbody tr").Length);
        Assert.Null(listPage.QuerySelector("#new-bank"));
        Assert.Equal(HttpStatusCode.Forbidden, (await province.Client.GetAsync($"/Finance/BankAccounts/Edit/{bank.Id}")).StatusCode);
    }

    [Fact]
    public async Task Books_pages_meet_the_accessibility_basics()
    {
        var lao = await FinanceLaoIdAsync(factory);
        var entry = await factory.WithDbAsync(db => db.Set<JournalEntry>().Where(e => e.LaoId == lao).Select(e => e.Id).FirstAsync());
        var cash = await AccountIdAsync(factory, CashCode);
        var bank = await factory.WithDbAsync(db => db.Set<BankAccount>().Where(b => b.LaoId == lao).Select(b => b.Id).FirstAsync());
        (string User, string Url)[] pages =
        [
            ("finance", "/Finance/Journal?year=2569"), ("finance", "/Finance/Journal/Create"), ("finance", "/Finance/Journal/Import"),
            ("finance", $"/Finance/Journal/Details/{entry}"), ("finance", $"/Finance/Journal/Reverse/{entry}"),
            ("finance", "/Finance/Periods?year=2569"), ("finance", "/Finance/Periods/YearEnd?year=2569"),
            ("finance", "/Finance/BankAccounts"), ("finance", "/Finance/BankAccounts/Create"), ("finance", $"/Finance/BankAccounts/Edit/{bank}"),
            ("finance", "/Finance/Accounts"), ("admin", "/Finance/Accounts/Create"), ("admin", $"/Finance/Accounts/Edit/{cash}"),
            ("province", "/Finance/Journal"), ("province", $"/Finance/Periods?laoId={lao}"),
        ];
        foreach (var group in pages.GroupBy(p => p.User))
        {
            using var browser = await SignInAsync(factory, group.Key);
            foreach (var (_, url) in group)
            {
                var (response, page) = await browser.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
                Assert.False(string.IsNullOrWhiteSpace(page.Title), $"{url} has no title");
                Assert.Single(page.QuerySelectorAll("h1"));
                var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
                Assert.True(ids.Count == ids.Distinct().Count(), $"{url}: duplicate ids {string.Join(",", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
                foreach (var field in page.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
                {
                    var id = field.Id;
                    var labelled = !string.IsNullOrWhiteSpace(field.GetAttribute("aria-label"))
                        || (id is not null && page.QuerySelector($"label[for='{id}']") is not null)
                        || field.Closest("label") is not null;
                    Assert.True(labelled, $"{url}: field '{field.GetAttribute("name")}' has no label");
                }

                foreach (var described in page.QuerySelectorAll("[aria-describedby]"))
                {
                    foreach (var target in described.GetAttribute("aria-describedby")!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        Assert.True(page.GetElementById(target) is not null, $"{url}: aria-describedby '{target}' points nowhere");
                    }
                }
            }
        }
    }
}
