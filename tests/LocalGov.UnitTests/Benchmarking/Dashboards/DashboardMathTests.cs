using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Services.Dashboards;

namespace LocalGov.UnitTests.Benchmarking.Dashboards;

public sealed class DashboardMathTests
{
    [Theory]
    [InlineData(new[] { 3.0, 1.0, 2.0 }, 2.0)]
    [InlineData(new[] { 4.0, 1.0, 2.0, 3.0 }, 2.5)]
    [InlineData(new[] { 7.0 }, 7.0)]
    public void Median_interpolates_between_the_middle_values(double[] values, double expected) =>
        Assert.Equal((decimal)expected, DashboardMath.Median(values.Select(v => (decimal)v)));

    [Fact]
    public void Median_of_nothing_is_null() => Assert.Null(DashboardMath.Median([]));

    [Fact]
    public void Fifths_put_the_best_values_first_and_ties_in_the_same_fifth()
    {
        decimal[] values = [10, 20, 30, 40, 50, 50, 60, 70, 80, 90];
        var higher = DashboardMath.FifthsOf(values, IndicatorDirection.HigherIsBetter);
        Assert.Equal(1, higher[90]);
        Assert.Equal(5, higher[10]);
        Assert.Equal(3, higher[50]);
        var lower = DashboardMath.FifthsOf(values, IndicatorDirection.LowerIsBetter);
        Assert.Equal(1, lower[10]);
        Assert.Equal(5, lower[90]);
    }

    [Theory]
    [InlineData(100.0, 1)]
    [InlineData(80.0, 1)]
    [InlineData(79.9, 2)]
    [InlineData(50.0, 3)]
    [InlineData(0.0, 5)]
    public void Fifth_of_a_percentile_is_one_for_the_best(double percentile, int fifth) =>
        Assert.Equal(fifth, DashboardMath.FifthOfPercentile((decimal)percentile));

    [Fact]
    public void Improvement_is_positive_when_the_value_moved_the_better_way()
    {
        Assert.Equal(5m, DashboardMath.Improvement(15, 10, IndicatorDirection.HigherIsBetter));
        Assert.Equal(-5m, DashboardMath.Improvement(15, 10, IndicatorDirection.LowerIsBetter));
    }

    [Fact]
    public void Histogram_counts_every_value_once_and_marks_the_median_bin()
    {
        decimal[] values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        var bins = DashboardMath.Histogram(values, 5m);
        Assert.Equal(10, bins.Count);
        Assert.Equal(values.Length, bins.Sum(b => b.Count));
        Assert.Equal(2, bins[^1].Count);
        Assert.Equal(5m, Assert.Single(bins, b => b.HasMedian).From);
        Assert.Single(DashboardMath.Histogram([3, 3, 3], 3m));
        Assert.Empty(DashboardMath.Histogram([], null));
    }
}
