using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Reporting;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Finance.Services.Reports;

/// <summary>The statement's figures, for the other reports and the tests.</summary>
internal sealed record RevenueExpenditureFigures(Money RevenuePeriod, Money RevenueYearToDate, Money ExpensePeriod, Money ExpenseYearToDate)
{
    public Money SurplusPeriod => RevenuePeriod - ExpensePeriod;

    public Money SurplusYearToDate => RevenueYearToDate - ExpenseYearToDate;
}

/// <summary>
/// งบแสดงผลการดำเนินงาน (รายงานรายรับ-รายจ่าย): revenue accounts under their headers, expense accounts likewise, for the
/// month and the year to date, and the surplus (deficit). The closing entry is never included (it empties them).
/// </summary>
internal sealed class RevenueExpenditureReport(LocalGovDbContext db, LedgerQueries ledger, ReportText text)
{
    public const string TableId = "revenue-expenditure";

    public async Task<ReportDocument> BuildAsync(LaoDto lao, ReportPeriod period, Func<Account, string?>? accountUrl, CancellationToken cancellationToken)
    {
        var chart = await ReportChart.LoadAsync(db, period.FiscalYear, cancellationToken);
        var month = new TotalsByKey(await ledger.ByAccountAsync(lao.Id, period.FiscalYear, period.ThisPeriod.From, period.ThisPeriod.To, cancellationToken));
        var toDate = new TotalsByKey(await ledger.ByAccountAsync(lao.Id, period.FiscalYear, period.YearToDate.From, period.YearToDate.To, cancellationToken));
        var accounts = chart.PostableWith(month.Keys.Concat(toDate.Keys));
        var rows = new List<ReportRow>();
        var totals = new Dictionary<AccountType, (Money Period, Money ToDate)>();
        foreach (var type in new[] { AccountType.Revenue, AccountType.Expense })
        {
            var used = accounts.Where(a => a.Type == type && (month.Natural(a) != Money.Zero || toDate.Natural(a) != Money.Zero)).ToList();
            var key = type == AccountType.Revenue ? "revenue" : "expense";
            rows.AddRange(StatementRows.Grouped(used, chart, type, text, a => [month.Natural(a), toDate.Natural(a)], accountUrl));
            var total = (Money.Sum(used.Select(month.Natural)), Money.Sum(used.Select(toDate.Natural)));
            totals[type] = total;
            rows.Add(Rows.Total("total-" + key, text["Rep.RE.Total" + type], 0, total.Item1, total.Item2));
        }

        var figures = new RevenueExpenditureFigures(totals[AccountType.Revenue].Period, totals[AccountType.Revenue].ToDate,
            totals[AccountType.Expense].Period, totals[AccountType.Expense].ToDate);
        rows.Add(Rows.Total("surplus", text["Rep.RE.Surplus"], 0, figures.SurplusPeriod, figures.SurplusYearToDate));
        ReportColumn[] columns =
        [
            new(text["Rep.Col.Code"]), new(text["Rep.Col.Account"]),
            new(period.WholeYear ? text["Rep.RE.ThisYear"] : text["Rep.RE.ThisMonth"], true), new(text["Rep.RE.YearToDate"], true),
        ];
        return new ReportDocument("report-revenue-expenditure", text["Rep.RE.Title"], text.Subtitle(lao, period with { AfterClosing = false }),
            [new ReportTable(TableId, null, columns, rows)], [], DateTime.UtcNow);
    }
}
