using FluentValidation;
using LocalGov.Revenue.Domain.Fees;
using LocalGov.Revenue.Resources;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Identity;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Fees;

internal sealed record FeeItemRow(int Id, string LaoName, string Code, string NameTh, string NameEn, Money Amount, FeePeriod Period, bool IssuesLicence, int? ValidityMonths, bool Active);

internal sealed record FeeCatalogViewModel(IReadOnlyList<FeeItemRow> Items, bool CanChange, bool ShowLao);

/// <summary>Add or edit an item of the LAO's fee catalogue.</summary>
internal sealed class FeeItemFormModel
{
    public int? Id { get; set; }
    public string Code { get; set; } = "";
    public string NameTh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public decimal? Amount { get; set; }
    public FeePeriod? Period { get; set; }
    public bool IssuesLicence { get; set; }
    public int? ValidityMonths { get; set; }
    public bool Active { get; set; } = true;
    public Guid ConcurrencyStamp { get; set; }
}

internal sealed class FeeItemFormValidator : AbstractValidator<FeeItemFormModel>
{
    public const decimal MaxAmount = 10_000_000m;

    public FeeItemFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage(_ => l["Fee.Error.CodeRequired"])
            .Matches("^[0-9A-Za-z.-]{1,20}$").WithMessage(_ => l["Fee.Error.CodeFormat"]);
        RuleFor(x => x.NameTh).NotEmpty().WithMessage(_ => l["Fee.Error.NameRequired"])
            .MaximumLength(300).WithMessage(_ => l["Taxpayer.Error.TooLong"]);
        RuleFor(x => x.NameEn).MaximumLength(300).WithMessage(_ => l["Taxpayer.Error.TooLong"]);
        RuleFor(x => x.Amount).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => l["Fee.Error.AmountRequired"])
            .InclusiveBetween(0m, MaxAmount).WithMessage(_ => l["Fee.Error.AmountRange"])
            .Must(a => BahtInput.HasAtMostTwoDecimals(a!.Value)).WithMessage(_ => l["Fee.Error.AmountDecimals"]);
        RuleFor(x => x.Period).NotNull().WithMessage(_ => l["Fee.Error.PeriodRequired"])
            .IsInEnum().WithMessage(_ => l["Fee.Error.PeriodRequired"]);
        RuleFor(x => x.ValidityMonths).NotNull().WithMessage(_ => l["Fee.Error.ValidityRequired"])
            .InclusiveBetween(1, 120).WithMessage(_ => l["Fee.Error.ValidityRange"])
            .When(x => x.IssuesLicence);
    }
}

/// <summary>Bill a fee without a licence (e.g. a year of waste collection).</summary>
internal sealed class FeeBillFormModel
{
    public string TaxpayerTaxId { get; set; } = "";
    public int? FeeItemId { get; set; }
    public int? Quantity { get; set; } = 1;
    public DateOnly? IssuedOn { get; set; }
}

internal sealed class FeeBillFormValidator : AbstractValidator<FeeBillFormModel>
{
    public FeeBillFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.TaxpayerTaxId).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Sign.Error.OwnerRequired"])
            .Must(ThaiTaxId.IsValid).WithMessage(_ => l["Taxpayer.Error.TaxIdChecksum"]);
        RuleFor(x => x.FeeItemId).NotNull().WithMessage(_ => l["Fee.Error.ItemRequired"]);
        RuleFor(x => x.Quantity).NotNull().WithMessage(_ => l["Fee.Error.QuantityRange"])
            .InclusiveBetween(1, 120).WithMessage(_ => l["Fee.Error.QuantityRange"]);
        RuleFor(x => x.IssuedOn).NotNull().WithMessage(_ => l["Sign.Error.IssuedOnRequired"]);
    }
}

internal sealed record FeeItemChoice(int Id, string Code, string Name, Money Amount, FeePeriod Period, bool IssuesLicence, int? ValidityMonths);
