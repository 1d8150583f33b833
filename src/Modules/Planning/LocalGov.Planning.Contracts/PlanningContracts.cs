using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Planning.Contracts;

/// <summary>Where a project of the annual action plan stands (สถานะโครงการ).</summary>
public enum ProjectStatus
{
    /// <summary>ยังไม่ดำเนินการ.</summary>
    NotStarted = 1,

    /// <summary>อยู่ระหว่างจัดซื้อจัดจ้าง.</summary>
    Procurement = 2,

    /// <summary>อยู่ระหว่างดำเนินการ.</summary>
    InProgress = 3,

    /// <summary>ดำเนินการแล้วเสร็จ.</summary>
    Done = 4,

    /// <summary>ยกเลิก.</summary>
    Cancelled = 5,
}

/// <summary>A project of an LAO's approved development plan, as Budgeting links its lines to it.</summary>
/// <param name="Code">The project's code in the plan (what a budget line's plan project code holds).</param>
/// <param name="PlannedAmount">The plan's amount for the asked fiscal year.</param>
public sealed record PlanProjectRef(int Id, int LaoId, string Code, string Name, string StrategyName, Money PlannedAmount);

/// <summary>Read access to the approved development plans, for Budgeting's line form and checks; the caller checks scope.</summary>
public interface IPlanProjectDirectory
{
    /// <summary>The projects of the LAO's approved plan covering the year that have an amount planned for that year, by code.</summary>
    Task<IReadOnlyList<PlanProjectRef>> GetProjectsForYearAsync(int laoId, int fiscalYear, CancellationToken cancellationToken = default);

    /// <summary>The approved plan's project with this code, whatever its yearly amounts; null when there is none.</summary>
    Task<PlanProjectRef?> FindByCodeAsync(int laoId, int fiscalYear, string code, CancellationToken cancellationToken = default);
}

/// <summary>One LAO's planning figures for a fiscal year, from the summary table (roll-ups, benchmarking, open data).</summary>
/// <param name="HasApprovedPlan">An approved development plan covers the year.</param>
/// <param name="ProjectsInPlan">Projects of the approved plan with an amount for the year.</param>
/// <param name="ProjectsInActionPlan">Projects in the year's action plan (แผนการดำเนินงาน).</param>
/// <param name="PlannedAmount">The plan's amounts for the year.</param>
/// <param name="BudgetedAmount">Current amount of the budget lines in force linked to action-plan projects.</param>
/// <param name="DisbursedAmount">What the control ledger shows disbursed on those lines.</param>
/// <param name="AveragePercentComplete">Mean percent complete over the action plan's projects that are not cancelled.</param>
/// <param name="ReportsDue">Quarterly progress reports due by today (0–4).</param>
/// <param name="ReportsOnTime">Of those, submitted by their due date.</param>
/// <param name="ReportsLate">Of those, submitted late or not submitted.</param>
/// <param name="Proposals">Citizens' proposals of the year's participation process (visible ones).</param>
/// <param name="Supports">Supports given to them.</param>
/// <param name="Participants">Distinct people who proposed or supported.</param>
public sealed record LaoPlanningSummary(
    int LaoId,
    int FiscalYear,
    bool HasApprovedPlan,
    int ProjectsInPlan,
    int ProjectsInActionPlan,
    int ProjectsNotStarted,
    int ProjectsInProgress,
    int ProjectsDone,
    int ProjectsCancelled,
    Money PlannedAmount,
    Money BudgetedAmount,
    Money DisbursedAmount,
    decimal AveragePercentComplete,
    int ReportsDue,
    int ReportsOnTime,
    int ReportsLate,
    int Proposals,
    int Supports,
    int Participants);

public interface IPlanningSummaries
{
    Task<IReadOnlyList<LaoPlanningSummary>> GetAsync(int fiscalYear, IReadOnlyCollection<int>? laoIds, CancellationToken cancellationToken = default);
}

/// <summary>Recomputes every planning summary row from the plans, action plans, reports and participation (<c>rebuild planning-summaries</c>).</summary>
public interface IPlanningSummaryRebuild
{
    Task<int> RebuildAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// A project of an LAO-year's action plan (แผนการดำเนินงาน) with its progress and money, for publication.
/// <paramref name="StartMonth"/> and <paramref name="EndMonth"/> are months of the fiscal year (1 = October … 12 = September).
/// </summary>
public sealed record ActionPlanProjectInfo(
    int LaoId,
    int FiscalYear,
    string Code,
    string Name,
    int StrategyNo,
    string StrategyName,
    int StartMonth,
    int EndMonth,
    ProjectStatus Status,
    int PercentComplete,
    Money Planned,
    Money Budgeted,
    Money Disbursed,
    DateOnly? LastUpdatedOn);

/// <summary>Read access to the action plan's projects with progress (Open data publishes them); the caller checks scope.</summary>
public interface IActionPlanProjects
{
    /// <summary>The LAO-year's action-plan projects by strategy and code; budgeted and disbursed come from Budgeting's lines in force and control ledger.</summary>
    Task<IReadOnlyList<ActionPlanProjectInfo>> GetAsync(int laoId, int fiscalYear, CancellationToken cancellationToken = default);
}
