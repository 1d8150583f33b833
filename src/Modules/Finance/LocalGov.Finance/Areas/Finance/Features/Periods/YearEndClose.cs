using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Services;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Areas.Finance.Features.Periods;

/// <summary>A budget line whose commitments are still open at year-end.</summary>
internal sealed record OpenCommitment(int BudgetLineId, string Name, Money Committed);

/// <summary>What the finance officer checks before closing the year.</summary>
internal sealed record YearEndChecklist(
    int FiscalYear,
    IReadOnlyList<int> OpenMonths,
    IReadOnlyList<OpenCommitment> OpenCommitments,
    Money Revenue,
    Money Expense,
    Money TotalDebit,
    Money TotalCredit,
    FiscalYearClose? Closed)
{
    public Money Surplus => Revenue - Expense;
}

/// <summary>The outcome of a close: the row, or the message keys of what stopped it (nothing written).</summary>
internal sealed record YearEndResult(FiscalYearClose? Close, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Close is not null;
}

/// <summary>
/// Year-end close of an LAO's fiscal year, in ONE transaction: the closing entry (period 13, 30 September) zeroing
/// revenue and expenses into the surplus for the year and moving it to accumulated funds; the opening entry of the
/// next year (period 0, 1 October) carrying every balance-sheet account; the <see cref="FiscalYearClose"/> row,
/// after which the ledger refuses postings into the year. The unique index on (LaoId, FiscalYear) makes a second,
/// concurrent close fail.
/// </summary>
internal sealed class YearEndClose(LocalGovDbContext db, LedgerService ledger, LedgerQueries queries, IBudgetLineDirectory budgets, TimeProvider clock)
{
    public async Task<YearEndChecklist> ChecklistAsync(int laoId, int fiscalYear, CancellationToken cancellationToken)
    {
        var closedMonths = await db.Set<ClosedPeriod>().AsNoTracking()
            .Where(c => c.LaoId == laoId && c.FiscalYear == fiscalYear).Select(c => c.Period).ToListAsync(cancellationToken);
        var balances = await BalancesAsync(laoId, fiscalYear, 0, 12, cancellationToken);
        var revenue = Money.Sum(balances.Where(b => b.Type == AccountType.Revenue).Select(b => -b.DebitMinusCredit));
        var expense = Money.Sum(balances.Where(b => b.Type == AccountType.Expense).Select(b => b.DebitMinusCredit));
        var commitments = (await budgets.GetBalancesAsync(laoId, fiscalYear, cancellationToken)).Where(b => b.Committed > Money.Zero).ToList();
        var names = commitments.Count == 0
            ? new Dictionary<int, string>()
            : (await budgets.GetLinesInForceAsync(laoId, fiscalYear, cancellationToken)).ToDictionary(x => x.Id, x => $"{x.Category.Code} {x.ItemName}");
        var closed = await db.Set<FiscalYearClose>().AsNoTracking().FirstOrDefaultAsync(c => c.LaoId == laoId && c.FiscalYear == fiscalYear, cancellationToken);
        return new YearEndChecklist(
            fiscalYear,
            [.. Enumerable.Range(1, 12).Where(p => !closedMonths.Contains(p))],
            [.. commitments.Select(c => new OpenCommitment(c.BudgetLineId, names.GetValueOrDefault(c.BudgetLineId, "#" + c.BudgetLineId), c.Committed))],
            revenue,
            expense,
            Money.Sum(balances.Select(b => b.Debit)),
            Money.Sum(balances.Select(b => b.Credit)),
            closed);
    }

    /// <summary>Closes the year; the caller has checked the user may change the LAO's books.</summary>
    public async Task<YearEndResult> CloseAsync(int laoId, int fiscalYear, string closedBy, CancellationToken cancellationToken)
    {
        var year = new FiscalYear(fiscalYear);
        if (await db.Set<FiscalYearClose>().AnyAsync(c => c.LaoId == laoId && c.FiscalYear == fiscalYear, cancellationToken))
        {
            return new YearEndResult(null, ["Books.YearEnd.AlreadyClosed"]);
        }

        if (year.End >= ThaiDate.Today(clock))
        {
            return new YearEndResult(null, ["Books.YearEnd.NotEnded"]);
        }

        if (await db.Set<JournalEntry>().AnyAsync(e => e.LaoId == laoId && e.FiscalYear == fiscalYear + 1 && e.Kind == JournalEntryKind.Opening, cancellationToken))
        {
            return new YearEndResult(null, ["Books.YearEnd.OpeningExists"]);
        }

        var roles = await db.Set<Account>().AsNoTracking()
            .Where(a => a.Role == AccountRole.SurplusForTheYear || a.Role == AccountRole.AccumulatedFunds)
            .Select(a => new { a.Id, a.Role }).ToListAsync(cancellationToken);
        var surplus = roles.FirstOrDefault(r => r.Role == AccountRole.SurplusForTheYear)?.Id;
        var accumulated = roles.FirstOrDefault(r => r.Role == AccountRole.AccumulatedFunds)?.Id;
        if (surplus is null || accumulated is null)
        {
            return new YearEndResult(null, ["Books.YearEnd.RoleMissing"]);
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var closingLines = ClosingEntryBuilder.Closing(await BalancesAsync(laoId, fiscalYear, 0, 13, cancellationToken), surplus.Value, accumulated.Value);
        if (closingLines.Count == 0)
        {
            return new YearEndResult(null, ["Books.YearEnd.NothingToClose"]);
        }

        var closing = await ledger.PostAsync(
            new JournalDraft(laoId, year.End, $"ปิดบัญชีรายได้และค่าใช้จ่ายประจำปีงบประมาณ {fiscalYear}", JournalEntryKind.Closing, closingLines),
            cancellationToken);
        if (!closing.Succeeded)
        {
            await tx.RollbackAsync(cancellationToken);
            return new YearEndResult(null, [.. closing.Errors.Select(e => e.Code).Distinct()]);
        }

        var openingLines = ClosingEntryBuilder.Opening(await BalancesAsync(laoId, fiscalYear, 0, 13, cancellationToken));
        JournalEntry? opening = null;
        if (openingLines.Count > 0)
        {
            var posted = await ledger.PostAsync(
                new JournalDraft(laoId, year.Next.Start, $"ยอดยกมาจากปีงบประมาณ {fiscalYear}", JournalEntryKind.Opening, openingLines),
                cancellationToken);
            if (!posted.Succeeded)
            {
                await tx.RollbackAsync(cancellationToken);
                return new YearEndResult(null, [.. posted.Errors.Select(e => e.Code).Distinct()]);
            }

            opening = posted.Entry;
        }

        var row = new FiscalYearClose
        {
            LaoId = laoId,
            FiscalYear = fiscalYear,
            ClosingEntryId = closing.Entry!.Id,
            OpeningEntryId = opening?.Id,
            ClosedUtc = clock.GetUtcNow().UtcDateTime,
            ClosedBy = closedBy,
        };
        db.Set<FiscalYearClose>().Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent close of the same year won (unique index).
            await tx.RollbackAsync(cancellationToken);
            return new YearEndResult(null, ["Books.YearEnd.AlreadyClosed"]);
        }

        await tx.CommitAsync(cancellationToken);
        return new YearEndResult(row, []);
    }

    /// <summary>Every account's debits and credits of the LAO's year over the periods, with the account's type.</summary>
    private async Task<List<AccountBalance>> BalancesAsync(int laoId, int fiscalYear, int fromPeriod, int toPeriod, CancellationToken cancellationToken)
    {
        var totals = await queries.ByAccountAsync(laoId, fiscalYear, fromPeriod, toPeriod, cancellationToken);
        var ids = totals.Select(t => t.Key).ToList();
        var types = await db.Set<Account>().AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Type, cancellationToken);
        return [.. totals.Select(t => new AccountBalance(t.Key, types[t.Key], t.Debit, t.Credit))];
    }
}
