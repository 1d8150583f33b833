using LocalGov.Planning.Domain;
using LocalGov.SharedKernel.Time;

namespace LocalGov.Planning.Services.Monitoring;

/// <summary>Where a quarter's progress report to the DLA stands.</summary>
internal enum ReportState
{
    /// <summary>The quarter has not ended yet.</summary>
    NotYetDue = 1,

    /// <summary>The quarter has ended and the due date has not passed.</summary>
    Due = 2,

    SubmittedOnTime = 3,
    SubmittedLate = 4,

    /// <summary>The due date has passed and nothing was submitted.</summary>
    Overdue = 5,
}

internal static class QuarterReportState
{
    public static ReportState Of(int fiscalYear, int quarter, DateOnly today, DateOnly? submittedOn)
    {
        var dueOn = ProgressReportSchedule.DueOn(fiscalYear, quarter);
        if (submittedOn is { } on)
        {
            return on <= dueOn ? ReportState.SubmittedOnTime : ReportState.SubmittedLate;
        }

        if (today > dueOn)
        {
            return ReportState.Overdue;
        }

        return today > new FiscalYear(fiscalYear).Quarter(quarter).End ? ReportState.Due : ReportState.NotYetDue;
    }

    /// <summary>A quarter's report may be submitted once the quarter has started (progress so far is reported).</summary>
    public static bool HasStarted(int fiscalYear, int quarter, DateOnly today) => today >= new FiscalYear(fiscalYear).Quarter(quarter).Start;
}
