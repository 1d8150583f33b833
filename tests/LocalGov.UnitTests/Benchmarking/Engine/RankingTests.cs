using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Services.Engine;

namespace LocalGov.UnitTests.Benchmarking.Engine;

public sealed class RankingTests
{
    private const IndicatorDirection Up = IndicatorDirection.HigherIsBetter;
    private const IndicatorDirection Down = IndicatorDirection.LowerIsBetter;

    [Fact]
    public void Ties_share_the_best_rank_and_the_next_rank_skips_when_higher_is_better()
    {
        Assert.Equal([1, 2, 2, 4], Ranking.CompetitionRanks([10m, 8m, 8m, 5m], Up));
        Assert.Equal([4, 2, 2, 1], Ranking.CompetitionRanks([5m, 8m, 8m, 10m], Up));
    }

    [Fact]
    public void Ties_share_the_best_rank_when_lower_is_better()
    {
        Assert.Equal([4, 2, 2, 1], Ranking.CompetitionRanks([10m, 8m, 8m, 5m], Down));
        Assert.Equal([1, 1, 1], Ranking.CompetitionRanks([3m, 3m, 3m], Down));
    }

    [Fact]
    public void Missing_values_take_no_rank_and_do_not_push_others_down()
    {
        Assert.Equal([null, 1, 3, 2, null], Ranking.CompetitionRanks([null, 9m, 1m, 5m, null], Up));
        Assert.Equal([null, null, 50m], Ranking.PercentileRanks([null, null, 7m], Up));
        Assert.Empty(Ranking.CompetitionRanks([], Up));
    }

    [Fact]
    public void Percentile_is_worse_plus_half_the_equal_over_n()
    {
        // 10 beats 3 of 4 and equals itself: (3 + 0.5) / 4 = 87.5; the tied 8s: (1 + 1) / 4 = 50; 5: 0.5 / 4 = 12.5.
        Assert.Equal([87.5m, 50m, 50m, 12.5m], Ranking.PercentileRanks([10m, 8m, 8m, 5m], Up));
        Assert.Equal([12.5m, 50m, 50m, 87.5m], Ranking.PercentileRanks([10m, 8m, 8m, 5m], Down));
    }

    [Fact]
    public void Percentiles_are_rounded_to_one_place()
    {
        // n = 3: (2 + 0.5) / 3 = 83.33…, 0.5 / 3 = 16.66…
        Assert.Equal([83.3m, 50m, 16.7m], Ranking.PercentileRanks([3m, 2m, 1m], Up));
    }

    [Fact]
    public void A_lone_value_and_an_all_equal_group_sit_at_the_50th_percentile()
    {
        Assert.Equal([50m], Ranking.PercentileRanks([42m], Up));
        Assert.Equal([50m, 50m], Ranking.PercentileRanks([1m, 1m], Down));
        Assert.Equal([1], Ranking.CompetitionRanks([42m], Up));
    }

    [Theory]
    // Excel: =PERCENTILE.INC({1,2,3,4},0.25) = 1.75, 0.5 = 2.5, 0.75 = 3.25
    [InlineData("1,2,3,4", "0.25", "1.75")]
    [InlineData("1,2,3,4", "0.5", "2.5")]
    [InlineData("1,2,3,4", "0.75", "3.25")]
    // =PERCENTILE.INC({15,20,35,40,50},0.25) = 20, 0.4 = 29, 0.75 = 40
    [InlineData("15,20,35,40,50", "0.25", "20")]
    [InlineData("15,20,35,40,50", "0.4", "29")]
    [InlineData("15,20,35,40,50", "0.75", "40")]
    // =PERCENTILE.INC({3,6,7,8,8,10,13,15,16,20},0.25) = 7.25, 0.5 = 9, 0.75 = 14.5
    [InlineData("3,6,7,8,8,10,13,15,16,20", "0.25", "7.25")]
    [InlineData("3,6,7,8,8,10,13,15,16,20", "0.5", "9")]
    [InlineData("3,6,7,8,8,10,13,15,16,20", "0.75", "14.5")]
    [InlineData("7", "0.25", "7")]
    [InlineData("1,9", "1", "9")]
    [InlineData("1,9", "0", "1")]
    public void Quantiles_match_Excel_percentile_inc(string values, string p, string expected)
    {
        var sorted = values.Split(',').Select(decimal.Parse).ToList();

        Assert.Equal(decimal.Parse(expected), Ranking.Quantile(sorted, decimal.Parse(p)));
    }

    [Fact]
    public void Describe_counts_missing_and_takes_the_best_quartile_by_direction()
    {
        decimal?[] values = [20m, 3m, null, 16m, 6m, 15m, 7m, 13m, 8m, null, 8m, 10m];

        var up = Ranking.Describe(values, Up);
        var down = Ranking.Describe(values, Down);

        Assert.Equal(new GroupStatistics(10, 2, 3m, 7.25m, 9m, 14.5m, 20m, 10.6m, 14.5m), up);
        Assert.Equal(7.25m, down.BestQuartile);
    }

    [Fact]
    public void Describe_of_a_group_without_values_has_only_counts()
    {
        Assert.Equal(new GroupStatistics(0, 2, null, null, null, null, null, null, null), Ranking.Describe([null, null], Up));
    }

    [Fact]
    public void Outlier_fences_lie_three_interquartile_ranges_beyond_the_quartiles()
    {
        // Q1 7.25, Q3 14.5, IQR 7.25: fences -14.5 and 36.25.
        var fence = Ranking.Fence([3m, 6m, 7m, 8m, 8m, 10m, 13m, 15m, 16m, 20m])!.Value;

        Assert.Equal(new OutlierFence(-14.5m, 36.25m), fence);
        Assert.True(fence.Excludes(36.26m));
        Assert.False(fence.Excludes(36.25m));
        Assert.True(fence.Excludes(-15m));
    }

    [Fact]
    public void Groups_under_eight_values_have_no_fence()
    {
        Assert.Null(Ranking.Fence([1m, 2m, 3m, 4m, 5m, 6m, 1000m]));
        Assert.NotNull(Ranking.Fence([1m, 2m, 3m, 4m, 5m, 6m, 7m, 1000m]));
    }

    [Fact]
    public void The_peer_group_fence_wins_else_the_province_else_none()
    {
        var peer = new OutlierFence(0m, 10m);
        var province = new OutlierFence(-100m, 100m);

        Assert.Equal(peer, Ranking.ChooseFence(peer, province));
        Assert.Equal(province, Ranking.ChooseFence(null, province));
        Assert.Null(Ranking.ChooseFence(null, null));
    }
}
