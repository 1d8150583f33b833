using LocalGov.Benchmarking.Contracts;

namespace LocalGov.Benchmarking.Services.Cards;

/// <summary>Where an LAO's value sits in its peer group's distribution, best first.</summary>
internal enum PeerPosition
{
    TopQuartile = 1,
    AboveMedian = 2,
    BelowMedian = 3,
    BottomQuartile = 4,
}

/// <summary>Whether a value keeps a legal or policy limit (personnel cost ≤ 40 %).</summary>
internal enum ThresholdStatus
{
    Within = 1,

    /// <summary>Over a maximum (lower is better) or under a minimum (higher is better).</summary>
    Outside = 2,
}

/// <summary>
/// The card's position marker and threshold check. The position compares the value with the peer group's quartiles
/// (the same numbers the card prints beside it, so "top quartile" always agrees with the best-quartile threshold shown);
/// without statistics it falls back to the stored peer percentile. Direction-aware: for lower-is-better indicators a
/// low value is the top.
/// </summary>
internal static class PeerPositions
{
    public static PeerPosition? Classify(
        decimal? value, IndicatorDirection direction, decimal? q1, decimal? median, decimal? q3, int peerCount, decimal? percentile)
    {
        // Alone in its group (or no group), an LAO has no peers to be compared with.
        if (value is not { } v || peerCount < 2)
        {
            return null;
        }

        if (q1 is { } low && median is { } mid && q3 is { } high)
        {
            return direction == IndicatorDirection.HigherIsBetter
                ? v >= high ? PeerPosition.TopQuartile : v >= mid ? PeerPosition.AboveMedian : v < low ? PeerPosition.BottomQuartile : PeerPosition.BelowMedian
                : v <= low ? PeerPosition.TopQuartile : v <= mid ? PeerPosition.AboveMedian : v > high ? PeerPosition.BottomQuartile : PeerPosition.BelowMedian;
        }

        return percentile switch
        {
            >= 75m => PeerPosition.TopQuartile,
            >= 50m => PeerPosition.AboveMedian,
            < 25m => PeerPosition.BottomQuartile,
            not null => PeerPosition.BelowMedian,
            null => null,
        };
    }

    /// <summary>
    /// A threshold is a maximum for lower-is-better indicators (personnel ≤ 40 %) and a minimum for higher-is-better
    /// ones; null when there is no threshold or no value.
    /// </summary>
    public static ThresholdStatus? Check(decimal? value, IndicatorDirection direction, decimal? threshold) =>
        (value, threshold) is ({ } v, { } t)
            ? (direction == IndicatorDirection.LowerIsBetter ? v <= t : v >= t) ? ThresholdStatus.Within : ThresholdStatus.Outside
            : null;
}
