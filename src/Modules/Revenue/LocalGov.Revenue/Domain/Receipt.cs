using LocalGov.Revenue.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Revenue.Domain;

/// <summary>
/// A receipt book (เล่มใบเสร็จรับเงิน) of one LAO and fiscal year: receipts are numbered 1, 2, 3, ... within the
/// book, with no gaps (a cancelled receipt keeps its number).
/// </summary>
internal sealed class ReceiptBook
{
    public int Id { get; set; }

    public int LaoId { get; set; }

    public int FiscalYear { get; set; }

    /// <summary>เล่มที่, e.g. "1/2570".</summary>
    public string BookNo { get; set; } = "";

    /// <summary>Receipts per book before a new book is needed.</summary>
    public int Capacity { get; set; } = 100;

    /// <summary>The number the next receipt of this book takes.</summary>
    public int NextNumber { get; set; } = 1;

    public bool Closed { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

internal enum ReceiptStatus
{
    Issued = 1,

    /// <summary>Cancelled with a reason; kept with its number, never deleted.</summary>
    Cancelled = 2,
}

/// <summary>A receipt (ใบเสร็จรับเงิน): one payment by one taxpayer over one or more bills.</summary>
internal sealed class Receipt
{
    public int Id { get; set; }

    public int LaoId { get; set; }

    public int BookId { get; set; }

    public int Number { get; set; }

    /// <summary>Book and number as printed, e.g. "1/2570-0012".</summary>
    public string ReceiptNo { get; set; } = "";

    public int FiscalYear { get; set; }

    public DateOnly IssuedOn { get; set; }

    public int TaxpayerId { get; set; }

    public string PayerName { get; set; } = "";

    public PaymentMethod Method { get; set; }

    /// <summary>Bank reference, cheque number or QR transaction reference.</summary>
    public string Reference { get; set; } = "";

    public Money Total { get; set; }

    public ReceiptStatus Status { get; set; } = ReceiptStatus.Issued;

    public string IssuedBy { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public string? CancelledReason { get; set; }

    public string? CancelledBy { get; set; }

    public DateTime? CancelledUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<ReceiptLine> Lines { get; } = [];
}

/// <summary>What one receipt pays on one bill: principal, surcharge (เบี้ยปรับ) and interest (เงินเพิ่ม).</summary>
internal sealed class ReceiptLine
{
    public int Id { get; set; }

    public int ReceiptId { get; set; }

    public int BillId { get; set; }

    public Money Principal { get; set; }

    public Money Surcharge { get; set; }

    public Money Interest { get; set; }

    public Money Total => Principal + Surcharge + Interest;
}

internal enum HandOffEvent
{
    Issued = 1,
    Cancelled = 2,
}

internal enum HandOffStatus
{
    /// <summary>No ledger took it yet (Finance not installed or it failed): listed for reconciliation.</summary>
    Pending = 1,

    Posted = 2,
}

/// <summary>
/// The record that a receipt (or its cancellation) was handed to the ledger, or is waiting to be: receipts are
/// never silently dropped on the way to Finance.
/// </summary>
internal sealed class ReceiptHandOff
{
    public int Id { get; set; }

    public int LaoId { get; set; }

    public int ReceiptId { get; set; }

    public HandOffEvent Event { get; set; }

    public HandOffStatus Status { get; set; }

    public DateTime RecordedUtc { get; set; }

    public DateTime? PostedUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

/// <summary>Per-LAO, per-fiscal-year, per-kind, per-month figures for dashboards and roll-ups (never scanned per request from bills).</summary>
internal sealed class RevenueSummaryRow
{
    public int LaoId { get; set; }

    public int FiscalYear { get; set; }

    public RevenueKind Kind { get; set; }

    /// <summary>Calendar month 1–12 (within the fiscal year: October is the first).</summary>
    public int Month { get; set; }

    public int ProvinceId { get; set; }

    public int LaoType { get; set; }

    /// <summary>Bills issued in the month (principal, bills not cancelled).</summary>
    public Money Assessed { get; set; }

    /// <summary>Principal collected in the month (receipts not cancelled).</summary>
    public Money Collected { get; set; }

    /// <summary>Surcharge and interest collected in the month.</summary>
    public Money Penalties { get; set; }
}
