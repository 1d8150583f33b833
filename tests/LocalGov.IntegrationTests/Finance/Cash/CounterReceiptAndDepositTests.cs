using System.Net;
using ClosedXML.Excel;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Services.Cash;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.IntegrationTests.Revenue.Payments;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.IntegrationTests.Finance.CashOffice;

/// <summary>Counter receipts, deposits, the daily cash report and the cash pages' scope.</summary>
public sealed class CounterReceiptAndDepositTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private async Task<Browser> FinanceAsync()
    {
        var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        return browser;
    }

    [Fact]
    public async Task A_counter_receipt_posts_cash_against_its_revenue_lines_prints_in_words_and_cancels_by_reversal()
    {
        var lao = await PaymentTestData.DemoLaoIdAsync(factory);
        var misc = await CashTestData.AccountByCodeAsync(factory, "4105010101");
        var property = await CashTestData.AccountByCodeAsync(factory, "4103010101");
        var cash = await CashTestData.RoleAccountAsync(factory, AccountRole.Cash);
        using var browser = await FinanceAsync();

        var (response, _) = await browser.SubmitAsync("/Finance/Receipts/Create", new Dictionary<string, string>
        {
            ["ReceivedOn"] = "2026-04-07",
            ["PayerName"] = "นายสมชาย รับเงิน",
            ["Method"] = "Cash",
            ["Lines[0].AccountId"] = misc.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Lines[0].Description"] = "ค่าขายแบบแปลน",
            ["Lines[0].Amount"] = "1,234.50",
            ["Lines[1].AccountId"] = property.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Lines[1].Description"] = "ค่าเช่าแผงตลาด",
            ["Lines[1].Amount"] = "500",
        }, "/Finance/Receipts/Create");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var receipt = await factory.WithDbAsync(db => db.Set<CounterReceipt>().AsNoTracking().Include(r => r.Lines).OrderByDescending(r => r.Id).FirstAsync(r => r.LaoId == lao));
        Assert.Equal($"/Finance/Receipts/Details/{receipt.Id}", Browser.PathOf(response));
        Assert.StartsWith("RC2569-", receipt.ReceiptNo, StringComparison.Ordinal);
        Assert.Equal(Money.FromBaht(1_734.50m), receipt.Total);
        var entry = await CashTestData.EntryByIdAsync(factory, receipt.JournalEntryId);
        Assert.Equal(new DateOnly(2026, 4, 7), entry.EntryDate);
        Assert.Equal(Money.FromBaht(1_734.50m), Assert.Single(entry.Lines, l => l.Debit > Money.Zero && l.AccountId == cash).Debit);
        Assert.Equal(Money.FromBaht(1_234.50m), Assert.Single(entry.Lines, l => l.AccountId == misc).Credit);
        Assert.Equal(Money.FromBaht(500m), Assert.Single(entry.Lines, l => l.AccountId == property).Credit);

        var (_, page) = await browser.GetAsync(Browser.PathOf(response));
        Assert.Equal(receipt.ReceiptNo, page.QuerySelector("#receipt-number")!.TextContent);
        Assert.Equal("1,734.50", page.QuerySelector("#receipt-total")!.TextContent);
        Assert.Contains(BahtText.ToThaiWords(1_734.50m), page.QuerySelector("#receipt-words")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("@media print", page.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var (noReason, noReasonPage) = await browser.SubmitAsync($"/Finance/Receipts/Cancel/{receipt.Id}", new Dictionary<string, string> { ["reason"] = "" }, "/Finance/Receipts/Cancel");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(noReasonPage.QuerySelector("#reason-error")!.TextContent));

        var (cancelled, _) = await browser.SubmitAsync($"/Finance/Receipts/Cancel/{receipt.Id}", new Dictionary<string, string> { ["reason"] = "ออกผิดราย" }, "/Finance/Receipts/Cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var after = await factory.WithDbAsync(db => db.Set<CounterReceipt>().AsNoTracking().FirstAsync(r => r.Id == receipt.Id));
        Assert.Equal(CounterReceiptStatus.Cancelled, after.Status);
        var reversal = await CashTestData.EntryByIdAsync(factory, after.ReversalEntryId!.Value);
        Assert.Equal(entry.Id, reversal.ReversalOfId);
        Assert.Equal(Money.FromBaht(1_734.50m), Assert.Single(reversal.Lines, l => l.AccountId == cash).Credit);
        Assert.Equal(Money.FromBaht(1_234.50m), Assert.Single(reversal.Lines, l => l.AccountId == misc).Debit);
    }

    [Fact]
    public async Task A_counter_receipt_with_three_decimals_or_a_cash_account_line_is_refused_on_its_fields()
    {
        var cash = await CashTestData.RoleAccountAsync(factory, AccountRole.Cash);
        var misc = await CashTestData.AccountByCodeAsync(factory, "4105010101");
        var before = await factory.WithDbAsync(db => db.Set<CounterReceipt>().CountAsync());
        using var browser = await FinanceAsync();

        var (response, page) = await browser.SubmitAsync("/Finance/Receipts/Create", new Dictionary<string, string>
        {
            ["ReceivedOn"] = "2026-04-08",
            ["PayerName"] = "ทดสอบ",
            ["Lines[0].AccountId"] = misc.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Lines[0].Description"] = "ค่าปรับ",
            ["Lines[0].Amount"] = "10.125",
        }, "/Finance/Receipts/Create");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2", page.QuerySelector("#line-0-amount-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("line-0-amount-error", page.QuerySelector("#line-0-amount")!.GetAttribute("aria-describedby"));

        var (second, secondPage) = await browser.PostAsync("/Finance/Receipts/Create", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.QuerySelector("#receipt-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["ReceivedOn"] = "2026-04-08",
            ["PayerName"] = "ทดสอบ",
            ["Method"] = "Cash",
            ["FundCode"] = "GEN",
            ["Lines[0].AccountId"] = cash.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Lines[0].Description"] = "เงินสด",
            ["Lines[0].Amount"] = "10",
        });
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(secondPage.QuerySelector("#line-0-account-error")!.TextContent));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Set<CounterReceipt>().CountAsync()));
    }

    [Fact]
    public async Task A_deposit_above_the_cash_on_hand_at_its_date_is_refused_and_one_within_it_posts_to_the_bank()
    {
        var lao = await PaymentTestData.DemoLaoIdAsync(factory);
        var bank = await CashTestData.CreateBankAccountAsync(factory, lao);
        var misc = await CashTestData.AccountByCodeAsync(factory, "4105010101");
        var cash = await CashTestData.RoleAccountAsync(factory, AccountRole.Cash);
        var date = new DateOnly(2026, 5, 12);
        Assert.True((await CashTestData.IssueAsync(factory, new CounterReceiptDraft(lao, date, "ผู้ชำระ", CounterPaymentMethod.Cash, null, null, Fund.General,
            [new CounterReceiptDraftLine(misc, Money.FromBaht(700m), "รายได้เบ็ดเตล็ด")]))).Succeeded);
        var onHand = await CashTestData.CashBalanceAsync(factory, lao, date);
        Assert.True(onHand >= Money.FromBaht(700m));
        var depositsBefore = await factory.WithDbAsync(db => db.Set<CashDeposit>().CountAsync());
        using var browser = await FinanceAsync();

        var (refused, page) = await browser.SubmitAsync("/Finance/Receipts/Deposit", new Dictionary<string, string>
        {
            ["DepositedOn"] = CashTestData.Iso(date),
            ["BankAccountId"] = bank.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Amount"] = (onHand + Money.FromSatang(1)).Baht.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "/Finance/Receipts/Deposit");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(BahtFormat.Format(onHand), page.QuerySelector("#Amount-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(depositsBefore, await factory.WithDbAsync(db => db.Set<CashDeposit>().CountAsync()));

        var (accepted, _) = await browser.SubmitAsync("/Finance/Receipts/Deposit", new Dictionary<string, string>
        {
            ["DepositedOn"] = CashTestData.Iso(date),
            ["BankAccountId"] = bank.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Amount"] = "700.00",
            ["Reference"] = "PI-0512",
        }, "/Finance/Receipts/Deposit");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var deposit = await factory.WithDbAsync(db => db.Set<CashDeposit>().AsNoTracking().FirstAsync(d => d.BankAccountId == bank.Id));
        Assert.StartsWith("DP2569-", deposit.DepositNo, StringComparison.Ordinal);
        var entry = await CashTestData.EntryByIdAsync(factory, deposit.JournalEntryId);
        var debit = Assert.Single(entry.Lines, l => l.Debit > Money.Zero);
        Assert.Equal((bank.LedgerAccountId, (int?)bank.Id, Money.FromBaht(700m)), (debit.AccountId, debit.BankAccountId, debit.Debit));
        Assert.Equal(cash, Assert.Single(entry.Lines, l => l.Credit > Money.Zero).AccountId);
        Assert.Equal(onHand - Money.FromBaht(700m), await CashTestData.CashBalanceAsync(factory, lao, date));
    }

    [Fact]
    public async Task The_daily_cash_report_rolls_opening_plus_in_minus_out_into_closing_and_Excel_shows_the_same_figures()
    {
        var lao = await PaymentTestData.DemoLaoIdAsync(factory);
        var bank = await CashTestData.CreateBankAccountAsync(factory, lao);
        var misc = await CashTestData.AccountByCodeAsync(factory, "4105010101");
        var date = new DateOnly(2026, 6, 15);
        Assert.True((await CashTestData.IssueAsync(factory, new CounterReceiptDraft(lao, date.AddDays(-1), "ผู้ชำระ ก", CounterPaymentMethod.Cash, null, null, Fund.General,
            [new CounterReceiptDraftLine(misc, Money.FromBaht(900m), "รายได้ วันก่อน")]))).Succeeded);
        Assert.True((await CashTestData.IssueAsync(factory, new CounterReceiptDraft(lao, date, "ผู้ชำระ ข", CounterPaymentMethod.Cash, null, null, Fund.General,
            [new CounterReceiptDraftLine(misc, Money.FromBaht(2_000m), "รายได้ วันนี้")]))).Succeeded);
        Assert.True((await CashTestData.DepositAsync(factory, new DepositDraft(lao, date, bank.Id, Money.FromBaht(500m), null))).Succeeded);
        using var browser = await FinanceAsync();

        var (response, page) = await browser.GetAsync($"/Finance/Receipts/DailyCash?date={CashTestData.Iso(date)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Money[] Row(string key) => [.. page.QuerySelectorAll($"#daily-cash tr[data-key='{key}'] td").Skip(1).Select(td => CashTestData.ParseShown(td.TextContent))];
        var cashRow = Row("cash");
        Assert.Equal(cashRow[0] + cashRow[1] - cashRow[2], cashRow[3]);
        Assert.Equal(await CashTestData.CashBalanceAsync(factory, lao, date.AddDays(-1)), cashRow[0]);
        Assert.Equal(Money.FromBaht(2_000m), cashRow[1]);
        Assert.Equal(Money.FromBaht(500m), cashRow[2]);
        var bankRow = Row($"bank-{bank.Id}");
        Assert.Equal([Money.Zero, Money.FromBaht(500m), Money.Zero, Money.FromBaht(500m)], bankRow);
        var total = Row("total");
        Assert.Equal(total[0] + total[1] - total[2], total[3]);

        var excel = await browser.Client.GetAsync($"/Finance/Receipts/DailyCash?date={CashTestData.Iso(date)}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        using var workbook = new XLWorkbook(await excel.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheets.First();
        var screen = page.QuerySelectorAll("#daily-cash tbody tr").Select(tr => tr.QuerySelectorAll("td").Skip(1).Select(td => CashTestData.ParseShown(td.TextContent).Baht).ToArray()).ToList();
        for (var r = 0; r < screen.Count; r++)
        {
            var cells = Enumerable.Range(2, 4).Select(c => (decimal)sheet.Cell(5 + r, c).GetDouble()).ToArray();
            Assert.Equal(screen[r], cells);
        }

        var (print, printPage) = await browser.GetAsync($"/Finance/Receipts/DailyCash?date={CashTestData.Iso(date)}&print=1");
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        Assert.Null(printPage.QuerySelector("#finance-nav"));
    }

    [Fact]
    public async Task The_demo_LAO_has_the_seeded_counter_receipts_of_March_2569()
    {
        var lao = await PaymentTestData.DemoLaoIdAsync(factory);
        var seeded = await factory.WithDbAsync(db => db.Set<CounterReceipt>().AsNoTracking()
            .Where(r => r.LaoId == lao && r.ReceivedOn >= new DateOnly(2026, 3, 1) && r.ReceivedOn <= new DateOnly(2026, 3, 3)).ToListAsync());
        Assert.Equal(2, seeded.Count);
        Assert.Equal(Money.FromBaht(19_250m), Money.Sum(seeded.Select(r => r.Total)));
    }

    [Fact]
    public async Task Cash_pages_are_scoped_to_the_users_LAO()
    {
        var other = await PaymentTestData.OtherLaoIdAsync(factory);
        var misc = await CashTestData.AccountByCodeAsync(factory, "4105010101");
        var foreign = await CashTestData.IssueAsync(factory, new CounterReceiptDraft(other, new DateOnly(2026, 4, 20), "ผู้ชำระ อปท. อื่น", CounterPaymentMethod.Cash, null, null, Fund.General,
            [new CounterReceiptDraftLine(misc, Money.FromBaht(100m), "รายได้")]));
        Assert.True(foreign.Succeeded);
        using var finance = await FinanceAsync();

        foreach (var ownPage in new[] { "/Finance/Receipts", "/Finance/Receipts/Create", "/Finance/Receipts/Deposit", "/Finance/Receipts/DailyCash", "/Finance/Reconciliation" })
        {
            Assert.Equal(HttpStatusCode.OK, (await finance.GetAsync(ownPage)).Response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await finance.GetAsync($"/Finance/Receipts?laoId={other}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finance.GetAsync($"/Finance/Receipts/DailyCash?laoId={other}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finance.GetAsync($"/Finance/Receipts/Details/{foreign.Document!.Id}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finance.GetAsync($"/Finance/Reconciliation?laoId={other}")).Response.StatusCode);
        var (_, own) = await finance.GetAsync("/Finance/Receipts");
        var token = own.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await finance.GetAsync("/Finance/Receipts/Create")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var (cancel, _) = await finance.PostAsync($"/Finance/Receipts/Cancel/{foreign.Document.Id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["reason"] = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        Assert.Equal(CounterReceiptStatus.Issued, await factory.WithDbAsync(db => db.Set<CounterReceipt>().Where(r => r.Id == foreign.Document.Id).Select(r => r.Status).FirstAsync()));

        using var province = new Browser(factory);
        await province.SignInAsync("province");
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/Finance/Receipts/DailyCash?laoId={other}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await province.GetAsync("/Finance/Receipts/Create")).Response.StatusCode);

        using var executive = new Browser(factory);
        await executive.SignInAsync("executive");
        Assert.Equal(HttpStatusCode.OK, (await executive.GetAsync("/Finance/Receipts")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await executive.GetAsync("/Finance/Receipts/Deposit")).Response.StatusCode);
    }
}
