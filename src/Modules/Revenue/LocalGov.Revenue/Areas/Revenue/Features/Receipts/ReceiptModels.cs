using FluentValidation;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Resources;
using LocalGov.Revenue.Services.Payments;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Identity;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Receipts;

internal sealed record ReceiptListItem(int Id, string ReceiptNo, DateOnly IssuedOn, string PayerName, PaymentMethod Method, Money Total, ReceiptStatus Status);

internal sealed record ReceiptIndexViewModel(IReadOnlyList<ReceiptListItem> Receipts, ReceiptStatus? Status, string? Query, int Page, int PageCount, int Total, int PendingHandOffs);

internal sealed record ReceiptLineView(string BillNumber, RevenueKind Kind, int TaxYear, string Description, Money Principal, Money Surcharge, Money Interest)
{
    public Money Total => Principal + Surcharge + Interest;
}

internal sealed record ReceiptViewModel(
    Receipt Receipt,
    string BookNo,
    string LaoName,
    string PayerAddress,
    string PayerTaxId,
    IReadOnlyList<ReceiptLineView> Lines,
    IReadOnlyList<ReceiptHandOff> HandOffs,
    bool CanCancel);

internal sealed class CancelReceiptForm
{
    public string? Reason { get; set; }
}

internal sealed class CancelReceiptFormValidator : AbstractValidator<CancelReceiptForm>
{
    public CancelReceiptFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => l["Pay.Reason.Required"])
            .MaximumLength(PaymentService.ReasonMaxLength).WithMessage(_ => l["Pay.Reason.TooLong", PaymentService.ReasonMaxLength]);
    }
}

internal sealed record CancelReceiptViewModel(Receipt Receipt, CancelReceiptForm Form);

internal sealed record HandOffRow(int Id, int ReceiptId, string ReceiptNo, DateOnly IssuedOn, Money Total, HandOffEvent Event, DateTime RecordedUtc, int Attempts, string? LastError);

internal sealed record HandOffsViewModel(IReadOnlyList<HandOffRow> Pending, bool CanPost, bool LedgerInstalled);

internal sealed class PaymentSettingsForm
{
    public string? BillerTaxId { get; set; }

    public string? BillerSuffix { get; set; }

    public string? MerchantName { get; set; }
}

internal sealed class PaymentSettingsFormValidator : AbstractValidator<PaymentSettingsForm>
{
    public PaymentSettingsFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.BillerTaxId).Must(ThaiTaxId.IsValid).WithMessage(_ => l["Pay.Settings.TaxIdInvalid"]);
        RuleFor(x => x.BillerSuffix).Must(s => s is { Length: 2 } && s.All(char.IsAsciiDigit)).WithMessage(_ => l["Pay.Settings.SuffixInvalid"]);
        RuleFor(x => x.MerchantName).Must(s => string.IsNullOrEmpty(s) || (s.Trim().Length <= 25 && s.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or '-')))
            .WithMessage(_ => l["Pay.Settings.NameInvalid"]);
    }
}

internal sealed record PaymentSettingsViewModel(string LaoName, PaymentSettingsForm Form, string? SamplePayload);
