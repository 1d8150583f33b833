using LocalGov.Data;
using LocalGov.Revenue.Domain;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services.Taxpayers;

/// <summary>
/// Moves one area's rows that reference a taxpayer from a duplicate to the record that survives a merge. Every area
/// whose rows carry a TaxpayerId registers one (bills, receipts, signs, licences, parcels, ...), so a merge never
/// leaves history behind. Implementations change tracked entities only (the audit trail sees them) and do not save:
/// <see cref="TaxpayerMergeService"/> saves and commits once for all of them.
/// </summary>
internal interface ITaxpayerReferenceMover
{
    /// <summary>What the rows are, as a resource key for the merge summary (e.g. "Taxpayer.Merge.Moved.Bill").</summary>
    string ResourceKey { get; }

    /// <summary>Repoints the rows of <paramref name="laoId"/> from <paramref name="fromTaxpayerId"/> to <paramref name="toTaxpayerId"/>; returns how many.</summary>
    Task<int> MoveAsync(int laoId, int fromTaxpayerId, int toTaxpayerId, CancellationToken cancellationToken);
}

internal sealed class BillTaxpayerMover(LocalGovDbContext db) : ITaxpayerReferenceMover
{
    public string ResourceKey => "Taxpayer.Merge.Moved.Bill";

    public async Task<int> MoveAsync(int laoId, int fromTaxpayerId, int toTaxpayerId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Bill>().Where(b => b.LaoId == laoId && b.TaxpayerId == fromTaxpayerId).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.TaxpayerId = toTaxpayerId;
            row.ConcurrencyStamp = Guid.NewGuid();
        }

        return rows.Count;
    }
}

/// <summary>Receipts follow the payer; the name printed on them (<see cref="Receipt.PayerName"/>) stays as issued.</summary>
internal sealed class ReceiptTaxpayerMover(LocalGovDbContext db) : ITaxpayerReferenceMover
{
    public string ResourceKey => "Taxpayer.Merge.Moved.Receipt";

    public async Task<int> MoveAsync(int laoId, int fromTaxpayerId, int toTaxpayerId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Receipt>().Where(r => r.LaoId == laoId && r.TaxpayerId == fromTaxpayerId).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.TaxpayerId = toTaxpayerId;
            row.ConcurrencyStamp = Guid.NewGuid();
        }

        return rows.Count;
    }
}

internal enum MergeProblem
{
    None = 0,
    NotFound,
    Forbidden,
    SameRecord,
    AlreadyMerged,
    SurvivorMerged,
    OtherLao,
    Conflict,
}

internal sealed record MergeOutcome(MergeProblem Problem, IReadOnlyList<(string ResourceKey, int Count)> Moved)
{
    public bool Succeeded => Problem == MergeProblem.None;
}

/// <summary>
/// Merges a duplicate taxpayer into the surviving record in one transaction: every registered
/// <see cref="ITaxpayerReferenceMover"/> moves its rows, earlier duplicates merged into this one follow to the
/// survivor, and the duplicate is kept, marked merged (read-only, offered for no new bill).
/// </summary>
internal sealed class TaxpayerMergeService(LocalGovDbContext db, IEnumerable<ITaxpayerReferenceMover> movers, RevenueAccess access, TimeProvider clock)
{
    public async Task<MergeOutcome> MergeAsync(int duplicateId, int survivorId, Guid duplicateStamp, CancellationToken cancellationToken)
    {
        var duplicate = await db.Set<Taxpayer>().FirstOrDefaultAsync(t => t.Id == duplicateId, cancellationToken);
        if (duplicate is null || !await access.CanReadAsync(duplicate.LaoId, cancellationToken))
        {
            return Fail(MergeProblem.NotFound);
        }

        if (!await access.CanChangeAsync(duplicate.LaoId, cancellationToken))
        {
            return Fail(MergeProblem.Forbidden);
        }

        if (duplicate.MergedIntoId is not null)
        {
            return Fail(MergeProblem.AlreadyMerged);
        }

        if (duplicateId == survivorId)
        {
            return Fail(MergeProblem.SameRecord);
        }

        var survivor = await db.Set<Taxpayer>().FirstOrDefaultAsync(t => t.Id == survivorId, cancellationToken);
        if (survivor is null || survivor.LaoId != duplicate.LaoId)
        {
            return Fail(MergeProblem.OtherLao);
        }

        if (survivor.MergedIntoId is not null)
        {
            return Fail(MergeProblem.SurvivorMerged);
        }

        db.Entry(duplicate).Property(t => t.ConcurrencyStamp).OriginalValue = duplicateStamp;
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = new List<(string, int)>();
        foreach (var mover in movers)
        {
            moved.Add((mover.ResourceKey, await mover.MoveAsync(duplicate.LaoId, duplicate.Id, survivor.Id, cancellationToken)));
        }

        var earlier = await db.Set<Taxpayer>().Where(t => t.MergedIntoId == duplicate.Id).ToListAsync(cancellationToken);
        foreach (var t in earlier)
        {
            t.MergedIntoId = survivor.Id;
        }

        duplicate.MergedIntoId = survivor.Id;
        duplicate.MergedUtc = clock.GetUtcNow().UtcDateTime;
        duplicate.MergedBy = access.UserName;
        duplicate.ConcurrencyStamp = Guid.NewGuid();
        survivor.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Fail(MergeProblem.Conflict);
        }

        await tx.CommitAsync(cancellationToken);
        return new MergeOutcome(MergeProblem.None, moved);
    }

    private static MergeOutcome Fail(MergeProblem problem) => new(problem, []);
}
