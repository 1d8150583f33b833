using LocalGov.Benchmarking.Contracts;

namespace LocalGov.Benchmarking.Services.Cards;

/// <summary>What a summary sentence says, in the order the card lists them.</summary>
internal enum SummaryKind
{
    Strength = 1,
    Gap = 2,
    Improvement = 3,
    Decline = 4,
    Missing = 5,
}

/// <summary>One sentence of the plain-language summary: a resource key (<c>Summary.*</c>) and its arguments, already formatted.</summary>
internal sealed record SummarySentence(SummaryKind Kind, string IndicatorCode, string Key, IReadOnlyList<string> Args);

/// <summary>
/// One indicator of the card as the summary needs it: the numbers and their formatted texts (in the page's language).
/// <paramref name="MissingFigureNames"/> names the figures the LAO lacked; <paramref name="HasRow"/> is false when the
/// recomputation wrote no value for the LAO at all.
/// </summary>
internal sealed record SummaryInput(
    string Code,
    string Name,
    IndicatorDirection Direction,
    decimal? Value,
    string ValueText,
    PeerPosition? Position,
    int? PeerRank,
    int PeerCount,
    string PeerMedianText,
    ThresholdStatus? Threshold,
    string ThresholdText,
    decimal? PreviousValue,
    string PreviousValueText,
    decimal? Percentile,
    decimal? PreviousPercentile,
    IReadOnlyList<string> MissingFigureNames,
    bool DenominatorZero,
    bool HasRow = true);

/// <summary>
/// The card's plain-language summary, generated from the numbers alone: strengths (top quartile of the peers, or the
/// best of them), gaps (bottom quartile, outside a legal threshold), improvements and declines against the previous
/// year (peer percentile moved by at least <see cref="PercentileStep"/> points or the value by at least
/// <see cref="RelativeStep"/>, direction-aware) and missing data. Pure: the view localizes the keys.
/// </summary>
internal static class CardSummary
{
    public const decimal PercentileStep = 10m;

    public const decimal RelativeStep = 0.10m;

    /// <summary>The figure names of a missing-data sentence are joined with this.</summary>
    public const string NameSeparator = ", ";

    public static IReadOnlyList<SummarySentence> Build(IEnumerable<SummaryInput> indicators)
    {
        var sentences = new List<SummarySentence>();
        foreach (var i in indicators)
        {
            if (i.Value is null)
            {
                sentences.Add(Missing(i));
                continue;
            }

            if (i.PeerRank == 1 && i.PeerCount > 1)
            {
                sentences.Add(new(SummaryKind.Strength, i.Code, "Summary.Best", [i.Name, i.ValueText, Count(i.PeerCount)]));
            }
            else if (i.Position == PeerPosition.TopQuartile)
            {
                sentences.Add(new(SummaryKind.Strength, i.Code, "Summary.TopQuartile", [i.Name, i.ValueText, i.PeerMedianText]));
            }

            if (i.Position == PeerPosition.BottomQuartile)
            {
                sentences.Add(new(SummaryKind.Gap, i.Code, "Summary.BottomQuartile", [i.Name, i.ValueText, i.PeerMedianText]));
            }

            if (i.Threshold == ThresholdStatus.Outside)
            {
                var key = i.Direction == IndicatorDirection.LowerIsBetter ? "Summary.OverLimit" : "Summary.UnderMinimum";
                sentences.Add(new(SummaryKind.Gap, i.Code, key, [i.Name, i.ValueText, i.ThresholdText]));
            }

            if (Change(i) is { } kind)
            {
                sentences.Add(new(kind, i.Code, kind == SummaryKind.Improvement ? "Summary.Improved" : "Summary.Declined", [i.Name, i.PreviousValueText, i.ValueText]));
            }
        }

        // Stable sort keeps the catalogue order within each kind.
        return [.. sentences.OrderBy(s => s.Kind)];
    }

    /// <summary>
    /// Better or worse than last year: the peer percentile (higher is always better) moved by ≥ 10 points, or the value
    /// by ≥ 10 % in the indicator's better or worse direction. When the two disagree the percentile decides.
    /// </summary>
    public static SummaryKind? Change(SummaryInput i)
    {
        var percentileMove = i.Percentile is { } p && i.PreviousPercentile is { } pp ? p - pp : (decimal?)null;
        decimal? relativeMove = i.Value is { } v && i.PreviousValue is { } prev && prev != 0m
            ? (v - prev) / Math.Abs(prev) * (i.Direction == IndicatorDirection.LowerIsBetter ? -1m : 1m)
            : null;
        var better = percentileMove >= PercentileStep || relativeMove >= RelativeStep;
        var worse = percentileMove <= -PercentileStep || relativeMove <= -RelativeStep;
        if (better && worse)
        {
            return percentileMove > 0 ? SummaryKind.Improvement : SummaryKind.Decline;
        }

        return better ? SummaryKind.Improvement : worse ? SummaryKind.Decline : null;
    }

    private static SummarySentence Missing(SummaryInput i)
    {
        if (i.MissingFigureNames.Count > 0)
        {
            return new(SummaryKind.Missing, i.Code, "Summary.MissingInputs", [i.Name, string.Join(NameSeparator, i.MissingFigureNames)]);
        }

        return i.DenominatorZero
            ? new(SummaryKind.Missing, i.Code, "Summary.DenominatorZero", [i.Name])
            : new(SummaryKind.Missing, i.Code, i.HasRow ? "Summary.NoValue" : "Summary.NotComputed", [i.Name]);
    }

    private static string Count(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
