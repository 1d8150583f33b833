using LocalGov.Benchmarking.Contracts;

namespace LocalGov.Benchmarking.Services.Dashboards;

/// <summary>One bin of a distribution: values from <see cref="From"/> up to <see cref="To"/> (the last bin includes its upper end).</summary>
internal sealed record HistogramBin(decimal From, decimal To, int Count, bool HasMedian);

/// <summary>
/// The dashboards' pure rules: medians of filtered sets (the engine's statistics cover only unfiltered groups), fifths
/// for colouring, bins of a distribution and direction-aware change. "Better" always follows the indicator's direction.
/// </summary>
internal static class DashboardMath
{
    /// <summary>Fifth 1 is the best 20 %, fifth 5 the worst.</summary>
    public const int Fifths = 5;

    /// <summary>Median by linear interpolation (as the engine's PERCENTILE.INC statistics), rounded to the stored 4 places; null for no values.</summary>
    public static decimal? Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var position = (sorted.Count - 1) / 2m;
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        var median = sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
        return Math.Round(median, 4, MidpointRounding.AwayFromZero);
    }

    /// <summary>True when <paramref name="a"/> is better than <paramref name="b"/> for the direction.</summary>
    public static bool IsBetter(decimal a, decimal b, IndicatorDirection direction) =>
        direction == IndicatorDirection.LowerIsBetter ? a < b : a > b;

    /// <summary>The change from <paramref name="last"/> to <paramref name="current"/>, positive when it got better.</summary>
    public static decimal Improvement(decimal current, decimal last, IndicatorDirection direction) =>
        direction == IndicatorDirection.LowerIsBetter ? last - current : current - last;

    /// <summary>Values ordered best first (the direction's order).</summary>
    public static IOrderedEnumerable<T> BestFirst<T>(IEnumerable<T> items, Func<T, decimal> value, IndicatorDirection direction) =>
        direction == IndicatorDirection.LowerIsBetter ? items.OrderBy(value) : items.OrderByDescending(value);

    /// <summary>
    /// The fifth (1 best … 5 worst) of each distinct value among <paramref name="values"/>: the position of the value's
    /// first occurrence in best-first order, so equal values share a fifth.
    /// </summary>
    public static IReadOnlyDictionary<decimal, int> FifthsOf(IReadOnlyCollection<decimal> values, IndicatorDirection direction)
    {
        var ordered = BestFirst(values, v => v, direction).ToList();
        var fifths = new Dictionary<decimal, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            fifths.TryAdd(ordered[i], (i * Fifths / ordered.Count) + 1);
        }

        return fifths;
    }

    /// <summary>The fifth (1 best … 5 worst) of a percentile rank (0–100, higher = better); null when there is none.</summary>
    public static int? FifthOfPercentile(decimal? percentile) => percentile is { } p
        ? Fifths - (int)Math.Min(Fifths - 1, Math.Floor(Math.Clamp(p, 0m, 100m) / (100m / Fifths)))
        : null;

    /// <summary>About <paramref name="binCount"/> bins of equal width from the smallest to the largest value; one bin when all are equal.</summary>
    public static IReadOnlyList<HistogramBin> Histogram(IReadOnlyCollection<decimal> values, decimal? median, int binCount = 10)
    {
        if (values.Count == 0)
        {
            return [];
        }

        var min = values.Min();
        var max = values.Max();
        if (min == max)
        {
            return [new HistogramBin(min, max, values.Count, median is not null)];
        }

        var width = (max - min) / binCount;
        var counts = new int[binCount];
        foreach (var value in values)
        {
            counts[BinOf(value, min, width, binCount)]++;
        }

        var medianBin = median is { } m && m >= min && m <= max ? BinOf(m, min, width, binCount) : -1;
        return [.. Enumerable.Range(0, binCount).Select(i =>
            new HistogramBin(Math.Round(min + (width * i), 4), i == binCount - 1 ? max : Math.Round(min + (width * (i + 1)), 4), counts[i], i == medianBin))];
    }

    private static int BinOf(decimal value, decimal min, decimal width, int binCount) =>
        Math.Min(binCount - 1, (int)Math.Floor((value - min) / width));
}
