using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Services.Cards;

namespace LocalGov.UnitTests.Benchmarking.Cards;

public sealed class CardSummaryTests
{
    private static SummaryInput Input(
        string code = "OSR_SHARE",
        IndicatorDirection direction = IndicatorDirection.HigherIsBetter,
        decimal? value = 50m,
        PeerPosition? position = PeerPosition.AboveMedian,
        int? peerRank = 5,
        int peerCount = 10,
        ThresholdStatus? threshold = null,
        decimal? previous = null,
        decimal? percentile = null,
        decimal? previousPercentile = null,
        IReadOnlyList<string>? missing = null,
        bool zero = false,
        bool hasRow = true) =>
        new(code, "Name " + code, direction, value, value?.ToString() ?? "–", position, peerRank, peerCount, "40", threshold, "40 %",
            previous, previous?.ToString() ?? "–", percentile, previousPercentile, missing ?? [], zero, hasRow);

    [Fact]
    public void Top_quartile_is_a_strength_and_bottom_quartile_a_gap()
    {
        var sentences = CardSummary.Build([Input("A", position: PeerPosition.TopQuartile), Input("B", position: PeerPosition.BottomQuartile)]);
        Assert.Equal([("A", SummaryKind.Strength, "Summary.TopQuartile"), ("B", SummaryKind.Gap, "Summary.BottomQuartile")],
            sentences.Select(s => (s.IndicatorCode, s.Kind, s.Key)));
        Assert.Equal(["Name A", "50", "40"], sentences[0].Args);
    }

    [Fact]
    public void Best_of_the_peers_is_said_once_instead_of_top_quartile_but_not_when_alone()
    {
        var best = CardSummary.Build([Input(position: PeerPosition.TopQuartile, peerRank: 1, peerCount: 12)]);
        Assert.Equal("Summary.Best", Assert.Single(best).Key);
        Assert.Equal("12", best[0].Args[2]);

        var alone = CardSummary.Build([Input(position: null, peerRank: 1, peerCount: 1)]);
        Assert.Empty(alone);
    }

    [Fact]
    public void Over_a_legal_limit_is_a_gap_named_by_the_direction()
    {
        var over = CardSummary.Build([Input("PERSONNEL_RATIO", IndicatorDirection.LowerIsBetter, 45m, threshold: ThresholdStatus.Outside)]);
        Assert.Equal(("Summary.OverLimit", SummaryKind.Gap), (Assert.Single(over).Key, over[0].Kind));
        Assert.Equal(["Name PERSONNEL_RATIO", "45", "40 %"], over[0].Args);

        var under = CardSummary.Build([Input(threshold: ThresholdStatus.Outside)]);
        Assert.Equal("Summary.UnderMinimum", Assert.Single(under).Key);
        Assert.Empty(CardSummary.Build([Input(threshold: ThresholdStatus.Within)]));
    }

    [Theory]
    [InlineData(IndicatorDirection.HigherIsBetter, 100, 110, (int)SummaryKind.Improvement)]
    [InlineData(IndicatorDirection.HigherIsBetter, 100, 90, (int)SummaryKind.Decline)]
    [InlineData(IndicatorDirection.LowerIsBetter, 100, 90, (int)SummaryKind.Improvement)]
    [InlineData(IndicatorDirection.LowerIsBetter, 100, 110, (int)SummaryKind.Decline)]
    public void A_value_moving_ten_percent_is_an_improvement_or_decline_by_direction(IndicatorDirection direction, int before, int now, int expected)
    {
        var sentence = Assert.Single(CardSummary.Build([Input(direction: direction, value: now, previous: before)]));
        Assert.Equal((SummaryKind)expected, sentence.Kind);
        Assert.Equal([$"Name OSR_SHARE", before.ToString(), now.ToString()], sentence.Args);
    }

    [Fact]
    public void Small_moves_are_not_mentioned()
    {
        Assert.Empty(CardSummary.Build([Input(value: 109.9m, previous: 100m, percentile: 59.9m, previousPercentile: 50m)]));
        Assert.Empty(CardSummary.Build([Input(value: 50m, previous: 0m)]));
    }

    [Fact]
    public void Percentile_moving_ten_points_counts_and_decides_against_the_value()
    {
        Assert.Equal(SummaryKind.Improvement, CardSummary.Change(Input(value: 50m, previous: 50m, percentile: 70m, previousPercentile: 60m)));
        Assert.Equal(SummaryKind.Decline, CardSummary.Change(Input(value: 50m, previous: 50m, percentile: 50m, previousPercentile: 60m)));

        // Value up 20 % but the peers improved more: the percentile fell 15 points.
        Assert.Equal(SummaryKind.Decline, CardSummary.Change(Input(value: 120m, previous: 100m, percentile: 40m, previousPercentile: 55m)));
    }

    [Fact]
    public void Missing_data_names_the_missing_figures_or_the_zero_denominator_and_says_nothing_else()
    {
        var sentences = CardSummary.Build(
        [
            Input("A", value: null, position: null, previous: 10m, missing: ["Own-source revenue collected", "Revenue in the ledger"]),
            Input("B", value: null, position: null, zero: true),
            Input("C", value: null, position: null),
            Input("D", value: null, position: null, hasRow: false),
        ]);
        Assert.All(sentences, s => Assert.Equal(SummaryKind.Missing, s.Kind));
        Assert.Equal(["Summary.MissingInputs", "Summary.DenominatorZero", "Summary.NoValue", "Summary.NotComputed"], sentences.Select(s => s.Key));
        Assert.Equal(["Name A", "Own-source revenue collected, Revenue in the ledger"], sentences[0].Args);
    }

    [Fact]
    public void Sentences_are_grouped_strengths_gaps_changes_missing_keeping_catalogue_order()
    {
        var sentences = CardSummary.Build(
        [
            Input("A", value: null, position: null, missing: ["x"]),
            Input("B", position: PeerPosition.BottomQuartile, previous: 100m, value: 80m),
            Input("C", position: PeerPosition.TopQuartile),
            Input("D", position: PeerPosition.TopQuartile),
        ]);
        Assert.Equal(["C", "D", "B", "B", "A"], sentences.Select(s => s.IndicatorCode));
        Assert.Equal([SummaryKind.Strength, SummaryKind.Strength, SummaryKind.Gap, SummaryKind.Decline, SummaryKind.Missing], sentences.Select(s => s.Kind));
    }
}
