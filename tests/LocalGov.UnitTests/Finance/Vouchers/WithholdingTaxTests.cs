using LocalGov.Finance.Domain;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Finance.Vouchers;

public sealed class WithholdingTaxTests
{
    private static readonly Money Threshold = Money.FromBaht(10_000m);

    [Fact]
    public void A_payment_of_exactly_the_threshold_is_withheld()
    {
        Assert.Equal(Money.FromBaht(100m), WithholdingTax.Compute(Money.FromBaht(10_000m), 100, Threshold));
    }

    [Fact]
    public void A_payment_one_satang_below_the_threshold_is_not_withheld()
    {
        Assert.Equal(Money.Zero, WithholdingTax.Compute(Money.FromBaht(9_999.99m), 100, Threshold));
    }

    [Theory]
    [InlineData(12_345.50, 100, 123.46)] // 123.455 → half away from zero
    [InlineData(12_345.40, 100, 123.45)] // 123.454 → down
    [InlineData(10_000.10, 300, 300.00)] // 300.003 → down
    [InlineData(10_001.50, 500, 500.08)] // 500.075 → up
    [InlineData(45_000.00, 100, 450.00)]
    public void The_tax_is_rounded_to_satang_half_away_from_zero(decimal gross, int basisPoints, decimal expected)
    {
        Assert.Equal(Money.FromBaht(expected), WithholdingTax.Compute(Money.FromBaht(gross), basisPoints, Threshold));
    }

    [Fact]
    public void A_zero_rate_withholds_nothing_whatever_the_amount()
    {
        Assert.Equal(Money.Zero, WithholdingTax.Compute(Money.FromBaht(1_000_000m), 0, Money.Zero));
    }

    [Fact]
    public void Without_a_threshold_every_payment_is_withheld()
    {
        Assert.Equal(Money.FromBaht(0.05m), WithholdingTax.Compute(Money.FromBaht(5m), 100, Money.Zero));
    }

    [Fact]
    public void A_negative_rate_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WithholdingTax.Compute(Money.FromBaht(20_000m), -1, Threshold));
    }

    [Theory]
    [InlineData(100, "1%")]
    [InlineData(50, "0.5%")]
    [InlineData(0, "0%")]
    public void The_rate_prints_as_a_percentage(int basisPoints, string expected)
    {
        Assert.Equal(expected, WithholdingTax.FormatRate(basisPoints));
    }
}
