using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;

namespace LocalGov.Finance.Domain;

/// <summary>One debit or credit of an entry to post.</summary>
internal sealed record JournalDraftLine(
    int AccountId,
    Money Debit,
    Money Credit,
    int? BudgetLineId = null,
    int? BankAccountId = null,
    string? Description = null);

/// <summary>An entry to post: <see cref="Services.LedgerService"/> checks it against the rules and the database.</summary>
internal sealed record JournalDraft(
    int LaoId,
    DateOnly EntryDate,
    string Description,
    JournalEntryKind Kind,
    IReadOnlyList<JournalDraftLine> Lines,
    string FundCode = Fund.General,
    string? SourceModule = null,
    string? SourceReference = null);

/// <summary>A rule an entry breaks: the form field (or "" for the whole entry) and the message's resource key.</summary>
internal sealed record LedgerError(string Field, string Code);

/// <summary>
/// The rules every entry obeys before it touches the database: at least two lines, each line a debit or a credit
/// (one positive, the other zero), debits equal credits. Pure, so unit-tested without a database.
/// </summary>
internal static class LedgerRules
{
    /// <summary>The opening entry of a year sits before its first month, the closing entry after its last.</summary>
    public const int OpeningPeriod = 0;

    public const int ClosingPeriod = 13;

    public static IReadOnlyList<LedgerError> Check(JournalDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new List<LedgerError>();
        if (string.IsNullOrWhiteSpace(draft.Description))
        {
            errors.Add(new LedgerError("Description", "Ledger.DescriptionRequired"));
        }

        if (draft.Lines.Count < 2)
        {
            errors.Add(new LedgerError("", "Ledger.TwoLinesAtLeast"));
        }

        for (var i = 0; i < draft.Lines.Count; i++)
        {
            var line = draft.Lines[i];
            if (line.Debit.IsNegative || line.Credit.IsNegative)
            {
                errors.Add(new LedgerError($"Lines[{i}].Debit", "Ledger.NegativeAmount"));
            }
            else if ((line.Debit > Money.Zero) == (line.Credit > Money.Zero))
            {
                errors.Add(new LedgerError($"Lines[{i}].Debit", "Ledger.DebitOrCredit"));
            }
        }

        var debits = Money.Sum(draft.Lines.Select(l => l.Debit));
        var credits = Money.Sum(draft.Lines.Select(l => l.Credit));
        if (errors.Count == 0 && debits != credits)
        {
            errors.Add(new LedgerError("", "Ledger.Unbalanced"));
        }

        return errors;
    }

    /// <summary>The fiscal year (B.E.) and period of an entry: the month of the year, or the opening/closing period.</summary>
    public static (int FiscalYear, int Period) PeriodOf(DateOnly entryDate, JournalEntryKind kind)
    {
        var year = FiscalYear.Containing(entryDate);
        var period = kind switch
        {
            JournalEntryKind.Opening => OpeningPeriod,
            JournalEntryKind.Closing => ClosingPeriod,
            _ => year.MonthIndexOf(entryDate),
        };
        return (year.BuddhistYear, period);
    }

    /// <summary>Swaps every line's debit and credit: the reversal of an entry.</summary>
    public static IReadOnlyList<JournalDraftLine> Reversed(IEnumerable<JournalLine> lines) =>
        [.. lines.OrderBy(l => l.LineNo).Select(l => new JournalDraftLine(l.AccountId, l.Credit, l.Debit, l.BudgetLineId, l.BankAccountId, l.Description))];
}
