using System.Globalization;
using LocalGov.Finance.Domain;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Finance.Areas.Finance.Features.Receipts;

internal sealed class CounterReceiptFormLine
{
    public int? AccountId { get; set; }
    public string? Amount { get; set; }
    public string? Description { get; set; }

    public bool IsBlank => AccountId is null && string.IsNullOrWhiteSpace(Amount) && string.IsNullOrWhiteSpace(Description);
}

internal sealed class CounterReceiptForm
{
    public const int LineSlots = 5;

    public DateOnly? ReceivedOn { get; set; }
    public string? PayerName { get; set; }
    public CounterPaymentMethod Method { get; set; } = CounterPaymentMethod.Cash;
    public int? BankAccountId { get; set; }
    public string? Reference { get; set; }
    public string FundCode { get; set; } = Fund.General;
    public List<CounterReceiptFormLine> Lines { get; set; } = [];
}

internal sealed record AccountOption(int Id, string Name, bool IsRevenue);

internal sealed record BankOption(int Id, string Name);

internal sealed record CounterReceiptFormViewModel(
    LaoDto Lao,
    CounterReceiptForm Form,
    IReadOnlyList<AccountOption> Accounts,
    IReadOnlyList<BankOption> Banks,
    IReadOnlyList<Fund> Funds);

internal sealed class DepositForm
{
    public DateOnly? DepositedOn { get; set; }
    public int? BankAccountId { get; set; }
    public string? Amount { get; set; }
    public string? Reference { get; set; }
}

internal sealed record DepositFormViewModel(LaoDto Lao, DepositForm Form, IReadOnlyList<BankOption> Banks, Money CashOnHand, DateOnly Today);

internal sealed record CancelForm(int Id, string? Reason);

internal sealed record ReceiptListRow(string Kind, int? ReceiptId, int EntryId, string Number, DateOnly Date, string Payer, Money Amount, bool Cancelled);

internal sealed record DepositListRow(int Id, string DepositNo, DateOnly Date, string Bank, Money Amount);

internal sealed record ReceiptListViewModel(LaoDto Lao, DateOnly Date, bool WholeMonth, IReadOnlyList<ReceiptListRow> Receipts, IReadOnlyList<DepositListRow> Deposits, bool CanChange)
{
    public Money Total => Money.Sum(Receipts.Where(r => !r.Cancelled).Select(r => r.Amount));
}

internal sealed record ReceiptLineView(string Account, string Description, Money Amount);

internal sealed record ReceiptDetailsViewModel(CounterReceipt Receipt, LaoDto Lao, IReadOnlyList<ReceiptLineView> Lines, string? Bank, string EntryNo, string? ReversalEntryNo, bool CanCancel);

/// <summary>Amounts typed in forms: baht with at most two decimals (never rounded silently).</summary>
internal static class AmountInput
{
    public static bool TryParse(string? text, out Money amount, out string? errorKey)
    {
        amount = Money.Zero;
        errorKey = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            errorKey = "Cash.Error.AmountRequired";
            return false;
        }

        if (!decimal.TryParse(text.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var baht)
            || baht > 100_000_000_000m)
        {
            errorKey = "Cash.Error.AmountInvalid";
            return false;
        }

        if (!BahtInput.HasAtMostTwoDecimals(baht))
        {
            errorKey = "Cash.Error.TooManyDecimals";
            return false;
        }

        if (baht <= 0)
        {
            errorKey = "Cash.Error.AmountPositive";
            return false;
        }

        amount = Money.FromBaht(baht);
        return true;
    }
}
