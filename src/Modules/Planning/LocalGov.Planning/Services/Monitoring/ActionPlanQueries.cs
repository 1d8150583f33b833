using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Planning.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Planning.Services.Monitoring;

/// <summary>One project of the year's action plan with its money from Budgeting (lines linked by code, control ledger).</summary>
internal sealed record ActionPlanRow(
    ActionPlanEntry Entry,
    string Code,
    string Name,
    int StrategyNo,
    string StrategyName,
    Money Planned,
    Money Budgeted,
    Money Disbursed)
{
    public decimal DisbursementRate => Budgeted.Satang <= 0 ? 0m : Math.Round(100m * Disbursed.Satang / Budgeted.Satang, 2, MidpointRounding.AwayFromZero);
}

/// <summary>A budget line in force marked as a project that the approved plan does not contain (no code, or an unknown code).</summary>
internal sealed record UnplannedLine(int BudgetLineId, string ItemName, string? PlanProjectCode, Money Amount);

/// <summary>A budget line linked to a project, with its position in the control ledger.</summary>
internal sealed record LinkedLine(BudgetLineInfo Line, Money Allocated, Money Committed, Money Disbursed);

internal sealed record ActionPlanView(DevelopmentPlan? Plan, IReadOnlyList<ActionPlanRow> Rows, IReadOnlyList<UnplannedLine> Warnings)
{
    public Money Budgeted => Money.Sum(Rows.Select(r => r.Budgeted));
    public Money Disbursed => Money.Sum(Rows.Select(r => r.Disbursed));
}

/// <summary>
/// Reads an LAO-year's action plan with the plan content in force and the money from Budgeting's contracts: what is
/// budgeted comes from the lines in force linked to the project code, what is disbursed from the control ledger — never
/// typed in Planning.
/// </summary>
internal sealed class ActionPlanQueries(LocalGovDbContext db, IBudgetLineDirectory budgetLines)
{
    public async Task<ActionPlanView> LoadAsync(int laoId, int fiscalYear, CancellationToken cancellationToken)
    {
        var plan = await db.LoadCoveringAsync(laoId, fiscalYear, tracking: false, cancellationToken);
        var entries = await db.Set<ActionPlanEntry>().AsNoTracking()
            .Where(e => e.LaoId == laoId && e.FiscalYear == fiscalYear)
            .ToListAsync(cancellationToken);
        var lines = await budgetLines.GetLinesInForceAsync(laoId, fiscalYear, cancellationToken);
        var balances = (await budgetLines.GetBalancesAsync(laoId, fiscalYear, cancellationToken)).ToDictionary(b => b.BudgetLineId);
        return new ActionPlanView(plan, Rows(plan, fiscalYear, entries, lines, balances), Unplanned(plan, fiscalYear, lines));
    }

    /// <summary>The rows of the given entries, ordered by strategy and code (entries whose project left the plan keep their last content).</summary>
    internal static List<ActionPlanRow> Rows(
        DevelopmentPlan? plan, int fiscalYear, IEnumerable<ActionPlanEntry> entries, IReadOnlyList<BudgetLineInfo> lines, IReadOnlyDictionary<int, BudgetLineBalance> balances)
    {
        var projects = plan?.Projects.ToDictionary(p => p.Id) ?? [];
        var strategies = plan?.Strategies.ToDictionary(s => s.Id) ?? [];
        var index = plan?.Covers(fiscalYear) == true ? plan.YearIndex(fiscalYear) : -1;
        var rows = new List<ActionPlanRow>();
        foreach (var entry in entries)
        {
            if (!projects.TryGetValue(entry.ProjectId, out var project))
            {
                continue;
            }

            var revision = project.RevisionAt(plan!.CurrentVersionNo) ?? project.Revisions.OrderByDescending(r => r.FromVersion).First();
            strategies.TryGetValue(revision.StrategyId, out var strategy);
            var linked = LinesOf(project.Code, lines);
            rows.Add(new ActionPlanRow(
                entry,
                project.Code,
                revision.Name,
                strategy?.No ?? 0,
                strategy?.Name ?? "",
                index >= 0 ? revision.AmountForYearIndex(index) : Money.Zero,
                Money.Sum(linked.Select(l => l.CurrentAmount)),
                Money.Sum(linked.Select(l => balances.TryGetValue(l.Id, out var b) ? b.Disbursed : Money.Zero))));
        }

        return [.. rows.OrderBy(r => r.StrategyNo).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    public static List<BudgetLineInfo> LinesOf(string code, IEnumerable<BudgetLineInfo> lines) =>
        [.. lines.Where(l => string.Equals(l.PlanProjectCode, code, StringComparison.OrdinalIgnoreCase))];

    /// <summary>Project lines in force that should be in the approved plan and are not.</summary>
    internal static List<UnplannedLine> Unplanned(DevelopmentPlan? plan, int fiscalYear, IEnumerable<BudgetLineInfo> lines)
    {
        var codes = (plan?.ProjectsForYear(fiscalYear, withAmountOnly: false) ?? []).Select(x => x.Project.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. lines
            .Where(l => l.IsProject && (l.PlanProjectCode is null || !codes.Contains(l.PlanProjectCode)))
            .Select(l => new UnplannedLine(l.Id, l.ItemName, l.PlanProjectCode, l.CurrentAmount))];
    }

    /// <summary>The project page: the entry with its history, the plan content in force, and the linked lines' ledger positions.</summary>
    public async Task<ProjectView?> FindProjectAsync(int entryId, CancellationToken cancellationToken)
    {
        var entry = await db.Set<ActionPlanEntry>().AsNoTracking().Include(e => e.Updates)
            .FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var plan = await db.LoadCoveringAsync(entry.LaoId, entry.FiscalYear, tracking: false, cancellationToken);
        var project = plan?.Projects.FirstOrDefault(p => p.Id == entry.ProjectId);
        if (plan is null || project is null)
        {
            return null;
        }

        var revision = project.RevisionAt(plan.CurrentVersionNo) ?? project.Revisions.OrderByDescending(r => r.FromVersion).First();
        var strategy = plan.Strategies.FirstOrDefault(s => s.Id == revision.StrategyId);
        var lines = LinesOf(project.Code, await budgetLines.GetLinesInForceAsync(entry.LaoId, entry.FiscalYear, cancellationToken));
        var balances = (await budgetLines.GetBalancesAsync(entry.LaoId, entry.FiscalYear, cancellationToken)).ToDictionary(b => b.BudgetLineId);
        var linked = lines.Select(l => balances.TryGetValue(l.Id, out var b)
            ? new LinkedLine(l, b.Allocated, b.Committed, b.Disbursed)
            : new LinkedLine(l, l.CurrentAmount, Money.Zero, Money.Zero)).ToList();
        var attachments = await db.Set<Attachment>().AsNoTracking()
            .Where(a => a.Owner == AttachmentOwner.ActionPlanEntry && a.OwnerId == entry.Id && a.LaoId == entry.LaoId)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var index = plan.Covers(entry.FiscalYear) ? plan.YearIndex(entry.FiscalYear) : 0;
        return new ProjectView(entry, project.Code, revision, strategy, revision.AmountForYearIndex(index), linked, attachments);
    }
}

internal sealed record ProjectView(
    ActionPlanEntry Entry,
    string Code,
    PlanProjectRevision Revision,
    Strategy? Strategy,
    Money Planned,
    IReadOnlyList<LinkedLine> Lines,
    IReadOnlyList<Attachment> Attachments)
{
    public Money Allocated => Money.Sum(Lines.Select(l => l.Allocated));
    public Money Committed => Money.Sum(Lines.Select(l => l.Committed));
    public Money Disbursed => Money.Sum(Lines.Select(l => l.Disbursed));
    public decimal DisbursementRate => Allocated.Satang <= 0 ? 0m : Math.Round(100m * Disbursed.Satang / Allocated.Satang, 2, MidpointRounding.AwayFromZero);
    public bool HasLocation => Revision.Latitude is not null && Revision.Longitude is not null;
    public ProjectStatus Status => Entry.Status;
}
