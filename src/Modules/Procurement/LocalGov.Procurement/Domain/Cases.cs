using LocalGov.Procurement.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Procurement.Domain;

/// <summary>
/// A procurement case (โครงการจัดซื้อจัดจ้าง) from requisition to completion. The requisition reserves its amount on
/// the budget line in the same transaction (Budgeting's IBudgetControl); an award below the reservation gives the
/// difference back, a cancellation gives back all that is still reserved, and payments disburse the commitment.
/// </summary>
internal sealed class ProcurementCase
{
    public int Id { get; set; }
    public int LaoId { get; set; }

    /// <summary>The fiscal year (B.E.) of the budget line.</summary>
    public int FiscalYear { get; set; }

    /// <summary>PR2569-0001: unique per LAO and year.</summary>
    public required string CaseNo { get; set; }

    public required string Title { get; set; }
    public ProcurementCategory Category { get; set; }

    /// <summary>เหตุผลความจำเป็น.</summary>
    public required string Justification { get; set; }

    public int? PlanItemId { get; set; }
    public int BudgetLineId { get; set; }

    /// <summary>The items' total at requisition (the amount reserved first).</summary>
    public Money RequisitionAmount { get; set; }

    /// <summary>What this case still holds reserved on the budget line (commitment not yet paid or given back).</summary>
    public Money Reserved { get; set; }

    /// <summary>True when the items are in the e-catalogue (decides e-market versus e-bidding).</summary>
    public bool InCatalogue { get; set; }

    public DateOnly RequestedOn { get; set; }
    public required string RequestedBy { get; set; }
    public ProcurementCaseStatus Status { get; set; } = ProcurementCaseStatus.Requisitioned;

    /// <summary>ราคากลาง, its basis (ที่มาของราคากลาง) and the date it was set.</summary>
    public Money? ReferencePrice { get; set; }

    public string? ReferencePriceBasis { get; set; }
    public DateOnly? ReferencePriceOn { get; set; }

    public ProcurementMethod? Method { get; set; }

    /// <summary>Why this method, when the rule requires a reason (price quotation, selection, specific above the limit).</summary>
    public string? MethodReason { get; set; }

    public string? ApprovedBy { get; set; }
    public DateOnly? ApprovedOn { get; set; }

    public string? AnnouncementNo { get; set; }
    public DateOnly? AnnouncedOn { get; set; }
    public DateOnly? BidsCloseOn { get; set; }

    public int? AwardedVendorId { get; set; }
    public Money? AwardAmount { get; set; }
    public DateOnly? AwardedOn { get; set; }

    /// <summary>Required when the award is above the reference price.</summary>
    public string? AwardReason { get; set; }

    public DateOnly? CancelledOn { get; set; }
    public string? CancelReason { get; set; }

    /// <summary>Shown on the public page and in the OCDS feed from this date (set at announcement).</summary>
    public DateOnly? PublishedOn { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<CaseItem> Items { get; set; } = [];
    public List<CommitteeMember> CommitteeMembers { get; set; } = [];
    public List<Bid> Bids { get; set; } = [];
    public List<CaseEvent> Events { get; set; } = [];

    public bool IsOpen => Status is not (ProcurementCaseStatus.Cancelled or ProcurementCaseStatus.Completed);
}

/// <summary>A line of the requisition: what, how many, at what estimated unit price.</summary>
internal sealed class CaseItem
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public int LineNo { get; set; }
    public required string Description { get; set; }
    public decimal Quantity { get; set; }
    public required string Unit { get; set; }
    public Money UnitPrice { get; set; }

    /// <summary>Quantity × unit price, rounded to satang half away from zero.</summary>
    public Money Total { get; set; }

    /// <summary>ครุภัณฑ์: accepted durable goods enter the asset register.</summary>
    public bool IsDurable { get; set; }

    public int? UsefulLifeYears { get; set; }
    public string? AssetCategory { get; set; }
}

internal enum CommitteeKind
{
    /// <summary>คณะกรรมการจัดทำร่างขอบเขตของงาน (TOR).</summary>
    Tor = 1,

    /// <summary>คณะกรรมการกำหนดราคากลาง.</summary>
    ReferencePrice = 2,

    /// <summary>คณะกรรมการพิจารณาผล.</summary>
    Evaluation = 3,

    /// <summary>คณะกรรมการตรวจรับพัสดุ.</summary>
    Inspection = 4,
}

internal enum CommitteeRole
{
    Chair = 1,
    Member = 2,
    Secretary = 3,
}

internal sealed class CommitteeMember
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public CommitteeKind Committee { get; set; }
    public required string Name { get; set; }
    public string? Position { get; set; }
    public CommitteeRole Role { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>A bid (ใบเสนอราคา) received from a vendor, with the evaluation's finding.</summary>
internal sealed class Bid
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public int VendorId { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public Money Price { get; set; }

    /// <summary>Null until evaluated; false when the bid fails the TOR.</summary>
    public bool? IsResponsive { get; set; }

    public int? Rank { get; set; }
    public string? Note { get; set; }
}

/// <summary>The stages a case's timeline shows.</summary>
internal enum CaseStage
{
    Requisition = 1,
    ReferencePrice = 2,
    Committees = 3,
    Approval = 4,
    Announcement = 5,
    Bids = 6,
    Award = 7,
    Contract = 8,
    Delivery = 9,
    Inspection = 10,
    PaymentRequest = 11,
    Asset = 12,
    Cancellation = 13,
}

/// <summary>One step of a case: the document, its date and the person responsible (the timeline at a glance).</summary>
internal sealed class CaseEvent
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public CaseStage Stage { get; set; }
    public DateOnly OccurredOn { get; set; }
    public string? DocumentNo { get; set; }
    public required string UserName { get; set; }
    public DateTime RecordedUtc { get; set; }
    public string? Note { get; set; }
}
