using LocalGov.Benchmarking.Services.Engine;
using LocalGov.Budgeting.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Revenue.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Benchmarking.Engine;

public sealed class FigureCollectorTests
{
    private static readonly DateOnly YearStart = new(2026, 10, 1);

    private static LaoBudgetSummary Budget(BudgetStatus status, DateOnly? promulgatedOn = null) =>
        new(1, 2570, status, Money.FromBaht(100), Money.FromBaht(90), Money.FromBaht(30), Money.FromBaht(20), promulgatedOn);

    private static Dictionary<string, decimal?> BudgetFigures(LaoBudgetSummary? budget, bool started = true)
    {
        var figures = new Dictionary<string, decimal?>();
        FigureCollector.AddBudget(figures, budget, YearStart, started);
        return figures;
    }

    [Fact]
    public void Budget_figures_count_only_while_the_budget_is_in_force()
    {
        Assert.Equal(90m, BudgetFigures(Budget(BudgetStatus.Approved))["budget_expenditure"]);
        Assert.Equal(30m, BudgetFigures(Budget(BudgetStatus.Promulgated, new DateOnly(2026, 9, 20)))["budget_personnel"]);
        Assert.Null(BudgetFigures(Budget(BudgetStatus.SubmittedToCouncil))["budget_expenditure"]);
        Assert.Null(BudgetFigures(null)["budget_capital"]);
    }

    [Fact]
    public void On_time_means_promulgated_before_the_first_of_October()
    {
        Assert.Equal(1m, BudgetFigures(Budget(BudgetStatus.Promulgated, new DateOnly(2026, 9, 30)))["budget_on_time"]);
        Assert.Equal(0m, BudgetFigures(Budget(BudgetStatus.Promulgated, new DateOnly(2026, 10, 1)))["budget_on_time"]);
        Assert.Equal(0m, BudgetFigures(Budget(BudgetStatus.Draft))["budget_on_time"]);
        Assert.Null(BudgetFigures(Budget(BudgetStatus.Draft), started: false)["budget_on_time"]);
        Assert.Null(BudgetFigures(null)["budget_on_time"]);
    }

    [Fact]
    public void Revenue_sums_the_kinds_and_no_rows_is_missing()
    {
        var figures = new Dictionary<string, decimal?>();
        FigureCollector.AddRevenue(figures,
        [
            new RevenueSummaryDto(1, 2570, RevenueKind.LandAndBuildingTax, Money.FromBaht(100.50m), Money.FromBaht(80), Money.FromBaht(20.50m)),
            new RevenueSummaryDto(1, 2570, RevenueKind.Fee, Money.FromBaht(10), Money.FromBaht(10), Money.FromBaht(0)),
        ]);
        Assert.Equal((110.50m, 90m, 20.50m), (figures["revenue_assessed"], figures["revenue_collected"], figures["revenue_outstanding"]));

        FigureCollector.AddRevenue(figures, []);
        Assert.Null(figures["revenue_collected"]);
    }

    [Fact]
    public void Procurement_figures_are_missing_without_a_case()
    {
        var figures = new Dictionary<string, decimal?>();
        FigureCollector.AddProcurement(figures, new LaoProcurementSummary(1, 2570, 0, 0, Money.Zero, Money.Zero, 0));
        Assert.Null(figures["procurement_contracted_value"]);

        FigureCollector.AddProcurement(figures, new LaoProcurementSummary(1, 2570, 3, 2, Money.FromBaht(500), Money.FromBaht(100), 1));
        Assert.Equal((500m, 100m, 3m), (figures["procurement_contracted_value"], figures["procurement_specific_value"], figures["procurement_cases"]));
    }
}
