using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Services;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Finance;

/// <summary>Posting through the real LedgerService in its own scope and transaction, as a Finance feature does.</summary>
internal static class LedgerTestData
{
    private static int _year = 2600;

    /// <summary>A fiscal year no other test uses, so each test's ledger starts empty.</summary>
    public static int NewFiscalYear() => Interlocked.Increment(ref _year);

    public static DateOnly DateIn(int fiscalYear, int period) =>
        new SharedKernel.Time.FiscalYear(fiscalYear).Start.AddMonths(period - 1).AddDays(4);

    public static async Task<int> DemoLaoIdAsync(LocalGovFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var lao = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindLaoByCodeAsync(DemoData.DemoLaoCode);
        return lao!.Id;
    }

    public static async Task<int> AccountAsync(LocalGovFactory factory, AccountRole role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalGovDbContext>().Set<Account>().Where(a => a.Role == role).Select(a => a.Id).SingleAsync();
    }

    public static async Task<PostingResult> InLedgerAsync(LocalGovFactory factory, Func<LedgerService, Task<PostingResult>> call)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await call(scope.ServiceProvider.GetRequiredService<LedgerService>());
        if (result.Succeeded)
        {
            await tx.CommitAsync();
        }
        else
        {
            await tx.RollbackAsync();
        }

        return result;
    }

    public static Task<PostingResult> PostAsync(LocalGovFactory factory, JournalDraft draft) => InLedgerAsync(factory, l => l.PostAsync(draft, default));

    /// <summary>Balances (debit − credit) by account of one LAO-year from the ledger's own aggregate.</summary>
    public static async Task<Dictionary<int, Money>> BalancesAsync(LocalGovFactory factory, int laoId, int fiscalYear)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var totals = await scope.ServiceProvider.GetRequiredService<LedgerQueries>().ByAccountAsync(laoId, fiscalYear, 0, 13, default);
        return totals.ToDictionary(t => t.Key, t => t.DebitMinusCredit);
    }

    public static JournalDraftLine Dr(int account, decimal baht) => new(account, Money.FromBaht(baht), Money.Zero);

    public static JournalDraftLine Cr(int account, decimal baht) => new(account, Money.Zero, Money.FromBaht(baht));
}
