using FluentValidation;
using LocalGov.Benchmarking.Domain;
using LocalGov.Benchmarking.Resources;
using LocalGov.Benchmarking.Services.DataQuality;
using Microsoft.Extensions.Localization;

namespace LocalGov.Benchmarking.Areas.Benchmarking.Features.DataQuality;

internal sealed record ProvinceQualityViewModel(ProvinceQuality Quality, bool ShowNationalLink);

/// <summary>One flagged value with the review form (on its own when the posted review was refused).</summary>
internal sealed record ReviewViewModel(OutlierRow Outlier, int FiscalYear, int ProvinceId, OutlierReviewForm Form);

/// <summary>A DLA officer's review of a flagged value: the outcome and why.</summary>
internal sealed class OutlierReviewForm
{
    public int Year { get; set; }

    public int IndicatorId { get; set; }

    public int LaoId { get; set; }

    public OutlierOutcome? Outcome { get; set; }

    public string? Note { get; set; }

    /// <summary>The list's filter to return to ("all" or unreviewed only).</summary>
    public string? Filter { get; set; }
}

internal sealed class OutlierReviewFormValidator : AbstractValidator<OutlierReviewForm>
{
    public const int NoteMaxLength = 2000;

    public OutlierReviewFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Outcome).NotNull().WithMessage(_ => l["Quality.Error.OutcomeRequired"])
            .IsInEnum().WithMessage(_ => l["Quality.Error.OutcomeRequired"]);
        RuleFor(x => x.Note).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => l["Quality.Error.NoteRequired"])
            .MaximumLength(NoteMaxLength).WithMessage(_ => l["Quality.Error.NoteTooLong", NoteMaxLength]);
    }
}
