using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Domain;
using LocalGov.Benchmarking.Services.Cards;

namespace LocalGov.UnitTests.Benchmarking.Cards;

public sealed class CardHelpersTests
{
    [Theory]
    [InlineData(80, (int)PeerPosition.TopQuartile)]
    [InlineData(75, (int)PeerPosition.TopQuartile)]
    [InlineData(60, (int)PeerPosition.AboveMedian)]
    [InlineData(50, (int)PeerPosition.AboveMedian)]
    [InlineData(30, (int)PeerPosition.BelowMedian)]
    [InlineData(25, (int)PeerPosition.BelowMedian)]
    [InlineData(10, (int)PeerPosition.BottomQuartile)]
    public void Position_against_the_quartiles_when_higher_is_better(int value, int expected) =>
        Assert.Equal((PeerPosition)expected, PeerPositions.Classify(value, IndicatorDirection.HigherIsBetter, 25m, 50m, 75m, 8, null));

    [Theory]
    [InlineData(10, (int)PeerPosition.TopQuartile)]
    [InlineData(25, (int)PeerPosition.TopQuartile)]
    [InlineData(40, (int)PeerPosition.AboveMedian)]
    [InlineData(60, (int)PeerPosition.BelowMedian)]
    [InlineData(75, (int)PeerPosition.BelowMedian)]
    [InlineData(90, (int)PeerPosition.BottomQuartile)]
    public void Position_against_the_quartiles_when_lower_is_better(int value, int expected) =>
        Assert.Equal((PeerPosition)expected, PeerPositions.Classify(value, IndicatorDirection.LowerIsBetter, 25m, 50m, 75m, 8, null));

    [Fact]
    public void Position_falls_back_to_the_percentile_and_is_none_without_a_value_or_peers()
    {
        Assert.Equal(PeerPosition.TopQuartile, PeerPositions.Classify(1m, IndicatorDirection.HigherIsBetter, null, null, null, 5, 80m));
        Assert.Equal(PeerPosition.BottomQuartile, PeerPositions.Classify(1m, IndicatorDirection.HigherIsBetter, null, null, null, 5, 20m));
        Assert.Null(PeerPositions.Classify(null, IndicatorDirection.HigherIsBetter, 25m, 50m, 75m, 8, 80m));
        Assert.Null(PeerPositions.Classify(1m, IndicatorDirection.HigherIsBetter, 1m, 1m, 1m, 1, 100m));
    }

    [Fact]
    public void Threshold_is_a_maximum_when_lower_is_better_and_a_minimum_otherwise()
    {
        Assert.Equal(ThresholdStatus.Within, PeerPositions.Check(40m, IndicatorDirection.LowerIsBetter, 40m));
        Assert.Equal(ThresholdStatus.Outside, PeerPositions.Check(40.01m, IndicatorDirection.LowerIsBetter, 40m));
        Assert.Equal(ThresholdStatus.Outside, PeerPositions.Check(9m, IndicatorDirection.HigherIsBetter, 10m));
        Assert.Null(PeerPositions.Check(50m, IndicatorDirection.LowerIsBetter, null));
        Assert.Null(PeerPositions.Check(null, IndicatorDirection.LowerIsBetter, 40m));
    }

    [Fact]
    public void Missing_inputs_are_read_with_the_zero_denominator_marker()
    {
        var parsed = MissingInputs.Parse("revenue_collected, finance_revenue,/0");
        Assert.Equal(["revenue_collected", "finance_revenue"], parsed.FigureCodes);
        Assert.True(parsed.DenominatorZero);
        Assert.False(MissingInputs.Parse(null).Any);
        Assert.True(MissingInputs.Parse("/0") is { FigureCodes.Count: 0, DenominatorZero: true });
    }

    [Fact]
    public void Formula_inputs_are_the_catalogue_figures_it_names_once_each()
    {
        var inputs = FormulaText.Inputs("revenue_collected / finance_revenue * 100 + max(revenue_collected, 0)");
        Assert.Equal([FigureCatalog.RevenueCollected, FigureCatalog.FinanceRevenue], inputs.Select(f => f.Code));
    }

    [Fact]
    public void Formula_is_written_out_with_the_figure_names_and_operators()
    {
        Assert.Equal("[Own-source revenue collected] ÷ [Revenue in the ledger] × 100",
            FormulaText.WrittenOut("revenue_collected/finance_revenue*100", thai: false));

        // The Thai name of revenue_assessed has a "/" of its own, which must not become a division sign.
        Assert.Equal("[รายได้จัดเก็บเอง: จัดเก็บได้] ÷ [รายได้จัดเก็บเอง: ประเมิน/ออกใบแจ้ง] × 100",
            FormulaText.WrittenOut("revenue_collected / revenue_assessed * 100", thai: true));
    }
}
