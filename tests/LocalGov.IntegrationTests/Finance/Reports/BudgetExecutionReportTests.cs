using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Finance.Services.Reports;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Amounts;
using Microsoft.Extensions.DependencyInjection;
using static LocalGov.IntegrationTests.Finance.Reports.ReportTestData;

namespace LocalGov.IntegrationTests.Finance.Reports;

/// <summary>Budget execution: disbursed per line = the ledger's lines carrying the line = the control ledger's disbursed.</summary>
public sealed class BudgetExecutionReportTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const int Year = 2569;

    /// <summary>Pays a voucher the way Finance does: the control ledger and the ledger in one transaction.</summary>
    private static async Task PayAsync(LocalGovFactory factory, int laoId, BudgetLineInfo line, string expenseCode, decimal baht, bool reserveFirst, DateOnly date, string reference)
    {
        var ids = await AccountIdsAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var control = scope.ServiceProvider.GetRequiredService<IBudgetControl>();
        var ledger = scope.ServiceProvider.GetRequiredService<LocalGov.Finance.Services.LedgerService>();
        await using var tx = await db.Database.BeginTransactionAsync();
        var request = new BudgetControlRequest(laoId, line.Id, Money.FromBaht(baht), "Finance", reference);
        if (reserveFirst)
        {
            Assert.True((await control.ReserveAsync(request)).Succeeded);
            Assert.True((await control.DisburseCommittedAsync(request)).Succeeded);
        }
        else
        {
            Assert.True((await control.DisburseAsync(request)).Succeeded);
        }

        var posted = await ledger.PostAsync(Entry(laoId, date, "จ่ายเงินตามฎีกา " + reference, Dr(ids, expenseCode, baht, line.Id), Cr(ids, Bank, baht)), default);
        Assert.True(posted.Succeeded, string.Join(", ", posted.Errors.Select(e => e.Code)));
        await tx.CommitAsync();
    }

    [Fact]
    public async Task Disbursed_per_budget_line_equals_the_ledger_and_the_control_ledger()
    {
        var laoId = await DemoLaoIdAsync(factory);
        var codes = await factory.WithDbAsync(db => Task.FromResult(db.Set<LocalGov.Finance.Domain.Account>()
            .Where(a => a.BudgetCategoryCode != null).ToDictionary(a => a.BudgetCategoryCode!, a => a.Code)));
        var lines = await WithScopeAsync(factory, async sp => await sp.GetRequiredService<IBudgetLineDirectory>().GetLinesInForceAsync(laoId, Year));
        var payable = lines.Where(l => codes.ContainsKey(l.Category.Code) && l.CurrentAmount > Money.FromBaht(100_000m)).Take(3).ToList();
        Assert.Equal(3, payable.Count);

        await PayAsync(factory, laoId, payable[0], codes[payable[0].Category.Code], 12_345.67m, false, new DateOnly(2025, 11, 10), "PV-T1");
        await PayAsync(factory, laoId, payable[0], codes[payable[0].Category.Code], 1_000m, true, new DateOnly(2026, 2, 10), "PV-T2");
        await PayAsync(factory, laoId, payable[1], codes[payable[1].Category.Code], 50_000m, true, new DateOnly(2025, 12, 1), "PV-T3");

        // A commitment not yet paid shows as committed, not disbursed.
        await WithScopeAsync(factory, async sp =>
        {
            var db = sp.GetRequiredService<LocalGovDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            Assert.True((await sp.GetRequiredService<IBudgetControl>().ReserveAsync(new BudgetControlRequest(laoId, payable[2].Id, Money.FromBaht(7_500m), "Procurement", "PO-T1"))).Succeeded);
            await tx.CommitAsync();
            return 0;
        });

        var period = new ReportPeriod(Year, null);
        var lao = await LaoAsync(factory, laoId);
        var doc = await WithScopeAsync(factory, sp => sp.GetRequiredService<BudgetExecutionReport>().BuildAsync(lao, period, default));
        var balances = await WithScopeAsync(factory, async sp => (await sp.GetRequiredService<IBudgetLineDirectory>().GetBalancesAsync(laoId, Year)).ToDictionary(b => b.BudgetLineId));
        var journal = await LinesAsync(factory, laoId, Year);

        // ONE row per budget line in force, keyed by its id, and the three figures agree for every line.
        var rows = Table(doc, BudgetExecutionReport.TableId).Rows.Where(r => r.Key is not null && !r.Key.StartsWith("sub-", StringComparison.Ordinal)).ToList();
        Assert.Equal(lines.Select(l => l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), rows.Select(r => r.Key!).Order());
        foreach (var line in lines)
        {
            var row = Row(doc, BudgetExecutionReport.TableId, line.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var fromLedger = Money.Sum(journal.Where(j => j.BudgetLineId == line.Id && j.Period is >= 1 and <= 12).Select(j => j.Debit - j.Credit));
            Assert.Equal(fromLedger, Amount(row, 6));
            Assert.Equal(balances.TryGetValue(line.Id, out var b) ? b.Disbursed : Money.Zero, Amount(row, 6));
            Assert.Equal(line.OriginalAmount, Amount(row, 2));
            Assert.Equal(line.CurrentAmount, Amount(row, 4));
            Assert.Equal(line.CurrentAmount - Amount(row, 5) - Amount(row, 6), Amount(row, 7));
        }

        var key0 = payable[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Money.FromBaht(13_345.67m), Amount(doc, BudgetExecutionReport.TableId, key0, 6));
        Assert.Equal(Money.FromBaht(7_500m), Amount(doc, BudgetExecutionReport.TableId, payable[2].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), 5));

        // Up to November only the first payment counts.
        var november = new ReportPeriod(Year, 2);
        var early = await WithScopeAsync(factory, sp => sp.GetRequiredService<BudgetExecutionReport>().BuildAsync(lao, november, default));
        Assert.Equal(Money.FromBaht(12_345.67m), Amount(early, BudgetExecutionReport.TableId, key0, 6));

        // Subtotals add up their lines, and the grand total is the ledger's sum over every budget line.
        var total = Row(doc, BudgetExecutionReport.TableId, "sub-total");
        Assert.Equal(Money.Sum(rows.Select(r => Amount(r, 6))), Amount(total, 6));
        Assert.Equal(Money.Sum(journal.Where(j => j.BudgetLineId != null && j.Period is >= 1 and <= 12).Select(j => j.Debit - j.Credit)), Amount(total, 6));
        Assert.Equal(Money.Sum(lines.Select(l => l.CurrentAmount)), Amount(total, 4));
        var programmeSubtotals = Table(doc, BudgetExecutionReport.TableId).Rows.Where(r => r.Key is { } k && k.StartsWith("sub-", StringComparison.Ordinal) && k.Count(c => c == '-') == 1 && k != "sub-total");
        Assert.Equal(Amount(total, 6), Money.Sum(programmeSubtotals.Select(r => Amount(r, 6))));
    }

    [Fact]
    public async Task Revenue_actuals_come_from_the_accounts_of_the_estimate_category()
    {
        var laoId = await DemoLaoIdAsync(factory);
        var ids = await AccountIdsAsync(factory);
        await PostAsync(factory, Entry(laoId, new DateOnly(2026, 1, 15), "รับภาษีที่ดิน", Dr(ids, Cash, 8_765.43m), Cr(ids, LandTax, 8_765.43m)));
        var lao = await LaoAsync(factory, laoId);
        var doc = await WithScopeAsync(factory, sp => sp.GetRequiredService<BudgetExecutionReport>().BuildAsync(lao, new ReportPeriod(Year, null), default));
        var estimates = await WithScopeAsync(factory, async sp => await sp.GetRequiredService<IBudgetLineDirectory>().GetRevenueEstimatesInForceAsync(laoId, Year));
        var journal = await LinesAsync(factory, laoId, Year);

        var row = Row(doc, BudgetExecutionReport.RevenueTableId, "rev-411000");
        Assert.Equal(Money.Sum(estimates.Where(e => e.Category.Code == "411000").Select(e => e.Amount)), Amount(row, 2));
        var landTaxActual = Money.Sum(journal.Where(j => j.AccountId == ids[LandTax] && j.Period is >= 1 and <= 12).Select(j => j.Credit - j.Debit));
        Assert.True(landTaxActual >= Money.FromBaht(8_765.43m));
        Assert.Equal(landTaxActual, Amount(row, 3));
        Assert.Equal(Amount(row, 3) - Amount(row, 2), Amount(row, 4));
    }
}
