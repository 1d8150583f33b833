using FluentValidation;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Fees;
using LocalGov.Revenue.Resources;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Identity;
using LocalGov.SharedKernel.Web;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Taxpayers;

internal sealed class TaxpayerSearch
{
    /// <summary>Part of a name, a 13-digit id (dashes allowed) or a phone number.</summary>
    public string? Q { get; set; }

    public int Page { get; set; } = 1;
}

internal sealed record TaxpayerListItem(int Id, string LaoName, TaxpayerKind Kind, string TaxId, string Name, string Address, string Phone, bool Merged);

internal sealed record TaxpayerListViewModel(IReadOnlyList<TaxpayerListItem> Items, TaxpayerSearch Search, int Total, Pager Pager, bool CanCreate, bool ShowLao);

/// <summary>Register or correct a taxpayer. The 13-digit id is checksum-validated and unique among the LAO's active records.</summary>
internal sealed class TaxpayerFormModel
{
    public int? Id { get; set; }
    public TaxpayerKind? Kind { get; set; }
    public string TaxId { get; set; } = "";
    public string Title { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string HouseNumber { get; set; } = "";
    public string Village { get; set; } = "";
    public string Road { get; set; } = "";
    public string Subdistrict { get; set; } = "";
    public string District { get; set; } = "";
    public string Province { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public Guid ConcurrencyStamp { get; set; }

    public static TaxpayerFormModel From(Taxpayer t) => new()
    {
        Id = t.Id,
        Kind = t.Kind,
        TaxId = t.TaxId,
        Title = t.Title,
        FirstName = t.FirstName,
        LastName = t.LastName,
        HouseNumber = t.HouseNumber,
        Village = t.Village,
        Road = t.Road,
        Subdistrict = t.Subdistrict,
        District = t.District,
        Province = t.Province,
        PostalCode = t.PostalCode,
        Phone = t.Phone,
        Email = t.Email,
        ConcurrencyStamp = t.ConcurrencyStamp,
    };

    /// <summary>Trims a posted text; MVC binds an empty field as null.</summary>
    public static string Clean(string? value) => value?.Trim() ?? "";

    public void ApplyTo(Taxpayer t)
    {
        t.Kind = Kind!.Value;
        t.TaxId = ThaiTaxId.Normalize(TaxId)!;
        t.Title = Clean(Title);
        t.FirstName = Clean(FirstName);
        t.LastName = Kind == TaxpayerKind.Company ? "" : Clean(LastName);
        t.HouseNumber = Clean(HouseNumber);
        t.Village = Clean(Village);
        t.Road = Clean(Road);
        t.Subdistrict = Clean(Subdistrict);
        t.District = Clean(District);
        t.Province = Clean(Province);
        t.PostalCode = Clean(PostalCode);
        t.Phone = Clean(Phone);
        t.Email = Clean(Email);
    }
}

internal sealed class TaxpayerFormValidator : AbstractValidator<TaxpayerFormModel>
{
    public TaxpayerFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Kind).NotNull().WithMessage(_ => l["Taxpayer.Error.KindRequired"])
            .IsInEnum().WithMessage(_ => l["Taxpayer.Error.KindRequired"]);
        RuleFor(x => x.TaxId).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Taxpayer.Error.TaxIdRequired"])
            .Must(v => ThaiTaxId.Normalize(v) is not null).WithMessage(_ => l["Taxpayer.Error.TaxIdFormat"])
            .Must(ThaiTaxId.IsValid).WithMessage(_ => l["Taxpayer.Error.TaxIdChecksum"]);
        RuleFor(x => x.Title).MaximumLength(100).WithMessage(_ => l["Taxpayer.Error.TooLong"]);
        RuleFor(x => x.FirstName).NotEmpty().WithMessage(_ => l["Taxpayer.Error.NameRequired"])
            .MaximumLength(300).WithMessage(_ => l["Taxpayer.Error.TooLong"]);
        RuleFor(x => x.LastName).NotEmpty().WithMessage(_ => l["Taxpayer.Error.LastNameRequired"])
            .When(x => x.Kind == TaxpayerKind.Person);
        RuleFor(x => x.LastName).MaximumLength(200).WithMessage(_ => l["Taxpayer.Error.TooLong"]);
        RuleFor(x => x.HouseNumber).MaximumLength(50).WithMessage(_ => l["Taxpayer.Error.TooLong"]);
        RuleFor(x => x.Village).MaximumLength(20).WithMessage(_ => l["Taxpayer.Error.TooLong"]);
        RuleFor(x => x.Road).MaximumLength(200).WithMessage(_ => l["Taxpayer.Error.TooLong"]);
        RuleFor(x => x.Subdistrict).MaximumLength(200).WithMessage(_ => l["Taxpayer.Error.TooLong"]);
        RuleFor(x => x.District).MaximumLength(200).WithMessage(_ => l["Taxpayer.Error.TooLong"]);
        RuleFor(x => x.Province).MaximumLength(200).WithMessage(_ => l["Taxpayer.Error.TooLong"]);
        RuleFor(x => x.PostalCode).Matches("^[0-9]{5}$").WithMessage(_ => l["Taxpayer.Error.PostalCode"])
            .When(x => !string.IsNullOrWhiteSpace(x.PostalCode));
        RuleFor(x => x.Phone).Matches("^[0-9+() -]{0,50}$").WithMessage(_ => l["Taxpayer.Error.Phone"]);
        RuleFor(x => x.Email).EmailAddress().WithMessage(_ => l["Taxpayer.Error.Email"])
            .MaximumLength(256).WithMessage(_ => l["Taxpayer.Error.TooLong"])
            .When(x => !string.IsNullOrWhiteSpace(x.Email));
    }
}

internal sealed record TaxpayerBillRow(int Id, string Number, RevenueKind Kind, int TaxYear, string Description, DateOnly DueOn, Money Amount, Money Outstanding, BillStatus Status);

internal sealed record TaxpayerReceiptRow(int Id, string ReceiptNo, DateOnly IssuedOn, Money Total, bool Cancelled);

internal sealed record TaxpayerSignRow(int Id, string Text, int WidthCm, int HeightCm, bool Removed);

internal sealed record TaxpayerLicenceRow(int Id, string Number, string FeeName, DateOnly ExpiresOn, LicenceStatus Status, bool Expired);

internal sealed record TaxpayerLink(int Id, string TaxId, string Name);

internal sealed record TaxpayerDetailsViewModel(
    Taxpayer Taxpayer,
    string LaoName,
    TaxpayerLink? MergedInto,
    IReadOnlyList<TaxpayerLink> MergedFrom,
    IReadOnlyList<TaxpayerBillRow> Bills,
    IReadOnlyList<TaxpayerReceiptRow> Receipts,
    IReadOnlyList<TaxpayerSignRow> Signs,
    IReadOnlyList<TaxpayerLicenceRow> Licences,
    bool CanChange);

internal sealed class MergeFormModel
{
    public int? SurvivorId { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}

internal sealed record MergeViewModel(Taxpayer Duplicate, string? Q, IReadOnlyList<TaxpayerLink> Candidates, MergeFormModel Form);

/// <summary>A 13-digit id field with the LAO's active taxpayers offered as suggestions (merged duplicates never are).</summary>
internal sealed record TaxpayerPickerModel(string Name, string Value, IReadOnlyList<LocalGov.Revenue.Services.Taxpayers.TaxpayerChoice> Choices, bool Invalid);
