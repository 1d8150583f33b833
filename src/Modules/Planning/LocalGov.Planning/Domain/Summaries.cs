using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Planning.Domain;

/// <summary>
/// Per-LAO, per-year planning figures for the province and national views (ARCHITECTURE.md: roll-ups read summary
/// tables). Refreshed by <c>PlanningSummaryWriter</c> in the transaction of every change that moves them.
/// </summary>
internal sealed class PlanningYearSummary
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public int ProvinceId { get; set; }
    public int FiscalYear { get; set; }
    public bool HasApprovedPlan { get; set; }
    public int ProjectsInPlan { get; set; }
    public int ProjectsInActionPlan { get; set; }
    public int ProjectsNotStarted { get; set; }
    public int ProjectsInProgress { get; set; }
    public int ProjectsDone { get; set; }
    public int ProjectsCancelled { get; set; }
    public Money PlannedAmount { get; set; }
    public Money BudgetedAmount { get; set; }
    public Money DisbursedAmount { get; set; }
    /// <summary>Sum of the percent complete of the action plan's projects that are not cancelled (an integer, so SQL can sum it).</summary>
    public int PercentCompleteTotal { get; set; }

    public decimal AveragePercentComplete
    {
        get
        {
            var counted = ProjectsInActionPlan - ProjectsCancelled;
            return counted <= 0 ? 0m : Math.Round((decimal)PercentCompleteTotal / counted, 2, MidpointRounding.AwayFromZero);
        }
    }

    public int ReportsDue { get; set; }
    public int ReportsOnTime { get; set; }
    public int ReportsLate { get; set; }
    public int Proposals { get; set; }
    public int Supports { get; set; }
    public int Participants { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The plan's projects and amounts for a year by national strategy pillar (the DLA's "budget per strategy").</summary>
internal sealed class PlanningStrategySummary
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public int ProvinceId { get; set; }
    public int FiscalYear { get; set; }
    public NationalStrategy NationalStrategy { get; set; }
    public int Projects { get; set; }
    public Money PlannedAmount { get; set; }
}
