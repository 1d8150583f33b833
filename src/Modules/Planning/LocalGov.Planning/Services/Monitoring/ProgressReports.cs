using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Planning.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Planning.Services.Monitoring;

/// <summary>One quarter of the year on the reports page.</summary>
internal sealed record QuarterRow(int Quarter, DateOnly DueOn, ReportState State, ProgressReport? Report, bool CanSubmit);

internal enum SubmitError
{
    None = 0,
    AlreadySubmitted = 1,
    NotStarted = 2,
    BadQuarter = 3,
}

internal sealed record SubmitResult(SubmitError Error, int? ReportId)
{
    public bool Succeeded => Error == SubmitError.None;
}

/// <summary>
/// The quarterly progress report to the DLA: a preview computed from the action plan as it is now, and submission,
/// which freezes that preview into <see cref="ProgressReport"/> and its lines.
/// </summary>
internal sealed class ProgressReports(LocalGovDbContext db, IBudgetLineDirectory budgetLines, PlanningSummaryWriter summaries, TimeProvider clock)
{
    public async Task<IReadOnlyList<QuarterRow>> QuartersAsync(int laoId, int fiscalYear, CancellationToken cancellationToken)
    {
        var today = ThaiDate.Today(clock);
        var reports = await db.Set<ProgressReport>().AsNoTracking()
            .Where(r => r.LaoId == laoId && r.FiscalYear == fiscalYear)
            .ToDictionaryAsync(r => r.Quarter, cancellationToken);
        return [.. Enumerable.Range(1, 4).Select(q =>
        {
            var report = reports.GetValueOrDefault(q);
            return new QuarterRow(q, ProgressReportSchedule.DueOn(fiscalYear, q), QuarterReportState.Of(fiscalYear, q, today, report?.SubmittedOn), report,
                report is null && QuarterReportState.HasStarted(fiscalYear, q, today));
        })];
    }

    /// <summary>The report as it would be submitted now (lines not saved).</summary>
    public async Task<ProgressReport> PreviewAsync(int laoId, int fiscalYear, int quarter, CancellationToken cancellationToken)
    {
        var plan = await db.LoadCoveringAsync(laoId, fiscalYear, tracking: false, cancellationToken);
        var entries = await db.Set<ActionPlanEntry>().AsNoTracking()
            .Where(e => e.LaoId == laoId && e.FiscalYear == fiscalYear)
            .ToListAsync(cancellationToken);
        var lines = await budgetLines.GetLinesInForceAsync(laoId, fiscalYear, cancellationToken);
        var balances = (await budgetLines.GetBalancesAsync(laoId, fiscalYear, cancellationToken)).ToDictionary(b => b.BudgetLineId);
        var rows = ActionPlanQueries.Rows(plan, fiscalYear, entries, lines, balances);
        var report = new ProgressReport
        {
            LaoId = laoId,
            FiscalYear = fiscalYear,
            Quarter = quarter,
            DueOn = ProgressReportSchedule.DueOn(fiscalYear, quarter),
            SubmittedOn = ThaiDate.Today(clock),
            SubmittedBy = "",
            Lines = [.. rows.Select(r => new ProgressReportLine
            {
                ProjectId = r.Entry.ProjectId,
                ProjectCode = r.Code,
                ProjectName = r.Name,
                StrategyName = r.StrategyName,
                Status = r.Entry.Status,
                PercentComplete = r.Entry.PercentComplete,
                Budgeted = r.Budgeted,
                Disbursed = r.Disbursed,
                Problems = r.Entry.Problems,
                Remedies = r.Entry.Remedies,
            })],
        };
        report.Projects = report.Lines.Count;
        report.NotStarted = report.Lines.Count(l => l.Status == ProjectStatus.NotStarted);
        report.InProgress = report.Lines.Count(l => l.Status is ProjectStatus.InProgress or ProjectStatus.Procurement);
        report.Done = report.Lines.Count(l => l.Status == ProjectStatus.Done);
        report.Cancelled = report.Lines.Count(l => l.Status == ProjectStatus.Cancelled);
        report.Budgeted = Money.Sum(report.Lines.Select(l => l.Budgeted));
        report.Disbursed = Money.Sum(report.Lines.Select(l => l.Disbursed));
        var counted = report.Lines.Where(l => l.Status != ProjectStatus.Cancelled).ToList();
        report.AveragePercentComplete = counted.Count == 0 ? 0m : Math.Round((decimal)counted.Sum(l => l.PercentComplete) / counted.Count, 2, MidpointRounding.AwayFromZero);
        return report;
    }

    /// <summary>Submits a quarter's report once, from the quarter's start on: snapshot and summary in one transaction.</summary>
    public async Task<SubmitResult> SubmitAsync(int laoId, int fiscalYear, int quarter, string userName, CancellationToken cancellationToken, DateOnly? submittedOn = null)
    {
        if (quarter is < 1 or > 4)
        {
            return new(SubmitError.BadQuarter, null);
        }

        var today = ThaiDate.Today(clock);
        if (!QuarterReportState.HasStarted(fiscalYear, quarter, today))
        {
            return new(SubmitError.NotStarted, null);
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Set<ProgressReport>().AnyAsync(r => r.LaoId == laoId && r.FiscalYear == fiscalYear && r.Quarter == quarter, cancellationToken))
        {
            return new(SubmitError.AlreadySubmitted, null);
        }

        var report = await PreviewAsync(laoId, fiscalYear, quarter, cancellationToken);
        report.SubmittedOn = submittedOn ?? today;
        report.SubmittedBy = userName;
        db.Set<ProgressReport>().Add(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (LaoId, FiscalYear, Quarter) index: someone submitted the same quarter a moment ago.
            return new(SubmitError.AlreadySubmitted, null);
        }

        await summaries.RefreshAsync(laoId, fiscalYear, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new(SubmitError.None, report.Id);
    }

    public Task<ProgressReport?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<ProgressReport>().AsNoTracking().Include(r => r.Lines.OrderBy(l => l.ProjectCode))
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
}
