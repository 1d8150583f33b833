using LocalGov.OpenData.Domain;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Web;

namespace LocalGov.OpenData.Services.Portal;

/// <summary>The map's tiles (<c>OpenData:Map</c>): a URL template; empty draws the markers on a plain background.</summary>
internal sealed class PortalMapOptions
{
    public const string Section = "OpenData:Map";

    public string? Tiles { get; set; }
    public string? Attribution { get; set; }
}

/// <summary>The find-an-LAO form (query string).</summary>
internal sealed record PortalSearch(string? Q, string? Province, string? Type, int? Page)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && string.IsNullOrWhiteSpace(Province) && string.IsNullOrWhiteSpace(Type);
}

/// <summary>An LAO found, with its newest published budget (null: nothing published).</summary>
internal sealed record LaoResultRow(LaoDto Lao, string ProvinceName, int? Year, Money? Total);

/// <summary>A province on the map and in the list: how many LAOs it has and how many published a budget.</summary>
internal sealed record ProvincePoint(ProvinceDto Province, string Name, int Laos, int Published, double? Lat, double? Lng);

internal sealed record PortalIndexModel(
    PortalSearch Search,
    IReadOnlyList<ProvincePoint> Provinces,
    IReadOnlyList<LaoResultRow> Results,
    int Total,
    Pager? Pager,
    PortalMapOptions Map,
    bool BadProvince,
    bool BadType);

/// <summary>An LAO of a province with its newest published budget; per resident in whole baht.</summary>
internal sealed record ProvinceLaoRow(LaoDto Lao, int? Year, Money? Total, int? Population, decimal? PerResident);

internal sealed record ProvincePageModel(ProvinceDto Province, string Name, IReadOnlyList<ProvinceLaoRow> Rows, string Sort, int Published);

/// <summary>One part of a total (a programme, a group, a revenue source or category) with its share in percent.</summary>
internal sealed record ShareRow(string Code, string Name, Money Amount, decimal Percent, decimal? PerResident);

internal sealed record LineRow(int LineNo, string WorkUnit, string Group, string Category, string ItemName, bool IsProject, Money Original, Money Current);

/// <summary>A programme's lines, for the collapsible table.</summary>
internal sealed record ProgrammeLines(ShareRow Programme, IReadOnlyList<LineRow> Lines);

/// <summary>One published year of the LAO, for the comparison with previous years.</summary>
internal sealed record YearRow(int Year, Money Total, int Population, decimal? PerResident, decimal? CapitalShare);

/// <summary>Medians of the published budgets of LAOs of the same type and year, in the province and nationally.</summary>
internal sealed record PeerComparison(
    int ProvinceCount,
    decimal? ProvinceMedianPerResident,
    decimal? ProvinceMedianCapitalShare,
    int NationalCount,
    decimal? NationalMedianPerResident,
    decimal? NationalMedianCapitalShare);

/// <summary>A Benchmarking indicator of the LAO for the year: its value (formatted) and peer percentile only.</summary>
internal sealed record IndicatorRow(string Code, string Name, string Value, decimal? PeerPercentile);

/// <summary>What the LAO page shows of a published budget year; every figure comes from the published copies.</summary>
internal sealed record LaoBudgetView(
    PublishedBudget Header,
    Money Total,
    Money RevenueTotal,
    decimal? PerResident,
    decimal? CapitalShare,
    IReadOnlyList<ShareRow> Programmes,
    IReadOnlyList<ShareRow> Groups,
    IReadOnlyList<ProgrammeLines> Lines,
    IReadOnlyList<ShareRow> RevenueSources,
    IReadOnlyList<ShareRow> RevenueCategories,
    IReadOnlyList<YearRow> Years,
    PeerComparison Peers,
    IReadOnlyList<PublishedProject> Projects,
    DateTimeOffset? ProjectsPublishedAt,
    IReadOnlyList<PublishedCaseInfo> Cases,
    IReadOnlyList<IndicatorRow> Indicators);

/// <summary>The LAO page: <see cref="Budget"/> is null when the year asked for is not published (the page then offers the published years).</summary>
internal sealed record LaoPageModel(LaoDto Lao, string Name, string? ProvinceCode, string ProvinceName, int Year, IReadOnlyList<int> PublishedYears, LaoBudgetView? Budget);
