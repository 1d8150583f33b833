using LocalGov.Benchmarking.Contracts;

namespace LocalGov.Benchmarking.Services.Engine;

/// <summary>The distribution of one indicator's values in a group; the quantities are null when no LAO has a value.</summary>
internal sealed record GroupStatistics(int Count, int Missing, decimal? Min, decimal? Q1, decimal? Median, decimal? Q3, decimal? Max, decimal? Mean, decimal? BestQuartile);

/// <summary>Where values stop being plausible for a group: outside [<paramref name="Low"/>, <paramref name="High"/>].</summary>
internal readonly record struct OutlierFence(decimal Low, decimal High)
{
    public bool Excludes(decimal value) => value < Low || value > High;
}

/// <summary>
/// Ranks, percentiles and distributions of indicator values (pure). A null value (an input was missing or a
/// denominator zero) takes no rank or percentile and is counted as missing; it never counts as zero.
/// </summary>
internal static class Ranking
{
    /// <summary>The outlier rule needs at least this many values in a group to say what is "far" from it.</summary>
    public const int MinimumForOutliers = 8;

    /// <summary>Fences at this many interquartile ranges beyond the quartiles ("far out" in Tukey's terms).</summary>
    public const decimal OutlierIqrs = 3m;

    /// <summary>
    /// Competition ranks ("1224"): 1 = best by <paramref name="direction"/>; ties share the best rank and the next rank
    /// skips (10, 8, 8, 5 higher-better → 1, 2, 2, 4). Aligned with <paramref name="values"/>; null for a null value.
    /// </summary>
    public static int?[] CompetitionRanks(IReadOnlyList<decimal?> values, IndicatorDirection direction)
    {
        var ranks = new int?[values.Count];
        var order = OrderBestFirst(values, direction);
        for (var i = 0; i < order.Length; i++)
        {
            var same = i > 0 && values[order[i]] == values[order[i - 1]];
            ranks[order[i]] = same ? ranks[order[i - 1]] : i + 1;
        }

        return ranks;
    }

    /// <summary>
    /// Percentile ranks, higher = better: (values worse + ½ × values equal, itself included) ÷ n × 100, rounded to one
    /// place, n = the values present. A lone value (n = 1) – like a group where all values are equal – gets 50: it is
    /// the middle of its group, neither ahead of nor behind anyone, and must not read as "top" on a card.
    /// </summary>
    public static decimal?[] PercentileRanks(IReadOnlyList<decimal?> values, IndicatorDirection direction)
    {
        var percentiles = new decimal?[values.Count];
        var order = OrderBestFirst(values, direction);
        var n = order.Length;
        var start = 0;
        while (start < n)
        {
            // [start, end) is a run of equal values; those after it are worse.
            var end = start + 1;
            while (end < n && values[order[end]] == values[order[start]])
            {
                end++;
            }

            var worse = n - end;
            var equal = end - start;
            var percentile = Math.Round((worse + (equal / 2m)) / n * 100m, 1, MidpointRounding.AwayFromZero);
            for (var i = start; i < end; i++)
            {
                percentiles[order[i]] = percentile;
            }

            start = end;
        }

        return percentiles;
    }

    /// <summary>
    /// The <paramref name="p"/>-quantile (0–1) of ascending <paramref name="sorted"/> values by linear interpolation
    /// between closest ranks, as Excel's PERCENTILE.INC: position (n − 1) × p.
    /// </summary>
    public static decimal Quantile(IReadOnlyList<decimal> sorted, decimal p)
    {
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No values.", nameof(sorted));
        }

        var h = (sorted.Count - 1) * p;
        var lower = (int)Math.Floor(h);
        if (lower >= sorted.Count - 1)
        {
            return sorted[^1];
        }

        return sorted[lower] + ((h - lower) * (sorted[lower + 1] - sorted[lower]));
    }

    /// <summary>Count, missing, min, quartiles, median, max, mean and the start of the best quartile of a group.</summary>
    public static GroupStatistics Describe(IEnumerable<decimal?> values, IndicatorDirection direction)
    {
        var present = new List<decimal>();
        var missing = 0;
        foreach (var value in values)
        {
            if (value is { } v)
            {
                present.Add(v);
            }
            else
            {
                missing++;
            }
        }

        if (present.Count == 0)
        {
            return new GroupStatistics(0, missing, null, null, null, null, null, null, null);
        }

        present.Sort();
        var q1 = Quantile(present, 0.25m);
        var q3 = Quantile(present, 0.75m);
        var sum = 0m;
        foreach (var v in present)
        {
            sum += v;
        }

        return new GroupStatistics(
            present.Count, missing, present[0], q1, Quantile(present, 0.5m), q3, present[^1], sum / present.Count,
            direction == IndicatorDirection.LowerIsBetter ? q1 : q3);
    }

    /// <summary>
    /// The outlier fences of a group: [Q1 − 3·IQR, Q3 + 3·IQR]; null when the group has fewer than
    /// <see cref="MinimumForOutliers"/> values, too few to say what is far from it. The recomputation uses the peer
    /// group's fences, else the province's, else flags nothing (<see cref="ChooseFence"/>).
    /// </summary>
    public static OutlierFence? Fence(IReadOnlyList<decimal> sortedValues)
    {
        if (sortedValues.Count < MinimumForOutliers)
        {
            return null;
        }

        var q1 = Quantile(sortedValues, 0.25m);
        var q3 = Quantile(sortedValues, 0.75m);
        var iqr = q3 - q1;
        return new OutlierFence(q1 - (OutlierIqrs * iqr), q3 + (OutlierIqrs * iqr));
    }

    /// <summary>
    /// The outlier rule: a value is judged against its peer group when that has at least
    /// <see cref="MinimumForOutliers"/> values (LAOs of the same type and size are the fair comparison), else against
    /// its province when that has enough, else it is not flagged.
    /// </summary>
    public static OutlierFence? ChooseFence(OutlierFence? peerGroup, OutlierFence? province) => peerGroup ?? province;

    /// <summary>Indexes of the non-null values, best first (ties in input order).</summary>
    private static int[] OrderBestFirst(IReadOnlyList<decimal?> values, IndicatorDirection direction)
    {
        var indexes = new List<int>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not null)
            {
                indexes.Add(i);
            }
        }

        var higherFirst = direction != IndicatorDirection.LowerIsBetter;
        indexes.Sort((a, b) =>
        {
            var byValue = higherFirst ? values[b]!.Value.CompareTo(values[a]!.Value) : values[a]!.Value.CompareTo(values[b]!.Value);
            return byValue != 0 ? byValue : a.CompareTo(b);
        });
        return [.. indexes];
    }
}
