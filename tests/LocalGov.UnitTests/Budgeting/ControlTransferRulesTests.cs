using LocalGov.Budgeting.Domain;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Budgeting;

public class ControlTransferRulesTests
{
    private static Money B(decimal baht) => Money.FromBaht(baht);

    private static TransferSource Source(decimal amount, bool capital = false, decimal available = 1_000_000m) => new(1, B(amount), capital, B(available));

    [Fact]
    public void Balanced_transfer_within_the_available_balance_has_no_problems_and_needs_the_executive()
    {
        var source = Source(10_000m);
        TransferTarget[] targets = [new(2, B(6_000m), false), new(3, B(4_000m), false)];

        Assert.Empty(TransferRules.Check(source, targets));
        Assert.Equal(ApprovalLevel.Executive, TransferRules.RequiredApproval(source, targets));
    }

    [Fact]
    public void Sum_of_increases_must_equal_the_decrease()
    {
        Assert.Contains(TransferProblem.Unbalanced, TransferRules.Check(Source(10_000m), [new(2, B(9_999.99m), false)]));
    }

    [Fact]
    public void Amounts_must_be_positive()
    {
        Assert.Contains(TransferProblem.AmountNotPositive, TransferRules.Check(Source(0m), [new(2, B(0m), false)]));
        Assert.Contains(TransferProblem.AmountNotPositive, TransferRules.Check(Source(0m), [new(2, B(10m), false), new(3, B(-10m), false)]));
    }

    [Fact]
    public void Decrease_above_the_source_lines_available_balance_is_refused()
    {
        Assert.Contains(TransferProblem.ExceedsAvailable, TransferRules.Check(Source(10_000m, available: 9_999.99m), [new(2, B(10_000m), false)]));
        Assert.DoesNotContain(TransferProblem.ExceedsAvailable, TransferRules.Check(Source(10_000m, available: 10_000m), [new(2, B(10_000m), false)]));
    }

    [Fact]
    public void Target_may_not_be_the_source_or_repeat_a_line()
    {
        Assert.Contains(TransferProblem.DuplicateLine, TransferRules.Check(Source(10m), [new(1, B(10m), false)]));
        Assert.Contains(TransferProblem.DuplicateLine, TransferRules.Check(Source(10m), [new(2, B(5m), false), new(2, B(5m), false)]));
    }

    [Fact]
    public void Transfer_needs_a_target()
    {
        Assert.Contains(TransferProblem.NoTarget, TransferRules.Check(Source(10m), []));
    }

    [Fact]
    public void New_capital_item_needs_the_council()
    {
        TransferTarget[] targets = [new(null, B(10m), true)];

        Assert.Empty(TransferRules.Check(Source(10m), targets));
        Assert.Equal(ApprovalLevel.Council, TransferRules.RequiredApproval(Source(10m), targets));
    }

    [Fact]
    public void New_item_outside_a_capital_category_is_refused()
    {
        Assert.Contains(TransferProblem.NewItemNotCapital, TransferRules.Check(Source(10m), [new(null, B(10m), false)]));
    }

    [Fact]
    public void Changing_the_amount_of_an_existing_capital_line_needs_the_council_either_way()
    {
        Assert.Equal(ApprovalLevel.Council, TransferRules.RequiredApproval(Source(10m, capital: true), [new(2, B(10m), false)]));
        Assert.Equal(ApprovalLevel.Council, TransferRules.RequiredApproval(Source(10m), [new(2, B(10m), true)]));
    }

    [Fact]
    public void Explanation_change_of_a_capital_line_needs_the_council()
    {
        Assert.Equal(ApprovalLevel.Council, TransferRules.ExplanationChangeApproval(lineIsCapital: true));
        Assert.Equal(ApprovalLevel.Executive, TransferRules.ExplanationChangeApproval(lineIsCapital: false));
    }

    [Fact]
    public void Next_document_number_counts_the_kind_and_names_the_fiscal_year()
    {
        Assert.Equal("1/2571", TransferRules.NextDocumentNumber(0, 2571));
        Assert.Equal("4/2571", TransferRules.NextDocumentNumber(3, 2571));
    }
}
