using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Planning.Services;

/// <summary>
/// Recomputes one LAO-year's planning summary rows from the source tables and Budgeting's contracts. Call it after
/// saving a change that moves the figures, inside the same transaction: it reads what was saved and saves the rows,
/// so the change and its summary commit together.
/// </summary>
internal sealed class PlanningSummaryWriter(LocalGovDbContext db, IOrganizationDirectory organizations, IBudgetLineDirectory budgetLines, TimeProvider clock)
{
    public async Task RefreshAsync(int laoId, int fiscalYear, CancellationToken cancellationToken)
    {
        var lao = await organizations.FindLaoAsync(laoId, cancellationToken)
            ?? throw new InvalidOperationException($"LAO {laoId} does not exist.");
        var row = await db.Set<PlanningYearSummary>().FirstOrDefaultAsync(s => s.LaoId == laoId && s.FiscalYear == fiscalYear, cancellationToken);
        if (row is null)
        {
            row = new PlanningYearSummary { LaoId = laoId, FiscalYear = fiscalYear };
            db.Set<PlanningYearSummary>().Add(row);
        }

        row.ProvinceId = lao.ProvinceId;
        row.UpdatedAt = clock.GetUtcNow();

        var plan = await db.LoadCoveringAsync(laoId, fiscalYear, tracking: false, cancellationToken);
        var planned = plan is null ? [] : plan.ProjectsForYear(fiscalYear).ToList();
        var index = plan?.Covers(fiscalYear) == true ? plan.YearIndex(fiscalYear) : 0;
        row.HasApprovedPlan = plan is { CurrentVersionNo: > 0 };
        row.ProjectsInPlan = planned.Count;
        row.PlannedAmount = Money.Sum(planned.Select(x => x.Revision.AmountForYearIndex(index)));
        await ReplaceStrategyRowsAsync(lao, fiscalYear, planned.Select(x => (x.Strategy.NationalStrategy, x.Revision.AmountForYearIndex(index))), cancellationToken);

        await FillActionPlanAsync(row, laoId, fiscalYear, cancellationToken);
        await FillReportsAsync(row, laoId, fiscalYear, cancellationToken);
        await FillParticipationAsync(row, laoId, fiscalYear, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task FillActionPlanAsync(PlanningYearSummary row, int laoId, int fiscalYear, CancellationToken cancellationToken)
    {
        var entries = await db.Set<ActionPlanEntry>().AsNoTracking()
            .Where(e => e.LaoId == laoId && e.FiscalYear == fiscalYear)
            .Join(db.Set<PlanProject>(), e => e.ProjectId, p => p.Id, (e, p) => new { e.Status, e.PercentComplete, p.Code })
            .ToListAsync(cancellationToken);
        row.ProjectsInActionPlan = entries.Count;
        row.ProjectsNotStarted = entries.Count(e => e.Status == ProjectStatus.NotStarted);
        row.ProjectsInProgress = entries.Count(e => e.Status is ProjectStatus.InProgress or ProjectStatus.Procurement);
        row.ProjectsDone = entries.Count(e => e.Status == ProjectStatus.Done);
        row.ProjectsCancelled = entries.Count(e => e.Status == ProjectStatus.Cancelled);
        row.PercentCompleteTotal = entries.Where(e => e.Status != ProjectStatus.Cancelled).Sum(e => e.PercentComplete);

        var codes = entries.Select(e => e.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lines = (await budgetLines.GetLinesInForceAsync(laoId, fiscalYear, cancellationToken))
            .Where(l => l.PlanProjectCode is { } code && codes.Contains(code)).ToList();
        var lineIds = lines.Select(l => l.Id).ToHashSet();
        var balances = await budgetLines.GetBalancesAsync(laoId, fiscalYear, cancellationToken);
        row.BudgetedAmount = Money.Sum(lines.Select(l => l.CurrentAmount));
        row.DisbursedAmount = Money.Sum(balances.Where(b => lineIds.Contains(b.BudgetLineId)).Select(b => b.Disbursed));
    }

    private async Task FillReportsAsync(PlanningYearSummary row, int laoId, int fiscalYear, CancellationToken cancellationToken)
    {
        var due = ProgressReportSchedule.DueBy(fiscalYear, ThaiDate.Today(clock)).ToList();
        var submitted = await db.Set<ProgressReport>().AsNoTracking()
            .Where(r => r.LaoId == laoId && r.FiscalYear == fiscalYear)
            .Select(r => new { r.Quarter, r.SubmittedOn, r.DueOn })
            .ToListAsync(cancellationToken);
        row.ReportsDue = due.Count;
        row.ReportsOnTime = due.Count(q => submitted.Any(r => r.Quarter == q && r.SubmittedOn <= r.DueOn));
        row.ReportsLate = row.ReportsDue - row.ReportsOnTime;
    }

    private async Task FillParticipationAsync(PlanningYearSummary row, int laoId, int fiscalYear, CancellationToken cancellationToken)
    {
        var process = await db.Set<ParticipationProcess>().AsNoTracking()
            .Where(p => p.LaoId == laoId && p.FiscalYear == fiscalYear).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (process is not { } processId)
        {
            row.Proposals = row.Supports = row.Participants = 0;
            return;
        }

        var proposals = db.Set<Proposal>().Where(p => p.ProcessId == processId && p.Status != ProposalStatus.Hidden && p.Status != ProposalStatus.Merged);
        row.Proposals = await proposals.CountAsync(cancellationToken);
        var supports = db.Set<ProposalSupport>().Where(s => s.ProcessId == processId);
        row.Supports = await supports.CountAsync(cancellationToken);
        row.Participants = await proposals.Select(p => p.ParticipantId).Union(supports.Select(s => s.ParticipantId)).CountAsync(cancellationToken);
    }

    private async Task ReplaceStrategyRowsAsync(LaoDto lao, int fiscalYear, IEnumerable<(NationalStrategy Strategy, Money Amount)> projects, CancellationToken cancellationToken)
    {
        var existing = await db.Set<PlanningStrategySummary>().Where(s => s.LaoId == lao.Id && s.FiscalYear == fiscalYear).ToListAsync(cancellationToken);
        db.Set<PlanningStrategySummary>().RemoveRange(existing);
        db.Set<PlanningStrategySummary>().AddRange(projects.GroupBy(p => p.Strategy).Select(g => new PlanningStrategySummary
        {
            LaoId = lao.Id,
            ProvinceId = lao.ProvinceId,
            FiscalYear = fiscalYear,
            NationalStrategy = g.Key,
            Projects = g.Count(),
            PlannedAmount = Money.Sum(g.Select(p => p.Amount)),
        }));
    }
}

/// <summary>The planning summary rows for other modules (Benchmarking, OpenData).</summary>
internal sealed class PlanningSummaries(LocalGovDbContext db) : IPlanningSummaries
{
    public async Task<IReadOnlyList<LaoPlanningSummary>> GetAsync(int fiscalYear, IReadOnlyCollection<int>? laoIds, CancellationToken cancellationToken = default)
    {
        var rows = db.Set<PlanningYearSummary>().AsNoTracking().Where(s => s.FiscalYear == fiscalYear);
        if (laoIds is not null)
        {
            rows = rows.Where(s => laoIds.Contains(s.LaoId));
        }

        return [.. (await rows.OrderBy(s => s.LaoId).ToListAsync(cancellationToken)).Select(s => new LaoPlanningSummary(
            s.LaoId, s.FiscalYear, s.HasApprovedPlan, s.ProjectsInPlan, s.ProjectsInActionPlan, s.ProjectsNotStarted, s.ProjectsInProgress,
            s.ProjectsDone, s.ProjectsCancelled, s.PlannedAmount, s.BudgetedAmount, s.DisbursedAmount, s.AveragePercentComplete,
            s.ReportsDue, s.ReportsOnTime, s.ReportsLate, s.Proposals, s.Supports, s.Participants))];
    }
}
