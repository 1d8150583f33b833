using System.Globalization;
using FluentValidation;
using LocalGov.Budgeting.Contracts;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Resources;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Identity;
using LocalGov.SharedKernel.Web;
using Microsoft.Extensions.Localization;

namespace LocalGov.Finance.Areas.Finance.Features.Vouchers;

internal sealed class VoucherSearch
{
    public VoucherStatus? Status { get; set; }
    public int Page { get; set; } = 1;
    public int? LaoId { get; set; }
    public string? Code { get; set; }
}

internal sealed record VoucherListItem(int Id, string VoucherNo, int FiscalYear, DateOnly RequestedOn, string PayeeName, string Description, Money Gross, Money Net, VoucherStatus Status);

internal sealed record VoucherListViewModel(LaoDto Lao, IReadOnlyList<VoucherListItem> Items, VoucherSearch Search, int Total, Pager Pager, bool CanCreate);

/// <summary>Amounts typed in baht ("1,234.50"): parsed as decimal, at most two decimals (never rounded silently).</summary>
internal static class AmountText
{
    /// <summary>A sanity bound far above any single payment (10,000 million baht).</summary>
    public const decimal Maximum = 10_000_000_000m;

    /// <summary>The amount as money; only after validation.</summary>
    public static Money ToMoney(string? text) => BahtInput.TryParse(text, out var value) && BahtInput.HasAtMostTwoDecimals(value) ? Money.FromBaht(value) : Money.Zero;

    /// <summary>How a stored amount is shown in the form (invariant, no grouping, so it parses back).</summary>
    public static string Show(Money amount) => amount.Baht.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>The voucher form (create, and edit while Draft or Rejected). An empty number takes the next PV number.</summary>
internal sealed class VoucherFormModel
{
    public int? Id { get; set; }
    public int FiscalYear { get; set; }
    public string? VoucherNo { get; set; }
    public DateOnly? RequestedOn { get; set; }
    public string PayeeName { get; set; } = "";
    public string? PayeeTaxId { get; set; }
    public string? PayeeAddress { get; set; }
    public PayeeKind? PayeeKind { get; set; }
    public string Description { get; set; } = "";
    public int? BudgetLineId { get; set; }
    public string? Gross { get; set; }
    public string? IncomeTypeCode { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

internal sealed class VoucherFormValidator : AbstractValidator<VoucherFormModel>
{
    public VoucherFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.VoucherNo).MaximumLength(30).WithMessage(_ => l["Voucher.Error.TooLong", 30]);
        RuleFor(x => x.RequestedOn).NotNull().WithMessage(_ => l["Voucher.Error.DateRequired"]);
        RuleFor(x => x.PayeeName).NotEmpty().WithMessage(_ => l["Voucher.Error.PayeeRequired"])
            .MaximumLength(300).WithMessage(_ => l["Voucher.Error.TooLong", 300]);
        RuleFor(x => x.PayeeTaxId).Must(t => string.IsNullOrWhiteSpace(t) || ThaiTaxId.IsValid(t)).WithMessage(_ => l["Voucher.Error.TaxId"]);
        RuleFor(x => x.PayeeAddress).MaximumLength(500).WithMessage(_ => l["Voucher.Error.TooLong", 500]);
        RuleFor(x => x.PayeeKind).NotNull().WithMessage(_ => l["Voucher.Error.PayeeKind"]).IsInEnum().WithMessage(_ => l["Voucher.Error.PayeeKind"]);
        RuleFor(x => x.Description).NotEmpty().WithMessage(_ => l["Voucher.Error.DescriptionRequired"])
            .MaximumLength(500).WithMessage(_ => l["Voucher.Error.TooLong", 500]);
        RuleFor(x => x.BudgetLineId).NotNull().WithMessage(_ => l["Voucher.Error.LineRequired"]);
        RuleFor(x => x.Gross).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => l["Voucher.Error.AmountRequired"])
            .Must(t => BahtInput.TryParse(t, out _)).WithMessage(_ => l["Voucher.Error.AmountNotNumber"])
            .Must(t => BahtInput.TryParse(t, out var v) && BahtInput.HasAtMostTwoDecimals(v)).WithMessage(_ => l["Voucher.Error.AmountDecimals"])
            .Must(t => BahtInput.TryParse(t, out var v) && v > 0).WithMessage(_ => l["Voucher.Error.AmountPositive"])
            .Must(t => BahtInput.TryParse(t, out var v) && v <= AmountText.Maximum).WithMessage(_ => l["Voucher.Error.AmountTooLarge"]);
    }
}

/// <summary>A budget line to pick, with what is still available on it.</summary>
internal sealed record LineChoice(int Id, string Label, Money Available);

internal sealed record VoucherFormViewModel(
    VoucherFormModel Form,
    IReadOnlyList<int> Years,
    IReadOnlyList<LineChoice> Lines,
    IReadOnlyList<WithholdingTaxRate> Rates,
    bool FromCommitment);

internal sealed record VoucherDetailsViewModel(
    Voucher Voucher,
    LaoDto Lao,
    BudgetLineInfo? Line,
    BudgetLineBalance? Balance,
    string? IncomeTypeName,
    BankAccount? BankAccount,
    string? JournalEntryNo,
    bool CanManage,
    bool CanApprove);

/// <summary>A reason for rejecting or cancelling; the stamp is the voucher's as the user saw it.</summary>
internal sealed class ReasonFormModel
{
    public string? Reason { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

internal sealed class PayFormModel
{
    public VoucherPaymentMethod? Method { get; set; }
    public int? BankAccountId { get; set; }
    public DateOnly? PaidOn { get; set; }
    public string? ChequeNo { get; set; }
    public DateOnly? ChequeDate { get; set; }
    public string? TransferReference { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

internal sealed class PayFormValidator : AbstractValidator<PayFormModel>
{
    public PayFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Method).NotNull().WithMessage(_ => l["Voucher.Error.MethodRequired"]).IsInEnum().WithMessage(_ => l["Voucher.Error.MethodRequired"]);
        RuleFor(x => x.BankAccountId).NotNull().WithMessage(_ => l["Voucher.Error.BankAccount"]);
        RuleFor(x => x.PaidOn).NotNull().WithMessage(_ => l["Voucher.Error.DateRequired"]);
        RuleFor(x => x.ChequeNo).NotEmpty().WithMessage(_ => l["Voucher.Error.ChequeRequired"]).When(x => x.Method == VoucherPaymentMethod.Cheque);
        RuleFor(x => x.ChequeNo).MaximumLength(30).WithMessage(_ => l["Voucher.Error.TooLong", 30]);
        RuleFor(x => x.ChequeDate).NotNull().WithMessage(_ => l["Voucher.Error.ChequeRequired"]).When(x => x.Method == VoucherPaymentMethod.Cheque);
        RuleFor(x => x.TransferReference).NotEmpty().WithMessage(_ => l["Voucher.Error.TransferRequired"]).When(x => x.Method == VoucherPaymentMethod.Transfer);
        RuleFor(x => x.TransferReference).MaximumLength(100).WithMessage(_ => l["Voucher.Error.TooLong", 100]);
    }
}

internal sealed record PayViewModel(Voucher Voucher, PayFormModel Form, IReadOnlyList<BankAccount> BankAccounts);

/// <summary>หนังสือรับรองการหักภาษี ณ ที่จ่าย (50 ทวิ) of a paid voucher.</summary>
internal sealed record CertificateViewModel(Voucher Voucher, LaoDto Lao, string IncomeTypeName);
