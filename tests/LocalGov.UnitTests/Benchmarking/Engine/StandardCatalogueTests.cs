using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Seeding;
using LocalGov.Benchmarking.Services.Engine;

namespace LocalGov.UnitTests.Benchmarking.Engine;

public sealed class StandardCatalogueTests
{
    [Fact]
    public void Every_standard_formula_parses_against_the_figure_catalogue()
    {
        Assert.All(StandardCatalogue.Indicators(), i => Assert.True(Formula.Parse(i.Formula).Succeeded, i.Code));
    }

    [Fact]
    public void The_standard_codes_directions_and_threshold_are_as_agreed()
    {
        var indicators = StandardCatalogue.Indicators().ToDictionary(i => i.Code);

        Assert.Equal(
            ["OSR_SHARE", "OSR_PER_CAPITA", "COLLECTION_EFFICIENCY", "BUDGET_EXECUTION", "CAPITAL_SHARE", "PERSONNEL_RATIO", "RESERVE_LEVEL",
                "DEBT_SERVICE", "BUDGET_ON_TIME", "REPORTS_ON_TIME", "PARTICIPATION", "SPECIFIC_METHOD_SHARE"],
            StandardCatalogue.Indicators().Select(i => i.Code));
        Assert.Equal(
            ["DEBT_SERVICE", "PERSONNEL_RATIO", "SPECIFIC_METHOD_SHARE"],
            indicators.Values.Where(i => i.Direction == IndicatorDirection.LowerIsBetter).Select(i => i.Code).Order());
        Assert.Equal(40m, indicators["PERSONNEL_RATIO"].Threshold);
        Assert.All(indicators.Values, i => Assert.Equal(2560, i.FromYear));
    }
}
