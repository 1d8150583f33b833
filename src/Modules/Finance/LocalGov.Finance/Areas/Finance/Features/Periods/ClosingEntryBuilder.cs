using LocalGov.Finance.Domain;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Finance.Areas.Finance.Features.Periods;

/// <summary>An account's debits and credits over a range of periods, with its type.</summary>
internal sealed record AccountBalance(int AccountId, AccountType Type, Money Debit, Money Credit)
{
    public Money DebitMinusCredit => Debit - Credit;
}

/// <summary>
/// The lines of the year-end entries, pure so they are unit-tested: the closing entry zeroes every revenue and
/// expense account into the surplus-for-the-year account and moves the whole balance of that account to
/// accumulated funds; the opening entry of the next year carries every balance-sheet account's balance.
/// </summary>
internal static class ClosingEntryBuilder
{
    /// <summary>The closing entry's lines (empty when there is nothing to close). Balanced by construction.</summary>
    public static IReadOnlyList<JournalDraftLine> Closing(IEnumerable<AccountBalance> balances, int surplusAccountId, int accumulatedFundsAccountId)
    {
        ArgumentNullException.ThrowIfNull(balances);
        var lines = new List<JournalDraftLine>();
        var result = Money.Zero;
        var surplusBefore = Money.Zero;
        foreach (var balance in balances.OrderBy(b => b.Type).ThenBy(b => b.AccountId))
        {
            var net = balance.DebitMinusCredit;
            if (balance.AccountId == surplusAccountId)
            {
                surplusBefore = -net;
                continue;
            }

            if (balance.Type is not (AccountType.Revenue or AccountType.Expense) || net == Money.Zero)
            {
                continue;
            }

            // Zero the account: a debit balance is credited, a credit balance debited.
            lines.Add(net > Money.Zero
                ? new JournalDraftLine(balance.AccountId, Money.Zero, net)
                : new JournalDraftLine(balance.AccountId, -net, Money.Zero));
            result -= net;
        }

        // result: revenue (credits) − expenses (debits) of the year.
        if (result != Money.Zero)
        {
            lines.Add(Side(surplusAccountId, -result));
        }

        var toMove = surplusBefore + result;
        if (toMove != Money.Zero)
        {
            lines.Add(Side(surplusAccountId, toMove));
            lines.Add(Side(accumulatedFundsAccountId, -toMove));
        }

        return lines;
    }

    /// <summary>The opening entry's lines: each asset, liability and equity account's balance, on its side.</summary>
    public static IReadOnlyList<JournalDraftLine> Opening(IEnumerable<AccountBalance> balances)
    {
        ArgumentNullException.ThrowIfNull(balances);
        return [.. balances
            .Where(b => b.Type is AccountType.Asset or AccountType.Liability or AccountType.Equity && b.DebitMinusCredit != Money.Zero)
            .OrderBy(b => b.Type).ThenBy(b => b.AccountId)
            .Select(b => Side(b.AccountId, b.DebitMinusCredit))];
    }

    /// <summary>A line moving <paramref name="debitMinusCredit"/>: positive debits the account, negative credits it.</summary>
    private static JournalDraftLine Side(int accountId, Money debitMinusCredit) =>
        debitMinusCredit > Money.Zero
            ? new JournalDraftLine(accountId, debitMinusCredit, Money.Zero)
            : new JournalDraftLine(accountId, Money.Zero, -debitMinusCredit);
}
