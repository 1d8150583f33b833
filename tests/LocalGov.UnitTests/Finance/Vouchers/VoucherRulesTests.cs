using LocalGov.Finance.Domain;

namespace LocalGov.UnitTests.Finance.Vouchers;

public sealed class VoucherRulesTests
{
    [Theory]
    [InlineData(VoucherStatus.Draft, VoucherStatus.Submitted, true)]
    [InlineData(VoucherStatus.Rejected, VoucherStatus.Submitted, true)]
    [InlineData(VoucherStatus.Submitted, VoucherStatus.Approved, true)]
    [InlineData(VoucherStatus.Submitted, VoucherStatus.Rejected, true)]
    [InlineData(VoucherStatus.Approved, VoucherStatus.Rejected, true)]
    [InlineData(VoucherStatus.Approved, VoucherStatus.Paid, true)]
    [InlineData(VoucherStatus.Draft, VoucherStatus.Cancelled, true)]
    [InlineData(VoucherStatus.Submitted, VoucherStatus.Cancelled, true)]
    [InlineData(VoucherStatus.Approved, VoucherStatus.Cancelled, true)]
    [InlineData(VoucherStatus.Draft, VoucherStatus.Approved, false)]
    [InlineData(VoucherStatus.Draft, VoucherStatus.Paid, false)]
    [InlineData(VoucherStatus.Submitted, VoucherStatus.Paid, false)]
    [InlineData(VoucherStatus.Rejected, VoucherStatus.Approved, false)]
    [InlineData(VoucherStatus.Paid, VoucherStatus.Paid, false)]
    [InlineData(VoucherStatus.Paid, VoucherStatus.Cancelled, false)]
    [InlineData(VoucherStatus.Paid, VoucherStatus.Rejected, false)]
    [InlineData(VoucherStatus.Cancelled, VoucherStatus.Submitted, false)]
    [InlineData(VoucherStatus.Approved, VoucherStatus.Submitted, false)]
    [InlineData(VoucherStatus.Submitted, VoucherStatus.Draft, false)]
    public void Only_the_workflows_steps_are_allowed(VoucherStatus from, VoucherStatus to, bool allowed)
    {
        Assert.Equal(allowed, VoucherRules.CanMove(from, to));
    }

    [Theory]
    [InlineData(VoucherStatus.Draft, true)]
    [InlineData(VoucherStatus.Rejected, true)]
    [InlineData(VoucherStatus.Submitted, false)]
    [InlineData(VoucherStatus.Approved, false)]
    [InlineData(VoucherStatus.Paid, false)]
    [InlineData(VoucherStatus.Cancelled, false)]
    public void Only_drafts_and_returned_vouchers_are_editable(VoucherStatus status, bool editable)
    {
        Assert.Equal(editable, VoucherRules.CanEdit(status));
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
