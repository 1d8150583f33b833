using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Reporting;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Finance.Services.Reports;

/// <summary>
/// งบแสดงฐานะการเงิน at the end of the chosen month: assets, liabilities and equity under their headers; the year's
/// surplus so far (revenue − expenses not yet closed) is its own equity line, so assets = liabilities + equity holds
/// whenever the ledger balances. One GROUP BY over the opening entry to the month.
/// </summary>
internal sealed class BalanceSheetReport(LocalGovDbContext db, LedgerQueries ledger, ReportText text)
{
    public const string TableId = "balance-sheet";

    public async Task<ReportDocument> BuildAsync(LaoDto lao, ReportPeriod period, Func<Account, string?>? accountUrl, CancellationToken cancellationToken)
    {
        var chart = await ReportChart.LoadAsync(db, period.FiscalYear, cancellationToken);
        var balances = new TotalsByKey(await ledger.ByAccountAsync(lao.Id, period.FiscalYear, period.AsAtEnd.From, period.AsAtEnd.To, cancellationToken));
        var accounts = chart.PostableWith(balances.Keys).Where(a => balances.Natural(a) != Money.Zero).ToList();
        Money Total(AccountType type) => Money.Sum(accounts.Where(a => a.Type == type).Select(balances.Natural));
        var surplus = Total(AccountType.Revenue) - Total(AccountType.Expense);
        var rows = new List<ReportRow>();
        void Section(AccountType type)
        {
            rows.AddRange(StatementRows.Grouped([.. accounts.Where(a => a.Type == type)], chart, type, text, a => [balances.Natural(a)], accountUrl));
        }

        Section(AccountType.Asset);
        var assets = Total(AccountType.Asset);
        rows.Add(Rows.Total("total-assets", text["Rep.BS.TotalAssets"], 0, assets));
        Section(AccountType.Liability);
        var liabilities = Total(AccountType.Liability);
        rows.Add(Rows.Total("total-liabilities", text["Rep.BS.TotalLiabilities"], 0, liabilities));
        Section(AccountType.Equity);
        rows.Add(new ReportRow([ReportCell.Of((string?)null), ReportCell.Of(text["Rep.BS.SurplusThisYear"]), ReportCell.Of(surplus)], 1, Key: "surplus"));
        var equity = Total(AccountType.Equity) + surplus;
        rows.Add(Rows.Total("total-equity", text["Rep.BS.TotalEquity"], 0, equity));
        rows.Add(Rows.Total("total-liabilities-equity", text["Rep.BS.TotalLiabilitiesEquity"], 0, liabilities + equity));
        var notes = new List<string>();
        if (assets != liabilities + equity)
        {
            notes.Add(text["Rep.BS.Unbalanced"]);
        }

        ReportColumn[] columns = [new(text["Rep.Col.Code"]), new(text["Rep.Col.Account"]), new(text["Rep.Col.Amount"], true)];
        return new ReportDocument("report-balance-sheet", text["Rep.BS.Title"], text.AsAt(lao, period),
            [new ReportTable(TableId, null, columns, rows)], notes, DateTime.UtcNow);
    }
}
