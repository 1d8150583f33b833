using LocalGov.Revenue.Domain.LandTax;
using LocalGov.Revenue.Seeding;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Revenue.LandTax;

/// <summary>The calculator against the seeded tables of DOMAIN-TAX.md (the same data the reference seeder writes).</summary>
public class LandTaxCalculatorTests
{
    private const decimal M = 1_000_000m;
    private const decimal Satang = 0.01m;
    private const int Year = 2570;

    private static LandTaxRates Rates(params ReliefRule[] reliefs) => new(
        LandTaxReferenceDataSeeder.Brackets.GroupBy(b => b.Bucket)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RateBracket>)g.Select(b => new RateBracket(b.Lower, b.Upper, b.Rate)).ToList()),
        new EscalationRule(3, 0.3m, 3m),
        reliefs,
        LandTaxReferenceDataSeeder.BuildingTypes.ToDictionary(b => b.Code, b => b.Price),
        Enumerable.Range(0, 39).Select(age => new DepreciationRule(age, Math.Min(age * 2m, 76m))).ToList());

    /// <summary>One land part of the given value (1 square wah priced at the value), for one taxpayer.</summary>
    private static ValuedPart Part(TaxBucket bucket, decimal value, int taxpayer = 1, int parcel = 1, int vacantYear = 1) =>
        new(taxpayer, parcel, null, bucket, $"P{parcel}", 1m, value, null, value, vacantYear);

    private static UseResult Assess(TaxBucket bucket, decimal value, LandTaxRates? rates = null) =>
        LandTaxCalculator.Assess(1, [Part(bucket, value)], rates ?? Rates()).Uses.Single();

    private static decimal Expected(TaxBucket bucket, decimal value) =>
        LandTaxReferenceDataSeeder.Brackets.Where(b => b.Bucket == bucket && value > b.Lower)
            .Sum(b => ((b.Upper is { } u ? Math.Min(u, value) : value) - b.Lower) * b.Rate / 100m);

    /// <summary>Every boundary of every table, exactly on it and one satang either side.</summary>
    public static TheoryData<int, decimal> Boundaries()
    {
        // A bracket's upper edge is the next one's lower edge: each (table, value) once.
        var cases = new SortedSet<(int Bucket, decimal Value)>();
        foreach (var (bucket, lower, upper, _) in LandTaxReferenceDataSeeder.Brackets)
        {
            foreach (var edge in new[] { lower, upper }.OfType<decimal>().Where(e => e > 0))
            {
                cases.Add(((int)bucket, edge - Satang));
                cases.Add(((int)bucket, edge));
                cases.Add(((int)bucket, edge + Satang));
            }
        }

        var data = new TheoryData<int, decimal>();
        foreach (var (bucket, value) in cases)
        {
            data.Add(bucket, value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Bracket_edges_tax_each_part_of_the_value_at_its_own_rate(int table, decimal value)
    {
        var bucket = (TaxBucket)table;
        var result = Assess(bucket, value);

        Assert.Equal(Expected(bucket, value), result.ExactTax);
        Assert.Equal(MoneyRounding.ToSatang(Expected(bucket, value)), result.Tax.Baht);
    }

    [Fact]
    public void Other_use_at_exactly_50_million_is_all_in_the_first_bracket()
    {
        var (slices, tax) = LandTaxCalculator.Progressive(50 * M, Rates().Brackets[TaxBucket.Other]);

        Assert.Equal(150_000m, tax);
        Assert.Single(slices);
        Assert.Equal(50 * M, slices[0].InBracket);
    }

    [Fact]
    public void One_satang_over_50_million_puts_that_satang_in_the_04_percent_bracket()
    {
        var (slices, tax) = LandTaxCalculator.Progressive((50 * M) + Satang, Rates().Brackets[TaxBucket.Other]);

        Assert.Equal(2, slices.Count);
        Assert.Equal(Satang, slices[1].InBracket);
        Assert.Equal(0.4m, slices[1].Bracket.RatePercent);
        Assert.Equal(150_000.00004m, tax);
    }

    [Fact]
    public void Other_use_of_300_million_is_taxed_progressively()
    {
        // 50 M × 0.3 % + 150 M × 0.4 % + 100 M × 0.5 % = 150,000 + 600,000 + 500,000
        Assert.Equal(Money.FromBaht(1_250_000m), Assess(TaxBucket.Other, 300 * M).Tax);
    }

    [Theory]
    [InlineData(50_000_000, 0)]
    [InlineData(50_000_000.01, 0)] // 0.01 × 0.03 % = 0.000003 → rounds to 0.00
    [InlineData(60_000_000, 3_000)] // 10 M × 0.03 %
    [InlineData(120_000_000, 7_500 + 12_500 + 20_000)]
    public void Owner_of_land_and_house_is_exempt_on_the_first_50_million(decimal value, decimal tax)
    {
        Assert.Equal(Money.FromBaht(tax), Assess(TaxBucket.ResidentialOwnerLandAndHouse, value).Tax);
    }

    [Theory]
    [InlineData(10_000_000, 0)]
    [InlineData(9_000_000, 0)]
    [InlineData(20_000_000, 2_000)] // 10 M × 0.02 %
    public void Owner_of_the_house_only_is_exempt_on_the_first_10_million(decimal value, decimal tax)
    {
        Assert.Equal(Money.FromBaht(tax), Assess(TaxBucket.ResidentialHouseOnly, value).Tax);
    }

    [Fact]
    public void Other_residence_has_no_exemption()
    {
        Assert.Equal(Money.FromBaht(200m), Assess(TaxBucket.ResidentialOther, 1 * M).Tax);
    }

    [Theory]
    [InlineData(50_000_000, 0)]
    [InlineData(75_000_000, 2_500)] // 25 M × 0.01 %
    public void Individual_farmers_are_exempt_on_the_first_50_million_of_agricultural_value(decimal value, decimal tax)
    {
        Assert.Equal(Money.FromBaht(tax), Assess(TaxBucket.AgricultureIndividualFarmer, value).Tax);
        Assert.True(Assess(TaxBucket.Agriculture, value).Tax.Satang > 0);
    }

    [Fact]
    public void Values_of_one_use_are_summed_over_all_the_taxpayers_parcels_before_the_brackets()
    {
        // Two parcels of 30 M of "other" use: 60 M total → 150,000 + 10 M × 0.4 % = 190,000 (not 2 × 90,000).
        var result = LandTaxCalculator.Assess(1, [Part(TaxBucket.Other, 30 * M, parcel: 1), Part(TaxBucket.Other, 30 * M, parcel: 2)], Rates());

        Assert.Equal(Money.FromBaht(190_000m), result.Tax);
        Assert.Equal(2, result.ParcelCount);
    }

    [Fact]
    public void Parts_of_other_taxpayers_are_left_out()
    {
        var result = LandTaxCalculator.Assess(1, [Part(TaxBucket.Other, 1 * M, taxpayer: 1), Part(TaxBucket.Other, 9 * M, taxpayer: 2)], Rates());

        Assert.Equal(Money.FromBaht(3_000m), result.Tax);
    }

    [Fact]
    public void Mixed_use_building_is_valued_by_floor_area_per_use_and_each_part_taxed_by_its_own_table()
    {
        // A shophouse (201, 8,050/m²) built 10 years ago (20 % depreciation): 80 m² shop, 160 m² owner's home,
        // on 20 square wah at 45,000 of "other" use.
        var parcel = new ParcelInput(7, 1, "โฉนด 1", 45_000m,
            [new UsePartInput(UseKind.Other, 20m)],
            [new BuildingInput(3, null, "201", Year - 10, "B", [new UsePartInput(UseKind.Other, 80m), new UsePartInput(UseKind.ResidentialOwnerLandAndHouse, 160m)])]);

        var parts = LandTaxCalculator.Value(parcel, Year, Rates()).ToList();
        var result = LandTaxCalculator.Assess(1, parts, Rates());

        Assert.Equal(3, parts.Count);
        Assert.Equal(515_200m, parts.Single(p => p.BuildingId == 3 && p.Bucket == TaxBucket.Other).Value); // 80 × 8,050 × 0.8
        Assert.Equal(1_030_400m, parts.Single(p => p.Bucket == TaxBucket.ResidentialOwnerLandAndHouse).Value);
        var other = result.Uses.Single(u => u.Bucket == TaxBucket.Other);
        Assert.Equal(900_000m + 515_200m, other.Value);
        Assert.Equal(Money.FromBaht(4_245.60m), other.Tax); // 1,415,200 × 0.3 %
        Assert.Equal(Money.Zero, result.Uses.Single(u => u.Bucket == TaxBucket.ResidentialOwnerLandAndHouse).Tax);
        Assert.Equal(Money.FromBaht(4_245.60m), result.Tax);
        Assert.Equal(1, result.BuildingCount);
    }

    [Fact]
    public void Building_of_another_owner_is_assessed_to_that_owner()
    {
        var parcel = new ParcelInput(1, 1, "L", 1_000m, [new UsePartInput(UseKind.ResidentialOther, 100m)],
            [new BuildingInput(2, 9, "101", Year, "B", [new UsePartInput(UseKind.ResidentialHouseOnly, 100m)])]);

        var parts = LandTaxCalculator.Value(parcel, Year, Rates()).ToList();

        Assert.Equal(1, parts.Single(p => p.BuildingId is null).TaxpayerId);
        Assert.Equal(9, parts.Single(p => p.BuildingId == 2).TaxpayerId);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 2)]
    [InlineData(38, 76)]
    [InlineData(60, 76)]
    public void Depreciation_follows_the_age_and_is_capped_by_the_last_step(int age, decimal percent)
    {
        Assert.Equal(percent, Rates().DepreciationPercent(age));
    }

    [Fact]
    public void Building_type_without_a_price_refuses_the_valuation()
    {
        var parcel = new ParcelInput(1, 1, "L", 1m, [new UsePartInput(UseKind.Other, 1m)], [new BuildingInput(2, null, "999", Year, "B", [new UsePartInput(UseKind.Other, 1m)])]);

        Assert.Throws<LandTaxValuationException>(() => LandTaxCalculator.Value(parcel, Year, Rates()).ToList());
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 0)]
    [InlineData(4, 0.3)]
    [InlineData(6, 0.3)]
    [InlineData(7, 0.6)]
    [InlineData(10, 0.9)]
    public void Vacant_escalation_adds_03_percent_for_every_3_consecutive_years(int vacantYear, decimal added)
    {
        Assert.Equal(added, LandTaxCalculator.EscalationPercent(vacantYear, new EscalationRule(3, 0.3m, 3m)));
        var result = LandTaxCalculator.Assess(1, [Part(TaxBucket.Vacant, 1 * M, vacantYear: vacantYear)], Rates());
        Assert.Equal(Money.FromBaht(1 * M * (0.3m + added) / 100m), result.Tax);
    }

    [Fact]
    public void Vacant_year_counts_from_the_year_it_became_vacant()
    {
        Assert.Equal(1, LandTaxCalculator.VacantYear(2570, 2570));
        Assert.Equal(4, LandTaxCalculator.VacantYear(2570, 2567));
        Assert.Equal(1, LandTaxCalculator.VacantYear(2570, null));
        Assert.Equal(1, LandTaxCalculator.VacantYear(2570, 2575));
    }

    [Fact]
    public void Vacant_escalation_stops_at_a_total_rate_of_3_percent()
    {
        // Year 40: 13 steps = 3.9 % on top of 0.3 % would be 4.2 %; the total is capped at 3 %.
        var result = LandTaxCalculator.Assess(1, [Part(TaxBucket.Vacant, 1 * M, vacantYear: 40)], Rates());

        Assert.Equal(Money.FromBaht(30_000m), result.Tax);
        Assert.Equal(27_000m, result.Uses.Single().Escalation);
    }

    [Fact]
    public void Vacant_escalation_applies_only_to_the_parts_unused_long_enough()
    {
        // 1 M vacant for 1 year and 1 M for 4 years: 2 M × 0.3 % + 1 M × 0.3 % = 6,000 + 3,000.
        var result = LandTaxCalculator.Assess(1, [Part(TaxBucket.Vacant, 1 * M, parcel: 1, vacantYear: 1), Part(TaxBucket.Vacant, 1 * M, parcel: 2, vacantYear: 4)], Rates());

        Assert.Equal(Money.FromBaht(9_000m), result.Tax);
        var line = Assert.Single(result.Lines, l => l.Kind == AssessmentLineKind.Escalation);
        Assert.Equal(3_000m, line.Amount);
        Assert.Equal(2, line.ParcelId);
    }

    [Fact]
    public void Relief_is_applied_after_the_bracket_tax()
    {
        var result = Assess(TaxBucket.Other, 1 * M, Rates(new ReliefRule("90 %", null, 90m)));

        Assert.Equal(3_000m, result.BracketTax);
        Assert.Equal(2_700m, result.Relief);
        Assert.Equal(Money.FromBaht(300m), result.Tax);
    }

    [Fact]
    public void Reliefs_for_one_use_leave_the_others_alone_and_several_apply_one_after_another()
    {
        var rates = Rates(new ReliefRule("A", TaxBucket.Other, 50m), new ReliefRule("B", TaxBucket.Other, 10m), new ReliefRule("C", TaxBucket.ResidentialOther, 100m));
        var result = LandTaxCalculator.Assess(1, [Part(TaxBucket.Other, 1 * M), Part(TaxBucket.Agriculture, 1 * M, parcel: 2)], rates);

        Assert.Equal(Money.FromBaht(1_350m), result.Uses.Single(u => u.Bucket == TaxBucket.Other).Tax); // 3,000 × 0.5 × 0.9
        Assert.Equal(Money.FromBaht(100m), result.Uses.Single(u => u.Bucket == TaxBucket.Agriculture).Tax);
        Assert.Equal(2, result.Lines.Count(l => l.Kind == AssessmentLineKind.Relief));
    }

    [Theory]
    [InlineData(1_500, 4.5)] // 1,500 × 0.3 % = 4.5 exactly
    [InlineData(1_501.5, 4.5)] // 4.5045 → 4.50
    [InlineData(1_501.67, 4.51)] // 4.50501 → 4.51
    [InlineData(1_666.5, 5)] // 4.9995 → 5.00 (half away from zero)
    public void Tax_of_each_use_is_rounded_once_to_satang_half_away_from_zero(decimal value, decimal tax)
    {
        Assert.Equal(Money.FromBaht(tax), Assess(TaxBucket.Other, value).Tax);
    }

    [Fact]
    public void Taxpayer_tax_is_the_sum_of_the_rounded_use_taxes()
    {
        // Two uses each 0.005 baht: each rounds up to 0.01, the total is 0.02 (not round(0.01) = 0.01).
        var result = LandTaxCalculator.Assess(1, [Part(TaxBucket.ResidentialOther, 25m), Part(TaxBucket.Agriculture, 50m, parcel: 2)], Rates());

        Assert.All(result.Uses, u => Assert.Equal(0.005m, u.ExactTax));
        Assert.Equal(Money.FromBaht(0.02m), result.Tax);
    }

    [Fact]
    public void Explanation_names_the_value_bracket_rate_and_amount_of_each_figure()
    {
        var parcel = new ParcelInput(1, 1, "โฉนด 9", 100_000m, [new UsePartInput(UseKind.Other, 600m)], []);
        var result = LandTaxCalculator.Assess(1, LandTaxCalculator.Value(parcel, Year, Rates()), Rates());

        Assert.Collection(
            result.Lines,
            l => Assert.Equal((AssessmentLineKind.LandValue, 600m, 100_000m, 60 * M), (l.Kind, l.Quantity!.Value, l.UnitPrice!.Value, l.Base)),
            l => Assert.Equal((AssessmentLineKind.UseTotal, 60 * M), (l.Kind, l.Base)),
            l => Assert.Equal((AssessmentLineKind.Bracket, 0.3m, 50 * M, 150_000m, "0.00 – 50,000,000.00"), (l.Kind, l.Percent!.Value, l.Base, l.Amount, l.Label)),
            l => Assert.Equal((AssessmentLineKind.Bracket, 0.4m, 10 * M, 40_000m), (l.Kind, l.Percent!.Value, l.Base, l.Amount)),
            l => Assert.Equal((AssessmentLineKind.UseTax, 190_000m), (l.Kind, l.Amount)));
    }

    [Fact]
    public void Use_kinds_map_to_their_tables()
    {
        Assert.Equal(TaxBucket.AgricultureIndividualFarmer, LandTaxCalculator.BucketOf(UseKind.Agriculture, true));
        Assert.Equal(TaxBucket.Agriculture, LandTaxCalculator.BucketOf(UseKind.Agriculture, false));
        Assert.Equal(TaxBucket.ResidentialHouseOnly, LandTaxCalculator.BucketOf(UseKind.ResidentialHouseOnly, false));
        Assert.Equal(TaxBucket.Vacant, LandTaxCalculator.BucketOf(UseKind.Vacant, false));
    }

    [Fact]
    public void Rai_ngan_and_square_wah_convert_both_ways()
    {
        Assert.Equal(1_650.5m, LandArea.ToSquareWah(4, 0, 50.5m));
        Assert.Equal((4, 0, 50.5m), LandArea.FromSquareWah(1_650.5m));
        Assert.Equal(750m, LandArea.ToSquareWah(1, 3, 50m));
    }

    [Fact]
    public void Instalments_are_three_equal_shares_with_the_remainder_on_the_first_and_monthly_due_dates()
    {
        var calendar = new LandTaxCalendar { DueMonth = 4, DueDay = 30, InstalmentCount = 3 };
        var parts = LocalGov.Revenue.Services.LandTax.LandTaxInstalments.Split(5, Money.FromBaht(3_000.01m), 2570, calendar);

        Assert.Equal([100_001L, 100_000L, 100_000L], parts.Select(p => p.Amount.Satang));
        Assert.Equal([new DateOnly(2027, 4, 30), new DateOnly(2027, 5, 31), new DateOnly(2027, 6, 30)], parts.Select(p => p.DueOn));
    }
}
