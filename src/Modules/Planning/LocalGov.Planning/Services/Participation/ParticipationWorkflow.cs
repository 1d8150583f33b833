using LocalGov.Data;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Services.Files;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Planning.Services.Participation;

internal sealed record ProposalInput(
    string Title, string Description, ProposalCategory Category, string? Location, double? Latitude, double? Longitude, Money EstimatedCost, IReadOnlyList<IFormFile> Photos);

/// <summary>
/// What a signed-in participant does in a process: propose (Proposals phase), comment (Proposals to Support phases),
/// support and withdraw a support (Support phase, feasible proposals, within the per-person limit). Each write runs in
/// one transaction with the summary refresh; only a verified participant of the process's LAO may act.
/// </summary>
internal sealed class ParticipationWorkflow(LocalGovDbContext db, AttachmentStore attachments, PlanningSummaryWriter summaries, TimeProvider clock)
{
    public const int MaxPhotos = 3;

    private DateOnly Today => ThaiDate.Today(clock);

    /// <summary>The participant if they may act in the LAO's processes: verified, enabled, living there.</summary>
    public async Task<Participant?> ActingParticipantAsync(int? participantId, int laoId, CancellationToken cancellationToken)
    {
        if (participantId is not { } id)
        {
            return null;
        }

        var participant = await db.Set<Participant>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return participant is { IsVerified: true } && participant.LaoId == laoId ? participant : null;
    }

    public async Task<(Proposal? Proposal, ParticipationOutcome Outcome)> ProposeAsync(
        Participant participant, ParticipationProcess process, ProposalInput input, CancellationToken cancellationToken)
    {
        if (process.PhaseOn(Today) != ParticipationPhase.Proposals)
        {
            return (null, ParticipationOutcome.Fail("Pub.Error.ProposalsClosed"));
        }

        if (input.Photos.Count > MaxPhotos)
        {
            return (null, ParticipationOutcome.Fail("Pub.Error.TooManyPhotos", "Photos"));
        }

        var stored = new List<Attachment>();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var proposal = new Proposal
            {
                ProcessId = process.Id,
                LaoId = process.LaoId,
                ParticipantId = participant.Id,
                Title = input.Title.Trim(),
                Description = input.Description.Trim(),
                Category = input.Category,
                Location = string.IsNullOrWhiteSpace(input.Location) ? null : input.Location.Trim(),
                Latitude = input.Latitude,
                Longitude = input.Longitude,
                EstimatedCost = input.EstimatedCost,
                CreatedAt = clock.GetUtcNow(),
            };
            db.Set<Proposal>().Add(proposal);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var photo in input.Photos)
            {
                var result = await attachments.SaveAsync(process.LaoId, AttachmentOwner.Proposal, proposal.Id, photo, null, "participant:" + participant.Id, imagesOnly: true, cancellationToken);
                if (result.Error != UploadError.None)
                {
                    await tx.RollbackAsync(cancellationToken);
                    DeleteFiles(stored);
                    db.ChangeTracker.Clear();
                    return (null, ParticipationOutcome.Fail($"Upload.{result.Error}", "Photos"));
                }

                stored.Add(result.Attachment!);
            }

            await db.SaveChangesAsync(cancellationToken);
            await summaries.RefreshAsync(process.LaoId, process.FiscalYear, cancellationToken);
            await tx.CommitAsync(cancellationToken);
            return (proposal, ParticipationOutcome.Ok);
        }
        catch
        {
            DeleteFiles(stored);
            throw;
        }
    }

    public async Task<ParticipationOutcome> CommentAsync(Participant participant, Proposal proposal, ParticipationProcess process, string text, CancellationToken cancellationToken)
    {
        var phase = process.PhaseOn(Today);
        if (phase is < ParticipationPhase.Proposals or > ParticipationPhase.Support)
        {
            return ParticipationOutcome.Fail("Pub.Error.CommentsClosed");
        }

        if (!proposal.IsPublic)
        {
            return ParticipationOutcome.Fail("Pub.Error.NotOpen");
        }

        db.Set<ProposalComment>().Add(new ProposalComment { ProposalId = proposal.Id, ParticipantId = participant.Id, Text = text.Trim(), CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return ParticipationOutcome.Ok;
    }

    /// <summary>
    /// Supports a feasible proposal once. The unique index (proposal, participant) is the last word: a second attempt,
    /// even at the same moment, gets the "already supported" message; the count is recomputed from the rows.
    /// </summary>
    public async Task<ParticipationOutcome> SupportAsync(Participant participant, int proposalId, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var proposal = await db.Set<Proposal>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == proposalId && p.LaoId == participant.LaoId, cancellationToken);
        if (proposal is null)
        {
            return ParticipationOutcome.Fail("Pub.Error.NotOpen");
        }

        var process = await db.Set<ParticipationProcess>().AsNoTracking().FirstAsync(p => p.Id == proposal.ProcessId, cancellationToken);
        if (process.PhaseOn(Today) != ParticipationPhase.Support)
        {
            return ParticipationOutcome.Fail("Pub.Error.SupportClosed");
        }

        if (proposal.Status != ProposalStatus.Feasible)
        {
            return ParticipationOutcome.Fail("Pub.Error.NotFeasible");
        }

        var supports = db.Set<ProposalSupport>().Where(s => s.ProcessId == process.Id && s.ParticipantId == participant.Id);
        if (await supports.AnyAsync(s => s.ProposalId == proposal.Id, cancellationToken))
        {
            return ParticipationOutcome.Fail("Pub.Error.AlreadySupported");
        }

        if (await supports.CountAsync(cancellationToken) >= process.SupportsPerPerson)
        {
            return ParticipationOutcome.Fail("Pub.Error.SupportLimit");
        }

        db.Set<ProposalSupport>().Add(new ProposalSupport { ProcessId = process.Id, ProposalId = proposal.Id, ParticipantId = participant.Id, CreatedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A second request of the same person got there first (the unique index refused this row).
            db.ChangeTracker.Clear();
            await tx.RollbackAsync(cancellationToken);
            return ParticipationOutcome.Fail("Pub.Error.AlreadySupported");
        }

        await RecountAsync(db, [proposal.Id], cancellationToken);
        await summaries.RefreshAsync(process.LaoId, process.FiscalYear, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return ParticipationOutcome.Ok;
    }

    /// <summary>Withdraws the participant's support of a proposal while the support phase is open.</summary>
    public async Task<ParticipationOutcome> WithdrawAsync(Participant participant, int proposalId, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var support = await db.Set<ProposalSupport>().FirstOrDefaultAsync(s => s.ProposalId == proposalId && s.ParticipantId == participant.Id, cancellationToken);
        if (support is null)
        {
            return ParticipationOutcome.Fail("Pub.Error.NotSupported");
        }

        var process = await db.Set<ParticipationProcess>().AsNoTracking().FirstAsync(p => p.Id == support.ProcessId, cancellationToken);
        if (process.PhaseOn(Today) != ParticipationPhase.Support)
        {
            return ParticipationOutcome.Fail("Pub.Error.SupportClosed");
        }

        db.Set<ProposalSupport>().Remove(support);
        await db.SaveChangesAsync(cancellationToken);
        await RecountAsync(db, [proposalId], cancellationToken);
        await summaries.RefreshAsync(process.LaoId, process.FiscalYear, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return ParticipationOutcome.Ok;
    }

    /// <summary>Sets each proposal's <see cref="Proposal.SupportCount"/> from its support rows (call inside the writing transaction).</summary>
    public static async Task RecountAsync(LocalGovDbContext db, IReadOnlyCollection<int> proposalIds, CancellationToken cancellationToken)
    {
        var ids = proposalIds.ToList();
        await db.Set<Proposal>().Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(p => p.SupportCount, p => db.Set<ProposalSupport>().Count(x => x.ProposalId == p.Id)),
            cancellationToken);
    }

    private void DeleteFiles(IEnumerable<Attachment> stored)
    {
        foreach (var attachment in stored)
        {
            attachments.Delete(attachment);
        }
    }
}
