using LocalGov.Revenue.Domain.Fees;
using LocalGov.Revenue.Domain.Signboards;
using LocalGov.Revenue.Seeding;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Identity;

namespace LocalGov.UnitTests.Revenue.Register;

public sealed class SignboardTaxCalculatorTests
{
    private static SignboardRateValue Rate(decimal perUnit) => new(Money.FromBaht(perUnit), Money.FromBaht(200m));

    private static readonly SignboardRateValue Type3 = Rate(50m);

    [Theory]
    [InlineData(100, 5, 1, 0, false)] // exactly 500 cm²: one unit, no remainder
    [InlineData(100, 10, 2, 0, false)] // exactly 1,000 cm²
    [InlineData(749, 1, 1, 249, false)] // 749: remainder 249 < 250 dropped
    [InlineData(750, 1, 2, 250, true)] // 750: remainder 250 = half, counted
    [InlineData(249, 1, 0, 249, false)] // below half a unit: no unit at all
    [InlineData(250, 1, 1, 250, true)] // exactly half a unit: one unit
    public void Area_is_counted_in_500_cm2_units_and_a_remainder_of_half_or_more_is_a_full_unit(int width, int height, long units, long remainder, bool counted)
    {
        var tax = SignboardTaxCalculator.Calculate(width, height, 4, Rate(1000m));

        Assert.Equal((long)width * height, tax.AreaCm2);
        Assert.Equal(units, tax.Units);
        Assert.Equal(remainder, tax.RemainderCm2);
        Assert.Equal(counted, tax.RemainderCounted);
        Assert.Equal(Money.FromBaht(1000m * units), tax.ByArea);
    }

    [Fact]
    public void A_large_sign_pays_units_times_the_rate()
    {
        // 400 × 150 = 60,000 cm² = 120 units × 50 = 6,000 baht.
        var tax = SignboardTaxCalculator.Calculate(400, 150, 4, Type3);

        Assert.Equal(120, tax.Units);
        Assert.Equal(Money.FromBaht(6_000m), tax.Amount);
        Assert.False(tax.MinimumApplied);
    }

    [Theory]
    [InlineData(5, 200, false)] // 5 units × 40 = 200: exactly the minimum, not raised
    [InlineData(4, 200, true)] // 160 → minimum 200
    [InlineData(6, 240, false)]
    public void A_sign_pays_at_least_the_minimum(int units, decimal expected, bool minimumApplied)
    {
        var tax = SignboardTaxCalculator.Calculate(500, units, 4, Rate(40m));

        Assert.Equal(Money.FromBaht(expected), tax.Amount);
        Assert.Equal(minimumApplied, tax.MinimumApplied);
    }

    [Fact]
    public void A_tiny_sign_with_no_unit_still_pays_the_minimum()
    {
        var tax = SignboardTaxCalculator.Calculate(10, 10, 4, Rate(5m));

        Assert.Equal(0, tax.Units);
        Assert.True(tax.MinimumApplied);
        Assert.Equal(Money.FromBaht(200m), tax.Amount);
    }

    [Theory]
    [InlineData(4, 6_000)]
    [InlineData(3, 4_500)]
    [InlineData(2, 3_000)]
    [InlineData(1, 1_500)]
    [InlineData(0, 0)]
    public void A_sign_put_up_during_the_year_pays_a_quarter_for_each_quarter_left(int quarters, decimal expected)
    {
        var tax = SignboardTaxCalculator.Calculate(400, 150, quarters, Type3);

        Assert.Equal(Money.FromBaht(expected), tax.Amount);
        Assert.Equal(Money.FromBaht(6_000m), tax.Yearly);
    }

    [Fact]
    public void The_quarter_share_is_taken_of_the_minimum_when_the_minimum_applies()
    {
        // s.18: 25 % per quarter of the s.17 tax, which is the 200-baht minimum here.
        var tax = SignboardTaxCalculator.Calculate(50, 40, 1, Rate(5m));

        Assert.Equal(Money.FromBaht(50m), tax.Amount);
    }

    [Fact]
    public void Quarter_shares_round_to_satang()
    {
        // 3 units × 67 = 201 baht a year; one quarter is 50.25.
        var tax = SignboardTaxCalculator.Calculate(500, 3, 1, Rate(67m));

        Assert.Equal(Money.FromBaht(201m), tax.Yearly);
        Assert.Equal(Money.FromBaht(50.25m), tax.Amount);
    }

    [Theory]
    [InlineData(2026, 1, 1, 4)]
    [InlineData(2026, 3, 31, 4)]
    [InlineData(2026, 4, 1, 3)]
    [InlineData(2026, 6, 30, 3)]
    [InlineData(2026, 7, 1, 2)]
    [InlineData(2026, 9, 30, 2)]
    [InlineData(2026, 10, 1, 1)]
    [InlineData(2026, 12, 31, 1)]
    [InlineData(2025, 12, 31, 4)] // standing since last year: whole year
    [InlineData(2027, 1, 1, 0)] // put up after the year: not taxed
    public void Quarters_taxed_count_from_the_quarter_the_sign_went_up(int year, int month, int day, int quarters)
    {
        Assert.Equal(quarters, SignboardTaxCalculator.QuartersTaxed(new DateOnly(year, month, day), null, 2026));
    }

    [Fact]
    public void A_sign_taken_down_before_the_year_is_not_taxed_and_one_taken_down_during_it_pays_the_year()
    {
        Assert.Equal(0, SignboardTaxCalculator.QuartersTaxed(new DateOnly(2020, 5, 1), new DateOnly(2025, 12, 31), 2026));
        Assert.Equal(4, SignboardTaxCalculator.QuartersTaxed(new DateOnly(2020, 5, 1), new DateOnly(2026, 1, 1), 2026));
    }

    [Theory]
    [InlineData(1, false, 50)] // 10 units × 5
    [InlineData(1, true, 100)] // 10 units × 10
    [InlineData(2, false, 260)]
    [InlineData(2, true, 520)]
    [InlineData(3, false, 500)]
    [InlineData(3, true, 520)]
    public void Each_type_uses_its_seeded_rate(int typeNo, bool moving, decimal byArea)
    {
        var type = (SignType)typeNo;
        var seeded = SignboardRateSeeder.Rates.Single(r => r.Type == type && r.Moving == moving);
        var rate = new SignboardRateValue(Money.FromBaht(seeded.Rate), Money.FromBaht(SignboardRateSeeder.MinimumPerSign));

        var tax = SignboardTaxCalculator.Calculate(100, 50, 4, rate); // 5,000 cm² = 10 units

        Assert.Equal(Money.FromBaht(byArea), tax.ByArea);
        Assert.Equal(Money.FromBaht(Math.Max(byArea, 200m)), tax.Amount);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(10, 0)]
    [InlineData(-5, 10)]
    public void A_size_that_is_not_positive_is_refused(int width, int height)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SignboardTaxCalculator.Calculate(width, height, 4, Type3));
    }

    [Fact]
    public void Every_demo_taxpayer_has_a_valid_and_distinct_13_digit_id()
    {
        var ids = TaxpayerDemoSeeder.People.Select(p => TaxpayerDemoSeeder.WithCheckDigit(p.First12)).ToList();

        Assert.All(ids, id => Assert.True(ThaiTaxId.IsValid(id), id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(ids.Count >= 25);
    }

    [Theory]
    [InlineData(2026, 1, 15, 12, 2027, 1, 14)]
    [InlineData(2026, 1, 31, 1, 2026, 2, 27)]
    [InlineData(2027, 1, 15, 12, 2028, 1, 14)]
    public void A_licence_is_valid_for_its_months_up_to_the_day_before(int y, int m, int d, int months, int ey, int em, int ed)
    {
        Assert.Equal(new DateOnly(ey, em, ed), Licence.ExpiryFor(new DateOnly(y, m, d), months));
    }
}
