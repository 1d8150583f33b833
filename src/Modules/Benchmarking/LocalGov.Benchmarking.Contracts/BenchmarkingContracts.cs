namespace LocalGov.Benchmarking.Contracts;

/// <summary>Whether a higher or a lower value of an indicator is the better one (ranking, best quartile, colours).</summary>
public enum IndicatorDirection
{
    HigherIsBetter = 1,
    LowerIsBetter = 2,
}

/// <summary>What an indicator's value measures, for formatting and axis labels.</summary>
public enum IndicatorUnit
{
    /// <summary>A share in percent (0–100, may exceed 100).</summary>
    Percent = 1,

    /// <summary>An amount in baht.</summary>
    Baht = 2,

    /// <summary>Baht per resident (registered population).</summary>
    BahtPerResident = 3,

    /// <summary>A count per 1,000 residents.</summary>
    PerThousandResidents = 4,

    /// <summary>A plain ratio (e.g. 1.25 times).</summary>
    Ratio = 5,

    /// <summary>A count of things (days, reports, ...).</summary>
    Count = 6,
}

/// <summary>An indicator of the catalogue, as Open data publishes it.</summary>
public sealed record IndicatorInfo(
    string Code,
    string NameTh,
    string NameEn,
    string Formula,
    IndicatorUnit Unit,
    int Decimals,
    IndicatorDirection Direction,
    string SourceModule,
    int FromYear,
    int? ToYear);

/// <summary>
/// One LAO's value of one indicator in a fiscal year, with its ranks. <paramref name="Value"/> is null when an input
/// was missing (<paramref name="MissingInputs"/> names them) or a denominator was zero; ranks are then null too.
/// </summary>
public sealed record IndicatorValueInfo(
    string IndicatorCode,
    int LaoId,
    int FiscalYear,
    decimal? Value,
    IReadOnlyList<string> MissingInputs,
    int? NationalRank,
    int? ProvinceRank,
    int? PeerRank,
    decimal? PeerPercentile);

/// <summary>Read access to the indicator catalogue and the computed values (Open data); the caller checks what it may publish.</summary>
public interface IIndicatorValues
{
    Task<IReadOnlyList<IndicatorInfo>> GetIndicatorsAsync(int? fiscalYear, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<IndicatorValueInfo>> GetValuesAsync(int fiscalYear, string? indicatorCode, IReadOnlyCollection<int>? laoIds, CancellationToken cancellationToken = default);
}

/// <summary>What one recomputation wrote.</summary>
public sealed record IndicatorRecomputeResult(int FiscalYear, int Laos, int Indicators, int Values, int Outliers, long ElapsedMilliseconds);

/// <summary>
/// Recomputes every active indicator of a fiscal year for every LAO from the other modules' summary figures (the
/// host's <c>recompute indicators</c> command, the nightly job and the DLA's "recompute now"): figures, peer groups,
/// values, ranks, percentiles, statistics and outlier flags of the year are replaced in one transaction.
/// </summary>
public interface IIndicatorRecompute
{
    Task<IndicatorRecomputeResult> RecomputeAsync(int fiscalYear, string startedBy, CancellationToken cancellationToken = default);
}
