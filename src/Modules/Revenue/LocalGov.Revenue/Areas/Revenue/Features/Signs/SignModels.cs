using FluentValidation;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Signboards;
using LocalGov.Revenue.Resources;
using LocalGov.Revenue.Services.Signboards;
using LocalGov.Revenue.Services.Taxpayers;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Identity;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Signs;

internal sealed class SignSearch
{
    public string? Q { get; set; }

    public int Page { get; set; } = 1;
}

internal sealed record SignListItem(int Id, string Owner, int OwnerId, SignType Type, bool Moving, int WidthCm, int HeightCm, string Text, DateOnly InstalledOn, DateOnly? RemovedOn);

internal sealed record SignListViewModel(IReadOnlyList<SignListItem> Items, SignSearch Search, int Total, Pager Pager, bool CanChange);

/// <summary>Register or correct a sign. The owner is picked by the 13-digit id of an active (not merged) taxpayer.</summary>
internal sealed class SignFormModel
{
    public int? Id { get; set; }
    public string TaxpayerTaxId { get; set; } = "";
    public SignType? Type { get; set; }
    public bool Moving { get; set; }
    public int? WidthCm { get; set; }
    public int? HeightCm { get; set; }
    public string Text { get; set; } = "";
    public string Location { get; set; } = "";
    public DateOnly? InstalledOn { get; set; }
    public DateOnly? RemovedOn { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

internal sealed class SignFormValidator : AbstractValidator<SignFormModel>
{
    /// <summary>100 m: anything wider or taller is a typing error in centimetres.</summary>
    public const int MaxSideCm = 10_000;

    public SignFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.TaxpayerTaxId).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Sign.Error.OwnerRequired"])
            .Must(ThaiTaxId.IsValid).WithMessage(_ => l["Taxpayer.Error.TaxIdChecksum"]);
        RuleFor(x => x.Type).NotNull().WithMessage(_ => l["Sign.Error.TypeRequired"])
            .IsInEnum().WithMessage(_ => l["Sign.Error.TypeRequired"]);
        RuleFor(x => x.WidthCm).NotNull().WithMessage(_ => l["Sign.Error.SizeRequired"])
            .InclusiveBetween(1, MaxSideCm).WithMessage(_ => l["Sign.Error.SizeRange", MaxSideCm]);
        RuleFor(x => x.HeightCm).NotNull().WithMessage(_ => l["Sign.Error.SizeRequired"])
            .InclusiveBetween(1, MaxSideCm).WithMessage(_ => l["Sign.Error.SizeRange", MaxSideCm]);
        RuleFor(x => x.Text).NotEmpty().WithMessage(_ => l["Sign.Error.TextRequired"])
            .MaximumLength(500).WithMessage(_ => l["Taxpayer.Error.TooLong"]);
        RuleFor(x => x.Location).MaximumLength(500).WithMessage(_ => l["Taxpayer.Error.TooLong"]);
        RuleFor(x => x.InstalledOn).NotNull().WithMessage(_ => l["Sign.Error.InstalledRequired"]);
        RuleFor(x => x.RemovedOn).GreaterThanOrEqualTo(x => x.InstalledOn).WithMessage(_ => l["Sign.Error.RemovedBeforeInstalled"])
            .When(x => x.RemovedOn is not null && x.InstalledOn is not null);
    }
}

internal sealed record SignDetailsViewModel(Sign Sign, Taxpayer Owner, int TaxYear, SignboardTax? Tax, bool CanChange);

internal sealed class RunFormModel
{
    public int? TaxYear { get; set; }
    public DateOnly? IssuedOn { get; set; }
}

internal sealed class RunFormValidator : AbstractValidator<RunFormModel>
{
    public RunFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.TaxYear).NotNull().WithMessage(_ => l["Sign.Error.YearRequired"])
            .InclusiveBetween(FiscalYear.MinBuddhistYear, FiscalYear.MaxBuddhistYear).WithMessage(_ => l["Sign.Error.YearRange"]);
        RuleFor(x => x.IssuedOn).NotNull().WithMessage(_ => l["Sign.Error.IssuedOnRequired"]);
    }
}

internal sealed record RunViewModel(RunFormModel Form, int Signs, Money Total);

internal sealed record NoticeLine(SignAssessment Assessment, string? BillNumber, DateOnly? DueOn);

internal sealed record NoticeViewModel(Taxpayer Taxpayer, string LaoName, int TaxYear, IReadOnlyList<NoticeLine> Lines, Money Total);

