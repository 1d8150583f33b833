using LocalGov.Procurement.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Procurement.Domain;

internal enum PlanStatus
{
    Draft = 1,

    /// <summary>เผยแพร่แล้ว: shown on the public page; a change makes a new revision.</summary>
    Published = 2,
}

/// <summary>แผนการจัดซื้อจัดจ้าง: what the LAO intends to buy in a fiscal year, published for transparency (ITA/OIT).</summary>
internal sealed class ProcurementPlan
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }
    public PlanStatus Status { get; set; } = PlanStatus.Draft;

    /// <summary>0 for the first plan; each publication after a change adds one (ฉบับปรับปรุงครั้งที่ n).</summary>
    public int Revision { get; set; }

    public DateOnly? PublishedOn { get; set; }
    public string? PublishedBy { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    public List<ProcurementPlanItem> Items { get; set; } = [];
}

internal sealed class ProcurementPlanItem
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int LineNo { get; set; }
    public required string Title { get; set; }
    public ProcurementCategory Category { get; set; }

    /// <summary>The budget line that funds it (Budgeting's id), when known.</summary>
    public int? BudgetLineId { get; set; }

    public Money EstimatedAmount { get; set; }
    public ProcurementMethod Method { get; set; }

    /// <summary>The month the LAO expects to announce (first day of the month).</summary>
    public DateOnly ExpectedOn { get; set; }

    public string? Note { get; set; }
}
