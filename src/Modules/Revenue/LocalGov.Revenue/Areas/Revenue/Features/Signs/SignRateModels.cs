using LocalGov.Revenue.Domain.Signboards;

namespace LocalGov.Revenue.Areas.Revenue.Features.Signs;

/// <summary>The signboard rate table; <see cref="FailedId"/> is the row whose correction was refused (its messages are shown).</summary>
internal sealed record SignRatesViewModel(IReadOnlyList<SignboardRate> Rates, bool CanEdit, int? FailedId);

/// <summary>
/// An administrator corrects one signboard rate row, or, with <see cref="FromYear"/>, records the same sign type's
/// rate of a new regulation from that tax year (the row itself is then left unchanged).
/// </summary>
internal sealed class SignRateFormModel
{
    public int Id { get; set; }

    public decimal? RatePer500Cm2 { get; set; }

    public decimal? MinimumPerSign { get; set; }

    public int? FromYear { get; set; }

    public string? Source { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}
