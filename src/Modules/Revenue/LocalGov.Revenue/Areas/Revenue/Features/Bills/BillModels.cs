using System.Globalization;
using FluentValidation;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Resources;
using LocalGov.Revenue.Services.Payments;
using LocalGov.SharedKernel.Amounts;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Bills;

internal sealed record BillListItem(int Id, int LaoId, string Number, RevenueKind Kind, int TaxYear, string TaxpayerName, string Description, Money Amount, Money PaidPrincipal, DateOnly DueOn, BillStatus Status)
{
    public Money Outstanding => Status == BillStatus.Cancelled ? Money.Zero : Amount - PaidPrincipal;
}

internal sealed record BillIndexViewModel(
    IReadOnlyList<BillListItem> Bills,
    RevenueKind? Kind,
    int? Year,
    BillStatus? Status,
    string? Query,
    IReadOnlyList<int> Years,
    int Page,
    int PageCount,
    int Total);

internal sealed record BillReceiptRow(int ReceiptId, string ReceiptNo, DateOnly IssuedOn, PaymentMethod Method, ReceiptStatus Status, Money Principal, Money Surcharge, Money Interest)
{
    public Money Total => Principal + Surcharge + Interest;
}

internal sealed record BillDetailsViewModel(
    BillPosition Position,
    Taxpayer Taxpayer,
    string LaoName,
    DateOnly AsOf,
    IReadOnlyList<BillReceiptRow> Receipts,
    BillQrCode? Qr,
    BillQrAbsence QrAbsence,
    bool CanChange)
{
    public Bill Bill => Position.Bill;

    public bool CanPay => CanChange && Bill.Status is BillStatus.Open or BillStatus.PartlyPaid;

    public bool CanCancel => CanChange && Bill.Status == BillStatus.Open && Receipts.All(r => r.Status == ReceiptStatus.Cancelled) && Bill.PaidPrincipal.Satang == 0;
}

internal sealed class CancelBillForm
{
    public string? Reason { get; set; }
}

internal sealed class CancelBillFormValidator : AbstractValidator<CancelBillForm>
{
    public CancelBillFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => l["Pay.Reason.Required"])
            .MaximumLength(PaymentService.ReasonMaxLength).WithMessage(_ => l["Pay.Reason.TooLong", PaymentService.ReasonMaxLength]);
    }
}

internal sealed record CancelBillViewModel(Bill Bill, string TaxpayerName, CancelBillForm Form);

/// <summary>One bill on the payment form: what it owes today and the amount typed.</summary>
internal sealed class PayItemInput
{
    public int BillId { get; set; }

    public string? Amount { get; set; }
}

internal sealed class PayForm
{
    public PaymentMethod Method { get; set; } = PaymentMethod.Cash;

    public string? Reference { get; set; }

    public List<PayItemInput> Items { get; set; } = [];
}

internal sealed class PayFormValidator : AbstractValidator<PayForm>
{
    public const int ReferenceMax = 100;

    public PayFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Method).IsInEnum().WithMessage(_ => l["Pay.Method.Required"]);
        RuleFor(x => x.Reference).Must((form, r) => form.Method == PaymentMethod.Cash || !string.IsNullOrWhiteSpace(r))
            .WithMessage(_ => l["Pay.Reference.Required"])
            .MaximumLength(ReferenceMax).WithMessage(_ => l["Pay.Reference.TooLong", ReferenceMax]);
        RuleForEach(x => x.Items).ChildRules(item =>
            item.RuleFor(i => i.Amount)
                .Must(t => string.IsNullOrWhiteSpace(t) || BahtInput.TryParse(t, out _)).WithMessage(_ => l["Pay.Amount.NotNumber"])
                .Must(t => !BahtInput.TryParse(t, out var v) || v >= 0).WithMessage(_ => l["Pay.Amount.Negative"])
                .Must(t => !BahtInput.TryParse(t, out var v) || BahtInput.HasAtMostTwoDecimals(v)).WithMessage(_ => l["Pay.Amount.Decimals"])
                .Must(t => !BahtInput.TryParse(t, out var v) || v <= AmountText.Maximum).WithMessage(_ => l["Pay.Amount.TooLarge"]));
        RuleFor(x => x.Items).Must(items => items.Any(i => BahtInput.TryParse(i.Amount, out var v) && v > 0))
            .WithMessage(_ => l["Pay.Amount.NothingToPay"]);
    }
}

/// <summary>Amounts typed in baht ("1,234.50").</summary>
internal static class AmountText
{
    public const decimal Maximum = 100_000_000_000m;

    /// <summary>The amount as money, zero when empty; only after validation.</summary>
    public static Money ToMoney(string? text) => BahtInput.TryParse(text, out var v) ? Money.FromBaht(v) : Money.Zero;

    /// <summary>How an amount is put in a form field (parses back).</summary>
    public static string Show(Money amount) => amount.Baht.ToString("0.00", CultureInfo.InvariantCulture);
}

internal sealed record PayBillRow(BillPosition Position, string? NextInstalment, Money Suggested)
{
    public Bill Bill => Position.Bill;
}

internal sealed record PayViewModel(int BillId, Taxpayer Taxpayer, DateOnly PaidOn, IReadOnlyList<PayBillRow> Bills, PayForm Form);
