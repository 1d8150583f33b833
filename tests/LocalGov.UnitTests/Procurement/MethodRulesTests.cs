using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Seeding;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Procurement;

/// <summary>The seeded thresholds of the 2560 regulation decide which methods a case may use.</summary>
public sealed class MethodRulesTests
{
    private static readonly DateOnly On = new(2026, 1, 15);

    private static IReadOnlyList<AllowedMethod> Allowed(decimal baht, bool catalogue, DateOnly? on = null) =>
        MethodRules.Allowed(MethodRuleSeeder.Rules(), Money.FromBaht(baht), catalogue, on ?? On);

    [Fact]
    public void Up_to_500000_baht_the_specific_method_needs_no_reason()
    {
        var allowed = Allowed(500_000m, catalogue: false);
        Assert.Contains(allowed, a => a.Method == ProcurementMethod.Specific && !a.RequiresReason);
        Assert.DoesNotContain(allowed, a => a.Method is ProcurementMethod.EBidding or ProcurementMethod.EMarket);
    }

    [Fact]
    public void Above_500000_baht_outside_the_catalogue_means_e_bidding_and_specific_needs_a_reason()
    {
        var allowed = Allowed(500_000.01m, catalogue: false);
        Assert.Contains(allowed, a => a.Method == ProcurementMethod.EBidding && !a.RequiresReason);
        Assert.Contains(allowed, a => a.Method == ProcurementMethod.Specific && a.RequiresReason);
        Assert.Contains(allowed, a => a.Method == ProcurementMethod.PriceQuotation && a.RequiresReason);
        Assert.DoesNotContain(allowed, a => a.Method == ProcurementMethod.EMarket);
    }

    [Fact]
    public void Catalogue_items_use_e_market_up_to_five_million_and_e_bidding_above()
    {
        Assert.Contains(Allowed(5_000_000m, catalogue: true), a => a.Method == ProcurementMethod.EMarket);
        Assert.DoesNotContain(Allowed(5_000_000m, catalogue: true), a => a.Method == ProcurementMethod.EBidding);
        var above = Allowed(5_000_000.01m, catalogue: true);
        Assert.Contains(above, a => a.Method == ProcurementMethod.EBidding);
        Assert.DoesNotContain(above, a => a.Method is ProcurementMethod.EMarket or ProcurementMethod.PriceQuotation);
    }

    [Fact]
    public void Rules_apply_only_from_their_effective_date()
    {
        Assert.Empty(Allowed(100_000m, catalogue: false, new DateOnly(2017, 8, 22)));
        Assert.NotEmpty(Allowed(100_000m, catalogue: false, MethodRuleSeeder.EffectiveFrom));
    }
}
