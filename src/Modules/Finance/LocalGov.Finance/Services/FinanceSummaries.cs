using LocalGov.Data;
using LocalGov.Finance.Contracts;
using LocalGov.Finance.Domain;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Services;

/// <summary>Reads Finance's summary rows for other modules (Benchmarking, Open data).</summary>
internal sealed class FinanceSummaries(LocalGovDbContext db) : IFinanceSummaries
{
    public async Task<IReadOnlyList<LaoFinanceSummary>> GetAsync(int fiscalYear, IReadOnlyCollection<int>? laoIds, CancellationToken cancellationToken = default)
    {
        var query = db.Set<FinanceSummaryRow>().AsNoTracking().Where(s => s.FiscalYear == fiscalYear);
        if (laoIds is not null)
        {
            query = query.Where(s => laoIds.Contains(s.LaoId));
        }

        return await query.OrderBy(s => s.LaoId)
            .Select(s => new LaoFinanceSummary(s.LaoId, s.FiscalYear, s.RevenueActual, s.ExpenseActual, s.BudgetDisbursed, s.CashAndDeposits, s.AccumulatedFunds, s.Liabilities, s.DebtService))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>Recomputes every summary row from the ledger with the same code the postings use.</summary>
internal sealed class FinanceSummaryRebuild(LocalGovDbContext db, FinanceSummaryUpdater updater) : IFinanceSummaryRebuild
{
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var pairs = await db.Set<JournalEntry>().AsNoTracking().Select(e => new { e.LaoId, e.FiscalYear }).Distinct().ToListAsync(cancellationToken);
        await db.Set<FinanceSummaryRow>().ExecuteDeleteAsync(cancellationToken);
        foreach (var pair in pairs)
        {
            await updater.RefreshAsync(pair.LaoId, pair.FiscalYear, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return pairs.Count;
    }
}
