using LocalGov.Data;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services;

/// <summary>
/// Rebuilds the summary table LAO-year by LAO-year with the same <see cref="RevenueSummaryUpdater"/> the
/// features use, so a rebuild can never disagree with the incremental updates.
/// </summary>
internal sealed class RevenueSummaryRebuild(LocalGovDbContext db, RevenueSummaryUpdater updater) : IRevenueSummaryRebuild
{
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var pairs = (await db.Set<Bill>().Select(b => new { b.LaoId, b.FiscalYear }).Distinct().ToListAsync(cancellationToken))
            .Concat(await db.Set<Receipt>().Select(r => new { r.LaoId, r.FiscalYear }).Distinct().ToListAsync(cancellationToken))
            .Distinct()
            .ToList();
        await db.Set<RevenueSummaryRow>().ExecuteDeleteAsync(cancellationToken);
        foreach (var pair in pairs)
        {
            await updater.RefreshAsync(pair.LaoId, pair.FiscalYear, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await tx.CommitAsync(cancellationToken);
        return pairs.Count;
    }
}
