using LocalGov.Revenue.Domain.Payments;

namespace LocalGov.Revenue.Areas.Revenue.Features.Arrears;

/// <summary>The arrears rate table; <see cref="FailedId"/> is the row whose correction was refused (its messages are shown).</summary>
internal sealed record ArrearsRatesViewModel(IReadOnlyList<ArrearsRate> Rates, bool CanEdit, int? FailedId);

/// <summary>
/// An administrator corrects one arrears rate row (percentages, converted to basis points), or, with
/// <see cref="FromYear"/>, records the same kind's rates in force from 1 January of that B.E. year.
/// <see cref="Version"/> is the row's last edit time the form was shown with (optimistic concurrency).
/// </summary>
internal sealed class ArrearsRateFormModel
{
    public int Id { get; set; }

    public decimal? SurchargePercent { get; set; }

    public decimal? ReducedSurchargePercent { get; set; }

    public int? ReducedDays { get; set; }

    public decimal? WarningSurchargePercent { get; set; }

    public int? WarningDays { get; set; }

    public decimal? InterestPercentPerMonth { get; set; }

    public decimal? InterestCapPercent { get; set; }

    public decimal? LateFilingSurchargePercent { get; set; }

    public string? Source { get; set; }

    public int? FromYear { get; set; }

    public long Version { get; set; }
}
