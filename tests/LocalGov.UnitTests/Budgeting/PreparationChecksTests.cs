using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Budgeting;

public sealed class PreparationChecksTests
{
    private static Money B(decimal baht) => Money.FromBaht(baht);

    [Theory]
    [InlineData(1_000_000, 1_000_000, true)]
    [InlineData(1_000_000, 999_999.99, true)]
    [InlineData(1_000_000, 1_000_000.01, false)]
    [InlineData(0, 0, true)]
    public void Balanced_means_expenditure_does_not_exceed_revenue(decimal revenue, decimal expenditure, bool balanced) =>
        Assert.Equal(balanced, BudgetChecks.IsBalanced(B(revenue), B(expenditure)));

    [Fact]
    public void The_deficit_is_expenditure_minus_revenue()
    {
        var result = BudgetChecks.Evaluate(B(700_000), B(800_000), B(0), lineCount: 2, projectsWithoutPlan: 0);

        Assert.False(result.Balanced);
        Assert.Equal(B(100_000), result.Deficit);
        Assert.False(result.CanSubmit);
    }

    [Theory]
    [InlineData(400_000, false)]
    [InlineData(399_999.99, false)]
    [InlineData(400_000.01, true)]
    [InlineData(1_000_000, true)]
    public void Personnel_share_warns_only_above_forty_percent(decimal personnel, bool warning)
    {
        Assert.Equal(warning, BudgetChecks.PersonnelShareExceedsLimit(B(personnel), B(1_000_000)));
        Assert.Equal(warning, BudgetChecks.Evaluate(B(1_000_000), B(1_000_000), B(personnel), 1, 0).PersonnelOverLimit);
    }

    [Fact]
    public void Personnel_share_of_an_empty_budget_is_zero_not_a_division_error()
    {
        Assert.Equal(0m, BudgetChecks.PersonnelShare(B(0), B(0)));
        Assert.False(BudgetChecks.PersonnelShareExceedsLimit(B(10), B(0)));
    }

    [Fact]
    public void Personnel_share_is_the_exact_ratio()
    {
        Assert.Equal(0.365m, BudgetChecks.PersonnelShare(B(365_000), B(1_000_000)));
    }

    [Fact]
    public void A_budget_without_lines_cannot_be_submitted_even_when_balanced()
    {
        var result = BudgetChecks.Evaluate(B(100), B(0), B(0), lineCount: 0, projectsWithoutPlan: 0);

        Assert.True(result.Balanced);
        Assert.False(result.CanSubmit);
    }

    [Fact]
    public void Readings_restart_when_a_returned_budget_goes_to_the_council_again()
    {
        var history = new List<BudgetStatusChange>
        {
            Change(BudgetStatus.Draft, BudgetStatus.SubmittedToCouncil),
            Change(BudgetStatus.SubmittedToCouncil, BudgetStatus.SubmittedToCouncil, 1),
        };
        Assert.Equal(2, BudgetPreparationRules.NextReading(history));

        history.Add(Change(BudgetStatus.SubmittedToCouncil, BudgetStatus.SubmittedToCouncil, 2));
        Assert.Null(BudgetPreparationRules.NextReading(history));

        history.Add(Change(BudgetStatus.SubmittedToCouncil, BudgetStatus.Returned));
        history.Add(Change(BudgetStatus.Returned, BudgetStatus.SubmittedToCouncil));
        Assert.Equal(1, BudgetPreparationRules.NextReading(history));
    }

    private static BudgetStatusChange Change(BudgetStatus from, BudgetStatus to, int? reading = null) =>
        new() { FromStatus = from, ToStatus = to, CouncilReading = reading, UserName = "finance" };
}
