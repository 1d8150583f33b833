using FluentValidation;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Fees;
using LocalGov.Revenue.Resources;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Identity;
using LocalGov.SharedKernel.Web;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Licences;

internal enum LicenceFilter
{
    All = 0,
    Expiring = 1,
    Expired = 2,
}

internal sealed class LicenceSearch
{
    public LicenceFilter Filter { get; set; }

    public string? Q { get; set; }

    public int Page { get; set; } = 1;
}

internal sealed record LicenceRow(int Id, string Number, string Holder, int HolderId, string FeeName, string Premises, DateOnly IssuedOn, DateOnly ExpiresOn, LicenceStatus Status, bool Expired, bool ExpiringSoon);

internal sealed record LicenceListViewModel(IReadOnlyList<LicenceRow> Items, LicenceSearch Search, int Total, Pager Pager, bool CanChange);

internal sealed class LicenceIssueFormModel
{
    public string TaxpayerTaxId { get; set; } = "";
    public int? FeeItemId { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public string Premises { get; set; } = "";
}

internal sealed class LicenceIssueFormValidator : AbstractValidator<LicenceIssueFormModel>
{
    public LicenceIssueFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.TaxpayerTaxId).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Sign.Error.OwnerRequired"])
            .Must(ThaiTaxId.IsValid).WithMessage(_ => l["Taxpayer.Error.TaxIdChecksum"]);
        RuleFor(x => x.FeeItemId).NotNull().WithMessage(_ => l["Fee.Error.ItemRequired"]);
        RuleFor(x => x.IssuedOn).NotNull().WithMessage(_ => l["Sign.Error.IssuedOnRequired"]);
        RuleFor(x => x.Premises).NotEmpty().WithMessage(_ => l["Fee.Error.PremisesRequired"])
            .MaximumLength(500).WithMessage(_ => l["Taxpayer.Error.TooLong"]);
    }
}

internal sealed record LicenceDetailsViewModel(
    Licence Licence,
    Taxpayer Holder,
    FeeItem Item,
    string LaoName,
    Bill? Bill,
    Licence? RenewedFrom,
    Licence? RenewedBy,
    bool Expired,
    bool CanRenew);

