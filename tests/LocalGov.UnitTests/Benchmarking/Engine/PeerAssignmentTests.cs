using LocalGov.Benchmarking.Domain;
using LocalGov.Benchmarking.Seeding;
using LocalGov.Benchmarking.Services.Engine;
using LocalGov.Organizations.Contracts;

namespace LocalGov.UnitTests.Benchmarking.Engine;

public sealed class PeerAssignmentTests
{
    private static readonly PeerAssignment Standard = new(StandardCatalogue.PeerBands().Select((b, i) => { b.Id = i + 1; return b; }).Reverse());

    private static Dictionary<string, decimal?> Figures(decimal? population = null, decimal? financeRevenue = null, decimal? budgetRevenue = null) => new()
    {
        [FigureCatalog.Population] = population,
        [FigureCatalog.FinanceRevenue] = financeRevenue,
        [FigureCatalog.BudgetRevenue] = budgetRevenue,
    };

    [Theory]
    [InlineData(1, 0)]
    [InlineData(4_999, 0)]
    [InlineData(5_000, 5_000)]
    [InlineData(9_999, 5_000)]
    [InlineData(10_000, 10_000)]
    [InlineData(20_000, 20_000)]
    [InlineData(250_000, 20_000)]
    public void An_SAO_goes_to_the_band_with_the_highest_lower_bound_not_above_its_population(int population, long lowerBound)
    {
        var band = Standard.Assign(LaoType.SubdistrictAdministrativeOrganisation, Figures(population));

        Assert.Equal(lowerBound, band!.LowerBound);
        Assert.Equal(LaoType.SubdistrictAdministrativeOrganisation, band.LaoType);
    }

    [Fact]
    public void Missing_size_gives_no_peer_group()
    {
        Assert.Null(Standard.Assign(LaoType.TownMunicipality, Figures(population: null, financeRevenue: 5_000_000m)));
        Assert.Null(Standard.Assign(LaoType.CityMunicipality, Figures(population: 100_000)));
    }

    [Fact]
    public void Revenue_basis_uses_ledger_revenue_else_the_budget_estimate()
    {
        Assert.Equal(1_000_000_000, Standard.Assign(LaoType.CityMunicipality, Figures(financeRevenue: 1_000_000_000m, budgetRevenue: 10m))!.LowerBound);
        Assert.Equal(0, Standard.Assign(LaoType.CityMunicipality, Figures(financeRevenue: 999_999_999.99m, budgetRevenue: 2_000_000_000m))!.LowerBound);
        Assert.Equal(1_000_000_000, Standard.Assign(LaoType.CityMunicipality, Figures(budgetRevenue: 2_000_000_000m))!.LowerBound);
    }

    [Fact]
    public void A_size_below_every_band_or_a_type_without_bands_gives_no_peer_group()
    {
        Assert.Null(Standard.Assign(LaoType.CityMunicipality, Figures(financeRevenue: -1m)));
        Assert.Null(new PeerAssignment([]).Assign(LaoType.TownMunicipality, Figures(population: 40_000)));
    }

    [Fact]
    public void Single_band_types_take_every_size()
    {
        Assert.Equal(LaoType.Bangkok, Standard.Assign(LaoType.Bangkok, Figures(population: 5_500_000))!.LaoType);
        Assert.Equal(LaoType.Pattaya, Standard.Assign(LaoType.Pattaya, Figures(population: 120_000))!.LaoType);
    }

    [Fact]
    public void Every_type_has_a_band_starting_at_zero_and_names_in_both_languages()
    {
        var bands = StandardCatalogue.PeerBands();

        Assert.All(Enum.GetValues<LaoType>(), t => Assert.Contains(bands, b => b.LaoType == t && b.LowerBound == 0));
        Assert.All(bands, b => Assert.False(string.IsNullOrWhiteSpace(b.NameTh) || string.IsNullOrWhiteSpace(b.NameEn)));
        Assert.Equal(bands.Count, bands.Select(b => b.NameEn).Distinct().Count());
    }
}
