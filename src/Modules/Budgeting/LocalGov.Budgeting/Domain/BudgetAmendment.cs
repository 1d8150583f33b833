using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Budgeting.Domain;

/// <summary>
/// A change to a budget in force, as a numbered document: a transfer between lines (โอนงบประมาณ), a change of
/// explanation text (แก้ไขเปลี่ยนแปลงคำชี้แจง) or a carry-over of committed funds (กันเงินไว้เบิกเหลื่อมปี).
/// Supplementary budgets are budgets of their own (<see cref="BudgetKind.Supplementary"/>).
/// </summary>
internal sealed class BudgetAmendment
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public Budget? Budget { get; set; }
    public AmendmentKind Kind { get; set; }

    /// <summary>Document number, unique per budget and kind (e.g. โอน 3/2570).</summary>
    public required string DocumentNumber { get; set; }

    public DateOnly DocumentDate { get; set; }

    /// <summary>Who must approve under the rule (executive, or council for capital items).</summary>
    public ApprovalLevel RequiredApproval { get; set; }

    public AmendmentStatus Status { get; set; } = AmendmentStatus.Draft;
    public required string Reason { get; set; }

    /// <summary>The approver as recorded on the document (name and position).</summary>
    public string? ApprovedBy { get; set; }

    public DateOnly? ApprovedOn { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
    public List<BudgetAmendmentEntry> Entries { get; set; } = [];
}

/// <summary>One line's part in an amendment: signed amount (a transfer is −x from one line, +x to another) or new text.</summary>
internal sealed class BudgetAmendmentEntry
{
    public long Id { get; set; }
    public int AmendmentId { get; set; }
    public int BudgetLineId { get; set; }
    public Money AmountChange { get; set; }

    /// <summary>For an explanation change: the new คำชี้แจง (the old one is kept in the audit log and here).</summary>
    public string? NewExplanation { get; set; }

    public string? PreviousExplanation { get; set; }

    /// <summary>For a transfer creating a new capital item: the new line's description.</summary>
    public string? NewItemName { get; set; }
}

internal enum AmendmentKind
{
    Transfer = 1,
    ExplanationChange = 2,
    CarryOver = 3,
}

internal enum ApprovalLevel
{
    /// <summary>ผู้บริหารท้องถิ่น</summary>
    Executive = 1,

    /// <summary>สภาท้องถิ่น</summary>
    Council = 2,
}

internal enum AmendmentStatus
{
    Draft = 1,
    Approved = 2,
    Cancelled = 3,
}
