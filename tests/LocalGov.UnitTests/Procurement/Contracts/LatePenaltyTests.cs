using LocalGov.Procurement.Domain;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Procurement.Contracts;

public sealed class LatePenaltyTests
{
    private static readonly DateOnly Due = new(2026, 3, 31);

    [Fact]
    public void Delivery_on_or_before_the_due_date_costs_nothing()
    {
        var onTime = LatePenalty.Compute(Due, Due, 10, PenaltyBase.UndeliveredValue, Money.FromBaht(50_000m), Money.FromBaht(100_000m), Money.Zero);
        var early = LatePenalty.Compute(Due, Due.AddDays(-5), 10, PenaltyBase.ContractValue, Money.FromBaht(50_000m), Money.FromBaht(100_000m), Money.FromBaht(100m));

        Assert.Equal(new LatePenaltyResult(0, Money.Zero, Money.Zero), onTime);
        Assert.Equal(Money.Zero, early.Total);
    }

    [Fact]
    public void Goods_three_days_late_at_a_tenth_of_a_percent_a_day_of_the_instalment()
    {
        // 0.10% of the 45,000 instalment (not the 200,000 contract) = 45 a day × 3 days.
        var result = LatePenalty.Compute(Due, Due.AddDays(3), 10, PenaltyBase.UndeliveredValue, Money.FromBaht(45_000m), Money.FromBaht(200_000m), Money.Zero);

        Assert.Equal(3, result.LateDays);
        Assert.Equal(Money.FromBaht(45m), result.PerDay);
        Assert.Equal(Money.FromBaht(135m), result.Total);
    }

    [Fact]
    public void Works_pay_at_least_the_daily_minimum_on_the_contract_value()
    {
        // 0.01% of a 500,000 works contract = 50 a day, below the 100-baht minimum: 100 × 4 days.
        var minimum = LatePenalty.Compute(Due, Due.AddDays(4), 1, PenaltyBase.ContractValue, Money.FromBaht(100_000m), Money.FromBaht(500_000m), Money.FromBaht(100m));
        // 0.10% of the same contract = 500 a day, above the minimum: 500 × 2 days, whatever the instalment.
        var rate = LatePenalty.Compute(Due, Due.AddDays(2), 10, PenaltyBase.ContractValue, Money.FromBaht(100_000m), Money.FromBaht(500_000m), Money.FromBaht(100m));

        Assert.Equal(Money.FromBaht(400m), minimum.Total);
        Assert.Equal(Money.FromBaht(100m), minimum.PerDay);
        Assert.Equal(Money.FromBaht(1_000m), rate.Total);
    }

    [Fact]
    public void Penalty_never_exceeds_the_instalment_amount()
    {
        var result = LatePenalty.Compute(Due, Due.AddDays(400), 100, PenaltyBase.ContractValue, Money.FromBaht(10_000m), Money.FromBaht(300_000m), Money.FromBaht(100m));

        Assert.Equal(400, result.LateDays);
        Assert.Equal(Money.FromBaht(10_000m), result.Total);
    }

    [Fact]
    public void Total_is_rounded_to_satang_half_away_from_zero()
    {
        // 0.05% of 1,234.50 = 0.61725 a day × 2 days = 1.2345 → 1.23; 0.01% of 1,050 = 0.105 for one day → 0.11 (not 0.10).
        var two = LatePenalty.Compute(Due, Due.AddDays(2), 5, PenaltyBase.UndeliveredValue, Money.FromBaht(1_234.50m), Money.FromBaht(1_234.50m), Money.Zero);
        var half = LatePenalty.Compute(Due, Due.AddDays(1), 1, PenaltyBase.UndeliveredValue, Money.FromBaht(1_050m), Money.FromBaht(1_050m), Money.Zero);

        Assert.Equal(Money.FromBaht(1.23m), two.Total);
        Assert.Equal(Money.FromBaht(0.11m), half.Total);
    }

    [Fact]
    public void Suggested_guarantee_is_five_percent_of_the_contract()
    {
        Assert.Equal(Money.FromBaht(9_000m), LatePenalty.SuggestedGuarantee(Money.FromBaht(180_000m)));
    }
}
