using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Finance.Services.Cash;

/// <summary>A statement line to match: money in (deposit) or out (withdrawal) of the bank account.</summary>
internal sealed record MatchStatementItem(int Id, DateOnly Date, string Reference, Money Withdrawal, Money Deposit);

/// <summary>A ledger line of the bank account: a debit is money in, a credit money out; its references (cheque number, entry number, descriptions).</summary>
internal sealed record MatchLedgerItem(long Id, DateOnly Date, Money Debit, Money Credit, IReadOnlyList<string> References);

internal sealed record MatchPair(int StatementLineId, long JournalLineId);

/// <summary>
/// Pairs statement lines with ledger lines of the same bank account: same amount and direction (a deposit with a
/// debit, a withdrawal with a credit), dates at most <see cref="DayTolerance"/> days apart; among candidates, an
/// equal reference (a cheque or slip number) wins, then the nearest date, then the earliest line. Each side is used
/// at most once (greedy over the candidate pairs in that order). Pure, so unit-tested.
/// </summary>
internal static class StatementMatcher
{
    public const int DayTolerance = 5;

    public static IReadOnlyList<MatchPair> Match(IEnumerable<MatchStatementItem> statement, IEnumerable<MatchLedgerItem> ledger)
    {
        var ledgerList = ledger.ToList();
        var candidates = new List<(bool Reference, int Days, int StatementId, long LedgerId)>();
        foreach (var s in statement)
        {
            var amount = s.Deposit > Money.Zero ? s.Deposit : s.Withdrawal;
            var deposit = s.Deposit > Money.Zero;
            foreach (var l in ledgerList)
            {
                var ledgerAmount = deposit ? l.Debit : l.Credit;
                var days = Math.Abs(s.Date.DayNumber - l.Date.DayNumber);
                if (ledgerAmount == amount && amount > Money.Zero && days <= DayTolerance)
                {
                    candidates.Add((SameReference(s.Reference, l.References), days, s.Id, l.Id));
                }
            }
        }

        var usedStatement = new HashSet<int>();
        var usedLedger = new HashSet<long>();
        var pairs = new List<MatchPair>();
        foreach (var c in candidates.OrderBy(c => c.Reference ? 0 : 1).ThenBy(c => c.Days).ThenBy(c => c.StatementId).ThenBy(c => c.LedgerId))
        {
            if (!usedStatement.Contains(c.StatementId) && !usedLedger.Contains(c.LedgerId))
            {
                usedStatement.Add(c.StatementId);
                usedLedger.Add(c.LedgerId);
                pairs.Add(new MatchPair(c.StatementId, c.LedgerId));
            }
        }

        return pairs;
    }

    /// <summary>
    /// The statement's reference equals one of the ledger line's references, or stands as a word in one of them
    /// ("เช็คเลขที่ 10234567"); references shorter than 3 characters never count (too many false pairs).
    /// </summary>
    public static bool SameReference(string statementReference, IReadOnlyList<string> ledgerReferences)
    {
        ArgumentNullException.ThrowIfNull(ledgerReferences);
        var reference = (statementReference ?? "").Trim();
        if (reference.Length < 3)
        {
            return false;
        }

        foreach (var text in ledgerReferences.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            if (string.Equals(text.Trim(), reference, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var words = text.Split([' ', ',', ':', ';', '/', '(', ')', '#'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Any(w => string.Equals(w, reference, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
