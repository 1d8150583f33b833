using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Procurement.Domain;

internal enum AgreementKind
{
    /// <summary>สัญญา (written contract).</summary>
    Contract = 1,

    /// <summary>ใบสั่งซื้อ/ใบสั่งจ้าง (purchase order; enough up to the written-contract limit).</summary>
    PurchaseOrder = 2,
}

internal enum GuaranteeKind
{
    None = 0,
    Cash = 1,
    BankGuarantee = 2,
    Cheque = 3,
    GovernmentBond = 4,
}

/// <summary>What a late-delivery penalty is a share of.</summary>
internal enum PenaltyBase
{
    /// <summary>Goods and services: the value of what is not yet delivered (the late instalment).</summary>
    UndeliveredValue = 1,

    /// <summary>Works: the whole contract value.</summary>
    ContractValue = 2,
}

/// <summary>
/// The contract or purchase order of an awarded case (one per case): number, guarantee, delivery schedule in
/// instalments, and the late-delivery penalty terms (a rate per day, in basis points, with a daily minimum).
/// </summary>
internal sealed class PurchaseContract
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public int LaoId { get; set; }
    public AgreementKind Kind { get; set; }

    /// <summary>The contract or order number (เลขที่สัญญา), unique per LAO.</summary>
    public required string ContractNo { get; set; }

    public int VendorId { get; set; }
    public DateOnly SignedOn { get; set; }
    public Money Amount { get; set; }
    public DateOnly StartOn { get; set; }

    /// <summary>The last instalment's due date.</summary>
    public DateOnly DueOn { get; set; }

    public GuaranteeKind GuaranteeKind { get; set; }
    public Money GuaranteeAmount { get; set; }
    public string? GuaranteeReference { get; set; }
    public DateOnly? GuaranteeReturnedOn { get; set; }

    /// <summary>Penalty per day in basis points (10 = 0.10% a day).</summary>
    public int PenaltyBasisPointsPerDay { get; set; }

    public PenaltyBase PenaltyBase { get; set; }

    /// <summary>The daily minimum (works: 100 baht a day), zero when none.</summary>
    public Money MinimumPenaltyPerDay { get; set; }

    public required string SignedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    public List<ContractInstalment> Instalments { get; set; } = [];
}

/// <summary>
/// งวดงาน: one delivery of the contract, its due date, delivery, the inspection committee's acceptance, the penalty
/// for late delivery, and the payment request sent to Finance on acceptance.
/// </summary>
internal sealed class ContractInstalment
{
    public int Id { get; set; }
    public int ContractId { get; set; }
    public int No { get; set; }
    public required string Description { get; set; }
    public Money Amount { get; set; }
    public DateOnly DueOn { get; set; }

    public DateOnly? DeliveredOn { get; set; }
    public string? DeliveryNote { get; set; }

    public DateOnly? InspectedOn { get; set; }

    /// <summary>Null until inspected; false when the committee rejected the delivery (the vendor delivers again).</summary>
    public bool? Accepted { get; set; }

    public string? InspectionNote { get; set; }
    public string? InspectedBy { get; set; }

    /// <summary>Days late (delivery after the due date), as computed at acceptance.</summary>
    public int LateDays { get; set; }

    public Money Penalty { get; set; }

    /// <summary>Finance's voucher for this instalment (IPaymentRequests), once requested.</summary>
    public string? PaymentVoucherNo { get; set; }

    public DateOnly? PaymentRequestedOn { get; set; }
}
