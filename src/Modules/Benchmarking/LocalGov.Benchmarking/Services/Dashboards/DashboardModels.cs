using LocalGov.Benchmarking.Domain;
using LocalGov.Organizations.Contracts;

namespace LocalGov.Benchmarking.Services.Dashboards;

/// <summary>
/// What a dashboard or ranking shows: the indicator (null when the year has none), the year, the years computed, and
/// the catalogue of the year for the chooser.
/// </summary>
internal sealed record DashboardSelection(
    Indicator? Indicator, IReadOnlyList<Indicator> Indicators, int FiscalYear, IReadOnlyList<int> Years, RecomputeRun? LastRun)
{
    public bool Computed => LastRun is not null;
}

/// <summary>Type and size band filters (peer band); both optional.</summary>
internal sealed record DashboardFilter(LaoType? Type, PeerBand? Band)
{
    public bool Any => Type is not null || Band is not null;
}

/// <summary>One value of the projection a dashboard reads (no names: those come from the directory for the LAOs shown).</summary>
internal sealed record ValuePoint(int LaoId, int ProvinceId, decimal? Value, int? NationalRank);

/// <summary>An LAO in a top/bottom/improved list, with its name from the directory.</summary>
internal sealed record LaoListRow(
    int LaoId, string Code, string NameTh, string NameEn, int ProvinceId, decimal Value, int? NationalRank, decimal? LastValue = null, decimal? Improvement = null);

/// <summary>A province's tile: its median (null: no values) and its fifth among the province medians (1 best … 5 worst).</summary>
internal sealed record ProvinceTile(ProvinceDto Province, decimal? Median, int? Fifth);

/// <summary>The range of province medians in one fifth, for the legend.</summary>
internal sealed record FifthRange(int Fifth, decimal From, decimal To);

/// <summary>A province whose median moved between the two years; <see cref="Improvement"/> is positive when it got better.</summary>
internal sealed record ProvinceMove(ProvinceDto Province, decimal LastMedian, decimal Median, decimal Improvement);

internal sealed record NationalDashboard(
    DashboardSelection Selection,
    DashboardFilter Filter,
    IReadOnlyList<PeerBand> Bands,
    IReadOnlyDictionary<int, ProvinceDto> Provinces,
    IReadOnlyList<ProvinceTile> Tiles,
    IReadOnlyList<FifthRange> Legend,
    decimal? NationalMedian,
    decimal? LastNationalMedian,
    int Count,
    int Missing,
    IReadOnlyList<LaoListRow> Top,
    IReadOnlyList<LaoListRow> Bottom,
    IReadOnlyList<HistogramBin> Bins,
    IReadOnlyList<ProvinceMove> Movers,
    IReadOnlyList<LaoListRow> Improvers);

/// <summary>One LAO of the province table; <see cref="Change"/> is this year's value minus last year's.</summary>
internal sealed record ProvinceLaoRow(
    int LaoId,
    string Code,
    string NameTh,
    string NameEn,
    LaoType Type,
    decimal? Value,
    string? MissingInputs,
    int? NationalRank,
    int? ProvinceRank,
    int? PeerRank,
    int? PeerBandId,
    decimal? NationalPercentile,
    decimal? LastValue,
    decimal? Change)
{
    /// <summary>National fifth (1 best … 5 worst) from the national percentile, for the tile's colour.</summary>
    public int? Fifth => DashboardMath.FifthOfPercentile(Value is null ? null : NationalPercentile);
}

internal sealed record ProvinceDashboard(
    DashboardSelection Selection,
    ProvinceDto Province,
    IReadOnlyList<ProvinceDto> Provinces,
    IReadOnlyDictionary<int, PeerBand> Bands,
    IReadOnlyList<ProvinceLaoRow> Laos,
    ProvinceSort Sort,
    decimal? ProvinceMedian,
    decimal? NationalMedian,
    IReadOnlyList<ProvinceLaoRow> Top,
    IReadOnlyList<ProvinceLaoRow> Bottom,
    IReadOnlyList<HistogramBin> Bins)
{
    public int Count => Laos.Count(l => l.Value is not null);
}

/// <summary>One row of the ranking (LAOs without a value have no ranks and a reason).</summary>
internal sealed record RankingRow(
    int LaoId,
    string Code,
    string NameTh,
    string NameEn,
    LaoType Type,
    int ProvinceId,
    decimal? Value,
    string? MissingInputs,
    int? NationalRank,
    int? ProvinceRank,
    int? PeerBandId,
    int? PeerRank,
    decimal? NationalPercentile);

internal sealed record Ranking(
    DashboardSelection Selection,
    DashboardFilter Filter,
    ProvinceDto? Province,
    IReadOnlyList<ProvinceDto> Provinces,
    IReadOnlyList<PeerBand> Bands,
    IReadOnlyList<RankingRow> Rows,
    int Total,
    int Page,
    int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyDictionary<int, ProvinceDto> ProvincesById { get; } = Provinces.ToDictionary(p => p.Id);

    public IReadOnlyDictionary<int, PeerBand> BandsById { get; } = Bands.ToDictionary(b => b.Id);
}
