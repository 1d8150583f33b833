using LocalGov.Data;
using LocalGov.Finance.Contracts;
using LocalGov.Finance.Domain;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LocalGov.IntegrationTests.Finance.LedgerTestData;

namespace LocalGov.IntegrationTests.Finance;

/// <summary>The ledger's invariants through the real LedgerService and the real SQLite schema.</summary>
public sealed class LedgerServiceTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private async Task<(int Lao, int Year, int Cash, int Revenue)> SetUpAsync() =>
        (await DemoLaoIdAsync(factory), NewFiscalYear(), await AccountAsync(factory, AccountRole.Cash), await AccountAsync(factory, AccountRole.FeeRevenue));

    private async Task<int> EntryCountAsync(int lao, int year)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<JournalEntry>().CountAsync(e => e.LaoId == lao && e.FiscalYear == year);
    }

    [Fact]
    public async Task A_balanced_entry_is_numbered_in_its_fiscal_year_and_month_and_moves_the_summary()
    {
        var (lao, year, cash, revenue) = await SetUpAsync();

        var first = await PostAsync(factory, new JournalDraft(lao, DateIn(year, 3), "ค่าธรรมเนียม", JournalEntryKind.Manual, [Dr(cash, 1_500.25m), Cr(revenue, 1_500.25m)]));
        var second = await PostAsync(factory, new JournalDraft(lao, DateIn(year, 4), "ค่าธรรมเนียม", JournalEntryKind.Manual, [Dr(cash, 500m), Cr(revenue, 500m)]));

        Assert.True(first.Succeeded);
        Assert.Equal($"JV{year}-000001", first.Entry!.EntryNo);
        Assert.Equal($"JV{year}-000002", second.Entry!.EntryNo);
        Assert.Equal(3, first.Entry.Period);
        var summary = Assert.Single(await factory.Services.CreateScope().ServiceProvider.GetRequiredService<IFinanceSummaries>().GetAsync(year, [lao]));
        Assert.Equal(Money.FromBaht(2_000.25m), summary.RevenueActual);
        Assert.Equal(Money.FromBaht(2_000.25m), summary.CashAndDeposits);
    }

    [Fact]
    public async Task An_unbalanced_entry_is_refused_and_nothing_is_written()
    {
        var (lao, year, cash, revenue) = await SetUpAsync();

        var result = await PostAsync(factory, new JournalDraft(lao, DateIn(year, 1), "x", JournalEntryKind.Manual, [Dr(cash, 100m), Cr(revenue, 99.99m)]));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "Ledger.Unbalanced");
        Assert.Equal(0, await EntryCountAsync(lao, year));
    }

    [Fact]
    public async Task The_database_itself_refuses_an_entry_whose_totals_differ_or_a_line_with_both_sides()
    {
        var (lao, year, cash, _) = await SetUpAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var fund = await db.Set<Fund>().Select(f => f.Id).FirstAsync();
        var unbalanced = new JournalEntry
        {
            LaoId = lao,
            FiscalYear = year,
            Period = 1,
            EntryNo = "X-1",
            EntryDate = DateIn(year, 1),
            Description = "x",
            FundId = fund,
            TotalDebit = Money.FromBaht(10m),
            TotalCredit = Money.FromBaht(9m),
            PostedBy = "test",
        };
        db.Add(unbalanced);
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        var bothSides = new JournalEntry
        {
            LaoId = lao,
            FiscalYear = year,
            Period = 1,
            EntryNo = "X-2",
            EntryDate = DateIn(year, 1),
            Description = "x",
            FundId = fund,
            TotalDebit = Money.FromBaht(10m),
            TotalCredit = Money.FromBaht(10m),
            PostedBy = "test",
            Lines = [new JournalLine { LaoId = lao, FiscalYear = year, Period = 1, LineNo = 1, AccountId = cash, Debit = Money.FromBaht(10m), Credit = Money.FromBaht(10m) }],
        };
        db.Add(bothSides);
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_closed_month_takes_no_postings_and_the_next_month_still_does()
    {
        var (lao, year, cash, revenue) = await SetUpAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            db.Add(new ClosedPeriod { LaoId = lao, FiscalYear = year, Period = 2, ClosedBy = "finance", ClosedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var closed = await PostAsync(factory, new JournalDraft(lao, DateIn(year, 2), "x", JournalEntryKind.Manual, [Dr(cash, 1m), Cr(revenue, 1m)]));
        var open = await PostAsync(factory, new JournalDraft(lao, DateIn(year, 3), "x", JournalEntryKind.Manual, [Dr(cash, 1m), Cr(revenue, 1m)]));

        Assert.Contains(closed.Errors, e => e is { Field: "EntryDate", Code: "Ledger.PeriodClosed" });
        Assert.True(open.Succeeded);
    }

    [Fact]
    public async Task A_document_posts_once_and_a_reversal_restores_every_balance_exactly_once()
    {
        var (lao, year, cash, revenue) = await SetUpAsync();
        await PostAsync(factory, new JournalDraft(lao, DateIn(year, 1), "opening", JournalEntryKind.Manual, [Dr(cash, 7_000m), Cr(revenue, 7_000m)]));
        var before = await BalancesAsync(factory, lao, year);
        var draft = new JournalDraft(lao, DateIn(year, 2), "receipt", JournalEntryKind.Receipt, [Dr(cash, 1_234.56m), Cr(revenue, 1_000m), Cr(revenue, 234.56m)],
            SourceModule: "Test", SourceReference: "DOC-1");

        var posted = await PostAsync(factory, draft);
        var again = await PostAsync(factory, draft);
        var reversal = await InLedgerAsync(factory, l => l.ReverseAsync(posted.Entry!.Id, DateIn(year, 3), "ผิดบัญชี", default));
        var twice = await InLedgerAsync(factory, l => l.ReverseAsync(posted.Entry!.Id, DateIn(year, 3), "ซ้ำ", default));

        Assert.Contains(again.Errors, e => e.Code == "Ledger.AlreadyPosted");
        Assert.True(reversal.Succeeded);
        Assert.Equal(JournalEntryKind.Reversal, reversal.Entry!.Kind);
        Assert.Contains(twice.Errors, e => e.Code == "Ledger.AlreadyReversed");
        Assert.Equal(before, await BalancesAsync(factory, lao, year));
    }

    [Fact]
    public async Task The_rebuilt_summary_equals_the_one_kept_by_the_postings()
    {
        var (lao, year, cash, revenue) = await SetUpAsync();
        await PostAsync(factory, new JournalDraft(lao, DateIn(year, 5), "x", JournalEntryKind.Manual, [Dr(cash, 321m), Cr(revenue, 321m)]));
        await using var scope = factory.Services.CreateAsyncScope();
        var summaries = scope.ServiceProvider.GetRequiredService<IFinanceSummaries>();
        var kept = Assert.Single(await summaries.GetAsync(year, [lao]));

        await scope.ServiceProvider.GetRequiredService<IFinanceSummaryRebuild>().RebuildAsync();

        Assert.Equal(kept, Assert.Single(await summaries.GetAsync(year, [lao])));
    }

    [Fact]
    public async Task Posting_a_batch_refreshes_the_summary_once_to_the_same_figures_as_a_rebuild()
    {
        var (lao, year, cash, revenue) = await SetUpAsync();
        JournalDraft[] drafts =
        [
            new(lao, DateIn(year, 1), "a", JournalEntryKind.Imported, [Dr(cash, 100m), Cr(revenue, 100m)]),
            new(lao, DateIn(year, 7), "b", JournalEntryKind.Imported, [Dr(cash, 23.45m), Cr(revenue, 23.45m)]),
        ];

        var results = await InLedgerAsync(factory, async l =>
        {
            var all = await l.PostAllAsync(drafts, default);
            return all.All(r => r.Succeeded) ? all[^1] : all.First(r => !r.Succeeded);
        });

        Assert.True(results.Succeeded);
        await using var scope = factory.Services.CreateAsyncScope();
        var summaries = scope.ServiceProvider.GetRequiredService<IFinanceSummaries>();
        var kept = Assert.Single(await summaries.GetAsync(year, [lao]));
        Assert.Equal(Money.FromBaht(123.45m), kept.RevenueActual);
        await scope.ServiceProvider.GetRequiredService<IFinanceSummaryRebuild>().RebuildAsync();
        Assert.Equal(kept, Assert.Single(await summaries.GetAsync(year, [lao])));
    }
}
