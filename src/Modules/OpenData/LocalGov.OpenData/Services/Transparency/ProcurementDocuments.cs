using System.Globalization;
using LocalGov.OpenData.Contracts;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;

namespace LocalGov.OpenData.Services.Transparency;

/// <summary>The procurement transparency documents: the annual plan, the monthly summary (แบบ สขร. 1) and the annual summary.</summary>
internal static class ProcurementDocumentGenerator
{
    /// <summary>แผนการจัดซื้อจัดจ้างประจำปี from the plan Procurement has published (its latest revision).</summary>
    public static TransparencyDocument Plan(LaoDto lao, int fiscalYear, PublishedPlanInfo plan, DateOnly asOf)
    {
        var year = new FiscalYear(fiscalYear);
        var items = plan.Items.OrderBy(i => i.LineNo).ToList();
        var table = new DocumentTable(
            "plan",
            "Tr.Table.ProcurementPlan",
            [
                new("Tr.Col.No", ColumnKind.Integer), new("Tr.Col.Item", ColumnKind.Text), new("Tr.Col.Category", ColumnKind.Label),
                new("Tr.Col.Method", ColumnKind.Label), new("Tr.Col.ExpectedMonth", ColumnKind.Month), new("Tr.Col.EstimatedAmount", ColumnKind.Money),
                new("Tr.Col.Note", ColumnKind.Text),
            ],
            [.. items.Select(i => (IReadOnlyList<DocumentCell>)
                [
                    DocumentCell.Number(i.LineNo), DocumentCell.Text(i.Title), DocumentCell.Label("Tr.Category." + i.Category),
                    DocumentCell.Label("Tr.Method." + i.Method), DocumentCell.Month(i.ExpectedOn), DocumentCell.Money(i.EstimatedAmount), DocumentCell.Text(i.Note),
                ])],
            [
                DocumentCell.Label("Tr.Total"), DocumentCell.Empty, DocumentCell.Empty, DocumentCell.Empty, DocumentCell.Empty,
                DocumentCell.Money(Money.Sum(items.Select(i => i.EstimatedAmount))), DocumentCell.Empty,
            ]);
        return TransparencyDocument.Create(
            PublicationKind.ProcurementPlan, lao, fiscalYear, year.Start, year.End, asOf,
            [DocumentNote.Of("Tr.Note.PlanRevision", plan.Revision.ToString(CultureInfo.InvariantCulture), DocumentNote.DateArg(plan.PublishedOn))],
            [table]);
    }

    /// <summary>
    /// แบบ สขร. 1 for one month: every case Procurement published (announced) in the month, cancelled ones included and
    /// marked, with the budget amount, reference price, method, every bidder and price, the winner and agreed price,
    /// the reason, and the contract's number and date.
    /// </summary>
    public static TransparencyDocument Monthly(LaoDto lao, int fiscalYear, DateOnly month, IReadOnlyList<PublishedCaseInfo> cases, DateOnly asOf)
    {
        var from = new DateOnly(month.Year, month.Month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        var inMonth = InMonth(cases, from).ToList();
        var table = new DocumentTable(
            "cases",
            "Tr.Table.MonthlyCases",
            [
                new("Tr.Col.No", ColumnKind.Integer), new("Tr.Col.CaseNo", ColumnKind.Text), new("Tr.Col.Item", ColumnKind.Text),
                new("Tr.Col.BudgetAmount", ColumnKind.Money), new("Tr.Col.ReferencePrice", ColumnKind.Money), new("Tr.Col.Method", ColumnKind.Label),
                new("Tr.Col.Bidders", ColumnKind.Text), new("Tr.Col.Winner", ColumnKind.Text), new("Tr.Col.AgreedPrice", ColumnKind.Money),
                new("Tr.Col.Reason", ColumnKind.Text), new("Tr.Col.ContractNo", ColumnKind.Text), new("Tr.Col.ContractDate", ColumnKind.Date),
                new("Tr.Col.Status", ColumnKind.Label), new("Tr.Col.PublishedOn", ColumnKind.Date),
            ],
            [.. inMonth.Select((c, i) => (IReadOnlyList<DocumentCell>)
                [
                    DocumentCell.Number(i + 1), DocumentCell.Text(c.CaseNo), DocumentCell.Text(c.Title),
                    DocumentCell.Money(c.RequisitionAmount), DocumentCell.Money(c.ReferencePrice), DocumentCell.Label(c.Method is { } m ? "Tr.Method." + m : null),
                    DocumentCell.Text(Bidders(c.Bids)), DocumentCell.Text(c.WinnerName), DocumentCell.Money(AgreedPrice(c)),
                    DocumentCell.Text(c.AwardReason), DocumentCell.Text(c.ContractNo), DocumentCell.Date(c.ContractSignedOn),
                    DocumentCell.Label("Tr.CaseStatus." + c.Status), DocumentCell.Date(c.PublishedOn),
                ])],
            [
                DocumentCell.Label("Tr.Total"), DocumentCell.Empty, DocumentCell.Empty, DocumentCell.Money(Money.Sum(inMonth.Select(c => c.RequisitionAmount))),
                DocumentCell.Empty, DocumentCell.Empty, DocumentCell.Empty, DocumentCell.Empty,
                DocumentCell.Money(Money.Sum(inMonth.Select(c => AgreedPrice(c) ?? Money.Zero))),
                DocumentCell.Empty, DocumentCell.Empty, DocumentCell.Empty, DocumentCell.Empty, DocumentCell.Empty,
            ]);
        List<DocumentNote> notes = [DocumentNote.Of("Tr.Note.MonthlyRule", DocumentNote.DateArg(asOf))];
        if (inMonth.Count == 0)
        {
            notes.Add(DocumentNote.Of("Tr.Note.NoCases"));
        }

        return TransparencyDocument.Create(PublicationKind.ProcurementMonthlySummary, lao, fiscalYear, from, to, asOf, notes, [table]);
    }

    /// <summary>The year's published cases summarised by method and by category: cases, cancelled, budget and agreed amounts (cancelled cases are counted apart and add no money).</summary>
    public static TransparencyDocument Annual(LaoDto lao, int fiscalYear, IReadOnlyList<PublishedCaseInfo> cases, DateOnly asOf)
    {
        var year = new FiscalYear(fiscalYear);
        var byMethod = Summary(
            "methods", "Tr.Table.ByMethod", "Tr.Col.Method",
            [.. Enum.GetValues<ProcurementMethod>().Select(m => (Key: "Tr.Method." + m, Cases: cases.Where(c => c.Method == m).ToList())),
                ("Tr.Method.None", cases.Where(c => c.Method is null).ToList())],
            cases);
        var byCategory = Summary(
            "categories", "Tr.Table.ByCategory", "Tr.Col.Category",
            [.. Enum.GetValues<ProcurementCategory>().Select(k => (Key: "Tr.Category." + k, Cases: cases.Where(c => c.Category == k).ToList()))],
            cases);
        List<DocumentNote> notes = [DocumentNote.Of("Tr.Note.AnnualProcurementRule", DocumentNote.DateArg(asOf))];
        if (asOf < year.End)
        {
            notes.Add(DocumentNote.Of("Tr.Note.PeriodNotEnded", DocumentNote.DateArg(year.End)));
        }

        return TransparencyDocument.Create(PublicationKind.ProcurementAnnualSummary, lao, fiscalYear, year.Start, year.End, asOf, notes, [byMethod, byCategory]);
    }

    /// <summary>The published cases whose publication (announcement) date falls in the month starting on <paramref name="monthStart"/>.</summary>
    public static IEnumerable<PublishedCaseInfo> InMonth(IEnumerable<PublishedCaseInfo> cases, DateOnly monthStart) =>
        cases.Where(c => c.PublishedOn.Year == monthStart.Year && c.PublishedOn.Month == monthStart.Month)
            .OrderBy(c => c.PublishedOn).ThenBy(c => c.CaseNo, StringComparer.Ordinal);

    /// <summary>The price agreed: the contract's amount when signed, else the award's.</summary>
    public static Money? AgreedPrice(PublishedCaseInfo c) => c.Status == ProcurementCaseStatus.Cancelled ? null : c.ContractAmount ?? c.AwardAmount;

    /// <summary>"Vendor 1,234.00; Other vendor 1,300.00", as the form lists bidders and their prices.</summary>
    public static string? Bidders(IReadOnlyList<PublishedBidInfo> bids) =>
        bids.Count == 0 ? null : string.Join("; ", bids.Select(b => $"{b.VendorName} {BahtFormat.Format(b.Price)}"));

    private static DocumentTable Summary(
        string id, string titleKey, string firstColumn, IReadOnlyList<(string Key, List<PublishedCaseInfo> Cases)> groups, IReadOnlyList<PublishedCaseInfo> all)
    {
        static IReadOnlyList<DocumentCell> Figures(DocumentCell first, IReadOnlyCollection<PublishedCaseInfo> cases)
        {
            var live = cases.Where(c => c.Status != ProcurementCaseStatus.Cancelled).ToList();
            return
            [
                first, DocumentCell.Number(live.Count), DocumentCell.Number(cases.Count - live.Count),
                DocumentCell.Money(Money.Sum(live.Select(c => c.RequisitionAmount))), DocumentCell.Money(Money.Sum(live.Select(c => AgreedPrice(c) ?? Money.Zero))),
            ];
        }

        return new DocumentTable(
            id,
            titleKey,
            [
                new(firstColumn, ColumnKind.Label), new("Tr.Col.Cases", ColumnKind.Integer), new("Tr.Col.Cancelled", ColumnKind.Integer),
                new("Tr.Col.BudgetAmount", ColumnKind.Money), new("Tr.Col.AgreedPrice", ColumnKind.Money),
            ],
            [.. groups.Where(g => g.Cases.Count > 0 || !g.Key.EndsWith(".None", StringComparison.Ordinal)).Select(g => Figures(DocumentCell.Label(g.Key), g.Cases))],
            Figures(DocumentCell.Label("Tr.Total"), all));
    }
}
