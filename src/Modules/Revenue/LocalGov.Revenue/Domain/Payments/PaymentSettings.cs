namespace LocalGov.Revenue.Domain.Payments;

/// <summary>
/// How one LAO takes Thai QR bill payments: its biller id (the LAO's 13-digit tax id and the 2-digit suffix its
/// bank gave it) and an optional merchant name printed by banking apps. One row per LAO, edited by its staff;
/// without it, bills show no QR code.
/// </summary>
internal sealed class PaymentSettings
{
    public int Id { get; set; }

    public int LaoId { get; set; }

    public string BillerTaxId { get; set; } = "";

    public string BillerSuffix { get; set; } = "00";

    /// <summary>Latin letters, digits, spaces, dots and dashes, at most 25 (EMVCo tag 59); empty to leave it out.</summary>
    public string MerchantName { get; set; } = "";

    public string UpdatedBy { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public string BillerId => BillerTaxId + BillerSuffix;
}

/// <summary>
/// A bank statement line that became a receipt. Its bank reference is unique per LAO, so importing the same
/// statement twice never pays twice.
/// </summary>
internal sealed class BankStatementLine
{
    public int Id { get; set; }

    public int LaoId { get; set; }

    public string BankReference { get; set; } = "";

    public DateOnly StatementDate { get; set; }

    public LocalGov.SharedKernel.Amounts.Money Amount { get; set; }

    public string Reference1 { get; set; } = "";

    public string Reference2 { get; set; } = "";

    public int ReceiptId { get; set; }

    public string FileName { get; set; } = "";

    public string ImportedBy { get; set; } = "";

    public DateTime ImportedUtc { get; set; }
}
