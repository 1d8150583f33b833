using LocalGov.Data;
using LocalGov.Planning.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Planning.Services.Plans;

/// <summary>A refused change: the form field it belongs to ("" for the whole form), a resource key (Plans.*) and its arguments.</summary>
internal sealed record PlanEditError(string Field, string Key, params object[] Arguments);

internal sealed record PlanEditResult(int? PlanId, IReadOnlyList<PlanEditError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static PlanEditResult Ok(int planId) => new(planId, []);

    public static PlanEditResult Fail(string field, string key, params object[] arguments) => new(null, [new PlanEditError(field, key, arguments)]);
}

internal sealed record StrategyInput(int No, string Name, string? Goal, string? ProvinceStrategy, NationalStrategy NationalStrategy);

internal sealed record ProjectInput(
    string Code,
    int StrategyId,
    string Name,
    string? Objective,
    string? Target,
    string? Indicator,
    string? ExpectedResult,
    string? ResponsibleUnit,
    string? Location,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<Money> Amounts);

/// <summary>
/// Changes to a development plan, each in one transaction through the domain's versioning methods: the plan row's
/// <see cref="DevelopmentPlan.ConcurrencyStamp"/> must still be the one the user saw, so two officers editing the same
/// draft cannot overwrite each other, and nothing is half-written. Scope and roles are the caller's job.
/// </summary>
internal sealed class PlanEditor(LocalGovDbContext db, PlanningSummaryWriter summaries, TimeProvider clock)
{
    /// <summary>The plan, loaded whole and tracked for a change.</summary>
    public Task<DevelopmentPlan?> LoadAsync(int planId, bool tracking, CancellationToken cancellationToken)
    {
        var plans = db.Set<DevelopmentPlan>().Where(p => p.Id == planId);
        return (tracking ? plans : plans.AsNoTracking()).WithContent().FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>A new five-year plan with its original version open as a draft.</summary>
    public async Task<PlanEditResult> CreateAsync(int laoId, int firstYear, string vision, string? mission, string versionTitle, string userName, CancellationToken cancellationToken)
    {
        var lastYear = firstYear + DevelopmentPlan.Years - 1;
        if (await db.Set<DevelopmentPlan>().AnyAsync(p => p.LaoId == laoId && p.FirstYear <= lastYear && p.FirstYear + DevelopmentPlan.Years - 1 >= firstYear, cancellationToken))
        {
            return PlanEditResult.Fail("FirstYear", "Plans.Error.Overlaps", firstYear, lastYear);
        }

        var now = clock.GetUtcNow();
        var plan = new DevelopmentPlan { LaoId = laoId, FirstYear = firstYear, Vision = vision, Mission = mission, CreatedBy = userName, CreatedAt = now };
        plan.StartVersion(PlanVersionKind.Original, versionTitle, null, userName, now);
        db.Set<DevelopmentPlan>().Add(plan);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (LaoId, FirstYear) index: another officer created it a moment ago.
            db.ChangeTracker.Clear();
            return PlanEditResult.Fail("FirstYear", "Plans.Error.Overlaps", firstYear, lastYear);
        }

        return PlanEditResult.Ok(plan.Id);
    }

    public Task<PlanEditResult> SaveStrategyAsync(DevelopmentPlan plan, Guid stamp, int? strategyId, StrategyInput input, CancellationToken cancellationToken) =>
        CommitAsync(plan, stamp, refreshSummaries: false, () =>
        {
            if (plan.Draft is not { } draft)
            {
                return new PlanEditError("", "Plans.Error.NoDraft");
            }

            var strategy = strategyId is null ? null : plan.Strategies.FirstOrDefault(s => s.Id == strategyId);
            if (strategyId is not null && strategy is null)
            {
                return new PlanEditError("", "Plans.Error.NotFound");
            }

            // Strategies are not versioned: one the plan in force already has stays as approved.
            if (strategy is not null && strategy.AddedInVersion != draft.Number)
            {
                return new PlanEditError("", "Plans.Error.StrategyApproved");
            }

            if (plan.Strategies.Any(s => s.No == input.No && s != strategy))
            {
                return new PlanEditError("No", "Plans.Error.StrategyNoTaken", input.No);
            }

            if (strategy is null)
            {
                strategy = new Strategy { Name = input.Name, AddedInVersion = draft.Number };
                plan.Strategies.Add(strategy);
            }

            strategy.No = input.No;
            strategy.Name = input.Name;
            strategy.Goal = input.Goal;
            strategy.ProvinceStrategy = input.ProvinceStrategy;
            strategy.NationalStrategy = input.NationalStrategy;
            plan.ConcurrencyStamp = Guid.NewGuid();
            return null;
        }, cancellationToken);

    public Task<PlanEditResult> SaveProjectAsync(DevelopmentPlan plan, Guid stamp, int? projectId, ProjectInput input, CancellationToken cancellationToken) =>
        CommitAsync(plan, stamp, refreshSummaries: false, () =>
        {
            if (plan.Draft is not { } draft)
            {
                return new PlanEditError("", "Plans.Error.NoDraft");
            }

            if (!plan.Strategies.Any(s => s.Id == input.StrategyId && s.AddedInVersion <= draft.Number))
            {
                return new PlanEditError("StrategyId", "Plans.Error.Required");
            }

            if (projectId is null)
            {
                var content = new PlanProjectRevision { Name = input.Name };
                Apply(content, input);
                return plan.AddProject(input.Code, content) is null
                    ? new PlanEditError("Code", "Plans.Error.CodeTaken", input.Code)
                    : null;
            }

            var project = plan.Projects.FirstOrDefault(p => p.Id == projectId);
            return project is not null && plan.ChangeProject(project, r => Apply(r, input)) ? null : new PlanEditError("", "Plans.Error.NotFound");
        }, cancellationToken);

    public Task<PlanEditResult> RemoveProjectAsync(DevelopmentPlan plan, Guid stamp, int projectId, CancellationToken cancellationToken) =>
        CommitAsync(plan, stamp, refreshSummaries: false, () =>
        {
            var project = plan.Projects.FirstOrDefault(p => p.Id == projectId);
            if (project is not null && project.AddedInVersion == plan.Draft?.Number)
            {
                // A project the draft added goes with its revisions.
                db.Set<PlanProjectRevision>().RemoveRange(project.Revisions);
                db.Set<PlanProject>().Remove(project);
            }

            return project is not null && plan.RemoveProject(project) ? null : new PlanEditError("", "Plans.Error.NotFound");
        }, cancellationToken);

    public Task<PlanEditResult> StartVersionAsync(DevelopmentPlan plan, Guid stamp, PlanVersionKind kind, string title, string? reason, string userName, CancellationToken cancellationToken) =>
        CommitAsync(plan, stamp, refreshSummaries: false, () =>
            plan.Draft is not null ? new PlanEditError("", "Plans.Error.DraftOpen")
            : kind is not (PlanVersionKind.Amendment or PlanVersionKind.Supplement) || plan.CurrentVersionNo == 0 ? new PlanEditError("Kind", "Plans.Error.KindInvalid")
            : plan.StartVersion(kind, title, reason, userName, clock.GetUtcNow()) is null ? new PlanEditError("", "Plans.Error.DraftOpen")
            : null,
            cancellationToken);

    public Task<PlanEditResult> DiscardAsync(DevelopmentPlan plan, Guid stamp, CancellationToken cancellationToken) =>
        CommitAsync(plan, stamp, refreshSummaries: false, () =>
        {
            if (plan.Draft is not { } draft)
            {
                return new PlanEditError("", "Plans.Error.NoDraft");
            }

            if (draft.Kind == PlanVersionKind.Original)
            {
                return new PlanEditError("", "Plans.Error.DiscardOriginal");
            }

            // What the draft added is deleted outright; the domain method restores what it ended or took out.
            var n = draft.Number;
            foreach (var project in plan.Projects.Where(p => p.AddedInVersion == n))
            {
                db.Set<PlanProjectRevision>().RemoveRange(project.Revisions);
                db.Set<PlanProject>().Remove(project);
            }

            db.Set<PlanProjectRevision>().RemoveRange(plan.Projects.SelectMany(p => p.Revisions).Where(r => r.FromVersion == n));
            db.Set<Strategy>().RemoveRange(plan.Strategies.Where(s => s.AddedInVersion == n));
            db.Set<PlanVersion>().Remove(draft);
            plan.DiscardDraft();
            return null;
        }, cancellationToken);

    /// <summary>Records the approval of the draft; the summaries of the plan's five years move with it, in the same transaction.</summary>
    public Task<PlanEditResult> ApproveAsync(DevelopmentPlan plan, Guid stamp, DateOnly approvedOn, string approvedBy, string userName, CancellationToken cancellationToken) =>
        CommitAsync(plan, stamp, refreshSummaries: true, () =>
        {
            if (plan.Draft is not { } draft)
            {
                return new PlanEditError("", "Plans.Error.NoDraft");
            }

            if (approvedOn > ThaiDate.Today(clock))
            {
                return new PlanEditError("ApprovedOn", "Plans.Error.ApprovedInFuture");
            }

            var previous = plan.Versions.Where(v => v.Status == PlanVersionStatus.Approved && v.ApprovedOn is not null).Select(v => v.ApprovedOn!.Value).DefaultIfEmpty().Max();
            if (previous != default && approvedOn < previous)
            {
                return new PlanEditError("ApprovedOn", "Plans.Error.ApprovedBeforePrevious", ThaiDate.Format(previous, ThaiDateStyle.Medium));
            }

            return plan.ApproveDraft(approvedOn, approvedBy, userName, clock.GetUtcNow()) ? null : new PlanEditError("", "Plans.Error.NoDraft");
        }, cancellationToken);

    private static void Apply(PlanProjectRevision revision, ProjectInput input)
    {
        revision.StrategyId = input.StrategyId;
        revision.Name = input.Name;
        revision.Objective = input.Objective;
        revision.Target = input.Target;
        revision.Indicator = input.Indicator;
        revision.ExpectedResult = input.ExpectedResult;
        revision.ResponsibleUnit = input.ResponsibleUnit;
        revision.Location = input.Location;
        revision.Latitude = input.Latitude;
        revision.Longitude = input.Longitude;
        for (var i = 0; i < DevelopmentPlan.Years; i++)
        {
            revision.SetAmountForYearIndex(i, input.Amounts[i]);
        }
    }

    /// <summary>Applies <paramref name="change"/> to the tracked plan and saves it, all or nothing.</summary>
    private async Task<PlanEditResult> CommitAsync(DevelopmentPlan plan, Guid stamp, bool refreshSummaries, Func<PlanEditError?> change, CancellationToken cancellationToken)
    {
        // Optimistic concurrency: the plan must still be the one the user saw (every change renews the stamp).
        db.Entry(plan).Property(p => p.ConcurrencyStamp).OriginalValue = stamp;
        if (plan.ConcurrencyStamp != stamp)
        {
            db.ChangeTracker.Clear();
            return PlanEditResult.Fail("", "Common.Concurrency");
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        if (change() is { } error)
        {
            await tx.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new PlanEditResult(null, [error]);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (refreshSummaries)
            {
                for (var year = plan.FirstYear; year <= plan.LastYear; year++)
                {
                    await summaries.RefreshAsync(plan.LaoId, year, cancellationToken);
                }
            }
        }
        catch (DbUpdateException)
        {
            // DbUpdateConcurrencyException included: another officer saved first; nothing of this change is kept.
            await tx.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return PlanEditResult.Fail("", "Common.Concurrency");
        }

        await tx.CommitAsync(cancellationToken);
        return PlanEditResult.Ok(plan.Id);
    }
}
