using LocalGov.Procurement.Services.Cases;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Procurement.Cases;

public sealed class CaseTotalsTests
{
    [Theory]
    [InlineData("1.005", "1.00", "1.01")] // 1.005 → half away from zero
    [InlineData("2.5", "0.01", "0.03")] // 0.025 → 0.03 (not banker's 0.02)
    [InlineData("3", "33.33", "99.99")]
    [InlineData("0.333", "10.00", "3.33")]
    public void Item_total_rounds_quantity_times_price_to_satang_half_away_from_zero(string quantity, string unitPrice, string expected)
    {
        var total = CaseTotals.ItemTotal(decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture), Money.FromBaht(decimal.Parse(unitPrice, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(Money.FromBaht(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), total);
    }

    [Fact]
    public void Case_total_is_the_sum_of_the_rounded_lines()
    {
        // Each line rounds first: 0.025 → 0.03 twice = 0.06 (rounding the sum 0.05 would give 0.05).
        var total = CaseTotals.Total([(2.5m, Money.FromBaht(0.01m)), (2.5m, Money.FromBaht(0.01m))]);
        Assert.Equal(Money.FromBaht(0.06m), total);
    }

    [Theory]
    [InlineData("1.125", true)]
    [InlineData("1.1255", false)]
    public void Quantities_take_at_most_three_decimals(string quantity, bool ok) =>
        Assert.Equal(ok, CaseTotals.HasAtMostThreeDecimals(decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture)));
}
