using LocalGov.Finance.Reporting;
using LocalGov.Finance.Services.Reports;
using LocalGov.SharedKernel.Amounts;
using Microsoft.Extensions.DependencyInjection;
using static LocalGov.IntegrationTests.Finance.Reports.ReportTestData;

namespace LocalGov.IntegrationTests.Finance.Reports;

/// <summary>The statements agree with each other and with the journal lines for every month of a posted year.</summary>
public sealed class ReportInvariantTests(ReportsFixture fixture) : IClassFixture<ReportsFixture>
{
    private const int Year = ReportsFixture.Year;

    /// <summary>Every month 1..12 (null = the whole year).</summary>
    public static TheoryData<int?> Periods => [null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    private Task<ReportDocument> BuildAsync<TReport>(ReportPeriod period, Func<TReport, Organizations.Contracts.LaoDto, Task<ReportDocument>> build)
        where TReport : notnull =>
        WithScopeAsync(fixture.Factory, async sp => await build(sp.GetRequiredService<TReport>(), await LaoAsync(fixture.Factory, fixture.LaoId)));

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task The_trial_balance_balances_for_every_month_and_the_year(int? month)
    {
        foreach (var afterClosing in new[] { false, true })
        {
            var period = new ReportPeriod(Year, month, afterClosing);
            var doc = await BuildAsync<TrialBalanceReport>(period, (r, lao) => r.BuildAsync(lao, period, null, default));
            var rows = Table(doc, TrialBalanceReport.TableId).Rows.Where(r => !r.IsTotal).ToList();
            var total = Row(doc, TrialBalanceReport.TableId, "total");

            for (var c = 2; c <= 7; c++)
            {
                Assert.Equal(Money.Sum(rows.Select(r => Amount(r, c))), Amount(total, c));
            }

            Assert.Equal(Amount(total, 2), Amount(total, 3));
            Assert.Equal(Amount(total, 4), Amount(total, 5));
            Assert.Equal(Amount(total, 6), Amount(total, 7));
            Assert.Empty(doc.Notes);

            // The period's columns are the journal lines' own sums.
            var lines = await LinesAsync(fixture.Factory, fixture.LaoId, Year);
            var (from, to) = period.Movements;
            Assert.Equal(Money.Sum(lines.Where(l => l.Period >= from && l.Period <= to).Select(l => l.Debit)), Amount(total, 4));
            Assert.True(Amount(total, 4) > Money.Zero || month is 5 or 7 or 8 or 10);
        }
    }

    [Fact]
    public async Task The_trial_balance_of_a_month_brings_forward_the_months_before_it()
    {
        var ids = await AccountIdsAsync(fixture.Factory);
        var lines = await LinesAsync(fixture.Factory, fixture.LaoId, Year);
        var period = new ReportPeriod(Year, 6);
        var doc = await BuildAsync<TrialBalanceReport>(period, (r, lao) => r.BuildAsync(lao, period, null, default));

        var bank = Row(doc, TrialBalanceReport.TableId, Bank);
        var before = lines.Where(l => l.AccountId == ids[Bank] && l.Period <= 5);
        Assert.Equal(Money.Sum(before.Select(l => l.Debit - l.Credit)), Amount(bank, 2));
        Assert.Equal(Money.FromBaht(1_000_000m + 50_000m - 19_800.50m), Amount(bank, 2));
        Assert.Equal(Money.FromBaht(100_000m), Amount(bank, 5));
        Assert.Equal(Money.FromBaht(930_199.50m), Amount(bank, 6));
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task The_balance_sheet_balances_at_the_end_of_every_month(int? month)
    {
        foreach (var afterClosing in new[] { false, true })
        {
            var period = new ReportPeriod(Year, month, afterClosing);
            var doc = await BuildAsync<BalanceSheetReport>(period, (r, lao) => r.BuildAsync(lao, period, null, default));

            var assets = Amount(doc, BalanceSheetReport.TableId, "total-assets", 2);
            Assert.Equal(assets, Amount(doc, BalanceSheetReport.TableId, "total-liabilities-equity", 2));
            Assert.Equal(assets, Amount(doc, BalanceSheetReport.TableId, "total-liabilities", 2) + Amount(doc, BalanceSheetReport.TableId, "total-equity", 2));
            Assert.True(assets > Money.FromBaht(1_000_000m));
            Assert.Empty(doc.Notes);

            // The year's surplus so far is the statement's year-to-date surplus until the closing entry moves it.
            var re = await BuildAsync<RevenueExpenditureReport>(period, (r, lao) => r.BuildAsync(lao, period, null, default));
            var surplus = Amount(doc, BalanceSheetReport.TableId, "surplus", 2);
            Assert.Equal(period.IncludesClosing ? Money.Zero : Amount(re, RevenueExpenditureReport.TableId, "surplus", 3), surplus);
        }
    }

    [Fact]
    public async Task After_closing_the_surplus_sits_in_its_equity_account()
    {
        var period = new ReportPeriod(Year, null, AfterClosing: true);
        var doc = await BuildAsync<BalanceSheetReport>(period, (r, lao) => r.BuildAsync(lao, period, null, default));

        Assert.Equal(Money.FromBaht(25_098.27m), Amount(doc, BalanceSheetReport.TableId, SurplusAccount, 2));
        Assert.Equal(Money.Zero, Amount(doc, BalanceSheetReport.TableId, "surplus", 2));
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task The_surplus_equals_the_trial_balance_revenue_less_expenses(int? month)
    {
        var period = new ReportPeriod(Year, month);
        var re = await BuildAsync<RevenueExpenditureReport>(period, (r, lao) => r.BuildAsync(lao, period, null, default));
        var tbPeriod = await BuildAsync<TrialBalanceReport>(period, (r, lao) => r.BuildAsync(lao, period, null, default));

        // TB of the month: revenue credits − debits less expense debits − credits of the period columns.
        Money Net(ReportDocument tb, char type, int debitColumn, int creditColumn) => Money.Sum(Table(tb, TrialBalanceReport.TableId).Rows
            .Where(r => !r.IsTotal && r.Key![0] == type).Select(r => Amount(r, debitColumn) - Amount(r, creditColumn)));
        var monthSurplus = -Net(tbPeriod, '4', 4, 5) - Net(tbPeriod, '5', 4, 5);
        Assert.Equal(monthSurplus, Amount(re, RevenueExpenditureReport.TableId, "surplus", 2));

        // Year to date: the TB's closing balances of revenue and expense accounts (no closing entry included).
        var ytdPeriod = new ReportPeriod(Year, period.LastMonth);
        var tbYtd = await BuildAsync<TrialBalanceReport>(ytdPeriod, (r, lao) => r.BuildAsync(lao, ytdPeriod, null, default));
        var ytdSurplus = -Net(tbYtd, '4', 6, 7) - Net(tbYtd, '5', 6, 7);
        Assert.Equal(ytdSurplus, Amount(re, RevenueExpenditureReport.TableId, "surplus", 3));
        Assert.Equal(Amount(re, RevenueExpenditureReport.TableId, "total-revenue", 3) - Amount(re, RevenueExpenditureReport.TableId, "total-expense", 3), ytdSurplus);
    }

    [Fact]
    public async Task The_year_statement_shows_the_posted_revenue_and_expenses()
    {
        var period = new ReportPeriod(Year, null);
        var re = await BuildAsync<RevenueExpenditureReport>(period, (r, lao) => r.BuildAsync(lao, period, null, default));

        Assert.Equal(Money.FromBaht(53_333.33m), Amount(re, RevenueExpenditureReport.TableId, "total-revenue", 3));
        Assert.Equal(Money.FromBaht(28_235.06m), Amount(re, RevenueExpenditureReport.TableId, "total-expense", 3));
        Assert.Equal(Money.FromBaht(25_098.27m), Amount(re, RevenueExpenditureReport.TableId, "surplus", 3));
        Assert.Equal(Money.FromBaht(1_234.56m), Amount(re, RevenueExpenditureReport.TableId, Materials, 3));
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task Cash_at_the_start_plus_receipts_less_payments_is_cash_at_the_end(int? month)
    {
        var period = new ReportPeriod(Year, month);
        var doc = await BuildAsync<CashFlowReport>(period, (r, lao) => r.BuildAsync(lao, period, null, default));
        var start = Amount(doc, CashFlowReport.TableId, "cash-start", 2);
        var end = Amount(doc, CashFlowReport.TableId, "cash-end", 2);

        Assert.Equal(end, start + Amount(doc, CashFlowReport.TableId, "total-receipts", 2) - Amount(doc, CashFlowReport.TableId, "total-payments", 2));
        Assert.DoesNotContain(doc.Notes, n => n.Contains("คำเตือน", StringComparison.Ordinal) || n.Contains("Warning", StringComparison.Ordinal));

        // Cash at the end is the cash and bank accounts' balance on the balance sheet.
        var bs = await BuildAsync<BalanceSheetReport>(period, (r, lao) => r.BuildAsync(lao, period, null, default));
        Assert.Equal(Amount(bs, BalanceSheetReport.TableId, Cash, 2) + Amount(bs, BalanceSheetReport.TableId, Bank, 2), end);
    }

    [Fact]
    public async Task The_cash_flow_of_the_year_shows_receipts_by_source_and_payments_by_use()
    {
        var period = new ReportPeriod(Year, null);
        var doc = await BuildAsync<CashFlowReport>(period, (r, lao) => r.BuildAsync(lao, period, null, default));

        Assert.Equal(Money.FromBaht(1_005_000m), Amount(doc, CashFlowReport.TableId, "cash-start", 2));
        Assert.Equal(Money.FromBaht(50_000m), Amount(doc, CashFlowReport.TableId, LandTax, 2));
        Assert.Equal(Money.FromBaht(100_000m), Amount(doc, CashFlowReport.TableId, Equipment, 2));
        Assert.Equal(Money.FromBaht(27_000.50m), Amount(doc, CashFlowReport.TableId, Services, 2));
        Assert.Equal(Money.FromBaht(200m), Amount(doc, CashFlowReport.TableId, Wht, 2));
    }

    [Fact]
    public async Task The_account_detail_runs_the_balance_from_the_brought_forward_line_and_pages()
    {
        var ids = await AccountIdsAsync(fixture.Factory);
        var period = new ReportPeriod(Year, null);
        var page = await WithScopeAsync(fixture.Factory, async sp =>
            (await sp.GetRequiredService<AccountDetailReport>().BuildAsync(await LaoAsync(fixture.Factory, fixture.LaoId), period, ids[Bank], 1, id => $"/Finance/Journal/Details/{id}", default))!);

        var rows = Table(page.Document, AccountDetailReport.TableId).Rows;
        Assert.Equal("opening", rows[0].Key);
        Assert.Equal(Money.FromBaht(1_000_000m), Amount(rows[0], 5));
        Assert.Equal(Money.FromBaht(928_532.83m), Amount(rows[^1], 5));
        Assert.Equal(7, page.LineCount);
        Assert.All(rows.Where(r => r.Key is not "opening" and not "total"), r => Assert.StartsWith("/Finance/Journal/Details/", r.Url, StringComparison.Ordinal));
        var dates = rows.Where(r => r.Key is not "opening" and not "total").Select(r => r.Cells[1].Text).ToList();
        Assert.Equal(7, dates.Count);

        // The trial balance's closing balance of the year is the detail's last balance.
        var tb = await BuildAsync<TrialBalanceReport>(period, (r, lao) => r.BuildAsync(lao, period, null, default));
        Assert.Equal(Amount(tb, TrialBalanceReport.TableId, Bank, 6), Amount(rows[^1], 5));
    }
}
