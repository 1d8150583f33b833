using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Reporting;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Finance.Services.Reports;

/// <summary>One account's line of the trial balance: balance brought forward (debit − credit), the period's debits and credits, closing balance.</summary>
internal sealed record TrialBalanceLine(Account Account, Money Opening, Money Debit, Money Credit)
{
    public Money Closing => Opening + Debit - Credit;
}

/// <summary>
/// งบทดลอง: every postable account with a balance or a movement, its balance brought forward, the period's debits
/// and credits and the closing balance, each split into debit and credit columns; the columns' totals must be equal.
/// </summary>
internal sealed class TrialBalanceReport(LocalGovDbContext db, LedgerQueries ledger, ReportText text)
{
    public const string TableId = "trial-balance";

    /// <summary>The accounts' lines from two GROUP BY queries (brought forward, movements).</summary>
    public async Task<(ReportChart Chart, IReadOnlyList<TrialBalanceLine> Lines)> LinesAsync(int laoId, ReportPeriod period, CancellationToken cancellationToken)
    {
        var chart = await ReportChart.LoadAsync(db, period.FiscalYear, cancellationToken);
        var opening = await ledger.ByAccountAsync(laoId, period.FiscalYear, period.Opening.From, period.Opening.To, cancellationToken);
        var movements = await ledger.ByAccountAsync(laoId, period.FiscalYear, period.Movements.From, period.Movements.To, cancellationToken);
        var before = new TotalsByKey(opening);
        var during = new TotalsByKey(movements);
        var lines = chart.PostableWith(before.Keys.Concat(during.Keys))
            .Select(a => new TrialBalanceLine(a, before[a.Id].DebitMinusCredit, during[a.Id].Debit, during[a.Id].Credit))
            .Where(l => l.Opening != Money.Zero || l.Debit != Money.Zero || l.Credit != Money.Zero)
            .ToList();
        return (chart, lines);
    }

    public async Task<ReportDocument> BuildAsync(LaoDto lao, ReportPeriod period, Func<Account, string?>? accountUrl, CancellationToken cancellationToken)
    {
        var (_, lines) = await LinesAsync(lao.Id, period, cancellationToken);
        var rows = new List<ReportRow>();
        foreach (var line in lines)
        {
            var (openDr, openCr) = Rows.Sides(line.Opening);
            var (closeDr, closeCr) = Rows.Sides(line.Closing);
            rows.Add(Rows.Account(line.Account, 0, accountUrl?.Invoke(line.Account), openDr, openCr, line.Debit, line.Credit, closeDr, closeCr));
        }

        Money Sum(Func<TrialBalanceLine, Money?> pick) => Money.Sum(lines.Select(l => pick(l) ?? Money.Zero));
        var totals = new[]
        {
            Sum(l => Rows.Sides(l.Opening).Debit), Sum(l => Rows.Sides(l.Opening).Credit),
            Sum(l => l.Debit), Sum(l => l.Credit),
            Sum(l => Rows.Sides(l.Closing).Debit), Sum(l => Rows.Sides(l.Closing).Credit),
        };
        rows.Add(Rows.Total("total", text["Rep.Total"], 0, [.. totals.Select(t => (Money?)t)]));
        var notes = new List<string>();
        if (totals[0] != totals[1] || totals[2] != totals[3] || totals[4] != totals[5])
        {
            notes.Add(text["Rep.TB.Unbalanced"]);
        }

        ReportColumn[] columns =
        [
            new(text["Rep.Col.Code"]), new(text["Rep.Col.Account"]),
            new(text["Rep.TB.OpeningDebit"], true), new(text["Rep.TB.OpeningCredit"], true),
            new(text["Rep.TB.Debit"], true), new(text["Rep.TB.Credit"], true),
            new(text["Rep.TB.ClosingDebit"], true), new(text["Rep.TB.ClosingCredit"], true),
        ];
        return new ReportDocument("report-trial-balance", text["Rep.TB.Title"], text.Subtitle(lao, period),
            [new ReportTable(TableId, null, columns, rows)], notes, DateTime.UtcNow);
    }
}
