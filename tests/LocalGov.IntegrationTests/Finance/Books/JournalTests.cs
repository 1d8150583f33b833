using System.Net;
using AngleSharp.Dom;
using LocalGov.Finance.Domain;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using static LocalGov.IntegrationTests.Finance.Books.BooksTestSupport;

namespace LocalGov.IntegrationTests.Finance.Books;

/// <summary>Manual entries, reversals, closed months and the ledger invariant, through the real pages on the demo database.</summary>
public sealed class JournalTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private string Message(string key) => BooksMessages.Th(factory, key);

    [Fact]
    public async Task Manual_entry_posts_and_appears_in_the_journal()
    {
        var lao = await FinanceLaoIdAsync(factory);
        var (cash, fees) = (await AccountIdAsync(factory, CashCode), await AccountIdAsync(factory, Fees));
        using var finance = await SignInAsync(factory, "finance");
        var before = await NetByAccountAsync(factory, lao, 2569);

        var (response, _) = await PostEntryAsync(finance, EntryFields(new DateOnly(2026, 3, 10), "รับค่าธรรมเนียมทดสอบ", (cash, "1,234.50", ""), (fees, "", "1234.5")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = IdFromLocation(response);
        var entry = await factory.WithDbAsync(db => db.Set<JournalEntry>().Include(e => e.Lines).SingleAsync(e => e.Id == id));
        Assert.Equal(lao, entry.LaoId);
        Assert.Equal((2569, 6), (entry.FiscalYear, entry.Period));
        Assert.Equal(JournalEntryKind.Manual, entry.Kind);
        Assert.Equal(Money.FromBaht(1234.50m), entry.TotalDebit);
        Assert.Equal(2, entry.Lines.Count);
        var after = await NetByAccountAsync(factory, lao, 2569);
        Assert.Equal(before.GetValueOrDefault(cash) + 123_450, after[cash]);
        Assert.Equal(before.GetValueOrDefault(fees) - 123_450, after[fees]);

        var (details, page) = await finance.GetAsync($"/Finance/Journal/Details/{id}");
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Equal("1,234.50", page.QuerySelector("#total-debit")!.TextContent.Trim());
        var (_, list) = await finance.GetAsync("/Finance/Journal?year=2569&q=" + Uri.EscapeDataString("รับค่าธรรมเนียมทดสอบ"));
        Assert.NotNull(list.QuerySelector($"tr[data-entry-id='{id}']"));
        var (_, byAccount) = await finance.GetAsync($"/Finance/Journal?year=2569&period=6&account={Fees}");
        Assert.NotNull(byAccount.QuerySelector($"tr[data-entry-id='{id}']"));
    }

    [Fact]
    public async Task Unbalanced_entry_is_refused_with_the_message_and_nothing_is_written()
    {
        var lao = await FinanceLaoIdAsync(factory);
        var (cash, fees) = (await AccountIdAsync(factory, CashCode), await AccountIdAsync(factory, Fees));
        using var finance = await SignInAsync(factory, "finance");
        var count = await EntryCountAsync(factory, lao);

        var (response, page) = await PostEntryAsync(finance, EntryFields(new DateOnly(2026, 3, 11), "ไม่สมดุล", (cash, "100.00", ""), (fees, "", "99.99")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Message("Ledger.Unbalanced"), page.QuerySelector("#entry-errors")!.TextContent);
        Assert.Equal(count, await EntryCountAsync(factory, lao));
        Assert.Equal("99.99", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Lines_1__Credit")!.Value);
    }

    [Fact]
    public async Task Amount_with_three_decimals_is_refused_on_its_field()
    {
        var lao = await FinanceLaoIdAsync(factory);
        var (cash, fees) = (await AccountIdAsync(factory, CashCode), await AccountIdAsync(factory, Fees));
        using var finance = await SignInAsync(factory, "finance");
        var count = await EntryCountAsync(factory, lao);

        var (response, page) = await PostEntryAsync(finance, EntryFields(new DateOnly(2026, 3, 12), "สามตำแหน่ง", (cash, "100.005", ""), (fees, "", "100.005")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Message("Books.AmountDecimals"), page.QuerySelector("#Lines_0__Debit-error")!.TextContent.Trim());
        Assert.Equal("Lines_0__Debit-error", page.QuerySelector("#Lines_0__Debit")!.GetAttribute("aria-describedby"));
        Assert.NotNull(page.QuerySelector("#Lines_1__Credit-error"));
        Assert.Equal(count, await EntryCountAsync(factory, lao));
    }

    [Fact]
    public async Task Unknown_account_is_refused_on_its_line()
    {
        var lao = await FinanceLaoIdAsync(factory);
        var cash = await AccountIdAsync(factory, CashCode);
        using var finance = await SignInAsync(factory, "finance");
        var count = await EntryCountAsync(factory, lao);

        var (response, page) = await PostEntryAsync(finance, EntryFields(new DateOnly(2026, 3, 13), "บัญชีไม่มี", (cash, "10", ""), (987_654, "", "10")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Message("Ledger.UnknownAccount"), page.QuerySelector("#Lines_1__AccountId-error")!.TextContent.Trim());
        Assert.Equal(count, await EntryCountAsync(factory, lao));
    }

    [Fact]
    public async Task Posting_into_a_closed_month_is_refused()
    {
        var lao = await FinanceLaoIdAsync(factory);
        var (cash, fees) = (await AccountIdAsync(factory, CashCode), await AccountIdAsync(factory, Fees));
        using var finance = await SignInAsync(factory, "finance");
        var (close, _) = await finance.SubmitAsync("/Finance/Periods?year=2569", new Dictionary<string, string> { ["year"] = "2569", ["period"] = "3" }, "/Finance/Periods/Close");
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Set<ClosedPeriod>().AnyAsync(c => c.LaoId == lao && c.FiscalYear == 2569 && c.Period == 3)));
        var count = await EntryCountAsync(factory, lao);

        var (response, page) = await PostEntryAsync(finance, EntryFields(new DateOnly(2025, 12, 20), "เดือนปิดแล้ว", (cash, "10", ""), (fees, "", "10")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Message("Ledger.PeriodClosed"), page.QuerySelector("#EntryDate-error")!.TextContent.Trim());
        Assert.Equal(count, await EntryCountAsync(factory, lao));
        var (_, periods) = await finance.GetAsync("/Finance/Periods?year=2569");
        Assert.Equal("closed", periods.QuerySelector("tr[data-period='3']")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task Reopening_a_month_needs_an_administrator_and_records_the_reason()
    {
        var lao = await FinanceLaoIdAsync(factory);
        var (cash, fees) = (await AccountIdAsync(factory, CashCode), await AccountIdAsync(factory, Fees));
        using var finance = await SignInAsync(factory, "finance");
        await finance.SubmitAsync("/Finance/Periods?year=2569", new Dictionary<string, string> { ["year"] = "2569", ["period"] = "4" }, "/Finance/Periods/Close");
        var reopenUrl = $"/Finance/Periods/Reopen?laoId={lao}&year=2569&period=4";

        Assert.Equal(HttpStatusCode.Forbidden, (await finance.Client.GetAsync(reopenUrl)).StatusCode);
        var (financePost, _) = await finance.SubmitAsync("/Finance/Periods?year=2569", new Dictionary<string, string> { ["year"] = "2569", ["period"] = "5" }, "/Finance/Periods/Close");
        Assert.Equal(HttpStatusCode.Redirect, financePost.StatusCode);

        using var admin = await SignInAsync(factory, "admin");
        var (noReason, noReasonPage) = await admin.SubmitAsync(reopenUrl, new Dictionary<string, string> { ["Reason"] = " " }, "/Finance/Periods/Reopen");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.NotNull(noReasonPage.QuerySelector("#Reason-error"));
        var (reopened, _) = await admin.SubmitAsync(reopenUrl, new Dictionary<string, string> { ["Reason"] = "บันทึกค่าธรรมเนียมตกหล่น" }, "/Finance/Periods/Reopen");

        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<ClosedPeriod>().AnyAsync(c => c.LaoId == lao && c.FiscalYear == 2569 && c.Period == 4)));
        var record = await factory.WithDbAsync(db => db.Set<PeriodReopening>().SingleAsync(r => r.LaoId == lao && r.FiscalYear == 2569 && r.Period == 4));
        Assert.Equal("บันทึกค่าธรรมเนียมตกหล่น", record.Reason);
        Assert.Equal("admin", record.ReopenedBy);
        Assert.Equal("finance", record.ClosedBy);
        var (posted, _) = await PostEntryAsync(finance, EntryFields(new DateOnly(2026, 1, 20), "หลังเปิดงวดใหม่", (cash, "10", ""), (fees, "", "10")));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
    }

    [Fact]
    public async Task Reversal_restores_every_account_balance_exactly_and_cannot_be_repeated()
    {
        var lao = await FinanceLaoIdAsync(factory);
        var (current, materials, fees) = (await AccountIdAsync(factory, CurrentAccount), await AccountIdAsync(factory, Materials), await AccountIdAsync(factory, Fees));
        using var finance = await SignInAsync(factory, "finance");
        var today = LocalGov.SharedKernel.Time.ThaiDate.Today(TimeProvider.System);
        var year = LocalGov.SharedKernel.Time.FiscalYear.Containing(today).BuddhistYear;
        var before = await NetByAccountAsync(factory, lao, year);
        var (posted, _) = await PostEntryAsync(finance, EntryFields(today, "ซื้อวัสดุ (ผิด)", (materials, "5,400.25", ""), (fees, "", "400.25"), (current, "", "5000")));
        var id = IdFromLocation(posted);
        Assert.NotEqual(before, await NetByAccountAsync(factory, lao, year));

        var (reversed, _) = await finance.SubmitAsync($"/Finance/Journal/Reverse/{id}", new Dictionary<string, string> { ["Reason"] = "บันทึกบัญชีผิด" }, $"/Finance/Journal/Reverse/{id}");

        Assert.Equal(HttpStatusCode.Redirect, reversed.StatusCode);
        var after = await NetByAccountAsync(factory, lao, year);
        foreach (var account in before.Keys.Union(after.Keys))
        {
            Assert.Equal(before.GetValueOrDefault(account), after.GetValueOrDefault(account));
        }

        var reversalId = IdFromLocation(reversed);
        var original = await factory.WithDbAsync(db => db.Set<JournalEntry>().SingleAsync(e => e.Id == id));
        Assert.Equal(reversalId, original.ReversedById);
        var (_, details) = await finance.GetAsync($"/Finance/Journal/Details/{id}");
        Assert.Null(details.QuerySelector("#reverse-entry"));
        Assert.Equal($"/Finance/Journal/Details/{reversalId}", details.QuerySelector("#reversed-by")!.GetAttribute("href"));
        var (again, againPage) = await finance.SubmitAsync($"/Finance/Journal/Reverse/{id}", new Dictionary<string, string> { ["Reason"] = "ซ้ำ" }, $"/Finance/Journal/Reverse/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains(Message("Ledger.AlreadyReversed"), againPage.QuerySelector("#reverse-errors")!.TextContent);
        var (ofReversal, ofReversalPage) = await finance.SubmitAsync($"/Finance/Journal/Reverse/{reversalId}", new Dictionary<string, string> { ["Reason"] = "อีกครั้ง" }, $"/Finance/Journal/Reverse/{reversalId}");
        Assert.Equal(HttpStatusCode.BadRequest, ofReversal.StatusCode);
        Assert.Contains(Message("Ledger.CannotReverse"), ofReversalPage.QuerySelector("#reverse-errors")!.TextContent);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<JournalEntry>().CountAsync(e => e.ReversalOfId == id)));
    }

    [Fact]
    public async Task Every_posted_entry_balances_and_its_lines_sum_to_its_totals()
    {
        var entries = await factory.WithDbAsync(db => db.Set<JournalEntry>().AsNoTracking().Include(e => e.Lines).ToListAsync());

        Assert.NotEmpty(entries);
        Assert.All(entries, e =>
        {
            Assert.Equal(e.TotalDebit, e.TotalCredit);
            Assert.Equal(e.TotalDebit, Money.Sum(e.Lines.Select(l => l.Debit)));
            Assert.Equal(e.TotalCredit, Money.Sum(e.Lines.Select(l => l.Credit)));
            Assert.All(e.Lines, l => Assert.True((l.Debit > Money.Zero) ^ (l.Credit > Money.Zero)));
        });
    }

    [Fact]
    public async Task Demo_books_have_bank_accounts_an_opening_entry_and_a_year_of_receipts()
    {
        var lao = await FinanceLaoIdAsync(factory);
        var banks = await factory.WithDbAsync(db => db.Set<BankAccount>().Where(b => b.LaoId == lao).ToListAsync());
        Assert.Equal(2, banks.Count);
        var opening = await factory.WithDbAsync(db => db.Set<JournalEntry>().SingleAsync(e => e.LaoId == lao && e.FiscalYear == 2569 && e.Kind == JournalEntryKind.Opening));
        Assert.Equal(Money.FromBaht(20_550_000m), opening.TotalDebit);
        var net = await NetByAccountAsync(factory, lao, 2569, 1, 12);
        var shared = await AccountIdAsync(factory, SharedTaxes);
        Assert.Equal(-Money.FromBaht(LocalGov.Finance.Seeding.BooksDemoSeeder.Monthly.Sum(m => m.SharedTaxes)).Satang, net[shared]);
    }

    [Fact]
    public async Task Another_LAOs_entry_is_not_found_the_province_reads_and_the_revenue_officer_may_not_post()
    {
        var lao = await FinanceLaoIdAsync(factory);
        var other = await OtherLaoIdAsync(factory, lao);
        var (cash, fees) = (await AccountIdAsync(factory, CashCode), await AccountIdAsync(factory, Fees));
        var foreign = await PostDirectAsync(factory, new JournalDraft(other, new DateOnly(2026, 2, 2), "อปท. อื่น", JournalEntryKind.Manual,
            [new(cash, Money.FromBaht(5m), Money.Zero), new(fees, Money.Zero, Money.FromBaht(5m))]));
        Assert.True(foreign.Succeeded);
        var own = await factory.WithDbAsync(db => db.Set<JournalEntry>().Where(e => e.LaoId == lao).Select(e => e.Id).FirstAsync());

        using var finance = await SignInAsync(factory, "finance");
        Assert.Equal(HttpStatusCode.NotFound, (await finance.Client.GetAsync($"/Finance/Journal/Details/{foreign.Entry!.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finance.Client.GetAsync($"/Finance/Journal/Reverse/{foreign.Entry.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finance.Client.GetAsync($"/Finance/Journal?laoId={other}")).StatusCode);

        using var province = await SignInAsync(factory, "province");
        Assert.Equal(HttpStatusCode.OK, (await province.Client.GetAsync($"/Finance/Journal/Details/{own}")).StatusCode);
        var (list, listPage) = await province.GetAsync($"/Finance/Journal?laoId={lao}&year=2569");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.NotEmpty(listPage.QuerySelectorAll("#journal-entries tbody tr"));
        Assert.Null(listPage.QuerySelector("#new-entry"));
        Assert.Equal(HttpStatusCode.Forbidden, (await province.Client.GetAsync("/Finance/Journal/Create")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await province.Client.GetAsync($"/Finance/Journal/Reverse/{own}")).StatusCode);

        using var revenue = await SignInAsync(factory, "revenue");
        Assert.Equal(HttpStatusCode.Forbidden, (await revenue.Client.GetAsync("/Finance/Journal/Create")).StatusCode);
        var (_, home) = await revenue.GetAsync("/");
        var count = await EntryCountAsync(factory, lao);
        var (posted, _) = await revenue.PostAsync("/Finance/Journal/Create", new Dictionary<string, string>(EntryFields(new DateOnly(2026, 2, 3), "ไม่มีสิทธิ์", (cash, "1", ""), (fees, "", "1")))
        {
            ["__RequestVerificationToken"] = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        });
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(count, await EntryCountAsync(factory, lao));
    }
}
