using LocalGov.Data;
using LocalGov.Planning.Domain;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Planning.Services.Participation;

internal sealed record AcceptInput(int StrategyId, string Code, string Name, Money Amount);

/// <summary>
/// The LAO staff's side of a process: hide and unhide proposals and comments with a reason, merge duplicates (the
/// supports move, without doubles), review feasibility and cost, and accept a proposal into the development plan as a
/// project of a supplement (or the open amendment/supplement) draft. The caller has checked the LAO is the user's own.
/// </summary>
internal sealed class ProposalModeration(LocalGovDbContext db, PlanningSummaryWriter summaries, TimeProvider clock)
{
    public const string SupplementTitle = "เพิ่มเติมแผนจากการมีส่วนร่วมของประชาชน";

    public async Task<ParticipationOutcome> HideAsync(Proposal proposal, ParticipationProcess process, string reason, string user, CancellationToken cancellationToken)
    {
        if (proposal.Status is ProposalStatus.Accepted or ProposalStatus.Merged or ProposalStatus.Hidden)
        {
            return ParticipationOutcome.Fail("Part.Error.WrongStatus");
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        proposal.Status = ProposalStatus.Hidden;
        proposal.StatusReason = reason.Trim();
        Stamp(proposal, user);
        await db.SaveChangesAsync(cancellationToken);
        await summaries.RefreshAsync(process.LaoId, process.FiscalYear, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return ParticipationOutcome.Ok;
    }

    /// <summary>Shows a hidden proposal again, as submitted (it is reviewed again).</summary>
    public async Task<ParticipationOutcome> UnhideAsync(Proposal proposal, ParticipationProcess process, string user, CancellationToken cancellationToken)
    {
        if (proposal.Status != ProposalStatus.Hidden)
        {
            return ParticipationOutcome.Fail("Part.Error.WrongStatus");
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        proposal.Status = ProposalStatus.Submitted;
        proposal.StatusReason = null;
        Stamp(proposal, user);
        await db.SaveChangesAsync(cancellationToken);
        await summaries.RefreshAsync(process.LaoId, process.FiscalYear, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return ParticipationOutcome.Ok;
    }

    public async Task SetCommentHiddenAsync(ProposalComment comment, bool hidden, string? reason, CancellationToken cancellationToken)
    {
        comment.IsHidden = hidden;
        comment.HiddenReason = hidden ? reason?.Trim() : null;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Feasible with the staff's cost (can then be supported), or not feasible with the reason.</summary>
    public async Task<ParticipationOutcome> ReviewAsync(Proposal proposal, ParticipationProcess process, bool feasible, Money? cost, string? reason, string user, CancellationToken cancellationToken)
    {
        if (proposal.Status is not (ProposalStatus.Submitted or ProposalStatus.Feasible or ProposalStatus.NotFeasible))
        {
            return ParticipationOutcome.Fail("Part.Error.WrongStatus");
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        proposal.Status = feasible ? ProposalStatus.Feasible : ProposalStatus.NotFeasible;
        proposal.ReviewedCost = feasible ? cost : null;
        proposal.StatusReason = feasible ? null : reason?.Trim();
        Stamp(proposal, user);
        await db.SaveChangesAsync(cancellationToken);
        await summaries.RefreshAsync(process.LaoId, process.FiscalYear, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return ParticipationOutcome.Ok;
    }

    /// <summary>
    /// Merges a duplicate into another proposal of the same process: its supports move to the target, except where the
    /// person already supports the target (those are dropped); both counts are recomputed; one transaction.
    /// </summary>
    public async Task<ParticipationOutcome> MergeAsync(Proposal duplicate, int targetId, ParticipationProcess process, string user, CancellationToken cancellationToken)
    {
        var target = await db.Set<Proposal>().FirstOrDefaultAsync(p => p.Id == targetId && p.ProcessId == duplicate.ProcessId, cancellationToken);
        if (target is null || target.Id == duplicate.Id || !target.IsPublic)
        {
            return ParticipationOutcome.Fail("Part.Error.MergeTarget", "TargetId");
        }

        if (duplicate.Status is ProposalStatus.Merged or ProposalStatus.Accepted)
        {
            return ParticipationOutcome.Fail("Part.Error.WrongStatus");
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var moving = await db.Set<ProposalSupport>().Where(s => s.ProposalId == duplicate.Id).ToListAsync(cancellationToken);
        var already = (await db.Set<ProposalSupport>().Where(s => s.ProposalId == target.Id).Select(s => s.ParticipantId).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var support in moving)
        {
            if (already.Contains(support.ParticipantId))
            {
                db.Set<ProposalSupport>().Remove(support);
            }
            else
            {
                support.ProposalId = target.Id;
            }
        }

        duplicate.Status = ProposalStatus.Merged;
        duplicate.MergedIntoId = target.Id;
        duplicate.StatusReason = null;
        Stamp(duplicate, user);
        await db.SaveChangesAsync(cancellationToken);
        await ParticipationWorkflow.RecountAsync(db, [duplicate.Id, target.Id], cancellationToken);
        await summaries.RefreshAsync(process.LaoId, process.FiscalYear, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return ParticipationOutcome.Ok;
    }

    /// <summary>
    /// Accepts a feasible proposal into the plan covering the process's year: the project is added to the plan's open
    /// amendment or supplement draft, or to a new supplement draft; it counts once the executive approves that version.
    /// </summary>
    public async Task<ParticipationOutcome> AcceptAsync(Proposal proposal, ParticipationProcess process, AcceptInput input, string user, CancellationToken cancellationToken)
    {
        if (proposal.Status != ProposalStatus.Feasible)
        {
            return ParticipationOutcome.Fail("Part.Error.AcceptNeedsFeasible");
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var plan = await db.LoadCoveringAsync(process.LaoId, process.FiscalYear, tracking: true, cancellationToken);
        if (plan is null || plan.CurrentVersionNo == 0)
        {
            return ParticipationOutcome.Fail("Part.Error.NoPlan");
        }

        if (plan.Strategies.All(s => s.Id != input.StrategyId))
        {
            return ParticipationOutcome.Fail("Part.Error.Required", "StrategyId");
        }

        var now = clock.GetUtcNow();
        var draft = plan.Draft;
        if (draft is { Kind: PlanVersionKind.Original })
        {
            return ParticipationOutcome.Fail("Part.Error.OriginalDraftOpen");
        }

        draft ??= plan.StartVersion(PlanVersionKind.Supplement, SupplementTitle, null, user, now);
        if (draft is null)
        {
            return ParticipationOutcome.Fail("Part.Error.OriginalDraftOpen");
        }

        var content = new PlanProjectRevision
        {
            StrategyId = input.StrategyId,
            Name = input.Name.Trim(),
            Objective = proposal.Description.Length > 2000 ? proposal.Description[..2000] : proposal.Description,
            Location = proposal.Location,
            Latitude = proposal.Latitude,
            Longitude = proposal.Longitude,
        };
        content.SetAmountForYearIndex(plan.YearIndex(process.FiscalYear), input.Amount);
        var project = plan.AddProject(input.Code.Trim(), content);
        if (project is null)
        {
            return ParticipationOutcome.Fail("Part.Error.CodeTaken", "Code");
        }

        await db.SaveChangesAsync(cancellationToken);
        proposal.PlanProjectId = project.Id;
        proposal.Status = ProposalStatus.Accepted;
        proposal.StatusReason = null;
        Stamp(proposal, user);
        await db.SaveChangesAsync(cancellationToken);
        await summaries.RefreshAsync(process.LaoId, process.FiscalYear, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return ParticipationOutcome.Ok;
    }

    private void Stamp(Proposal proposal, string user)
    {
        proposal.ModeratedBy = user;
        proposal.ModeratedAt = clock.GetUtcNow();
        proposal.ConcurrencyStamp = Guid.NewGuid();
    }
}
