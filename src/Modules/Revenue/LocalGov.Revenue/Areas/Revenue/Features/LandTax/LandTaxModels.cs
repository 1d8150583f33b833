using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.LandTax;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Revenue.Areas.Revenue.Features.LandTax;

internal sealed record AssessmentListRow(int Id, int LaoId, string LaoName, int TaxpayerId, string TaxpayerName, string TaxId, int ParcelCount, int BuildingCount, Money TotalValue, Money Tax);

internal sealed record LandTaxIndexViewModel(
    int TaxYear,
    IReadOnlyList<AssessmentListRow> Rows,
    int Total,
    Money TotalTax,
    int Page,
    int PageCount,
    int? RunLaoId,
    string? RunLaoName);

internal sealed record AssessmentDetailsViewModel(
    Assessment Assessment,
    string LaoName,
    Taxpayer Taxpayer,
    IReadOnlyList<AssessmentLine> Lines,
    IReadOnlyDictionary<int, Parcel> Parcels,
    Bill? Bill,
    bool QualifiesForInstalments,
    bool CanChange);

internal sealed record ReferenceViewModel(
    IReadOnlyList<LandTaxRateBracket> Brackets,
    IReadOnlyList<VacantEscalationRule> Escalations,
    IReadOnlyList<BuildingPrice> BuildingPrices,
    IReadOnlyList<BuildingDepreciationStep> Depreciation,
    IReadOnlyList<LandTaxRelief> Reliefs,
    IReadOnlyList<LandTaxCalendar> Calendars,
    IReadOnlyDictionary<int, string> LaoNames,
    bool CanEdit,
    int? FailedPriceId = null,
    int? FailedStepId = null);

/// <summary>
/// An administrator corrects one depreciation step's percentage. <see cref="ShownPercent"/> is the value the form
/// was shown with: the step has no version column, so a different stored value means someone else changed it.
/// </summary>
internal sealed class DepreciationFormModel
{
    public int Id { get; set; }

    public decimal? DepreciationPercent { get; set; }

    public decimal ShownPercent { get; set; }
}

/// <summary>
/// An administrator corrects one building price row, or, with <see cref="PriceFromYear"/>, records the same building
/// type's price from that tax year. <see cref="Version"/> is the row's last edit time the form was shown with.
/// </summary>
internal sealed class BuildingPriceFormModel
{
    public int Id { get; set; }

    public decimal? PricePerSquareMetre { get; set; }

    public int? PriceFromYear { get; set; }

    public long Version { get; set; }
}

/// <summary>The administrator's form to correct one bracket's rate.</summary>
internal sealed class BracketFormModel
{
    public int Id { get; set; }

    public decimal? RatePercent { get; set; }
}

/// <summary>A new named, dated relief (national when no LAO code is given).</summary>
internal sealed class ReliefFormModel
{
    public string Name { get; set; } = "";

    public string? LaoCode { get; set; }

    public string? Bucket { get; set; }

    public int? FromYear { get; set; }

    public int? ToYear { get; set; }

    public decimal? ReductionPercent { get; set; }
}
