using LocalGov.Planning.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;

namespace LocalGov.Planning.Domain;

/// <summary>
/// A project of the year's action plan (แผนการดำเนินงาน): a plan project picked for the fiscal year with its planned
/// months, and its monitoring state (status, percent complete, problems and remedies). Money is not typed here: the
/// budget lines linked to the project's code carry it, and the control ledger says what was disbursed.
/// </summary>
internal sealed class ActionPlanEntry
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }
    public int ProjectId { get; set; }

    /// <summary>Planned start and end as months of the fiscal year: 1 = October … 12 = September.</summary>
    public int StartMonth { get; set; }

    public int EndMonth { get; set; }

    public ProjectStatus Status { get; set; } = ProjectStatus.NotStarted;

    /// <summary>0–100.</summary>
    public int PercentComplete { get; set; }

    public string? Problems { get; set; }
    public string? Remedies { get; set; }
    public DateOnly? LastUpdatedOn { get; set; }
    public string? LastUpdatedBy { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    public List<ProgressUpdate> Updates { get; set; } = [];
}

/// <summary>One progress record of an action-plan project, kept as history.</summary>
internal sealed class ProgressUpdate
{
    public int Id { get; set; }
    public int EntryId { get; set; }
    public DateOnly RecordedOn { get; set; }
    public ProjectStatus Status { get; set; }
    public int PercentComplete { get; set; }
    public string? Note { get; set; }
    public string? Problems { get; set; }
    public string? Remedies { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>
/// The quarterly progress report to the DLA (รายงานผลการดำเนินงานรายไตรมาส): a snapshot of the action plan at
/// submission, so what the province reads does not move when the projects do.
/// </summary>
internal sealed class ProgressReport
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }

    /// <summary>1 = Oct–Dec … 4 = Jul–Sep.</summary>
    public int Quarter { get; set; }

    public DateOnly DueOn { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public required string SubmittedBy { get; set; }
    public int Projects { get; set; }
    public int NotStarted { get; set; }
    public int InProgress { get; set; }
    public int Done { get; set; }
    public int Cancelled { get; set; }
    public Money Budgeted { get; set; }
    public Money Disbursed { get; set; }
    public decimal AveragePercentComplete { get; set; }
    public bool IsLate => SubmittedOn > DueOn;
    public List<ProgressReportLine> Lines { get; set; } = [];
}

internal sealed class ProgressReportLine
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public int ProjectId { get; set; }
    public required string ProjectCode { get; set; }
    public required string ProjectName { get; set; }
    public required string StrategyName { get; set; }
    public ProjectStatus Status { get; set; }
    public int PercentComplete { get; set; }
    public Money Budgeted { get; set; }
    public Money Disbursed { get; set; }
    public string? Problems { get; set; }
    public string? Remedies { get; set; }
}

/// <summary>When the quarterly progress report is due: the 15th of the month after the quarter ends (Q1 Oct–Dec → 15 January).</summary>
internal static class ProgressReportSchedule
{
    public const int DueDayOfFollowingMonth = 15;

    public static DateOnly DueOn(int fiscalYear, int quarter)
    {
        var end = new FiscalYear(fiscalYear).Quarter(quarter).End;
        return new DateOnly(end.Year, end.Month, 1).AddMonths(1).AddDays(DueDayOfFollowingMonth - 1);
    }

    /// <summary>The quarters of the year whose report is due on or before <paramref name="today"/>.</summary>
    public static IEnumerable<int> DueBy(int fiscalYear, DateOnly today) =>
        Enumerable.Range(1, 4).Where(q => DueOn(fiscalYear, q) <= today);
}
