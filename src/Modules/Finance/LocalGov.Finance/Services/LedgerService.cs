using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Text;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Services;

/// <summary>The outcome of a posting: the entry, or the rules it broke (nothing written).</summary>
internal sealed record PostingResult(JournalEntry? Entry, IReadOnlyList<LedgerError> Errors)
{
    public bool Succeeded => Entry is not null;

    public static PostingResult Fail(params LedgerError[] errors) => new(null, errors);
}

/// <summary>
/// The only way into the ledger. Posts a balanced entry into an open period (checked here and by the database's
/// CHECK constraints), numbers it, and refreshes the LAO's summary row; reverses a posted entry by a mirror entry.
/// Runs inside the caller's transaction and saves, so the caller's document and its entry commit or fail together;
/// the caller checks the user's scope first.
/// </summary>
internal sealed class LedgerService(
    LocalGovDbContext db,
    DocumentNumbers numbers,
    FinanceSummaryUpdater summaries,
    ICurrentUser user,
    TimeProvider clock)
{
    public async Task<PostingResult> PostAsync(JournalDraft draft, CancellationToken cancellationToken) =>
        await PostAsync(draft, reversalOf: null, refreshSummary: true, cancellationToken);

    /// <summary>
    /// Posts several entries (an Excel import, seed data), one result per draft in order, and refreshes each LAO-year's
    /// summary once at the end instead of after every entry. The caller commits only when every result succeeded.
    /// </summary>
    public async Task<IReadOnlyList<PostingResult>> PostAllAsync(IReadOnlyList<JournalDraft> drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var results = new List<PostingResult>(drafts.Count);
        foreach (var draft in drafts)
        {
            results.Add(await PostAsync(draft, reversalOf: null, refreshSummary: false, cancellationToken));
        }

        foreach (var (laoId, fiscalYear) in results.Where(r => r.Succeeded).Select(r => (r.Entry!.LaoId, r.Entry.FiscalYear)).Distinct())
        {
            await summaries.RefreshAsync(laoId, fiscalYear, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return results;
    }

    /// <summary>Reverses a posted entry on <paramref name="reversalDate"/> (an open period); the original stays, marked reversed.</summary>
    public async Task<PostingResult> ReverseAsync(int entryId, DateOnly reversalDate, string reason, CancellationToken cancellationToken)
    {
        var original = await db.Set<JournalEntry>().Include(e => e.Lines).FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (original is null)
        {
            return PostingResult.Fail(new LedgerError("", "Ledger.EntryNotFound"));
        }

        if (original.ReversedById is not null)
        {
            return PostingResult.Fail(new LedgerError("", "Ledger.AlreadyReversed"));
        }

        if (original.ReversalOfId is not null || original.Kind is JournalEntryKind.Closing or JournalEntryKind.Opening)
        {
            return PostingResult.Fail(new LedgerError("", "Ledger.CannotReverse"));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return PostingResult.Fail(new LedgerError("Reason", "Ledger.ReasonRequired"));
        }

        var draft = new JournalDraft(
            original.LaoId,
            reversalDate,
            TextLimit.Truncate($"{original.EntryNo}: {reason.Trim()}", 500),
            JournalEntryKind.Reversal,
            LedgerRules.Reversed(original.Lines),
            await db.Set<Fund>().Where(f => f.Id == original.FundId).Select(f => f.Code).FirstAsync(cancellationToken),
            original.SourceModule,
            original.SourceReference is null ? null : TextLimit.Truncate(original.SourceReference + ":Reversal", 100));
        return await PostAsync(draft, original, refreshSummary: true, cancellationToken);
    }

    /// <summary>True when the LAO may post into the period: neither its month nor its year is closed.</summary>
    public async Task<bool> IsOpenAsync(int laoId, int fiscalYear, int period, CancellationToken cancellationToken) =>
        await ClosedReasonAsync(laoId, fiscalYear, period, cancellationToken) is null;

    /// <summary>Why nothing may post into the period ("Ledger.YearClosed", "Ledger.PeriodClosed"), or null when it is open.</summary>
    private async Task<string?> ClosedReasonAsync(int laoId, int fiscalYear, int period, CancellationToken cancellationToken) =>
        await db.Set<FiscalYearClose>().AnyAsync(c => c.LaoId == laoId && c.FiscalYear == fiscalYear, cancellationToken) ? "Ledger.YearClosed"
        : await db.Set<ClosedPeriod>().AnyAsync(c => c.LaoId == laoId && c.FiscalYear == fiscalYear && c.Period == period, cancellationToken) ? "Ledger.PeriodClosed"
        : null;

    private async Task<PostingResult> PostAsync(JournalDraft draft, JournalEntry? reversalOf, bool refreshSummary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Postings run inside the caller's transaction (db.Database.BeginTransactionAsync).");
        }

        var errors = LedgerRules.Check(draft).ToList();
        var (fiscalYear, period) = LedgerRules.PeriodOf(draft.EntryDate, draft.Kind);
        if (await ClosedReasonAsync(draft.LaoId, fiscalYear, period, cancellationToken) is { } closed)
        {
            errors.Add(new LedgerError("EntryDate", closed));
        }

        var accountIds = draft.Lines.Select(l => l.AccountId).Distinct().ToList();
        var accounts = await db.Set<Account>().AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        for (var i = 0; i < draft.Lines.Count; i++)
        {
            if (!accounts.TryGetValue(draft.Lines[i].AccountId, out var account))
            {
                errors.Add(new LedgerError($"Lines[{i}].AccountId", "Ledger.UnknownAccount"));
            }
            else if (!account.IsPostable)
            {
                errors.Add(new LedgerError($"Lines[{i}].AccountId", "Ledger.AccountNotPostable"));
            }
            else if (!account.AppliesTo(fiscalYear))
            {
                errors.Add(new LedgerError($"Lines[{i}].AccountId", "Ledger.AccountNotInEffect"));
            }
        }

        var bankIds = draft.Lines.Where(l => l.BankAccountId is not null).Select(l => l.BankAccountId!.Value).Distinct().ToList();
        if (bankIds.Count > 0 && await db.Set<BankAccount>().CountAsync(b => bankIds.Contains(b.Id) && b.LaoId == draft.LaoId, cancellationToken) != bankIds.Count)
        {
            errors.Add(new LedgerError("", "Ledger.UnknownBankAccount"));
        }

        var fund = await db.Set<Fund>().AsNoTracking().FirstOrDefaultAsync(f => f.Code == draft.FundCode, cancellationToken);
        if (fund is null)
        {
            errors.Add(new LedgerError("FundCode", "Ledger.UnknownFund"));
        }

        if (draft.SourceReference is not null
            && await db.Set<JournalEntry>().AnyAsync(e => e.LaoId == draft.LaoId && e.SourceModule == draft.SourceModule && e.SourceReference == draft.SourceReference, cancellationToken))
        {
            errors.Add(new LedgerError("", "Ledger.AlreadyPosted"));
        }

        if (errors.Count > 0)
        {
            return new PostingResult(null, errors);
        }

        var entry = new JournalEntry
        {
            LaoId = draft.LaoId,
            FiscalYear = fiscalYear,
            Period = period,
            EntryNo = await numbers.NextDocumentNoAsync(draft.LaoId, fiscalYear, DocumentNumbers.Journal, cancellationToken),
            EntryDate = draft.EntryDate,
            Description = TextLimit.Truncate(draft.Description.Trim(), 500),
            Kind = draft.Kind,
            FundId = fund!.Id,
            SourceModule = draft.SourceModule,
            SourceReference = draft.SourceReference,
            TotalDebit = Money.Sum(draft.Lines.Select(l => l.Debit)),
            TotalCredit = Money.Sum(draft.Lines.Select(l => l.Credit)),
            ReversalOfId = reversalOf?.Id,
            PostedUtc = clock.GetUtcNow().UtcDateTime,
            PostedBy = user.UserName ?? "system",
        };
        var lineNo = 0;
        foreach (var line in draft.Lines)
        {
            entry.Lines.Add(new JournalLine
            {
                LaoId = entry.LaoId,
                FiscalYear = fiscalYear,
                Period = period,
                EntryDate = entry.EntryDate,
                LineNo = ++lineNo,
                AccountId = line.AccountId,
                Debit = line.Debit,
                Credit = line.Credit,
                BudgetLineId = line.BudgetLineId,
                BankAccountId = line.BankAccountId,
                Description = line.Description is null ? null : TextLimit.Truncate(line.Description.Trim(), 300),
            });
        }

        db.Set<JournalEntry>().Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        if (reversalOf is not null)
        {
            // The original's concurrency stamp turns a second, concurrent reversal into a conflict.
            reversalOf.ReversedById = entry.Id;
            reversalOf.ConcurrencyStamp = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
        }

        if (refreshSummary)
        {
            await summaries.RefreshAsync(entry.LaoId, fiscalYear, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new PostingResult(entry, []);
    }
}
