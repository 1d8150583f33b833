using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Budgeting.Contracts;

/// <summary>Where an LAO's annual budget ordinance stands.</summary>
public enum BudgetStatus
{
    /// <summary>ร่าง: finance staff prepare it.</summary>
    Draft = 1,

    /// <summary>เสนอสภาท้องถิ่น.</summary>
    SubmittedToCouncil = 2,

    /// <summary>สภาเห็นชอบ (three readings recorded).</summary>
    PassedByCouncil = 3,

    /// <summary>เสนอผู้กำกับดูแล: governor (PAO, municipality) or district chief (SAO).</summary>
    SubmittedToSupervisor = 4,

    /// <summary>ผู้กำกับดูแลอนุมัติ: from here the ordinance is immutable.</summary>
    Approved = 5,

    /// <summary>ประกาศใช้.</summary>
    Promulgated = 6,

    /// <summary>ส่งคืนแก้ไข, with reasons; editable again like a draft.</summary>
    Returned = 7,
}

/// <summary>The money position of one budget line in the control ledger.</summary>
public sealed record BudgetLineBalance(
    int BudgetLineId,
    int LaoId,
    int FiscalYear,
    Money Allocated,
    Money Committed,
    Money Disbursed)
{
    /// <summary>What can still be committed or spent: allocated − committed − disbursed without commitment.</summary>
    public Money Available => Allocated - Committed - Disbursed;
}

/// <summary>A reservation, release or disbursement asked of the control ledger by another module.</summary>
/// <param name="SourceModule">e.g. "Procurement".</param>
/// <param name="SourceReference">The caller's document (purchase order number, voucher number), for the ledger's history.</param>
public sealed record BudgetControlRequest(int LaoId, int BudgetLineId, Money Amount, string SourceModule, string SourceReference);

public enum BudgetControlError
{
    None = 0,
    LineNotFound = 1,
    NotInScope = 2,
    BudgetNotInForce = 3,
    InsufficientBalance = 4,
    InvalidAmount = 5,
    NothingToRelease = 6,
}

public sealed record BudgetControlResult(bool Succeeded, BudgetControlError Error, BudgetLineBalance? Balance)
{
    public static BudgetControlResult Fail(BudgetControlError error, BudgetLineBalance? balance = null) => new(false, error, balance);
}

/// <summary>
/// Budget control for other modules (procurement reserves, finance disburses). Every call writes through the
/// caller's unit of work and must run inside the caller's transaction: the check and the caller's write commit
/// or fail together, and concurrent reservations can never take a line below zero.
/// </summary>
public interface IBudgetControl
{
    Task<BudgetLineBalance?> GetBalanceAsync(int budgetLineId, CancellationToken cancellationToken = default);

    /// <summary>Commitment (กันเงิน): reserves part of the available balance.</summary>
    Task<BudgetControlResult> ReserveAsync(BudgetControlRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gives a reservation (or part of it) back, e.g. a cancelled procurement case.</summary>
    Task<BudgetControlResult> ReleaseAsync(BudgetControlRequest request, CancellationToken cancellationToken = default);

    /// <summary>Pays out of an earlier reservation (moves committed to disbursed).</summary>
    Task<BudgetControlResult> DisburseCommittedAsync(BudgetControlRequest request, CancellationToken cancellationToken = default);

    /// <summary>Pays directly from the available balance (no earlier reservation).</summary>
    Task<BudgetControlResult> DisburseAsync(BudgetControlRequest request, CancellationToken cancellationToken = default);
}

/// <summary>One LAO's budget figures for a fiscal year, from the summary table (for roll-ups, benchmarking, open data).</summary>
/// <param name="PromulgatedOn">When the annual budget ordinance was promulgated (on time: before 1 October of the year); null while it is not.</param>
public sealed record LaoBudgetSummary(
    int LaoId,
    int FiscalYear,
    BudgetStatus Status,
    Money RevenueTotal,
    Money ExpenditureTotal,
    Money PersonnelTotal,
    Money CapitalTotal,
    DateOnly? PromulgatedOn = null);

public interface IBudgetSummaries
{
    Task<IReadOnlyList<LaoBudgetSummary>> GetAsync(int fiscalYear, IReadOnlyCollection<int>? laoIds, CancellationToken cancellationToken = default);
}

/// <summary>An entry of the budget classification as other modules show it.</summary>
public sealed record ClassificationRef(string Code, string NameTh, string NameEn);

/// <summary>A line of an LAO's budget (annual or supplementary), as Finance and Procurement spend and report it.</summary>
/// <param name="PlanProjectCode">The development plan project the line funds (Planning's project code), trimmed; null when the line has none.</param>
public sealed record BudgetLineInfo(
    int Id,
    int LaoId,
    int FiscalYear,
    int BudgetId,
    BudgetStatus Status,
    int LineNo,
    ClassificationRef Programme,
    ClassificationRef WorkUnit,
    ClassificationRef Group,
    ClassificationRef Category,
    string ItemName,
    bool IsProject,
    Money OriginalAmount,
    Money CurrentAmount,
    string? PlanProjectCode = null)
{
    public bool IsInForce => Status is BudgetStatus.Approved or BudgetStatus.Promulgated;
}

/// <summary>Where a revenue category's money comes from (the revenue classification's grouping, for citizens and roll-ups).</summary>
public enum RevenueSource
{
    /// <summary>รายได้ที่ อปท. จัดเก็บเอง</summary>
    OwnSource = 1,

    /// <summary>ภาษีจัดสรร</summary>
    SharedTax = 2,

    /// <summary>เงินอุดหนุนทั่วไป</summary>
    GeneralGrant = 3,

    /// <summary>เงินอุดหนุนเฉพาะกิจ (outside the ordinance)</summary>
    SpecificGrant = 4,
}

/// <summary>A revenue estimate of an LAO's budget in force, by revenue category (for the execution report and open data).</summary>
/// <param name="Source">The category's source (own-source, shared tax, grant); null when the category has none recorded.</param>
public sealed record RevenueEstimateInfo(int LaoId, int FiscalYear, ClassificationRef Category, string ItemName, Money Amount, RevenueSource? Source = null);

/// <summary>Read access to budget lines for the modules that spend them; the caller checks the user's scope.</summary>
public interface IBudgetLineDirectory
{
    /// <summary>The fiscal years (B.E.) in which the LAO has a budget in force, newest first.</summary>
    Task<IReadOnlyList<int>> GetYearsInForceAsync(int laoId, CancellationToken cancellationToken = default);

    /// <summary>Every line of the LAO's budgets in force for the year, in ordinance order.</summary>
    Task<IReadOnlyList<BudgetLineInfo>> GetLinesInForceAsync(int laoId, int fiscalYear, CancellationToken cancellationToken = default);

    Task<BudgetLineInfo?> FindLineAsync(int budgetLineId, CancellationToken cancellationToken = default);

    /// <summary>The control-ledger balances of the LAO's lines for the year (allocated, committed, disbursed).</summary>
    Task<IReadOnlyList<BudgetLineBalance>> GetBalancesAsync(int laoId, int fiscalYear, CancellationToken cancellationToken = default);

    /// <summary>The revenue estimates of the LAO's budgets in force for the year.</summary>
    Task<IReadOnlyList<RevenueEstimateInfo>> GetRevenueEstimatesInForceAsync(int laoId, int fiscalYear, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="GetLinesInForceAsync(int, int, CancellationToken)"/> for many LAOs of one year in one query (bulk
    /// publication of the national dataset), by LAO id and then in ordinance order.
    /// </summary>
    Task<IReadOnlyList<BudgetLineInfo>> GetLinesInForceForYearAsync(int fiscalYear, IReadOnlyCollection<int> laoIds, CancellationToken cancellationToken = default);

    /// <summary><see cref="GetRevenueEstimatesInForceAsync"/> for many LAOs of one year in one query, by LAO id and then in ordinance order.</summary>
    Task<IReadOnlyList<RevenueEstimateInfo>> GetRevenueEstimatesInForceForYearAsync(int fiscalYear, IReadOnlyCollection<int> laoIds, CancellationToken cancellationToken = default);
}
