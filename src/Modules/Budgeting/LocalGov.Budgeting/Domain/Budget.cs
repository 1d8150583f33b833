using LocalGov.Budgeting.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Budgeting.Domain;

/// <summary>
/// An LAO's budget ordinance for one fiscal year: the annual ordinance (sequence 0) or a supplementary one
/// (sequence 1, 2, …). Province and LAO type are copied from the Organizations contract when the budget is
/// created so that roll-ups group without reaching into another module's tables.
/// </summary>
internal sealed class Budget
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public int ProvinceId { get; set; }

    /// <summary><c>LocalGov.Organizations.Contracts.LaoType</c> as its number.</summary>
    public int LaoType { get; set; }

    /// <summary>B.E. fiscal year (e.g. 2570).</summary>
    public int FiscalYear { get; set; }

    public BudgetKind Kind { get; set; }

    /// <summary>0 for the annual ordinance; 1, 2, … for supplementary budgets of the year.</summary>
    public int Sequence { get; set; }

    public BudgetStatus Status { get; set; } = BudgetStatus.Draft;

    /// <summary>The ordinance's title as promulgated (เทศบัญญัติ/ข้อบัญญัติงบประมาณรายจ่ายประจำปี …).</summary>
    public string? Title { get; set; }

    public DateOnly? CouncilPassedOn { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    public DateOnly? PromulgatedOn { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>Changed on every save so that two people cannot overwrite each other unseen.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<BudgetLine> Lines { get; set; } = [];
    public List<RevenueEstimate> Revenues { get; set; } = [];
    public List<BudgetStatusChange> History { get; set; } = [];

    /// <summary>Lines and estimates may change only before council submission, or after a return.</summary>
    public bool IsEditable => Status is BudgetStatus.Draft or BudgetStatus.Returned;

    /// <summary>Approved and promulgated ordinances are immutable; later changes are amendment documents.</summary>
    public bool IsInForce => Status is BudgetStatus.Approved or BudgetStatus.Promulgated;

    public Money ExpenditureTotal => Money.Sum(Lines.Select(l => l.CurrentAmount));

    public Money RevenueTotal => Money.Sum(Revenues.Select(r => r.Amount));
}

internal enum BudgetKind
{
    /// <summary>งบประมาณรายจ่ายประจำปี</summary>
    Annual = 1,

    /// <summary>งบประมาณรายจ่ายเพิ่มเติม</summary>
    Supplementary = 2,
}

/// <summary>
/// An expenditure line: แผนงาน → งาน → งบ → หมวด → รายการ/โครงการ with amount and คำชี้แจง. The original amount
/// is what the ordinance appropriated; the current amount adds approved transfers (original + changes).
/// </summary>
internal sealed class BudgetLine
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public Budget? Budget { get; set; }

    /// <summary>Order within the budget (the ordinance's printed order).</summary>
    public int LineNo { get; set; }

    public int ProgrammeId { get; set; }
    public int WorkUnitId { get; set; }
    public int GroupId { get; set; }
    public int CategoryId { get; set; }

    /// <summary>รายการ / โครงการ.</summary>
    public required string ItemName { get; set; }

    /// <summary>A project (โครงการ) rather than a running-cost item; projects link to the development plan.</summary>
    public bool IsProject { get; set; }

    /// <summary>The development-plan project this line funds (Planning's code), once Planning exists.</summary>
    public string? PlanProjectCode { get; set; }

    public Money OriginalAmount { get; set; }
    public Money CurrentAmount { get; set; }

    /// <summary>คำชี้แจง.</summary>
    public string Explanation { get; set; } = "";

    /// <summary>Comparison columns of the ordinance: actuals of the two previous years and last year's estimate.</summary>
    public Money? ActualTwoYearsAgo { get; set; }

    public Money? ActualLastYear { get; set; }
    public Money? EstimateLastYear { get; set; }
}

/// <summary>A revenue estimate (ประมาณการรายรับ) by revenue category, with the same comparison columns.</summary>
internal sealed class RevenueEstimate
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public Budget? Budget { get; set; }
    public int LineNo { get; set; }
    public int CategoryId { get; set; }
    public required string ItemName { get; set; }
    public Money Amount { get; set; }
    public string Explanation { get; set; } = "";
    public Money? ActualTwoYearsAgo { get; set; }
    public Money? ActualLastYear { get; set; }
    public Money? EstimateLastYear { get; set; }
}

/// <summary>One step of the workflow history: who moved the budget, when, and why (reasons for returns).</summary>
internal sealed class BudgetStatusChange
{
    public long Id { get; set; }
    public int BudgetId { get; set; }
    public BudgetStatus FromStatus { get; set; }
    public BudgetStatus ToStatus { get; set; }

    /// <summary>The date of the event itself (a council reading, the governor's approval), which may precede its recording.</summary>
    public DateOnly OccurredOn { get; set; }

    /// <summary>Council reading 1 (รับหลักการ), 2 (แปรญัตติ) or 3 (ลงมติ) when the step records one.</summary>
    public int? CouncilReading { get; set; }

    public string? Reason { get; set; }
    public required string UserName { get; set; }
    public DateTime RecordedUtc { get; set; }
}
