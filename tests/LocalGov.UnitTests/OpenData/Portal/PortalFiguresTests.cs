using LocalGov.OpenData.Areas.OpenData.Features.Portal;
using LocalGov.OpenData.Services.Portal;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.OpenData.Portal;

public sealed class PortalFiguresTests
{
    [Theory]
    [InlineData(123_500_000, 22_800, 5_417)]
    [InlineData(1_000, 3, 333)]
    [InlineData(1_000, 400, 3)]
    [InlineData(500, 200, 3)]
    public void Per_resident_is_the_total_over_the_population_rounded_half_away_to_whole_baht(long baht, int population, int expected) =>
        Assert.Equal(expected, PortalQueries.PerResident(Money.FromBaht(baht), population));

    [Fact]
    public void Per_resident_is_unknown_without_a_population() =>
        Assert.Null(PortalQueries.PerResident(Money.FromBaht(1_000), 0));

    [Theory]
    [InlineData(21_140_000, 123_500_000, 17.1)]
    [InlineData(1, 3, 33.3)]
    [InlineData(1, 8, 12.5)]
    [InlineData(1, 16, 6.3)]
    public void Shares_are_percent_to_one_decimal(long part, long whole, double expected) =>
        Assert.Equal((decimal)expected, PortalQueries.Percent(Money.FromBaht(part), Money.FromBaht(whole)));

    [Fact]
    public void A_share_of_nothing_is_unknown() =>
        Assert.Null(PortalQueries.Percent(Money.FromBaht(5), Money.Zero));

    [Fact]
    public void Median_of_an_odd_count_is_the_middle_value_and_of_an_even_count_the_mean_of_the_two_middle_values()
    {
        Assert.Equal(5m, PortalQueries.Median([9m, 1m, 5m]));
        Assert.Equal(4m, PortalQueries.Median([1m, 3m, 5m, 100m]));
        Assert.Null(PortalQueries.Median([]));
    }

    [Fact]
    public void Every_one_of_the_77_provinces_has_an_approximate_centre_inside_Thailand()
    {
        Assert.Equal(77, ProvinceCentroids.ByCode.Count);
        Assert.All(ProvinceCentroids.ByCode.Values, c =>
        {
            Assert.InRange(c.Lat, 5.5, 20.5);
            Assert.InRange(c.Lng, 97.3, 105.7);
        });
    }
}
