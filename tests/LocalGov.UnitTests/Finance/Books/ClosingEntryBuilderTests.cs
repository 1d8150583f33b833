using LocalGov.Finance.Areas.Finance.Features.Periods;
using LocalGov.Finance.Domain;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Finance.Books;

public sealed class ClosingEntryBuilderTests
{
    private const int Surplus = 30, Accumulated = 31;

    private static AccountBalance B(int id, AccountType type, decimal debit, decimal credit) => new(id, type, Money.FromBaht(debit), Money.FromBaht(credit));

    private static Dictionary<int, Money> Net(IEnumerable<AccountBalance> balances, IEnumerable<JournalDraftLine> lines)
    {
        var net = balances.ToDictionary(b => b.AccountId, b => b.DebitMinusCredit);
        foreach (var line in lines)
        {
            net[line.AccountId] = net.GetValueOrDefault(line.AccountId) + line.Debit - line.Credit;
        }

        return net;
    }

    [Fact]
    public void Closing_zeroes_revenue_and_expenses_and_moves_the_surplus_to_accumulated_funds()
    {
        AccountBalance[] balances =
        [
            B(1, AccountType.Asset, 1_000_000m, 200_000.50m),
            B(40, AccountType.Revenue, 100m, 900_000.25m),
            B(41, AccountType.Revenue, 0m, 50_000m),
            B(50, AccountType.Expense, 200_000.50m, 0m),
            B(Accumulated, AccountType.Equity, 0m, 49_799.75m),
        ];

        var lines = ClosingEntryBuilder.Closing(balances, Surplus, Accumulated);

        Assert.Equal(Money.Sum(lines.Select(l => l.Debit)), Money.Sum(lines.Select(l => l.Credit)));
        Assert.All(lines, l => Assert.True((l.Debit > Money.Zero) ^ (l.Credit > Money.Zero)));
        var net = Net(balances, lines);
        Assert.Equal(Money.Zero, net[40]);
        Assert.Equal(Money.Zero, net[41]);
        Assert.Equal(Money.Zero, net[50]);
        Assert.Equal(Money.Zero, net[Surplus]);
        Assert.Equal(-Money.FromBaht(49_799.75m + 749_899.75m), net[Accumulated]);
        Assert.Equal(Money.FromBaht(1_000_000m - 200_000.50m), net[1]);
    }

    [Fact]
    public void A_deficit_is_debited_to_accumulated_funds()
    {
        AccountBalance[] balances = [B(40, AccountType.Revenue, 0m, 100m), B(50, AccountType.Expense, 250m, 0m)];

        var lines = ClosingEntryBuilder.Closing(balances, Surplus, Accumulated);

        var net = Net(balances, lines);
        Assert.Equal(Money.FromBaht(150m), net[Accumulated]);
        Assert.Equal(Money.Zero, net[Surplus]);
    }

    [Fact]
    public void Nothing_to_close_gives_no_lines()
    {
        Assert.Empty(ClosingEntryBuilder.Closing([B(1, AccountType.Asset, 10m, 0m), B(40, AccountType.Revenue, 5m, 5m)], Surplus, Accumulated));
    }

    [Fact]
    public void Opening_carries_each_balance_sheet_account_on_its_side_and_skips_zero_and_income_accounts()
    {
        AccountBalance[] balances =
        [
            B(1, AccountType.Asset, 500m, 120.25m),
            B(2, AccountType.Liability, 10m, 90m),
            B(3, AccountType.Equity, 0m, 299.75m),
            B(4, AccountType.Asset, 70m, 70m),
            B(40, AccountType.Revenue, 0m, 0m),
        ];

        var lines = ClosingEntryBuilder.Opening(balances);

        Assert.Equal(3, lines.Count);
        Assert.Equal(new JournalDraftLine(1, Money.FromBaht(379.75m), Money.Zero), lines[0]);
        Assert.Equal(new JournalDraftLine(2, Money.Zero, Money.FromBaht(80m)), lines[1]);
        Assert.Equal(new JournalDraftLine(3, Money.Zero, Money.FromBaht(299.75m)), lines[2]);
        Assert.Equal(Money.Sum(lines.Select(l => l.Debit)), Money.Sum(lines.Select(l => l.Credit)));
    }
}
