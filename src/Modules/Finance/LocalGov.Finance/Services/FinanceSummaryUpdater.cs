using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Services;

/// <summary>
/// Keeps <see cref="FinanceSummaryRow"/> in step with the ledger: <see cref="LedgerService"/> calls it after every
/// posting, inside the posting's transaction; <c>rebuild finance-summaries</c> runs the same code for every LAO-year.
/// </summary>
internal sealed class FinanceSummaryUpdater(LocalGovDbContext db, LedgerQueries ledger, IOrganizationDirectory directory, TimeProvider clock)
{
    public async Task RefreshAsync(int laoId, int fiscalYear, CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoAsync(laoId, cancellationToken)
            ?? throw new InvalidOperationException($"LAO {laoId} does not exist.");
        var accounts = await db.Set<Account>().AsNoTracking().ToDictionaryAsync(a => a.Id, cancellationToken);
        var bankLedgerIds = await db.Set<BankAccount>().AsNoTracking().Where(b => b.LaoId == laoId)
            .Select(b => b.LedgerAccountId).Distinct().ToListAsync(cancellationToken);

        // Revenue and expense of the year's months only: the opening entry carries none, the closing entry zeroes them.
        var months = await ledger.ByAccountAsync(laoId, fiscalYear, 1, 12, cancellationToken);
        var all = await ledger.ByAccountAsync(laoId, fiscalYear, LedgerRules.OpeningPeriod, LedgerRules.ClosingPeriod, cancellationToken);
        var budget = await ledger.ByBudgetLineAsync(laoId, fiscalYear, 1, 12, cancellationToken);

        Money Sum(IEnumerable<LedgerTotal> totals, Func<int, bool> which, bool creditNormal) =>
            Money.Sum(totals.Where(t => which(t.Key)).Select(t => creditNormal ? -t.DebitMinusCredit : t.DebitMinusCredit));
        bool Is(int id, Func<Account, bool> test) => accounts.TryGetValue(id, out var a) && test(a);

        var row = await db.Set<FinanceSummaryRow>().FirstOrDefaultAsync(s => s.LaoId == laoId && s.FiscalYear == fiscalYear, cancellationToken);
        if (row is null)
        {
            row = new FinanceSummaryRow { LaoId = laoId, FiscalYear = fiscalYear };
            db.Set<FinanceSummaryRow>().Add(row);
        }

        row.ProvinceId = lao.ProvinceId;
        row.LaoType = (int)lao.Type;
        row.RevenueActual = Sum(months, id => Is(id, a => a.Type == AccountType.Revenue), creditNormal: true);
        row.ExpenseActual = Sum(months, id => Is(id, a => a.Type == AccountType.Expense), creditNormal: false);
        row.BudgetDisbursed = Money.Sum(budget.Select(t => t.DebitMinusCredit));
        row.CashAndDeposits = Sum(all, id => Is(id, a => a.IsCashOrBank(bankLedgerIds)), creditNormal: false);
        row.AccumulatedFunds = Sum(all, id => Is(id, a => a.Role is AccountRole.AccumulatedFunds or AccountRole.ReserveFund), creditNormal: true);
        row.Liabilities = Sum(all, id => Is(id, a => a.Type == AccountType.Liability), creditNormal: true);
        var loans = accounts.Values.Where(a => a.IsLoan).Select(a => a.Id).ToList();
        row.DebtService = await ledger.PrincipalRepaidAsync(laoId, fiscalYear, loans, cancellationToken)
            + Sum(months, id => Is(id, a => a.IsInterestExpense), creditNormal: false);
        row.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
    }
}
