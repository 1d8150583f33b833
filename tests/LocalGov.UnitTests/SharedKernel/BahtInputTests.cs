using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.SharedKernel;

public sealed class BahtInputTests
{
    [Theory]
    [InlineData(" 1,234.50 ", 1234.50)]
    [InlineData("0.01", 0.01)]
    [InlineData("-7", -7)]
    public void Typed_amounts_are_read_with_the_invariant_culture(string text, decimal expected)
    {
        Assert.True(BahtInput.TryParse(text, out var baht));
        Assert.Equal(expected, baht);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12 baht")]
    [InlineData("1.234,50")]
    public void Text_that_is_not_an_amount_is_refused(string? text) => Assert.False(BahtInput.TryParse(text, out _));

    [Theory]
    [InlineData(12.34, true)]
    [InlineData(12.345, false)]
    [InlineData(0.001, false)]
    public void A_third_decimal_is_detected_not_rounded(decimal baht, bool whole) => Assert.Equal(whole, BahtInput.HasAtMostTwoDecimals(baht));
}
