namespace LocalGov.Planning.Services.Rollups;

/// <summary>
/// Planning figures of one LAO or of a group of LAOs, as the summary rows carry them (amounts in satang). For a group
/// the counts are sums; <see cref="LaosWithData"/> says how many LAOs had a summary row.
/// </summary>
internal class RollupFigures
{
    public int LaosWithData { get; set; }
    public int ApprovedPlans { get; set; }
    public int ProjectsInPlan { get; set; }
    public int ProjectsInActionPlan { get; set; }
    public int ProjectsDone { get; set; }
    public int ProjectsInProgress { get; set; }
    public int ProjectsNotStarted { get; set; }
    public int ProjectsCancelled { get; set; }
    public long Planned { get; set; }
    public long Budgeted { get; set; }
    public long Disbursed { get; set; }

    /// <summary>Sum of the percent complete of the projects that are not cancelled.</summary>
    public long PercentCompleteTotal { get; set; }

    public int ReportsDue { get; set; }
    public int ReportsOnTime { get; set; }
    public int ReportsLate { get; set; }

    /// <summary>Disbursed ÷ budgeted in percent (one decimal); null when nothing is budgeted.</summary>
    public decimal? DisbursementRate => Budgeted == 0 ? null : Math.Round(Disbursed * 100m / Budgeted, 1, MidpointRounding.AwayFromZero);

    /// <summary>Average percent complete over the action plans' projects that are not cancelled (one decimal); null when there are none.</summary>
    public decimal? Progress
    {
        get
        {
            var counted = ProjectsInActionPlan - ProjectsCancelled;
            return counted <= 0 ? null : Math.Round((decimal)PercentCompleteTotal / counted, 1, MidpointRounding.AwayFromZero);
        }
    }

    public void Add(RollupFigures other)
    {
        LaosWithData += other.LaosWithData;
        ApprovedPlans += other.ApprovedPlans;
        ProjectsInPlan += other.ProjectsInPlan;
        ProjectsInActionPlan += other.ProjectsInActionPlan;
        ProjectsDone += other.ProjectsDone;
        ProjectsInProgress += other.ProjectsInProgress;
        ProjectsNotStarted += other.ProjectsNotStarted;
        ProjectsCancelled += other.ProjectsCancelled;
        Planned += other.Planned;
        Budgeted += other.Budgeted;
        Disbursed += other.Disbursed;
        PercentCompleteTotal += other.PercentCompleteTotal;
        ReportsDue += other.ReportsDue;
        ReportsOnTime += other.ReportsOnTime;
        ReportsLate += other.ReportsLate;
    }
}

/// <summary>Projects and planned amount (satang) of one national strategy pillar.</summary>
internal sealed record StrategyRollupRow(int NationalStrategy, int Laos, int Projects, long Planned, decimal? SharePercent);
