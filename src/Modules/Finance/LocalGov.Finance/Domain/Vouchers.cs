using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Finance.Domain;

/// <summary>
/// A withholding tax rate (ภาษีหัก ณ ที่จ่าย) of one income type for a government payer, effective-dated: a new
/// Revenue Department order adds a row from its date instead of changing the old one. Seeded by
/// <c>WithholdingTaxRateSeeder</c>; see Domain/README.md for what must be confirmed before production.
/// </summary>
internal sealed class WithholdingTaxRate
{
    public int Id { get; set; }

    /// <summary>The income type (GOODS, HIRE, SERVICE, RENT, PROFESSIONAL, ADVERTISING, TRANSPORT, PRIZE, NONE).</summary>
    public required string IncomeTypeCode { get; set; }

    public required string NameTh { get; set; }
    public required string NameEn { get; set; }

    /// <summary>The rate in basis points: 100 = 1%.</summary>
    public int RateBasisPoints { get; set; }

    /// <summary>A payment below this amount is not withheld (10,000 baht for government payers).</summary>
    public Money MinimumPayment { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Last day in force; null while in force.</summary>
    public DateOnly? EffectiveTo { get; set; }

    /// <summary>The order or regulation the row comes from.</summary>
    public string? Source { get; set; }

    public int SortOrder { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public bool AppliesOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);

    public string DisplayName(bool thai) => thai ? NameTh : NameEn;
}

/// <summary>The income-type code of "no withholding".</summary>
internal static class IncomeTypes
{
    public const string None = "NONE";
}

/// <summary>The withholding tax of one payment: pure, so unit-tested without a database.</summary>
internal static class WithholdingTax
{
    /// <summary>
    /// The tax withheld from <paramref name="gross"/> at <paramref name="rateBasisPoints"/> (100 = 1%) when the
    /// payment is at least <paramref name="threshold"/>; rounded to satang half away from zero.
    /// </summary>
    public static Money Compute(Money gross, int rateBasisPoints, Money threshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rateBasisPoints);
        if (gross <= Money.Zero || rateBasisPoints == 0 || gross < threshold)
        {
            return Money.Zero;
        }

        return Money.FromBaht(MoneyRounding.ToSatang(gross.Baht * rateBasisPoints / 10_000m));
    }

    /// <summary>"1%", "0.5%": the rate as printed on the certificate.</summary>
    public static string FormatRate(int rateBasisPoints) =>
        (rateBasisPoints / 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";
}

/// <summary>
/// A disbursement voucher (ฎีกา / ขอเบิกเงิน): a request to pay a payee out of a budget line. Reserved on the line
/// when submitted, approved by the LAO's executive, paid by cheque or transfer (the payment disburses the
/// reservation and posts the ledger entry).
/// </summary>
internal sealed class Voucher
{
    public int Id { get; set; }
    public int LaoId { get; set; }

    /// <summary>The fiscal year (B.E.) of the budget line.</summary>
    public int FiscalYear { get; set; }

    /// <summary>PV2569-000001, or a number the user typed; unique per LAO and year.</summary>
    public required string VoucherNo { get; set; }

    public DateOnly RequestedOn { get; set; }
    public required string PayeeName { get; set; }

    /// <summary>13 digits, validated with ThaiTaxId; optional.</summary>
    public string? PayeeTaxId { get; set; }

    public string? PayeeAddress { get; set; }
    public PayeeKind PayeeKind { get; set; }
    public required string Description { get; set; }
    public int BudgetLineId { get; set; }

    public Money Gross { get; set; }

    /// <summary>The withholding tax income type; null or <see cref="IncomeTypes.None"/> when nothing is withheld.</summary>
    public string? IncomeTypeCode { get; set; }

    public int WithholdingRateBasisPoints { get; set; }
    public Money Withheld { get; set; }

    /// <summary>ค่าปรับ deducted from the payment (a late delivery); credited to the penalty revenue account when paid.</summary>
    public Money Penalty { get; set; }

    /// <summary>What the payee receives: gross − withheld − penalty.</summary>
    public Money Net { get; set; }

    /// <summary>True when the money was reserved by the requesting module (a contract's commitment).</summary>
    public bool FromCommitment { get; set; }

    /// <summary>True while this voucher holds its own reservation on the line (submitted, not yet paid or given back).</summary>
    public bool HoldsReservation { get; set; }

    public string? SourceModule { get; set; }
    public string? SourceReference { get; set; }

    public VoucherStatus Status { get; set; } = VoucherStatus.Draft;

    public required string PreparedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? SubmittedBy { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTime? ApprovedUtc { get; set; }

    public VoucherPaymentMethod? PaymentMethod { get; set; }
    public string? ChequeNo { get; set; }
    public DateOnly? ChequeDate { get; set; }
    public string? TransferReference { get; set; }
    public int? BankAccountId { get; set; }
    public DateOnly? PaidOn { get; set; }
    public string? PaidBy { get; set; }
    public int? JournalEntryId { get; set; }

    /// <summary>The withholding tax certificate's number (WT2569-000001), assigned at payment when tax is withheld.</summary>
    public string? CertificateNo { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<VoucherEvent> Events { get; set; } = [];

    /// <summary>The ledger's SourceReference of the payment: one posting per voucher.</summary>
    public string LedgerReference => "PV:" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One step of a voucher's history: the status it reached, who, when and why.</summary>
internal sealed class VoucherEvent
{
    public long Id { get; set; }
    public int VoucherId { get; set; }
    public VoucherStatus Status { get; set; }
    public required string UserName { get; set; }
    public DateTime OccurredUtc { get; set; }
    public string? Note { get; set; }
}

internal enum PayeeKind
{
    /// <summary>บุคคลธรรมดา (ภ.ง.ด.3).</summary>
    Person = 1,

    /// <summary>นิติบุคคล (ภ.ง.ด.53).</summary>
    Company = 2,
}

internal enum VoucherPaymentMethod
{
    Cheque = 1,
    Transfer = 2,
}

internal enum VoucherStatus
{
    /// <summary>ร่าง: the finance officer prepares it.</summary>
    Draft = 1,

    /// <summary>ส่งขออนุมัติ: the amount is reserved on the budget line.</summary>
    Submitted = 2,

    /// <summary>อนุมัติแล้ว: waiting for payment.</summary>
    Approved = 3,

    /// <summary>จ่ายแล้ว: disbursed and posted; final.</summary>
    Paid = 4,

    /// <summary>ส่งคืนแก้ไข: back to the preparer, editable like a draft; the reservation is given back.</summary>
    Rejected = 5,

    /// <summary>ยกเลิก: final; any reservation is given back.</summary>
    Cancelled = 6,
}

/// <summary>What a voucher in each status may do next; pure, so unit-tested.</summary>
internal static class VoucherRules
{
    public static bool CanEdit(VoucherStatus status) => status is VoucherStatus.Draft or VoucherStatus.Rejected;

    public static bool CanSubmit(VoucherStatus status) => status is VoucherStatus.Draft or VoucherStatus.Rejected;

    public static bool CanApprove(VoucherStatus status) => status == VoucherStatus.Submitted;

    public static bool CanReject(VoucherStatus status) => status is VoucherStatus.Submitted or VoucherStatus.Approved;

    public static bool CanPay(VoucherStatus status) => status == VoucherStatus.Approved;

    public static bool CanCancel(VoucherStatus status) =>
        status is VoucherStatus.Draft or VoucherStatus.Rejected or VoucherStatus.Submitted or VoucherStatus.Approved;

    /// <summary>True when the move from <paramref name="from"/> to <paramref name="to"/> is a step of the workflow.</summary>
    public static bool CanMove(VoucherStatus from, VoucherStatus to) => to switch
    {
        VoucherStatus.Submitted => CanSubmit(from),
        VoucherStatus.Approved => CanApprove(from),
        VoucherStatus.Rejected => CanReject(from),
        VoucherStatus.Paid => CanPay(from),
        VoucherStatus.Cancelled => CanCancel(from),
        _ => false,
    };

    /// <summary>Segregation of duties: whoever prepared or submitted a voucher does not approve it.</summary>
    public static bool MayApprove(string approver, string preparedBy, string? submittedBy) =>
        !string.IsNullOrWhiteSpace(approver)
        && !string.Equals(approver, preparedBy, StringComparison.OrdinalIgnoreCase)
        && !string.Equals(approver, submittedBy, StringComparison.OrdinalIgnoreCase);
}
