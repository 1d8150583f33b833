using LocalGov.Revenue.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Revenue.Domain;

internal enum BillStatus
{
    /// <summary>Issued, nothing paid yet.</summary>
    Open = 1,

    PartlyPaid = 2,

    Paid = 3,

    /// <summary>Withdrawn (e.g. a corrected assessment replaced it); kept, never deleted.</summary>
    Cancelled = 4,
}

/// <summary>
/// What a taxpayer owes for one assessment, sign or licence (แบบแจ้งการประเมิน / ใบแจ้งหนี้). Its
/// <see cref="SourceKey"/> is unique per LAO: an assessment run that meets an existing key updates the unpaid
/// bill instead of billing twice.
/// </summary>
internal sealed class Bill
{
    public int Id { get; set; }

    public int LaoId { get; set; }

    public int TaxpayerId { get; set; }

    public RevenueKind Kind { get; set; }

    /// <summary>Tax year (B.E.): the calendar year for land and building tax and signboard tax; the fiscal year for fees.</summary>
    public int TaxYear { get; set; }

    /// <summary>Fiscal year (B.E.) the bill counts in: the fiscal year of <see cref="IssuedOn"/>.</summary>
    public int FiscalYear { get; set; }

    /// <summary>Running number per LAO, kind and year, e.g. "ภดส 2570/000123".</summary>
    public string Number { get; set; } = "";

    /// <summary>What produced the bill, unique per LAO, e.g. "LBT:2570:T15" (land and building tax, year, taxpayer).</summary>
    public string SourceKey { get; set; } = "";

    public string Description { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    /// <summary>Last day to pay without surcharge and interest.</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>The tax or fee (principal).</summary>
    public Money Amount { get; set; }

    /// <summary>Principal paid so far (receipts not cancelled).</summary>
    public Money PaidPrincipal { get; set; }

    public BillStatus Status { get; set; } = BillStatus.Open;

    public string? CancelledReason { get; set; }

    public DateTime CreatedUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>Instalments when the taxpayer asked for them (land and building tax ≥ 3,000 baht: three, monthly).</summary>
    public List<BillInstalment> Instalments { get; } = [];

    public Money Outstanding => Amount - PaidPrincipal;
}

/// <summary>One instalment of a bill: its share of the principal and its own due date.</summary>
internal sealed class BillInstalment
{
    public int Id { get; set; }

    public int BillId { get; set; }

    public int No { get; set; }

    public Money Amount { get; set; }

    public DateOnly DueOn { get; set; }
}
