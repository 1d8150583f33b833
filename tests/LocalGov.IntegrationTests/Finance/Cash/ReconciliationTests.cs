using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Services;
using LocalGov.Finance.Services.Cash;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.IntegrationTests.Revenue.Payments;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Finance.CashOffice;

/// <summary>Bank reconciliation: import, automatic and manual matching, outstanding items, reconciled month.</summary>
public sealed class ReconciliationTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private static async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> UploadAsync(Browser browser, string pageUrl, string fileName, byte[] content)
    {
        var (_, page) = await browser.GetAsync(pageUrl);
        var form = page.QuerySelector("#import-form")!;
        using var body = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]"))
        {
            body.Add(new StringContent(input.GetAttribute("value") ?? ""), input.GetAttribute("name")!);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        body.Add(file, "file", fileName);
        var response = await browser.Client.PostAsync(form.GetAttribute("action"), body);
        return (response, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    private async Task<int> PostChequeAsync(int laoId, BankAccount bank, DateOnly date, decimal amount, string chequeNo)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var expense = await db.Set<Account>().Where(a => a.Code == "5302010101").Select(a => a.Id).FirstAsync();
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await scope.ServiceProvider.GetRequiredService<LedgerService>().PostAsync(
            new JournalDraft(laoId, date, "จ่ายค่าจ้างเหมา", JournalEntryKind.Manual,
            [
                new JournalDraftLine(expense, Money.FromBaht(amount), Money.Zero),
                new JournalDraftLine(bank.LedgerAccountId, Money.Zero, Money.FromBaht(amount), BankAccountId: bank.Id, Description: $"จ่ายเช็คเลขที่ {chequeNo}"),
            ]),
            default);
        Assert.True(result.Succeeded);
        await tx.CommitAsync();
        return result.Entry!.Id;
    }

    [Fact]
    public async Task A_statement_with_a_bad_row_saves_nothing_and_a_good_one_matches_lists_outstanding_items_and_reconciles()
    {
        var lao = await PaymentTestData.DemoLaoIdAsync(factory);
        var bank = await CashTestData.CreateBankAccountAsync(factory, lao);
        var misc = await CashTestData.AccountByCodeAsync(factory, "4105010101");
        var grants = await CashTestData.AccountByCodeAsync(factory, "4301010101");
        Assert.True((await CashTestData.IssueAsync(factory, new CounterReceiptDraft(lao, new DateOnly(2026, 7, 1), "ผู้ชำระ", CounterPaymentMethod.Cash, null, null, Fund.General,
            [new CounterReceiptDraftLine(misc, Money.FromBaht(10_000m), "รายได้")]))).Succeeded);
        var deposit = (await CashTestData.DepositAsync(factory, new DepositDraft(lao, new DateOnly(2026, 7, 2), bank.Id, Money.FromBaht(8_000m), "PI0702"))).Document!;
        var transfer = (await CashTestData.IssueAsync(factory, new CounterReceiptDraft(lao, new DateOnly(2026, 7, 10), "กรมส่งเสริมฯ", CounterPaymentMethod.Transfer, bank.Id, "TR0710", Fund.General,
            [new CounterReceiptDraftLine(grants, Money.FromBaht(3_000m), "เงินอุดหนุน")]))).Document!;
        // Two ledger lines of the same amount: the one whose reference the bank quotes must be chosen.
        Assert.True((await CashTestData.IssueAsync(factory, new CounterReceiptDraft(lao, new DateOnly(2026, 7, 9), "ผู้โอนอื่น", CounterPaymentMethod.Transfer, bank.Id, "OTHER99", Fund.General,
            [new CounterReceiptDraftLine(grants, Money.FromBaht(3_000m), "เงินอุดหนุนอื่น")]))).Succeeded);
        var cheque = await PostChequeAsync(lao, bank, new DateOnly(2026, 7, 15), 1_500m, "10234567");
        var pageUrl = $"/Finance/Reconciliation?bankAccountId={bank.Id}&fiscalYear=2569&period=10";
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");

        var bad = "date,description,reference,withdrawal,deposit,balance\n2026-07-03,ฝากเงินสด,PI0702,,8000.00,8000.00\n2026-07-10,รับโอน,TR0710,,3000.005,11000.00\n";
        var (refused, refusedPage) = await UploadAsync(browser, pageUrl, "july.csv", Encoding.UTF8.GetBytes(bad));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = Assert.Single(refusedPage.QuerySelectorAll("#import-errors tbody tr"));
        Assert.Equal("3", error.GetAttribute("data-row"));
        Assert.Equal("Recon.Parse.BadAmount", error.GetAttribute("data-code"));
        Assert.False(await factory.WithDbAsync(db => db.Set<BankStatement>().AnyAsync(s => s.BankAccountId == bank.Id)));

        var good = "date,description,reference,withdrawal,deposit,balance\n" +
            "2026-07-03,ฝากเงินสด,PI0702,,\"8,000.00\",\"8,000.00\"\n" +
            "10/07/2569,รับโอน กรมส่งเสริมฯ,TR0710,,3000.00,11000.00\n" +
            "2026-07-09,รับโอน,OTHER99,,3000.00,14000.00\n" +
            "2026-07-31,ดอกเบี้ย,INT,,12.50,14012.50\n" +
            "2026-07-31,ค่าธรรมเนียม,FEE,10.00,,14002.50\n";
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(good)).ToArray();
        var (imported, _) = await UploadAsync(browser, pageUrl, "july.csv", withBom);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);

        var statement = await factory.WithDbAsync(db => db.Set<BankStatement>().AsNoTracking().Include(s => s.Lines).FirstAsync(s => s.BankAccountId == bank.Id));
        Assert.Equal(5, statement.Lines.Count);
        Assert.Equal(Money.FromBaht(14_002.50m), statement.ClosingBalance);
        var bankLines = await factory.WithDbAsync(db => db.Set<JournalLine>().AsNoTracking().Where(l => l.BankAccountId == bank.Id).ToListAsync());
        long LineOfEntry(int entryId) => bankLines.Single(l => l.EntryId == entryId).Id;
        BankStatementLine ByRef(string reference) => statement.Lines.Single(l => l.Reference == reference);
        Assert.Equal(LineOfEntry(deposit.JournalEntryId), ByRef("PI0702").MatchedJournalLineId);
        Assert.Equal(LineOfEntry(transfer.JournalEntryId), ByRef("TR0710").MatchedJournalLineId);
        Assert.NotNull(ByRef("OTHER99").MatchedJournalLineId);
        Assert.Null(ByRef("INT").MatchedJournalLineId);
        Assert.Null(ByRef("FEE").MatchedJournalLineId);
        Assert.All(statement.Lines.Where(l => l.MatchedJournalLineId is not null), l => Assert.Equal(StatementMatchKind.Auto, l.MatchKind));

        var (_, page) = await browser.GetAsync(pageUrl);
        Assert.Equal(LineOfEntry(cheque).ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(page.QuerySelectorAll("#outstanding-cheques tbody tr")).GetAttribute("data-id"));
        Assert.NotNull(page.QuerySelector("#deposits-in-transit-none"));
        Assert.Equal(ByRef("INT").Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(page.QuerySelectorAll("#bank-credits tbody tr")).GetAttribute("data-id"));
        Assert.Equal(ByRef("FEE").Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(page.QuerySelectorAll("#bank-charges tbody tr")).GetAttribute("data-id"));
        Assert.Equal("14,002.50", page.QuerySelector("#bank-balance")!.TextContent);
        Assert.Equal("12,500.00", page.QuerySelector("#book-balance")!.TextContent);
        Assert.Equal("12,502.50", page.QuerySelector("#adjusted-bank")!.TextContent);
        Assert.Equal("12,502.50", page.QuerySelector("#adjusted-books")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#recon-status")!.GetAttribute("data-reconciles"));

        // Unmatch by hand, then match again by hand.
        var tr = ByRef("TR0710");
        var (unmatched, _) = await browser.SubmitAsync(pageUrl, new Dictionary<string, string> { ["statementLineId"] = tr.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/Finance/Reconciliation/Unmatch");
        Assert.Equal(HttpStatusCode.Redirect, unmatched.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Set<BankStatementLine>().Where(l => l.Id == tr.Id).Select(l => l.MatchedJournalLineId).FirstAsync()));
        var (_, afterUnmatch) = await browser.GetAsync(pageUrl);
        // Unmatched, the transfer sits on both sides (a bank credit not booked, a deposit in transit).
        Assert.NotNull(afterUnmatch.QuerySelector($"#bank-credits tr[data-id='{tr.Id}']"));
        Assert.NotNull(afterUnmatch.QuerySelector($"#deposits-in-transit tr[data-id='{LineOfEntry(transfer.JournalEntryId)}']"));
        var token = afterUnmatch.QuerySelector("#automatch-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var (matched, _) = await browser.PostAsync("/Finance/Reconciliation/Match", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["statementId"] = statement.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["statementLineId"] = tr.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["journalLineId"] = LineOfEntry(transfer.JournalEntryId).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, matched.StatusCode);
        Assert.Equal(StatementMatchKind.Manual, await factory.WithDbAsync(db => db.Set<BankStatementLine>().Where(l => l.Id == tr.Id).Select(l => l.MatchKind).FirstAsync()));

        var (reconciled, _) = await browser.SubmitAsync(pageUrl, new Dictionary<string, string>(), "/Finance/Reconciliation/Reconcile");
        Assert.Equal(HttpStatusCode.Redirect, reconciled.StatusCode);
        var done = await factory.WithDbAsync(db => db.Set<BankStatement>().AsNoTracking().FirstAsync(s => s.Id == statement.Id));
        Assert.Equal("finance", done.ReconciledBy);
        Assert.NotNull(done.ReconciledUtc);
        var (_, final) = await browser.GetAsync(pageUrl);
        Assert.NotNull(final.QuerySelector("#reconciled-by"));
        Assert.Null(final.QuerySelector("#import-form"));
    }

    [Fact]
    public async Task A_month_that_does_not_reconcile_cannot_be_marked_and_another_LAOs_statement_cannot_be_changed()
    {
        var lao = await PaymentTestData.DemoLaoIdAsync(factory);
        var bank = await CashTestData.CreateBankAccountAsync(factory, lao);
        var statementId = await factory.WithDbAsync(async db =>
        {
            var s = new BankStatement { LaoId = lao, BankAccountId = bank.Id, MonthStart = new DateOnly(2026, 8, 1), FileName = "aug.csv", ImportedBy = "finance", ImportedUtc = DateTime.UtcNow, ClosingBalance = Money.FromBaht(150m) };
            s.Lines.Add(new BankStatementLine { LaoId = lao, LineNo = 1, Date = new DateOnly(2026, 8, 5), Description = "ฝาก", Reference = "X", Deposit = Money.FromBaht(99m), Balance = Money.FromBaht(99m) });
            db.Set<BankStatement>().Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var error = await scope.ServiceProvider.GetRequiredService<Reconciliation>().MarkReconciledAsync(statementId, "finance", default);
            Assert.Equal("Recon.Error.DoesNotReconcile", error);
        }

        var other = await PaymentTestData.OtherLaoIdAsync(factory);
        var otherBank = await CashTestData.CreateBankAccountAsync(factory, other);
        var otherStatement = await factory.WithDbAsync(async db =>
        {
            var s = new BankStatement { LaoId = other, BankAccountId = otherBank.Id, MonthStart = new DateOnly(2026, 8, 1), FileName = "aug.csv", ImportedBy = "x", ImportedUtc = DateTime.UtcNow };
            db.Set<BankStatement>().Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        var (_, page) = await browser.GetAsync($"/Finance/Reconciliation?bankAccountId={bank.Id}&fiscalYear=2569&period=11");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var (forbidden, _) = await browser.PostAsync("/Finance/Reconciliation/Reconcile", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["statementId"] = otherStatement.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Set<BankStatement>().Where(s => s.Id == otherStatement).Select(s => s.ReconciledBy).FirstAsync()));
    }
}
