using LocalGov.Revenue.Domain.Payments;
using LocalGov.Revenue.Services.Payments;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Revenue.Payments;

public class PaymentAllocationTests
{
    private static Money B(decimal baht) => Money.FromBaht(baht);

    private static readonly ArrearsFigures Owed = new(B(10_000m), B(4_000m), B(300m), []);

    [Fact]
    public void Interest_is_paid_first_then_surcharge_then_principal()
    {
        var split = PaymentAllocation.Split(B(5_000m), Owed)!;
        Assert.Equal(B(300m), split.Interest);
        Assert.Equal(B(4_000m), split.Surcharge);
        Assert.Equal(B(700m), split.Principal);
        Assert.Equal(B(5_000m), split.Total);
    }

    [Fact]
    public void A_small_payment_covers_only_part_of_the_interest()
    {
        var split = PaymentAllocation.Split(B(100m), Owed)!;
        Assert.Equal(B(100m), split.Interest);
        Assert.Equal(Money.Zero, split.Surcharge);
        Assert.Equal(Money.Zero, split.Principal);
    }

    [Fact]
    public void Exactly_the_total_is_accepted_and_one_satang_more_is_refused()
    {
        Assert.NotNull(PaymentAllocation.Split(B(14_300m), Owed));
        Assert.Null(PaymentAllocation.Split(B(14_300.01m), Owed));
        Assert.Null(PaymentAllocation.Split(Money.Zero, Owed));
        Assert.Null(PaymentAllocation.Split(B(-1m), Owed));
    }

    [Theory]
    [InlineData("ภดส 2570/000123", 1, "12570000123")]
    [InlineData("ภป 2569/000007", 2, "22569000007")]
    [InlineData("คธ 2570/012345", 3, "32570012345")]
    public void Bill_reference_reads_back_to_the_bill_number(string number, int kind, string reference)
    {
        var year = int.Parse(number.Split(' ')[1][..4], System.Globalization.CultureInfo.InvariantCulture);
        var bill = new LocalGov.Revenue.Domain.Bill { Number = number, Kind = (LocalGov.Revenue.Contracts.RevenueKind)kind, TaxYear = year };
        Assert.Equal(reference, BillReference.Reference1(bill));
        Assert.Equal(number, BillReference.BillNumberOf(reference));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1257000012")]
    [InlineData("92570000123")]
    [InlineData("1257000012X")]
    public void Anything_else_is_not_a_bill_reference(string reference) => Assert.Null(BillReference.BillNumberOf(reference));
}
