using LocalGov.Benchmarking.Contracts;
using LocalGov.Organizations.Contracts;

namespace LocalGov.Benchmarking.Domain;

/// <summary>
/// An indicator of the catalogue: a formula over named figures (<see cref="FigureCatalog"/>), e.g.
/// <c>revenue_collected / finance_revenue * 100</c>. Administrators add and change indicators without code changes;
/// an indicator applies to the fiscal years <see cref="FromYear"/>…<see cref="ToYear"/> (B.E.).
/// </summary>
internal sealed class Indicator
{
    public int Id { get; set; }

    /// <summary>Short stable code (OSR_SHARE), unique; what the API and exports use.</summary>
    public string Code { get; set; } = "";

    public string NameTh { get; set; } = "";

    public string NameEn { get; set; } = "";

    /// <summary>What the indicator says and why it matters, in Thai (shown on the card and the catalogue).</summary>
    public string? DescriptionTh { get; set; }

    public string? DescriptionEn { get; set; }

    public string Formula { get; set; } = "";

    public IndicatorUnit Unit { get; set; }

    /// <summary>Decimal places shown (values are kept to <see cref="ScaledDecimal.Places"/> places).</summary>
    public int Decimals { get; set; }

    public IndicatorDirection Direction { get; set; }

    /// <summary>The module whose figures the formula mainly reads (Budgeting, Finance, Revenue, Planning, Procurement).</summary>
    public string SourceModule { get; set; } = "";

    public int FromYear { get; set; }

    public int? ToYear { get; set; }

    /// <summary>A legal or policy limit shown with the value (personnel cost ≤ 40 %); null when there is none.</summary>
    public decimal? Threshold { get; set; }

    public bool IsActive { get; set; } = true;

    public int SortOrder { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public bool AppliesTo(int fiscalYear) => IsActive && fiscalYear >= FromYear && (ToYear is null || fiscalYear <= ToYear);
}

/// <summary>How an LAO's size is measured for its peer group.</summary>
internal enum SizeBasis
{
    /// <summary>Registered population (Organizations).</summary>
    Population = 1,

    /// <summary>Revenue of the year (Finance's revenue actual, else the budget's revenue estimate), in baht.</summary>
    Revenue = 2,
}

/// <summary>
/// A peer group: LAOs of one type whose size on <see cref="Basis"/> is at least <see cref="LowerBound"/> and below the
/// next band of the same type. Each type has its bands on one basis; the lowest band of a type starts at 0.
/// </summary>
internal sealed class PeerBand
{
    public int Id { get; set; }

    public LaoType LaoType { get; set; }

    public SizeBasis Basis { get; set; }

    /// <summary>Population (persons) or revenue (whole baht) from which the band starts.</summary>
    public long LowerBound { get; set; }

    public string NameTh { get; set; } = "";

    public string NameEn { get; set; } = "";
}

/// <summary>
/// One LAO in one fiscal year as the last recomputation saw it: where it is (province, type), its size and its peer
/// group. Rewritten by every recomputation of the year.
/// </summary>
internal sealed class LaoYearProfile
{
    public int FiscalYear { get; set; }

    public int LaoId { get; set; }

    public int ProvinceId { get; set; }

    public LaoType LaoType { get; set; }

    public int Population { get; set; }

    /// <summary>The peer group (<see cref="PeerBand"/>); null when the size basis figure was missing.</summary>
    public int? PeerBandId { get; set; }

    public DateTime ComputedUtc { get; set; }
}

/// <summary>
/// One named input figure of an LAO-year (<see cref="FigureCatalog"/> code), as read from the owning module's summary
/// contract. A null value means the module had no figure: shown as missing, never as zero.
/// </summary>
internal sealed class LaoFigure
{
    public int FiscalYear { get; set; }

    public int LaoId { get; set; }

    public string Code { get; set; } = "";

    public decimal? Value { get; set; }
}

/// <summary>
/// One LAO's value of one indicator in a fiscal year, with its ranks (1 = best, ties share the best rank) and
/// percentile ranks (0–100, higher = better) within the nation, the province and the peer group.
/// </summary>
internal sealed class IndicatorValue
{
    public int FiscalYear { get; set; }

    public int IndicatorId { get; set; }

    public int LaoId { get; set; }

    public int ProvinceId { get; set; }

    public LaoType LaoType { get; set; }

    public int? PeerBandId { get; set; }

    /// <summary>Rounded to <see cref="ScaledDecimal.Places"/> places; null when an input was missing or a denominator zero.</summary>
    public decimal? Value { get; set; }

    /// <summary>Codes of the missing figures, comma-separated; "/0" when a denominator was zero; null when the value is there.</summary>
    public string? MissingInputs { get; set; }

    public int? NationalRank { get; set; }

    public int? ProvinceRank { get; set; }

    public int? PeerRank { get; set; }

    public decimal? NationalPercentile { get; set; }

    public decimal? ProvincePercentile { get; set; }

    public decimal? PeerPercentile { get; set; }

    /// <summary>Far outside the peer group's range (see the data-quality rule); flagged for the DLA's review.</summary>
    public bool IsOutlier { get; set; }
}

/// <summary>Which set of LAOs a statistic describes.</summary>
internal enum StatisticGroup
{
    Nation = 1,
    Province = 2,
    PeerGroup = 3,
}

/// <summary>
/// The distribution of one indicator's values in a group (nation, a province, a peer group) and year: what the card's
/// peer median and best quartile and the dashboards' distributions read, without naming any LAO.
/// </summary>
internal sealed class IndicatorStatistic
{
    public int FiscalYear { get; set; }

    public int IndicatorId { get; set; }

    public StatisticGroup Group { get; set; }

    /// <summary>0 for the nation, the province id, or the peer band id.</summary>
    public int GroupKey { get; set; }

    /// <summary>LAOs with a value.</summary>
    public int Count { get; set; }

    /// <summary>LAOs of the group without a value (missing inputs).</summary>
    public int Missing { get; set; }

    public decimal? Min { get; set; }

    /// <summary>25th percentile (linear interpolation, as Excel's PERCENTILE.INC).</summary>
    public decimal? Q1 { get; set; }

    public decimal? Median { get; set; }

    /// <summary>75th percentile.</summary>
    public decimal? Q3 { get; set; }

    public decimal? Max { get; set; }

    public decimal? Mean { get; set; }

    /// <summary>Where the best quartile starts: Q3 when higher is better, Q1 when lower is better.</summary>
    public decimal? BestQuartile { get; set; }
}

/// <summary>One recomputation of a fiscal year: when, by whom, how long; the pages show "figures as of".</summary>
internal sealed class RecomputeRun
{
    public int Id { get; set; }

    public int FiscalYear { get; set; }

    public DateTime StartedUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    public string StartedBy { get; set; } = "";

    public int Laos { get; set; }

    public int Values { get; set; }

    public int Outliers { get; set; }

    public long ElapsedMilliseconds { get; set; }
}

/// <summary>What the DLA concluded about a flagged value.</summary>
internal enum OutlierOutcome
{
    /// <summary>Checked: the value is right (e.g. a one-off grant).</summary>
    Confirmed = 1,

    /// <summary>The data is wrong; the LAO was asked to correct it.</summary>
    DataError = 2,
}

/// <summary>A DLA officer's review of an outlier or missing-data flag of an LAO's indicator in a year.</summary>
internal sealed class OutlierReview
{
    public int Id { get; set; }

    public int FiscalYear { get; set; }

    public int IndicatorId { get; set; }

    public int LaoId { get; set; }

    public int ProvinceId { get; set; }

    public OutlierOutcome Outcome { get; set; }

    public string Note { get; set; } = "";

    public string ReviewedBy { get; set; } = "";

    public DateTime ReviewedUtc { get; set; }
}
