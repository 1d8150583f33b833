using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.SharedKernel.Time;

namespace LocalGov.UnitTests.Budgeting;

public sealed class RollupsRulesTests
{
    [Theory]
    [InlineData(null, 0)]
    [InlineData(BudgetStatus.Draft, 1)]
    [InlineData(BudgetStatus.Returned, 1)]
    [InlineData(BudgetStatus.SubmittedToCouncil, 2)]
    [InlineData(BudgetStatus.PassedByCouncil, 2)]
    [InlineData(BudgetStatus.SubmittedToSupervisor, 3)]
    [InlineData(BudgetStatus.Approved, 4)]
    [InlineData(BudgetStatus.Promulgated, 4)]
    public void Budget_status_maps_to_the_rollup_status(BudgetStatus? status, int expected) =>
        Assert.Equal((RollupStatus)expected, RollupsRules.Classify(status));

    [Fact]
    public void A_budget_not_in_force_is_late_from_1_October_of_the_fiscal_year_on()
    {
        var year = new FiscalYear(2570);
        Assert.False(RollupsRules.IsLate(BudgetStatus.SubmittedToSupervisor, year, new DateOnly(2026, 9, 30)));
        Assert.True(RollupsRules.IsLate(BudgetStatus.SubmittedToSupervisor, year, new DateOnly(2026, 10, 1)));
        Assert.True(RollupsRules.IsLate(null, year, new DateOnly(2026, 10, 1)));
        Assert.False(RollupsRules.IsLate(BudgetStatus.Approved, year, new DateOnly(2027, 3, 1)));
        Assert.False(RollupsRules.IsLate(BudgetStatus.Promulgated, year, new DateOnly(2027, 3, 1)));
    }

    [Theory]
    [InlineData(1_000, 1_100, 10.0)]
    [InlineData(3_000, 2_000, -33.3)]
    [InlineData(2_000, 2_001, 0.1)]
    public void Year_over_year_change_is_in_percent_rounded_to_one_decimal(long previous, long current, double expected) =>
        Assert.Equal((decimal)expected, RollupsRules.PercentChange(previous, current));

    [Fact]
    public void Year_over_year_change_is_empty_without_a_previous_year() =>
        Assert.Null(RollupsRules.PercentChange(0, 5_000));
}
