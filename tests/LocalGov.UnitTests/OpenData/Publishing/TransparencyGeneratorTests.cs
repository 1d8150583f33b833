using LocalGov.Budgeting.Contracts;
using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Services.Transparency;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.OpenData.Publishing;

public sealed class TransparencyGeneratorTests
{
    private static readonly LaoDto Lao = new(1, "3260101", "เทศบาลเมืองทดสอบ", "Test Town", LaoType.TownMunicipality, 26, null, 20_000, 10m, 18);
    private static readonly DateOnly AsOf = new(2026, 12, 5);

    private static BudgetLineInfo Line(int id, string programme, string group, decimal baht, string? project = null) => new(
        id, 1, 2569, 1, BudgetStatus.Promulgated, id,
        new ClassificationRef(programme, "แผนงาน " + programme, "Programme " + programme), new ClassificationRef("w", "งาน", "Unit"),
        new ClassificationRef(group, "งบ " + group, "Group " + group), new ClassificationRef("c", "หมวด", "Category"),
        "รายการ " + id, project is not null, Money.FromBaht(baht), Money.FromBaht(baht), project);

    private static ActionPlanProjectInfo Project(string code, int start, int end, decimal budgeted, ProjectStatus status = ProjectStatus.InProgress, int percent = 50) =>
        new(1, 2569, code, "โครงการ " + code, 1, "ยุทธศาสตร์", start, end, status, percent, Money.FromBaht(budgeted), Money.FromBaht(budgeted), Money.FromBaht(budgeted / 4), null);

    private static PublishedCaseInfo Case(int id, DateOnly publishedOn, decimal amount, ProcurementCaseStatus status = ProcurementCaseStatus.Awarded, params PublishedBidInfo[] bids) => new(
        id, 1, 2569, "PR-" + id, "ocds-x-" + id, "งาน " + id, ProcurementCategory.Goods, ProcurementMethod.Specific, status, publishedOn,
        Money.FromBaht(amount), Money.FromBaht(amount), bids, bids.Length > 0 ? bids[0].VendorName : null,
        bids.Length > 0 ? bids[0].Price : null, null, "ราคาต่ำสุด", null, null, null, status == ProcurementCaseStatus.Cancelled ? publishedOn : null);

    [Theory]
    [InlineData(100_00L, 1, 12)]
    [InlineData(100_01L, 1, 12)]
    [InlineData(1_000_000_07L, 3, 7)]
    [InlineData(5L, 1, 12)]
    [InlineData(-13L, 1, 12)]
    [InlineData(999_99L, 12, 1)]
    public void Quarters_always_add_up_to_the_amount(long satang, int start, int end)
    {
        Assert.Equal(satang, SpendingPlanGenerator.Quarters(satang, start, end).Sum());
    }

    [Fact]
    public void A_project_line_is_spread_over_its_planned_months_only()
    {
        // Months 4–6 of the fiscal year (January–March) are all in the second quarter.
        Assert.Equal([0L, 300_00L, 0L, 0L], SpendingPlanGenerator.Quarters(300_00L, 4, 6));
        Assert.Equal([300_00L, 300_00L, 300_00L, 300_00L], SpendingPlanGenerator.Quarters(1_200_00L, 1, 12));
    }

    [Fact]
    public void Spending_plan_quarters_sum_to_the_budget_and_follow_the_projects_months()
    {
        var lines = new[]
        {
            Line(1, "00110", "531", 120_000.01m),
            Line(2, "00110", "541", 90_000m, "P1"),
            Line(3, "00240", "541", 33_333.33m),
        };
        var projects = new[] { Project("P1", 7, 9, 90_000m) };

        var document = SpendingPlanGenerator.Generate(Lao, 2569, lines, projects, AsOf);

        var programmes = document.Table("programmes")!;
        var totals = programmes.Totals!;
        var budget = Money.Sum(lines.Select(l => l.CurrentAmount)).Satang;
        Assert.Equal(budget, totals[2].N);
        Assert.Equal(budget, totals.Skip(3).Sum(c => c.N));
        foreach (var row in programmes.Rows)
        {
            Assert.Equal(row[2].N, row.Skip(3).Sum(c => c.N));
        }

        // The project line (00110 / 541) falls entirely in the third quarter (April–June).
        var projectRow = programmes.Rows.Single(r => r[0].T == "แผนงาน 00110" && r[1].T == "งบ 541");
        Assert.Equal([0L, 0L, 90_000_00L, 0L], projectRow.Skip(3).Select(c => c.N!.Value));
        Assert.Equal("Programme 00110", projectRow[0].E);

        var projectTable = document.Table("projects")!;
        Assert.Equal("2026-04", projectTable.Rows.Single()[2].T);
        Assert.Equal("2026-06", projectTable.Rows.Single()[3].T);
        Assert.Equal(90_000_00L, projectTable.Totals!.Skip(5).Sum(c => c.N));
        Assert.Equal(new DateOnly(2025, 10, 1), document.PeriodFrom);
        Assert.Equal(new DateOnly(2026, 9, 30), document.PeriodTo);
    }

    [Fact]
    public void Spending_report_takes_the_control_ledger_by_programme()
    {
        var lines = new[] { Line(1, "00110", "531", 100_000m), Line(2, "00110", "541", 50_000m), Line(3, "00240", "541", 40_000m) };
        var balances = new[]
        {
            new BudgetLineBalance(1, 1, 2569, Money.FromBaht(100_000m), Money.FromBaht(10_000m), Money.FromBaht(30_000m)),
            new BudgetLineBalance(2, 1, 2569, Money.FromBaht(50_000m), Money.Zero, Money.FromBaht(20_000m)),
        };
        var projects = new[] { Project("P1", 1, 12, 50_000m, ProjectStatus.Done, 100), Project("P2", 1, 6, 10_000m, ProjectStatus.NotStarted, 0) };

        var document = SpendingReportGenerator.Generate(
            PublicationKind.SixMonthProgressReport, Lao, 2569, new DateOnly(2025, 10, 1), new DateOnly(2026, 3, 31), lines, balances, projects, new DateOnly(2026, 4, 10));

        var spending = document.Table("spending")!;
        var first = spending.Rows[0];
        Assert.Equal([150_000_00L, 10_000_00L, 50_000_00L, 90_000_00L, 333L], first.Skip(1).Select(c => c.N!.Value));

        // A line without ledger entries counts its current amount as allocated and nothing spent.
        Assert.Equal([40_000_00L, 0L, 0L, 40_000_00L, 0L], spending.Rows[1].Skip(1).Select(c => c.N!.Value));
        Assert.Equal(190_000_00L, spending.Totals![1].N);
        Assert.Equal(50_000_00L, spending.Totals[3].N);
        Assert.Equal("Tr.ProjectStatus.Done", document.Table("projects")!.Rows[0][2].T);
        Assert.Equal(1000L, document.Table("projects")!.Rows[0][3].N);
        Assert.DoesNotContain(document.Notes, n => n.Key == "Tr.Note.PeriodNotEnded");
    }

    [Fact]
    public void Monthly_summary_lists_exactly_the_cases_announced_in_the_month_with_their_bids()
    {
        var cases = new[]
        {
            Case(1, new DateOnly(2026, 2, 28), 10_000m, ProcurementCaseStatus.Awarded, new PublishedBidInfo("ร้าน ก", Money.FromBaht(9_000m))),
            Case(2, new DateOnly(2026, 3, 1), 96_000m, ProcurementCaseStatus.Awarded, new PublishedBidInfo("บริษัท ข", Money.FromBaht(95_000m)), new PublishedBidInfo("บริษัท ค", Money.FromBaht(95_500m))),
            Case(3, new DateOnly(2026, 3, 31), 20_000m, ProcurementCaseStatus.Cancelled),
            Case(4, new DateOnly(2026, 4, 1), 5_000m),
        };

        var document = ProcurementDocumentGenerator.Monthly(Lao, 2569, new DateOnly(2026, 3, 1), cases, AsOf);

        var table = document.Table("cases")!;
        Assert.Equal(["PR-2", "PR-3"], table.Rows.Select(r => r[1].T));
        Assert.Equal("บริษัท ข 95,000.00; บริษัท ค 95,500.00", table.Rows[0][6].T);
        Assert.Equal("บริษัท ข", table.Rows[0][7].T);
        Assert.Equal(95_000_00L, table.Rows[0][8].N);
        Assert.Null(table.Rows[1][8].N);
        Assert.Equal("Tr.CaseStatus.Cancelled", table.Rows[1][12].T);
        Assert.Equal(116_000_00L, table.Totals![3].N);
        Assert.Equal(95_000_00L, table.Totals[8].N);
        Assert.Equal(new DateOnly(2026, 3, 31), document.PeriodTo);
    }

    [Fact]
    public void Annual_procurement_summary_counts_cancelled_cases_apart()
    {
        var cases = new[]
        {
            Case(1, new DateOnly(2026, 2, 1), 10_000m, ProcurementCaseStatus.Awarded, new PublishedBidInfo("ก", Money.FromBaht(9_000m))),
            Case(2, new DateOnly(2026, 3, 1), 20_000m, ProcurementCaseStatus.Cancelled),
        };

        var document = ProcurementDocumentGenerator.Annual(Lao, 2569, cases, AsOf);

        var specific = document.Table("methods")!.Rows.Single(r => r[0].T == "Tr.Method.Specific");
        Assert.Equal([1L, 1L, 10_000_00L, 9_000_00L], specific.Skip(1).Select(c => c.N!.Value));
        Assert.Equal(10_000_00L, document.Table("categories")!.Totals![3].N);
    }

    [Fact]
    public void A_document_reads_back_from_its_json_unchanged()
    {
        var document = SpendingPlanGenerator.Generate(Lao, 2569, [Line(1, "00110", "531", 1_000m)], [], AsOf);

        var copy = TransparencyDocument.FromJson(document.ToJson())!;

        Assert.Equal(document.ToJson(), copy.ToJson());
        Assert.Equal(PublicationKind.SpendingPlan, copy.Kind);
        Assert.Null(TransparencyDocument.FromJson("{not json"));
    }
}
