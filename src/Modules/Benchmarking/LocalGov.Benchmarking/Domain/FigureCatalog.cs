namespace LocalGov.Benchmarking.Domain;

/// <summary>What kind of number a figure is, for formatting the inputs on the card.</summary>
internal enum FigureKind
{
    Baht = 1,
    Count = 2,
    Persons = 3,

    /// <summary>1 = yes, 0 = no.</summary>
    YesNo = 4,

    Percent = 5,
}

/// <summary>A named input figure that indicator formulas may use.</summary>
/// <param name="Code">The name in formulas (lower case, letters, digits and underscores).</param>
/// <param name="Source">The module (contract) it comes from.</param>
internal sealed record FigureDefinition(string Code, string NameTh, string NameEn, FigureKind Kind, string Source);

/// <summary>
/// Every figure the recomputation reads from the modules' summary contracts, by code. Adding a figure is a code change
/// (a new contract field); combining figures into a new indicator is not.
/// </summary>
internal static class FigureCatalog
{
    public const string Population = "population";
    public const string BudgetRevenue = "budget_revenue";
    public const string BudgetExpenditure = "budget_expenditure";
    public const string BudgetPersonnel = "budget_personnel";
    public const string BudgetCapital = "budget_capital";
    public const string BudgetOnTime = "budget_on_time";
    public const string FinanceRevenue = "finance_revenue";
    public const string FinanceExpense = "finance_expense";
    public const string FinanceDisbursed = "finance_disbursed";
    public const string FinanceCash = "finance_cash";
    public const string FinanceReserves = "finance_reserves";
    public const string FinanceLiabilities = "finance_liabilities";
    public const string FinanceDebtService = "finance_debt_service";
    public const string RevenueAssessed = "revenue_assessed";
    public const string RevenueCollected = "revenue_collected";
    public const string RevenueOutstanding = "revenue_outstanding";
    public const string PlanningReportsDue = "planning_reports_due";
    public const string PlanningReportsOnTime = "planning_reports_on_time";
    public const string PlanningProposals = "planning_proposals";
    public const string PlanningParticipants = "planning_participants";
    public const string PlanningProjectsInActionPlan = "planning_projects";
    public const string PlanningProjectsDone = "planning_projects_done";
    public const string ProcurementCases = "procurement_cases";
    public const string ProcurementContractedValue = "procurement_contracted_value";
    public const string ProcurementSpecificValue = "procurement_specific_value";
    public const string ProcurementLateContracts = "procurement_late_contracts";
    public const string ProcurementContractedCases = "procurement_contracted_cases";

    public static IReadOnlyList<FigureDefinition> All { get; } =
    [
        new(Population, "จำนวนประชากร (ทะเบียนราษฎร)", "Registered population", FigureKind.Persons, "Organizations"),
        new(BudgetRevenue, "ประมาณการรายรับตามข้อบัญญัติ", "Revenue estimated in the budget ordinance", FigureKind.Baht, "Budgeting"),
        new(BudgetExpenditure, "งบประมาณรายจ่ายที่อนุมัติ", "Approved expenditure budget", FigureKind.Baht, "Budgeting"),
        new(BudgetPersonnel, "งบบุคลากร (ตามข้อบัญญัติ)", "Personnel budget", FigureKind.Baht, "Budgeting"),
        new(BudgetCapital, "งบลงทุน (ตามข้อบัญญัติ)", "Capital budget", FigureKind.Baht, "Budgeting"),
        new(BudgetOnTime, "ประกาศใช้ข้อบัญญัติทันก่อนเริ่มปีงบประมาณ (1 = ทัน)", "Budget promulgated before the fiscal year began (1 = yes)", FigureKind.YesNo, "Budgeting"),
        new(FinanceRevenue, "รายได้ตามบัญชี", "Revenue in the ledger", FigureKind.Baht, "Finance"),
        new(FinanceExpense, "ค่าใช้จ่ายตามบัญชี", "Expenses in the ledger", FigureKind.Baht, "Finance"),
        new(FinanceDisbursed, "เบิกจ่ายจากงบประมาณ", "Disbursed from the budget", FigureKind.Baht, "Finance"),
        new(FinanceCash, "เงินสดและเงินฝาก ณ สิ้นปี", "Cash and deposits at year end", FigureKind.Baht, "Finance"),
        new(FinanceReserves, "เงินสะสมและเงินทุนสำรองเงินสะสม", "Accumulated funds and reserve", FigureKind.Baht, "Finance"),
        new(FinanceLiabilities, "หนี้สิน ณ สิ้นปี", "Liabilities at year end", FigureKind.Baht, "Finance"),
        new(FinanceDebtService, "ชำระหนี้เงินกู้ (เงินต้นและดอกเบี้ย)", "Debt service (loan principal and interest paid)", FigureKind.Baht, "Finance"),
        new(RevenueAssessed, "รายได้จัดเก็บเอง: ประเมิน/ออกใบแจ้ง", "Own-source revenue assessed (billed)", FigureKind.Baht, "Revenue"),
        new(RevenueCollected, "รายได้จัดเก็บเอง: จัดเก็บได้", "Own-source revenue collected", FigureKind.Baht, "Revenue"),
        new(RevenueOutstanding, "รายได้จัดเก็บเอง: ค้างชำระ", "Own-source revenue outstanding", FigureKind.Baht, "Revenue"),
        new(PlanningReportsDue, "รายงานผลการดำเนินงานที่ถึงกำหนด", "Progress reports due", FigureKind.Count, "Planning"),
        new(PlanningReportsOnTime, "รายงานที่ส่งทันกำหนด", "Progress reports submitted on time", FigureKind.Count, "Planning"),
        new(PlanningProposals, "ข้อเสนอของประชาชน", "Citizens' proposals", FigureKind.Count, "Planning"),
        new(PlanningParticipants, "ผู้มีส่วนร่วม (เสนอหรือสนับสนุน)", "Participants (proposed or supported)", FigureKind.Persons, "Planning"),
        new(PlanningProjectsInActionPlan, "โครงการในแผนการดำเนินงาน", "Projects in the action plan", FigureKind.Count, "Planning"),
        new(PlanningProjectsDone, "โครงการที่แล้วเสร็จ", "Projects completed", FigureKind.Count, "Planning"),
        new(ProcurementCases, "โครงการจัดซื้อจัดจ้าง", "Procurement cases", FigureKind.Count, "Procurement"),
        new(ProcurementContractedCases, "โครงการที่ลงนามสัญญาแล้ว", "Cases with a signed contract", FigureKind.Count, "Procurement"),
        new(ProcurementContractedValue, "มูลค่าสัญญา", "Contracted value", FigureKind.Baht, "Procurement"),
        new(ProcurementSpecificValue, "มูลค่าวิธีเฉพาะเจาะจง", "Value bought by the specific method", FigureKind.Baht, "Procurement"),
        new(ProcurementLateContracts, "สัญญาที่ส่งมอบล่าช้า", "Contracts delivered late", FigureKind.Count, "Procurement"),
    ];

    private static readonly Dictionary<string, FigureDefinition> ByCode = All.ToDictionary(f => f.Code, StringComparer.Ordinal);

    public static FigureDefinition? Find(string code) => ByCode.GetValueOrDefault(code);
}
