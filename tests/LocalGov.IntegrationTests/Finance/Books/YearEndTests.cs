using System.Net;
using LocalGov.Finance.Domain;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using static LocalGov.IntegrationTests.Finance.Books.BooksTestSupport;

namespace LocalGov.IntegrationTests.Finance.Books;

/// <summary>Year-end close of the demo LAO's FY 2569 (its own database: the year is closed for good).</summary>
public sealed class YearEndTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    [Fact]
    public async Task Year_end_close_zeroes_revenue_and_expenses_carries_the_balance_sheet_and_closes_the_year()
    {
        var lao = await FinanceLaoIdAsync(factory);
        var (cash, fees, materials) = (await AccountIdAsync(factory, CashCode), await AccountIdAsync(factory, Fees), await AccountIdAsync(factory, Materials));
        using var finance = await SignInAsync(factory, "finance");
        var (spent, _) = await PostEntryAsync(finance, EntryFields(new DateOnly(2026, 8, 20), "ซื้อวัสดุ", (materials, "12,000.75", ""), (cash, "", "12000.75")));
        Assert.Equal(HttpStatusCode.Redirect, spent.StatusCode);
        var types = await factory.WithDbAsync(db => db.Set<Account>().ToDictionaryAsync(a => a.Id, a => a.Type));
        var beforeClose = await NetByAccountAsync(factory, lao, 2569, 0, 12);
        var result = beforeClose.Where(b => types[b.Key] is AccountType.Revenue or AccountType.Expense).Sum(b => -b.Value);
        var (checklist, checklistPage) = await finance.GetAsync("/Finance/Periods/YearEnd?year=2569");
        Assert.Equal(HttpStatusCode.OK, checklist.StatusCode);
        Assert.Equal(BahtFormat.Format(Money.FromSatang(result)), checklistPage.QuerySelector("#year-surplus")!.TextContent.Trim());
        Assert.NotNull(checklistPage.QuerySelector("#check-open-months"));

        var (unconfirmed, _) = await finance.SubmitAsync("/Finance/Periods/YearEnd?year=2569", new Dictionary<string, string>(), "/Finance/Periods/YearEnd");
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        var (closed, _) = await finance.SubmitAsync("/Finance/Periods/YearEnd?year=2569", new Dictionary<string, string> { ["confirm"] = "true" }, "/Finance/Periods/YearEnd");

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var close = await factory.WithDbAsync(db => db.Set<FiscalYearClose>().SingleAsync(c => c.LaoId == lao && c.FiscalYear == 2569));
        var afterClose = await NetByAccountAsync(factory, lao, 2569, 0, 13);
        Assert.All(afterClose.Where(b => types[b.Key] is AccountType.Revenue or AccountType.Expense), b => Assert.Equal(0, b.Value));
        var surplus = await factory.WithDbAsync(db => db.Set<Account>().Where(a => a.Role == AccountRole.SurplusForTheYear).Select(a => a.Id).SingleAsync());
        var accumulated = await factory.WithDbAsync(db => db.Set<Account>().Where(a => a.Role == AccountRole.AccumulatedFunds).Select(a => a.Id).SingleAsync());
        Assert.Equal(0, afterClose.GetValueOrDefault(surplus));
        Assert.Equal(beforeClose.GetValueOrDefault(accumulated) - result, afterClose[accumulated]);
        Assert.Equal(0, afterClose.Values.Sum());
        var closingEntry = await factory.WithDbAsync(db => db.Set<JournalEntry>().SingleAsync(e => e.Id == close.ClosingEntryId));
        Assert.Equal((JournalEntryKind.Closing, 13, new DateOnly(2026, 9, 30)), (closingEntry.Kind, closingEntry.Period, closingEntry.EntryDate));

        var opening = await factory.WithDbAsync(db => db.Set<JournalEntry>().SingleAsync(e => e.Id == close.OpeningEntryId));
        Assert.Equal((JournalEntryKind.Opening, 2570, 0, new DateOnly(2026, 10, 1)), (opening.Kind, opening.FiscalYear, opening.Period, opening.EntryDate));
        var openingBalances = await NetByAccountAsync(factory, lao, 2570, 0, 0);
        var balanceSheet = afterClose.Where(b => types[b.Key] is AccountType.Asset or AccountType.Liability or AccountType.Equity && b.Value != 0).ToDictionary();
        Assert.Equal(balanceSheet.OrderBy(b => b.Key), openingBalances.OrderBy(b => b.Key));

        var (refused, refusedPage) = await PostEntryAsync(finance, EntryFields(new DateOnly(2026, 9, 15), "หลังปิดปี", (cash, "1", ""), (fees, "", "1")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(BooksMessages.Th(factory, "Ledger.YearClosed"), refusedPage.QuerySelector("#EntryDate-error")!.TextContent.Trim());
        var (twice, twicePage) = await finance.PostAsync("/Finance/Periods/YearEnd", new Dictionary<string, string>
        {
            ["year"] = "2569",
            ["confirm"] = "true",
            ["__RequestVerificationToken"] = refusedPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains(BooksMessages.Th(factory, "Books.YearEnd.AlreadyClosed"), twicePage.QuerySelector("#year-end-errors")!.TextContent);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<FiscalYearClose>().CountAsync(c => c.LaoId == lao && c.FiscalYear == 2569)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<JournalEntry>().CountAsync(e => e.LaoId == lao && e.FiscalYear == 2570 && e.Kind == JournalEntryKind.Opening)));
    }
}
