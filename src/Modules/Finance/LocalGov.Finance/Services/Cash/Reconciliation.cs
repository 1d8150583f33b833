using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Services.Cash;

/// <summary>A ledger line of the bank account as the reconciliation shows it.</summary>
internal sealed record ReconLedgerLine(long Id, int EntryId, string EntryNo, DateOnly Date, string Description, Money Debit, Money Credit, IReadOnlyList<string> References);

/// <summary>
/// The month's reconciliation: balance per bank, balance per books and the outstanding items on each side.
/// Adjusted bank = bank + deposits in transit − cheques not yet presented; adjusted books = books + bank credits
/// not booked − bank charges not booked; the month reconciles when the two agree.
/// </summary>
internal sealed record ReconciliationView(
    BankStatement Statement,
    BankAccount BankAccount,
    IReadOnlyList<BankStatementLine> Lines,
    IReadOnlyDictionary<long, ReconLedgerLine> MatchedLedger,
    IReadOnlyList<ReconLedgerLine> DepositsInTransit,
    IReadOnlyList<ReconLedgerLine> OutstandingCheques,
    IReadOnlyList<BankStatementLine> BankCreditsNotBooked,
    IReadOnlyList<BankStatementLine> BankChargesNotBooked,
    Money BankBalance,
    Money BookBalance)
{
    public Money AdjustedBank => BankBalance + Money.Sum(DepositsInTransit.Select(l => l.Debit)) - Money.Sum(OutstandingCheques.Select(l => l.Credit));

    public Money AdjustedBooks => BookBalance + Money.Sum(BankCreditsNotBooked.Select(l => l.Deposit)) - Money.Sum(BankChargesNotBooked.Select(l => l.Withdrawal));

    public bool Reconciles => AdjustedBank == AdjustedBooks;

    public DateOnly MonthEnd => Statement.MonthStart.AddMonths(1).AddDays(-1);
}

internal sealed record ImportOutcome(BankStatement? Statement, IReadOnlyList<StatementParseError> Errors, int Matched);

/// <summary>
/// Bank reconciliation: imports a month's statement of a bank account (replacing an earlier import of that month
/// unless it is reconciled), pairs its lines with the bank account's ledger lines (<see cref="StatementMatcher"/>),
/// lets the officer match and unmatch by hand, and marks the month reconciled when the balances agree. Every
/// change runs in one transaction.
/// </summary>
internal sealed class Reconciliation(LocalGovDbContext db, CashBook book, TimeProvider clock)
{
    public async Task<ImportOutcome> ImportAsync(int laoId, int bankAccountId, DateOnly monthStart, Stream content, string fileName, string userName, CancellationToken cancellationToken)
    {
        var parsed = StatementParser.Parse(content, fileName);
        if (!parsed.IsValid)
        {
            return new ImportOutcome(null, parsed.Errors.Count > 0 ? parsed.Errors : [new StatementParseError(0, "", "Recon.Parse.Empty")], 0);
        }

        var monthEnd = monthStart.AddMonths(1).AddDays(-1);
        var outside = parsed.Lines.Where(l => l.Date < monthStart || l.Date > monthEnd).Select(l => new StatementParseError(l.Row, "date", "Recon.Parse.OutsideMonth")).ToList();
        if (outside.Count > 0)
        {
            return new ImportOutcome(null, outside, 0);
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Set<BankStatement>().Include(s => s.Lines)
            .FirstOrDefaultAsync(s => s.BankAccountId == bankAccountId && s.MonthStart == monthStart, cancellationToken);
        if (existing is not null)
        {
            if (existing.ReconciledUtc is not null)
            {
                return new ImportOutcome(null, [new StatementParseError(0, "", "Recon.Error.AlreadyReconciled")], 0);
            }

            db.Set<BankStatement>().Remove(existing);
            await db.SaveChangesAsync(cancellationToken);
        }

        var name = Path.GetFileName(fileName);
        var statement = new BankStatement
        {
            LaoId = laoId,
            BankAccountId = bankAccountId,
            MonthStart = monthStart,
            FileName = name.Length > 260 ? name[..260] : name,
            ImportedBy = userName,
            ImportedUtc = clock.GetUtcNow().UtcDateTime,
            ClosingBalance = parsed.Lines.OrderBy(l => l.Date).ThenBy(l => l.Row).Last().Balance,
        };
        var no = 0;
        foreach (var line in parsed.Lines)
        {
            statement.Lines.Add(new BankStatementLine
            {
                LaoId = laoId,
                LineNo = ++no,
                Date = line.Date,
                Description = line.Description,
                Reference = line.Reference,
                Withdrawal = line.Withdrawal,
                Deposit = line.Deposit,
                Balance = line.Balance,
            });
        }

        db.Set<BankStatement>().Add(statement);
        await db.SaveChangesAsync(cancellationToken);
        var matched = await AutoMatchCoreAsync(statement, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new ImportOutcome(statement, [], matched);
    }

    /// <summary>Runs the automatic matching over the statement's unmatched lines; returns the pairs made.</summary>
    public async Task<int?> AutoMatchAsync(int statementId, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var statement = await db.Set<BankStatement>().Include(s => s.Lines).FirstOrDefaultAsync(s => s.Id == statementId, cancellationToken);
        if (statement is null || statement.ReconciledUtc is not null)
        {
            return null;
        }

        var matched = await AutoMatchCoreAsync(statement, cancellationToken);
        statement.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return matched;
    }

    /// <summary>Pairs a statement line with a ledger line by hand; null when done, else the message key.</summary>
    public async Task<string?> MatchAsync(int statementLineId, long journalLineId, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var line = await db.Set<BankStatementLine>().FirstOrDefaultAsync(l => l.Id == statementLineId, cancellationToken);
        var statement = line is null ? null : await db.Set<BankStatement>().FirstAsync(s => s.Id == line.StatementId, cancellationToken);
        if (line is null || statement is null)
        {
            return "Recon.Error.LineNotFound";
        }

        if (statement.ReconciledUtc is not null)
        {
            return "Recon.Error.AlreadyReconciled";
        }

        if (line.MatchedJournalLineId is not null)
        {
            return "Recon.Error.AlreadyMatched";
        }

        var ledger = await db.Set<JournalLine>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == journalLineId && l.BankAccountId == statement.BankAccountId, cancellationToken);
        if (ledger is null)
        {
            return "Recon.Error.LedgerLineNotFound";
        }

        if (await db.Set<BankStatementLine>().AnyAsync(l => l.MatchedJournalLineId == journalLineId, cancellationToken))
        {
            return "Recon.Error.LedgerLineMatched";
        }

        var sameAmount = line.Deposit > Money.Zero ? ledger.Debit == line.Deposit : ledger.Credit == line.Withdrawal;
        if (!sameAmount)
        {
            return "Recon.Error.AmountsDiffer";
        }

        line.MatchedJournalLineId = journalLineId;
        line.MatchKind = StatementMatchKind.Manual;
        statement.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return null;
    }

    public async Task<string?> UnmatchAsync(int statementLineId, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var line = await db.Set<BankStatementLine>().FirstOrDefaultAsync(l => l.Id == statementLineId, cancellationToken);
        if (line is null)
        {
            return "Recon.Error.LineNotFound";
        }

        var statement = await db.Set<BankStatement>().FirstAsync(s => s.Id == line.StatementId, cancellationToken);
        if (statement.ReconciledUtc is not null)
        {
            return "Recon.Error.AlreadyReconciled";
        }

        line.MatchedJournalLineId = null;
        line.MatchKind = null;
        statement.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>Marks the month reconciled (who, when) when the adjusted balances agree; null when done, else the message key.</summary>
    public async Task<string?> MarkReconciledAsync(int statementId, string userName, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var view = await ViewAsync(statementId, tracked: true, cancellationToken);
        if (view is null)
        {
            return "Recon.Error.LineNotFound";
        }

        if (view.Statement.ReconciledUtc is not null)
        {
            return "Recon.Error.AlreadyReconciled";
        }

        if (!view.Reconciles)
        {
            return "Recon.Error.DoesNotReconcile";
        }

        view.Statement.ReconciledBy = userName;
        view.Statement.ReconciledUtc = clock.GetUtcNow().UtcDateTime;
        view.Statement.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return null;
    }

    public async Task<ReconciliationView?> ViewAsync(int statementId, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Set<BankStatement>().Include(s => s.Lines);
        var statement = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(s => s.Id == statementId, cancellationToken);
        if (statement is null)
        {
            return null;
        }

        var bank = await db.Set<BankAccount>().AsNoTracking().FirstAsync(b => b.Id == statement.BankAccountId, cancellationToken);
        var monthEnd = statement.MonthStart.AddMonths(1).AddDays(-1);
        var ledger = await LedgerLinesAsync(statement, monthEnd, cancellationToken);
        var matchedIds = await db.Set<BankStatementLine>().AsNoTracking()
            .Where(l => l.MatchedJournalLineId != null && db.Set<BankStatement>().Any(s => s.Id == l.StatementId && s.BankAccountId == statement.BankAccountId))
            .Select(l => l.MatchedJournalLineId!.Value).ToListAsync(cancellationToken);
        var matchedSet = matchedIds.ToHashSet();
        var ownMatched = statement.Lines.Where(l => l.MatchedJournalLineId is not null).Select(l => l.MatchedJournalLineId!.Value).ToList();
        var matchedLedger = await ReconLinesAsync(db.Set<JournalLine>().AsNoTracking().Where(l => ownMatched.Contains(l.Id)), cancellationToken);
        var unmatched = ledger.Where(l => !matchedSet.Contains(l.Id)).ToList();
        var lines = statement.Lines.OrderBy(l => l.LineNo).ToList();
        return new ReconciliationView(
            statement,
            bank,
            lines,
            matchedLedger.ToDictionary(l => l.Id),
            [.. unmatched.Where(l => l.Debit > Money.Zero)],
            [.. unmatched.Where(l => l.Credit > Money.Zero)],
            [.. lines.Where(l => l.MatchedJournalLineId is null && l.Deposit > Money.Zero)],
            [.. lines.Where(l => l.MatchedJournalLineId is null && l.Withdrawal > Money.Zero)],
            statement.ClosingBalance,
            await book.BankBalanceAsync(statement.LaoId, statement.BankAccountId, monthEnd, cancellationToken));
    }

    /// <summary>
    /// The bank account's ledger lines the statement is reconciled against: from the month of its first imported
    /// statement (earlier items were before reconciliation started) to the end of this month.
    /// </summary>
    public async Task<List<ReconLedgerLine>> LedgerLinesAsync(BankStatement statement, DateOnly monthEnd, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var first = await db.Set<BankStatement>().AsNoTracking().Where(s => s.BankAccountId == statement.BankAccountId)
            .MinAsync(s => (DateOnly?)s.MonthStart, cancellationToken) ?? statement.MonthStart;
        var from = first < statement.MonthStart ? first : statement.MonthStart;
        return await ReconLinesAsync(
            db.Set<JournalLine>().AsNoTracking().Where(l => l.LaoId == statement.LaoId && l.BankAccountId == statement.BankAccountId && l.EntryDate >= from && l.EntryDate <= monthEnd),
            cancellationToken);
    }

    private async Task<List<ReconLedgerLine>> ReconLinesAsync(IQueryable<JournalLine> lines, CancellationToken cancellationToken)
    {
        var rows = await lines
            .Join(db.Set<JournalEntry>(), l => l.EntryId, e => e.Id, (l, e) => new { l.Id, l.EntryId, e.EntryNo, l.EntryDate, l.Description, EntryDescription = e.Description, l.Debit, l.Credit })
            .OrderBy(x => x.EntryDate).ThenBy(x => x.Id)
            .ToListAsync(cancellationToken);
        var entryIds = rows.Select(r => r.EntryId).Distinct().ToList();
        var receiptRefs = await db.Set<CounterReceipt>().AsNoTracking().Where(r => entryIds.Contains(r.JournalEntryId) && r.Reference != null)
            .Select(r => new { r.JournalEntryId, r.Reference }).ToListAsync(cancellationToken);
        var depositRefs = await db.Set<CashDeposit>().AsNoTracking().Where(d => entryIds.Contains(d.JournalEntryId) && d.Reference != null)
            .Select(d => new { d.JournalEntryId, d.Reference }).ToListAsync(cancellationToken);
        var extra = receiptRefs.Select(r => (r.JournalEntryId, r.Reference!)).Concat(depositRefs.Select(d => (d.JournalEntryId, d.Reference!)))
            .ToLookup(x => x.Item1, x => x.Item2);
        return [.. rows.Select(r => new ReconLedgerLine(
            r.Id, r.EntryId, r.EntryNo, r.EntryDate, r.Description ?? r.EntryDescription, r.Debit, r.Credit,
            [r.EntryNo, r.Description ?? "", r.EntryDescription, .. extra[r.EntryId]]))];
    }

    private async Task<int> AutoMatchCoreAsync(BankStatement statement, CancellationToken cancellationToken)
    {
        var monthEnd = statement.MonthStart.AddMonths(1).AddDays(-1);
        var ledger = await LedgerLinesAsync(statement, monthEnd.AddDays(StatementMatcher.DayTolerance), cancellationToken);
        var taken = (await db.Set<BankStatementLine>().AsNoTracking().Where(l => l.MatchedJournalLineId != null)
            .Select(l => l.MatchedJournalLineId!.Value).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var own in statement.Lines.Where(l => l.MatchedJournalLineId is not null))
        {
            taken.Add(own.MatchedJournalLineId!.Value);
        }

        var pairs = StatementMatcher.Match(
            statement.Lines.Where(l => l.MatchedJournalLineId is null).Select(l => new MatchStatementItem(l.Id, l.Date, l.Reference, l.Withdrawal, l.Deposit)),
            ledger.Where(l => !taken.Contains(l.Id)).Select(l => new MatchLedgerItem(l.Id, l.Date, l.Debit, l.Credit, l.References)));
        var byId = statement.Lines.ToDictionary(l => l.Id);
        foreach (var pair in pairs)
        {
            byId[pair.StatementLineId].MatchedJournalLineId = pair.JournalLineId;
            byId[pair.StatementLineId].MatchKind = StatementMatchKind.Auto;
        }

        return pairs.Count;
    }
}
