using System.Globalization;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.SharedKernel;

public class MoneyTests
{
    private static decimal Dec(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    private static Money Baht(string value) => Money.FromBaht(Dec(value));

    [Theory]
    [InlineData("1234.5", 123450)]
    [InlineData("0.01", 1)]
    [InlineData("-0.01", -1)]
    [InlineData("1.230", 123)]
    [InlineData("0", 0)]
    public void From_baht_stores_whole_satang(string baht, long satang)
    {
        Assert.Equal(satang, Baht(baht).Satang);
    }

    [Theory]
    [InlineData("1.234")]
    [InlineData("0.001")]
    [InlineData("-0.005")]
    [InlineData("2.3450000001")]
    public void From_baht_with_more_than_two_decimals_throws(string baht)
    {
        var ex = Assert.Throws<ArgumentException>(() => Baht(baht));
        Assert.Equal("baht", ex.ParamName);
    }

    [Fact]
    public void From_baht_beyond_the_satang_range_throws_overflow()
    {
        Assert.Throws<OverflowException>(() => Money.FromBaht(decimal.MaxValue));
        Assert.Throws<OverflowException>(() => Money.FromBaht(100_000_000_000_000_000m));
    }

    [Fact]
    public void Baht_is_the_exact_satang_amount_divided_by_100()
    {
        Assert.Equal(1234.50m, Money.FromSatang(123450).Baht);
        Assert.Equal(-0.01m, Money.FromSatang(-1).Baht);
        Assert.Equal(92_233_720_368_547_758.07m, Money.FromSatang(long.MaxValue).Baht);
    }

    [Fact]
    public void Zero_is_the_default_value()
    {
        Assert.Equal(0, Money.Zero.Satang);
        Assert.Equal(default, Money.Zero);
        Assert.False(Money.Zero.IsNegative);
    }

    [Fact]
    public void Is_negative_only_below_zero()
    {
        Assert.True(Money.FromSatang(-1).IsNegative);
        Assert.False(Money.FromSatang(1).IsNegative);
    }

    [Fact]
    public void Money_is_equal_by_amount()
    {
        Assert.Equal(Money.FromSatang(150), Baht("1.5"));
        Assert.True(Baht("1.50") == Money.FromSatang(150));
        Assert.True(Baht("1.51") != Money.FromSatang(150));
    }

    [Fact]
    public void Addition_and_subtraction_are_exact()
    {
        Assert.Equal(Baht("0.30"), Baht("0.10") + Baht("0.20"));
        Assert.Equal(Baht("-0.10"), Baht("0.10") - Baht("0.20"));
        Assert.Equal(Baht("1234.56"), Baht("1000") + Baht("234.56"));
    }

    [Fact]
    public void Unary_operators_negate_and_keep()
    {
        Assert.Equal(Baht("-12.34"), -Baht("12.34"));
        Assert.Equal(Baht("12.34"), -Baht("-12.34"));
        Assert.Equal(Baht("12.34"), +Baht("12.34"));
    }

    [Fact]
    public void Multiplication_by_a_whole_number_works_from_either_side()
    {
        Assert.Equal(Baht("37.02"), Baht("12.34") * 3);
        Assert.Equal(Baht("37.02"), 3 * Baht("12.34"));
        Assert.Equal(Baht("-24.68"), Baht("12.34") * -2);
        Assert.Equal(Money.Zero, Baht("12.34") * 0);
    }

    [Fact]
    public void Arithmetic_overflow_throws_instead_of_wrapping()
    {
        var max = Money.FromSatang(long.MaxValue);
        var min = Money.FromSatang(long.MinValue);

        Assert.Throws<OverflowException>(() => max + Money.FromSatang(1));
        Assert.Throws<OverflowException>(() => min - Money.FromSatang(1));
        Assert.Throws<OverflowException>(() => -min);
        Assert.Throws<OverflowException>(() => max * 2);
        Assert.Throws<OverflowException>(() => 2 * min);
    }

    [Fact]
    public void Sum_adds_exactly_where_double_would_drift()
    {
        var amounts = new[] { Baht("0.10"), Baht("0.20"), Baht("1.10"), Baht("2.20"), Baht("3.30") };

        Assert.Equal(Baht("6.90"), Money.Sum(amounts));
    }

    [Fact]
    public void Sum_of_nothing_is_zero()
    {
        Assert.Equal(Money.Zero, Money.Sum([]));
    }

    [Fact]
    public void Sum_overflow_throws()
    {
        Assert.Throws<OverflowException>(() => Money.Sum([Money.FromSatang(long.MaxValue), Money.FromSatang(1)]));
    }

    [Fact]
    public void Sum_handles_intermediate_values_within_range()
    {
        var amounts = new[] { Money.FromSatang(long.MaxValue), Money.FromSatang(-1), Money.FromSatang(1) };

        Assert.Equal(Money.FromSatang(long.MaxValue), Money.Sum(amounts));
    }

    [Fact]
    public void Sum_of_null_throws()
    {
        Assert.Throws<ArgumentNullException>(() => Money.Sum(null!));
    }

    [Fact]
    public void Money_compares_by_amount()
    {
        var small = Baht("-5");
        var large = Baht("10.01");

        Assert.True(small < large);
        Assert.True(large > small);
        Assert.True(small <= large);
        Assert.True(large >= small);
        Assert.True(large <= Baht("10.01"));
        Assert.True(large >= Baht("10.01"));
        Assert.False(large < small);
        Assert.False(small > large);
        Assert.True(small.CompareTo(large) < 0);
        Assert.Equal(0, large.CompareTo(Baht("10.01")));
        Assert.Equal(new[] { small, Money.Zero, large }, new[] { large, small, Money.Zero }.Order());
    }

    [Theory]
    [InlineData("1234.5", "1,234.50")]
    [InlineData("-1234", "-1,234.00")]
    [InlineData("0", "0.00")]
    [InlineData("1234567.89", "1,234,567.89")]
    public void To_string_is_invariant_with_two_decimals(string baht, string expected)
    {
        using var scope = new CultureScope("de-DE", "de-DE");

        Assert.Equal(expected, Baht(baht).ToString());
    }

    [Fact]
    public void Value_converter_stores_satang_and_reads_it_back()
    {
        var converter = new MoneyValueConverter();

        Assert.Equal(123450L, converter.ConvertToProvider(Baht("1234.50")));
        Assert.Equal(Baht("-0.01"), converter.ConvertFromProvider(-1L));
        Assert.Equal(typeof(long), converter.ProviderClrType);
        Assert.Equal(typeof(Money), converter.ModelClrType);
    }
}
