using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Planning.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Planning.Services.Monitoring;

/// <summary>A project the year's action plan may take: from the approved plan, with an amount that year.</summary>
internal sealed record BuildCandidate(
    int ProjectId, string Code, string Name, int StrategyNo, string StrategyName, Money Planned,
    bool Selected, bool Linked, int StartMonth, int EndMonth, bool HasHistory);

internal sealed record BuildOptions(DevelopmentPlan? Plan, IReadOnlyList<BuildCandidate> Candidates, IReadOnlyList<UnplannedLine> Warnings);

/// <summary>What the officer chose for one project: in or out, and its planned months.</summary>
internal sealed record BuildChoice(int ProjectId, bool Selected, int StartMonth, int EndMonth);

internal enum BuildError
{
    None = 0,
    NoApprovedPlan = 1,
    BadMonths = 2,
    HasHistory = 3,
    UnknownProject = 4,
}

internal sealed record BuildResult(BuildError Error, IReadOnlyList<string> Codes, int Added = 0, int Removed = 0)
{
    public bool Succeeded => Error == BuildError.None;
}

internal enum ProgressOutcome
{
    Saved = 0,
    NotFound = 1,
    Invalid = 2,
    Concurrency = 3,
}

internal sealed record ProgressResult(ProgressOutcome Outcome, IReadOnlyList<ProgressProblem> Problems);

/// <summary>
/// Changes of the action plan: building it from the approved plan (entries added and removed in one transaction) and
/// recording progress (history row, entry state and the LAO-year summary in one transaction).
/// </summary>
internal sealed class ActionPlanWorkflow(LocalGovDbContext db, IBudgetLineDirectory budgetLines, PlanningSummaryWriter summaries, TimeProvider clock)
{
    public async Task<BuildOptions> BuildOptionsAsync(int laoId, int fiscalYear, CancellationToken cancellationToken)
    {
        var plan = await db.LoadCoveringAsync(laoId, fiscalYear, tracking: false, cancellationToken);
        var lines = await budgetLines.GetLinesInForceAsync(laoId, fiscalYear, cancellationToken);
        var entries = await db.Set<ActionPlanEntry>().AsNoTracking()
            .Where(e => e.LaoId == laoId && e.FiscalYear == fiscalYear)
            .Select(e => new { e.ProjectId, e.StartMonth, e.EndMonth, HasHistory = e.Updates.Any() })
            .ToDictionaryAsync(e => e.ProjectId, cancellationToken);
        var linkedCodes = lines.Select(l => l.PlanProjectCode).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidates = new List<BuildCandidate>();
        if (plan is not null)
        {
            var index = plan.Covers(fiscalYear) ? plan.YearIndex(fiscalYear) : 0;
            foreach (var (project, revision, strategy) in plan.ProjectsForYear(fiscalYear))
            {
                var linked = linkedCodes.Contains(project.Code);
                var existing = entries.GetValueOrDefault(project.Id);
                candidates.Add(new BuildCandidate(
                    project.Id, project.Code, revision.Name, strategy.No, strategy.Name, revision.AmountForYearIndex(index),
                    existing is not null || linked, linked,
                    existing?.StartMonth ?? 1, existing?.EndMonth ?? 12, existing?.HasHistory ?? false));
            }
        }

        return new BuildOptions(plan, [.. candidates.OrderBy(c => c.StrategyNo).ThenBy(c => c.Code, StringComparer.Ordinal)], ActionPlanQueries.Unplanned(plan, fiscalYear, lines));
    }

    /// <summary>
    /// Makes the action plan what the officer chose: adds the selected projects, removes the others (refused, with
    /// nothing changed, when an entry to remove already has progress history) and updates the months.
    /// </summary>
    public async Task<BuildResult> SaveBuildAsync(int laoId, int fiscalYear, IReadOnlyList<BuildChoice> choices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var plan = await db.LoadCoveringAsync(laoId, fiscalYear, tracking: false, cancellationToken);
        if (plan is null || plan.CurrentVersionNo == 0)
        {
            return new(BuildError.NoApprovedPlan, []);
        }

        var allowed = plan.ProjectsForYear(fiscalYear).ToDictionary(x => x.Project.Id, x => x.Project.Code);
        var bad = choices.Where(c => c.Selected && (c.StartMonth is < 1 or > 12 || c.EndMonth is < 1 or > 12 || c.EndMonth < c.StartMonth)).ToList();
        if (bad.Count > 0)
        {
            return new(BuildError.BadMonths, [.. bad.Select(c => allowed.GetValueOrDefault(c.ProjectId) ?? "")]);
        }

        if (choices.Any(c => c.Selected && !allowed.ContainsKey(c.ProjectId)))
        {
            return new(BuildError.UnknownProject, []);
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var entries = await db.Set<ActionPlanEntry>().Include(e => e.Updates)
            .Where(e => e.LaoId == laoId && e.FiscalYear == fiscalYear)
            .ToListAsync(cancellationToken);
        var selected = choices.Where(c => c.Selected).ToDictionary(c => c.ProjectId);
        var toRemove = entries.Where(e => !selected.ContainsKey(e.ProjectId)).ToList();
        var blocked = toRemove.Where(e => e.Updates.Count > 0).ToList();
        if (blocked.Count > 0)
        {
            var codes = plan.Projects.Where(p => blocked.Any(b => b.ProjectId == p.Id)).Select(p => p.Code).ToList();
            return new(BuildError.HasHistory, codes);
        }

        db.Set<ActionPlanEntry>().RemoveRange(toRemove);
        var added = 0;
        foreach (var choice in selected.Values)
        {
            var entry = entries.FirstOrDefault(e => e.ProjectId == choice.ProjectId);
            if (entry is null)
            {
                entry = new ActionPlanEntry { LaoId = laoId, FiscalYear = fiscalYear, ProjectId = choice.ProjectId };
                db.Set<ActionPlanEntry>().Add(entry);
                added++;
            }

            if (entry.StartMonth != choice.StartMonth || entry.EndMonth != choice.EndMonth)
            {
                entry.StartMonth = choice.StartMonth;
                entry.EndMonth = choice.EndMonth;
                entry.ConcurrencyStamp = Guid.NewGuid();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await summaries.RefreshAsync(laoId, fiscalYear, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new(BuildError.None, [], added, toRemove.Count);
    }

    /// <summary>Records a progress update: a history row, the entry's new state and the summary, in one transaction.</summary>
    public async Task<ProgressResult> RecordProgressAsync(int entryId, ProgressInput input, Guid stamp, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = ProgressRules.Check(input, ThaiDate.Today(clock));
        if (problems.Count > 0)
        {
            return new(ProgressOutcome.Invalid, problems);
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var entry = await db.Set<ActionPlanEntry>().FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null)
        {
            return new(ProgressOutcome.NotFound, []);
        }

        if (entry.ConcurrencyStamp != stamp)
        {
            return new(ProgressOutcome.Concurrency, []);
        }

        var note = Clean(input.Note);
        var problemsText = Clean(input.Problems);
        var remedies = Clean(input.Remedies);
        db.Set<ProgressUpdate>().Add(new ProgressUpdate
        {
            EntryId = entry.Id,
            RecordedOn = input.RecordedOn,
            Status = input.Status,
            PercentComplete = input.PercentComplete,
            Note = note,
            Problems = problemsText,
            Remedies = remedies,
            RecordedBy = userName,
            RecordedAt = clock.GetUtcNow(),
        });
        entry.Status = input.Status;
        entry.PercentComplete = input.PercentComplete;
        entry.Problems = problemsText;
        entry.Remedies = remedies;
        entry.LastUpdatedOn = input.RecordedOn;
        entry.LastUpdatedBy = userName;
        entry.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(ProgressOutcome.Concurrency, []);
        }

        await summaries.RefreshAsync(entry.LaoId, entry.FiscalYear, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new(ProgressOutcome.Saved, []);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
