using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Services;

/// <summary>Debits and credits of one account (or budget line) over a range of periods.</summary>
internal sealed record LedgerTotal(int Key, Money Debit, Money Credit)
{
    public Money DebitMinusCredit => Debit - Credit;
}

/// <summary>
/// The ledger's aggregates, written as SQL because <see cref="Money"/> is value-converted (EF cannot SUM it):
/// one GROUP BY over the journal lines' covering indexes (LaoId, FiscalYear, AccountId|BudgetLineId, Period,
/// Debit, Credit), so a year of a large municipality is read from the index alone. Every report, the summary
/// table and the invariant tests use these, so the figures agree by construction.
/// </summary>
internal sealed class LedgerQueries(LocalGovDbContext db, SqlNames names)
{
    /// <summary>Totals by account of one LAO's year, periods <paramref name="fromPeriod"/>..<paramref name="toPeriod"/> (0 opening … 13 closing).</summary>
    public Task<List<LedgerTotal>> ByAccountAsync(int laoId, int fiscalYear, int fromPeriod, int toPeriod, CancellationToken cancellationToken) =>
        GroupAsync(nameof(JournalLine.AccountId), laoId, fiscalYear, fromPeriod, toPeriod, cancellationToken);

    /// <summary>Totals by budget line of one LAO's year (lines posted without a budget line are left out).</summary>
    public async Task<List<LedgerTotal>> ByBudgetLineAsync(int laoId, int fiscalYear, int fromPeriod, int toPeriod, CancellationToken cancellationToken) =>
        await GroupAsync(nameof(JournalLine.BudgetLineId), laoId, fiscalYear, fromPeriod, toPeriod, cancellationToken);

    /// <summary>
    /// Principal repaid in one LAO's year (periods 1–12) on <paramref name="loanAccountIds"/>: debits to the loans, less the
    /// credits of reversal entries (a reversed repayment); new borrowing (a credit) is not repayment and does not offset it.
    /// </summary>
    public async Task<Money> PrincipalRepaidAsync(int laoId, int fiscalYear, IReadOnlyCollection<int> loanAccountIds, CancellationToken cancellationToken)
    {
        if (loanAccountIds.Count == 0)
        {
            return Money.Zero;
        }

        string L(string property) => "l." + names.Column<JournalLine>(property);
        var ids = string.Join(",", loanAccountIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var sql =
            $"SELECT COALESCE(SUM(CASE WHEN e.{names.Column<JournalEntry>(nameof(JournalEntry.Kind))} = {(int)JournalEntryKind.Reversal} " +
            $"THEN -{L(nameof(JournalLine.Credit))} ELSE {L(nameof(JournalLine.Debit))} END), 0) AS {names.Quote("Value")} " +
            $"FROM {names.Table<JournalLine>()} l JOIN {names.Table<JournalEntry>()} e ON e.{names.Column<JournalEntry>(nameof(JournalEntry.Id))} = {L(nameof(JournalLine.EntryId))} " +
            $"WHERE {L(nameof(JournalLine.LaoId))} = {{0}} AND {L(nameof(JournalLine.FiscalYear))} = {{1}} " +
            $"AND {L(nameof(JournalLine.Period))} >= 1 AND {L(nameof(JournalLine.Period))} <= 12 AND {L(nameof(JournalLine.AccountId))} IN ({ids})";
        var satang = await db.Database.SqlQueryRaw<long>(sql, laoId, fiscalYear).SingleAsync(cancellationToken);
        return Money.FromSatang(satang);
    }

    private async Task<List<LedgerTotal>> GroupAsync(string keyProperty, int laoId, int fiscalYear, int fromPeriod, int toPeriod, CancellationToken cancellationToken)
    {
        var key = names.Column<JournalLine>(keyProperty);
        var sql =
            $"SELECT {key} AS {names.Quote("Key")}, SUM({names.Column<JournalLine>(nameof(JournalLine.Debit))}) AS {names.Quote("Debit")}, " +
            $"SUM({names.Column<JournalLine>(nameof(JournalLine.Credit))}) AS {names.Quote("Credit")} " +
            $"FROM {names.Table<JournalLine>()} " +
            $"WHERE {names.Column<JournalLine>(nameof(JournalLine.LaoId))} = {{0}} AND {names.Column<JournalLine>(nameof(JournalLine.FiscalYear))} = {{1}} " +
            $"AND {key} IS NOT NULL " +
            $"AND {names.Column<JournalLine>(nameof(JournalLine.Period))} >= {{2}} AND {names.Column<JournalLine>(nameof(JournalLine.Period))} <= {{3}} " +
            $"GROUP BY {key}";
        var rows = await db.Database.SqlQueryRaw<TotalRow>(sql, laoId, fiscalYear, fromPeriod, toPeriod).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new LedgerTotal(r.Key, Money.FromSatang(r.Debit), Money.FromSatang(r.Credit)))];
    }

    private sealed record TotalRow(int Key, long Debit, long Credit);
}
