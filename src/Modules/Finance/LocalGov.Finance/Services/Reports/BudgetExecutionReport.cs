using System.Globalization;
using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Reporting;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Finance.Services.Reports;

/// <summary>
/// รายงานรายจ่ายตามงบประมาณ: every line of the LAO's budgets in force for the year, grouped by แผนงาน and งบ with
/// subtotals: approved, transfers (current − original), current appropriation, committed (Budgeting's control
/// ledger), disbursed (the Finance ledger's lines carrying the budget line, up to the chosen month), remaining and
/// percent disbursed; then revenue estimates by category against the revenue accounts posting to that category.
/// </summary>
internal sealed class BudgetExecutionReport(LocalGovDbContext db, LedgerQueries ledger, IBudgetLineDirectory directory, ReportText text)
{
    public const string TableId = "budget-execution";
    public const string RevenueTableId = "revenue-execution";

    public async Task<ReportDocument> BuildAsync(LaoDto lao, ReportPeriod period, CancellationToken cancellationToken)
    {
        var lines = await directory.GetLinesInForceAsync(lao.Id, period.FiscalYear, cancellationToken);
        var committed = (await directory.GetBalancesAsync(lao.Id, period.FiscalYear, cancellationToken)).ToDictionary(b => b.BudgetLineId, b => b.Committed);
        var (from, to) = period.YearToDate;
        var disbursed = new TotalsByKey(await ledger.ByBudgetLineAsync(lao.Id, period.FiscalYear, from, to, cancellationToken));
        var figures = lines.Select(l => new LineFigures(l, committed.GetValueOrDefault(l.Id), disbursed[l.Id].DebitMinusCredit)).ToList();

        var rows = new List<ReportRow>();
        foreach (var programme in figures.GroupBy(f => f.Line!.Programme.Code))
        {
            var first = programme.First().Line!.Programme;
            rows.Add(new ReportRow([ReportCell.Of($"{first.Code} {Name(first)}")]));
            foreach (var group in programme.GroupBy(f => f.Line!.Group.Code))
            {
                var g = group.First().Line!.Group;
                rows.Add(new ReportRow([ReportCell.Of($"{g.Code} {Name(g)}")], 1));
                rows.AddRange(group.Select(f => Row(f, $"{f.Line!.LineNo.ToString(CultureInfo.InvariantCulture)}. {f.Line.ItemName}", Name(f.Line.Category), 2, false,
                    f.Line.Id.ToString(CultureInfo.InvariantCulture))));
                rows.Add(Row(Sum(group), text.Format("Rep.BE.GroupTotal", Name(g)), null, 1, true, $"sub-{first.Code}-{g.Code}"));
            }

            rows.Add(Row(Sum(programme), text.Format("Rep.BE.ProgrammeTotal", Name(first)), null, 0, true, $"sub-{first.Code}"));
        }

        rows.Add(Row(Sum(figures), text["Rep.Total"], null, 0, true, "sub-total"));
        ReportColumn[] columns =
        [
            new(text["Rep.BE.Item"]), new(text["Rep.BE.Category"]), new(text["Rep.BE.Approved"], true), new(text["Rep.BE.Transfers"], true),
            new(text["Rep.BE.Current"], true), new(text["Rep.BE.Committed"], true), new(text["Rep.BE.Disbursed"], true),
            new(text["Rep.BE.Remaining"], true), new(text["Rep.BE.PercentDisbursed"]),
        ];
        var tables = new List<ReportTable> { new(TableId, text["Rep.BE.ExpenditureCaption"], columns, rows) };
        tables.Add(await RevenueAsync(lao, period, cancellationToken));
        var notes = new List<string> { text["Rep.BE.Note"] };
        if (lines.Count == 0)
        {
            notes.Insert(0, text["Rep.BE.NoBudget"]);
        }

        return new ReportDocument("report-budget-execution", text["Rep.BE.Title"], text.Subtitle(lao, period with { AfterClosing = false }), tables, notes, DateTime.UtcNow);
    }

    private async Task<ReportTable> RevenueAsync(LaoDto lao, ReportPeriod period, CancellationToken cancellationToken)
    {
        var estimates = await directory.GetRevenueEstimatesInForceAsync(lao.Id, period.FiscalYear, cancellationToken);
        var chart = await ReportChart.LoadAsync(db, period.FiscalYear, cancellationToken);
        var (from, to) = period.YearToDate;
        var totals = new TotalsByKey(await ledger.ByAccountAsync(lao.Id, period.FiscalYear, from, to, cancellationToken));
        var revenueAccounts = chart.PostableWith(totals.Keys).Where(a => a.Type == AccountType.Revenue && !string.IsNullOrEmpty(a.BudgetCategoryCode)).ToList();
        var categories = estimates.GroupBy(e => e.Category.Code)
            .Select(g => (Code: g.Key, Name: Name(g.First().Category), Estimate: Money.Sum(g.Select(e => e.Amount))))
            .ToList();
        foreach (var account in revenueAccounts.Where(a => categories.All(c => c.Code != a.BudgetCategoryCode) && totals.Natural(a) != Money.Zero))
        {
            categories.Add((account.BudgetCategoryCode!, ReportText.AccountName(account), Money.Zero));
        }

        var rows = new List<ReportRow>();
        foreach (var (code, name, estimate) in categories.DistinctBy(c => c.Code))
        {
            var actual = Money.Sum(revenueAccounts.Where(a => a.BudgetCategoryCode == code).Select(totals.Natural));
            rows.Add(new ReportRow(
                [ReportCell.Of(code), ReportCell.Of(name), ReportCell.Of(estimate), ReportCell.Of(actual), ReportCell.Of(actual - estimate), ReportCell.Of(Rows.Percent(actual, estimate))],
                Key: "rev-" + code));
        }

        var totalEstimate = Money.Sum(categories.DistinctBy(c => c.Code).Select(c => c.Estimate));
        var totalActual = Money.Sum(revenueAccounts.Where(a => categories.Any(c => c.Code == a.BudgetCategoryCode)).Select(totals.Natural));
        rows.Add(new ReportRow(
            [ReportCell.Of((string?)null), ReportCell.Of(text["Rep.Total"]), ReportCell.Of(totalEstimate), ReportCell.Of(totalActual),
                ReportCell.Of(totalActual - totalEstimate), ReportCell.Of(Rows.Percent(totalActual, totalEstimate))],
            IsTotal: true, Key: "rev-total"));
        ReportColumn[] columns =
        [
            new(text["Rep.Col.Code"]), new(text["Rep.BE.RevenueCategory"]), new(text["Rep.BE.Estimate"], true),
            new(text["Rep.BE.Actual"], true), new(text["Rep.BE.Difference"], true), new(text["Rep.BE.PercentCollected"]),
        ];
        return new ReportTable(RevenueTableId, text["Rep.BE.RevenueCaption"], columns, rows);
    }

    private static string Name(ClassificationRef c) => ReportText.Thai ? c.NameTh : c.NameEn;

    private static LineFigures Sum(IEnumerable<LineFigures> figures)
    {
        var list = figures.ToList();
        return new LineFigures(null, Money.Sum(list.Select(f => f.Committed)), Money.Sum(list.Select(f => f.Disbursed)),
            Money.Sum(list.Select(f => f.Original)), Money.Sum(list.Select(f => f.Current)));
    }

    private static ReportRow Row(LineFigures f, string item, string? category, int indent, bool total, string key) => new(
        [
            ReportCell.Of(item), ReportCell.Of(category), ReportCell.Of(f.Original), ReportCell.Of(f.Current - f.Original), ReportCell.Of(f.Current),
            ReportCell.Of(f.Committed), ReportCell.Of(f.Disbursed), ReportCell.Of(f.Remaining), ReportCell.Of(Rows.Percent(f.Disbursed, f.Current)),
        ],
        indent, total, Key: key);

    /// <summary>A line's (or, without a line, a subtotal's) figures.</summary>
    private sealed record LineFigures(BudgetLineInfo? Line, Money Committed, Money Disbursed, Money Original, Money Current)
    {
        public LineFigures(BudgetLineInfo line, Money committed, Money disbursed)
            : this(line, committed, disbursed, line.OriginalAmount, line.CurrentAmount)
        {
        }

        public Money Remaining => Current - Committed - Disbursed;
    }
}
