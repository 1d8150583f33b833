using System.Globalization;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.SharedKernel;

public class MoneyRoundingTests
{
    private static decimal Dec(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2.345", "2.35")]
    [InlineData("-2.345", "-2.35")]
    [InlineData("2.325", "2.33")] // banker's rounding would give 2.32
    [InlineData("-2.325", "-2.33")]
    [InlineData("2.344", "2.34")]
    [InlineData("2.3449999", "2.34")]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("0.004", "0")]
    [InlineData("1", "1")]
    public void To_satang_rounds_half_away_from_zero(string amount, string expected)
    {
        Assert.Equal(Dec(expected), MoneyRounding.ToSatang(Dec(amount)));
    }

    [Theory]
    [InlineData("2.349", "2.34")]
    [InlineData("-2.349", "-2.34")]
    [InlineData("2.345", "2.34")]
    [InlineData("0.009", "0")]
    [InlineData("2.3", "2.3")]
    [InlineData("2.34", "2.34")]
    public void To_satang_down_truncates_toward_zero(string amount, string expected)
    {
        Assert.Equal(Dec(expected), MoneyRounding.ToSatangDown(Dec(amount)));
    }

    [Theory]
    [InlineData("2.5", "3")]
    [InlineData("-2.5", "-3")]
    [InlineData("0.5", "1")]
    [InlineData("4.5", "5")] // banker's rounding would give 4
    [InlineData("2.49", "2")]
    [InlineData("-2.49", "-2")]
    public void To_whole_baht_rounds_half_away_from_zero(string amount, string expected)
    {
        Assert.Equal(Dec(expected), MoneyRounding.ToWholeBaht(Dec(amount)));
    }

    [Fact]
    public void Rounded_amounts_are_accepted_by_money()
    {
        Assert.Equal(235, Money.FromBaht(MoneyRounding.ToSatang(2.345m)).Satang);
        Assert.Equal(234, Money.FromBaht(MoneyRounding.ToSatangDown(2.349m)).Satang);
    }
}
