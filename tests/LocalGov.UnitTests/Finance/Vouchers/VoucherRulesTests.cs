using LocalGov.Finance.Domain;

namespace LocalGov.UnitTests.Finance.Vouchers;

public sealed class VoucherRulesTests
{
    [Theory]
    [InlineData("Draft", "Submitted", true)]
    [InlineData("Rejected", "Submitted", true)]
    [InlineData("Submitted", "Approved", true)]
    [InlineData("Submitted", "Rejected", true)]
    [InlineData("Approved", "Rejected", true)]
    [InlineData("Approved", "Paid", true)]
    [InlineData("Draft", "Cancelled", true)]
    [InlineData("Submitted", "Cancelled", true)]
    [InlineData("Approved", "Cancelled", true)]
    [InlineData("Draft", "Approved", false)]
    [InlineData("Draft", "Paid", false)]
    [InlineData("Submitted", "Paid", false)]
    [InlineData("Rejected", "Approved", false)]
    [InlineData("Paid", "Paid", false)]
    [InlineData("Paid", "Cancelled", false)]
    [InlineData("Paid", "Rejected", false)]
    [InlineData("Cancelled", "Submitted", false)]
    [InlineData("Approved", "Submitted", false)]
    [InlineData("Submitted", "Draft", false)]
    public void Only_the_workflows_steps_are_allowed(string from, string to, bool allowed)
    {
        Assert.Equal(allowed, VoucherRules.CanMove(Enum.Parse<VoucherStatus>(from), Enum.Parse<VoucherStatus>(to)));
    }

    [Theory]
    [InlineData("Draft", true)]
    [InlineData("Rejected", true)]
    [InlineData("Submitted", false)]
    [InlineData("Approved", false)]
    [InlineData("Paid", false)]
    [InlineData("Cancelled", false)]
    public void Only_drafts_and_returned_vouchers_are_editable(string status, bool editable)
    {
        Assert.Equal(editable, VoucherRules.CanEdit(Enum.Parse<VoucherStatus>(status)));
    }

    [Theory]
    [InlineData("executive", "finance", "finance", true)]
    [InlineData("finance", "finance", "finance", false)]
    [InlineData("FINANCE", "finance", null, false)]
    [InlineData("boss", "clerk", "boss", false)]
    [InlineData("", "clerk", "clerk", false)]
    public void Whoever_prepared_or_submitted_a_voucher_may_not_approve_it(string approver, string preparer, string? submitter, bool allowed)
    {
        Assert.Equal(allowed, VoucherRules.MayApprove(approver, preparer, submitter));
    }
}
