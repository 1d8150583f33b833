using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Services.Cash;

/// <summary>Debits and credits of one (account, bank account) pair before a date and on it.</summary>
internal sealed record CashMovement(int AccountId, int? BankAccountId, Money DebitBefore, Money CreditBefore, Money DebitOn, Money CreditOn)
{
    public Money Opening => DebitBefore - CreditBefore;

    public Money Closing => Opening + DebitOn - CreditOn;
}

/// <summary>
/// The cash side of the books: the role accounts money moves through, an LAO's default bank account, and the
/// balances of cash and bank accounts at a date. A balance at a date sums every line up to that date across
/// fiscal years; the opening entries (period 0) restate earlier years' balances, so they count only in the LAO's
/// first year in the ledger (where they are the balances brought into the system).
/// </summary>
internal sealed class CashBook(LocalGovDbContext db, SqlNames names)
{
    public async Task<int?> RoleAccountIdAsync(AccountRole role, CancellationToken cancellationToken) =>
        await db.Set<Account>().AsNoTracking().Where(a => a.Role == role).OrderBy(a => a.EffectiveFromYear).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The LAO's default bank account: its first active current account (by id), or null when it has none.</summary>
    public Task<BankAccount?> DefaultBankAccountAsync(int laoId, CancellationToken cancellationToken) =>
        db.Set<BankAccount>().AsNoTracking()
            .Where(b => b.LaoId == laoId && b.IsActive && b.Kind == BankAccountKind.Current)
            .OrderBy(b => b.Id).FirstOrDefaultAsync(cancellationToken);

    public Task<List<BankAccount>> BankAccountsAsync(int laoId, bool activeOnly, CancellationToken cancellationToken) =>
        db.Set<BankAccount>().AsNoTracking().Where(b => b.LaoId == laoId && (!activeOnly || b.IsActive))
            .OrderBy(b => b.BankName).ThenBy(b => b.AccountNumber).ToListAsync(cancellationToken);

    /// <summary>The cash account's balance (debit minus credit) at the end of <paramref name="date"/>.</summary>
    public async Task<Money> CashBalanceAsync(int laoId, DateOnly date, CancellationToken cancellationToken)
    {
        var cash = await RoleAccountIdAsync(AccountRole.Cash, cancellationToken);
        if (cash is null)
        {
            return Money.Zero;
        }

        var movements = await MovementsAsync(laoId, date, [cash.Value], includeBankLines: false, cancellationToken);
        return Money.Sum(movements.Where(m => m.AccountId == cash).Select(m => m.Closing));
    }

    /// <summary>A bank account's balance per books (its lines, whatever the account) at the end of <paramref name="date"/>.</summary>
    public async Task<Money> BankBalanceAsync(int laoId, int bankAccountId, DateOnly date, CancellationToken cancellationToken)
    {
        var movements = await MovementsAsync(laoId, date, [], includeBankLines: true, cancellationToken);
        return Money.Sum(movements.Where(m => m.BankAccountId == bankAccountId).Select(m => m.Closing));
    }

    /// <summary>
    /// Movements up to and on <paramref name="date"/> of the lines on <paramref name="accountIds"/> and, with
    /// <paramref name="includeBankLines"/>, of every line that names a bank account; grouped by account and bank account.
    /// </summary>
    public async Task<List<CashMovement>> MovementsAsync(int laoId, DateOnly date, IReadOnlyCollection<int> accountIds, bool includeBankLines, CancellationToken cancellationToken)
    {
        var firstYear = await db.Set<JournalLine>().Where(l => l.LaoId == laoId).MinAsync(l => (int?)l.FiscalYear, cancellationToken);
        if (firstYear is null || (accountIds.Count == 0 && !includeBankLines))
        {
            return [];
        }

        string C(string property) => names.Column<JournalLine>(property);
        var debit = C(nameof(JournalLine.Debit));
        var credit = C(nameof(JournalLine.Credit));
        var entryDate = C(nameof(JournalLine.EntryDate));
        var bank = C(nameof(JournalLine.BankAccountId));
        var account = C(nameof(JournalLine.AccountId));
        var conditions = new List<string>();
        if (accountIds.Count > 0)
        {
            conditions.Add($"{account} IN ({string.Join(",", accountIds.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})");
        }

        if (includeBankLines)
        {
            conditions.Add($"{bank} IS NOT NULL");
        }

        var sql =
            $"SELECT {account} AS {names.Quote("AccountId")}, {bank} AS {names.Quote("BankAccountId")}, " +
            $"SUM(CASE WHEN {entryDate} < {{1}} THEN {debit} ELSE 0 END) AS {names.Quote("DebitBefore")}, " +
            $"SUM(CASE WHEN {entryDate} < {{1}} THEN {credit} ELSE 0 END) AS {names.Quote("CreditBefore")}, " +
            $"SUM(CASE WHEN {entryDate} = {{1}} THEN {debit} ELSE 0 END) AS {names.Quote("DebitOn")}, " +
            $"SUM(CASE WHEN {entryDate} = {{1}} THEN {credit} ELSE 0 END) AS {names.Quote("CreditOn")} " +
            $"FROM {names.Table<JournalLine>()} " +
            $"WHERE {C(nameof(JournalLine.LaoId))} = {{0}} AND {entryDate} <= {{1}} " +
            $"AND ({C(nameof(JournalLine.Period))} <> 0 OR {C(nameof(JournalLine.FiscalYear))} = {{2}}) " +
            $"AND ({string.Join(" OR ", conditions)}) " +
            $"GROUP BY {account}, {bank}";
        var rows = await db.Database.SqlQueryRaw<MovementRow>(sql, laoId, date, firstYear.Value).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CashMovement(r.AccountId, r.BankAccountId, Money.FromSatang(r.DebitBefore), Money.FromSatang(r.CreditBefore), Money.FromSatang(r.DebitOn), Money.FromSatang(r.CreditOn)))];
    }

    private sealed record MovementRow(int AccountId, int? BankAccountId, long DebitBefore, long CreditBefore, long DebitOn, long CreditOn);
}
