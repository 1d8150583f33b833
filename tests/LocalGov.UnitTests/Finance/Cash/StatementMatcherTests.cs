using LocalGov.Finance.Services.Cash;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Finance.Cash;

public sealed class StatementMatcherTests
{
    private static readonly DateOnly Day = new(2026, 3, 10);

    private static MatchStatementItem In(int id, decimal amount, int dayOffset = 0, string reference = "") =>
        new(id, Day.AddDays(dayOffset), reference, Money.Zero, Money.FromBaht(amount));

    private static MatchStatementItem Out(int id, decimal amount, int dayOffset = 0, string reference = "") =>
        new(id, Day.AddDays(dayOffset), reference, Money.FromBaht(amount), Money.Zero);

    private static MatchLedgerItem Debit(long id, decimal amount, int dayOffset = 0, params string[] references) =>
        new(id, Day.AddDays(dayOffset), Money.FromBaht(amount), Money.Zero, references);

    private static MatchLedgerItem Credit(long id, decimal amount, int dayOffset = 0, params string[] references) =>
        new(id, Day.AddDays(dayOffset), Money.Zero, Money.FromBaht(amount), references);

    [Fact]
    public void A_deposit_pairs_with_a_debit_of_the_same_amount_and_a_withdrawal_with_a_credit()
    {
        var pairs = StatementMatcher.Match([In(1, 100m), Out(2, 100m)], [Credit(10, 100m), Debit(11, 100m)]);

        Assert.Equal([new MatchPair(1, 11), new MatchPair(2, 10)], pairs.OrderBy(p => p.StatementLineId));
    }

    [Fact]
    public void Different_amounts_or_dates_more_than_five_days_apart_do_not_pair()
    {
        Assert.Empty(StatementMatcher.Match([In(1, 100m)], [Debit(10, 100.01m)]));
        Assert.Empty(StatementMatcher.Match([In(1, 100m, dayOffset: 6)], [Debit(10, 100m)]));
        Assert.Single(StatementMatcher.Match([In(1, 100m, dayOffset: -5)], [Debit(10, 100m)]));
    }

    [Fact]
    public void An_equal_reference_wins_over_a_nearer_date()
    {
        var pairs = StatementMatcher.Match(
            [Out(1, 1_500m, dayOffset: 3, reference: "10234567")],
            [Credit(10, 1_500m, 3, "จ่ายค่าวัสดุ"), Credit(11, 1_500m, 0, "จ่ายเช็คเลขที่ 10234567")]);

        Assert.Equal(new MatchPair(1, 11), Assert.Single(pairs));
    }

    [Fact]
    public void Without_a_reference_the_nearest_date_wins_and_each_ledger_line_is_used_once()
    {
        var pairs = StatementMatcher.Match(
            [In(1, 500m, dayOffset: 0), In(2, 500m, dayOffset: 1), In(3, 500m, dayOffset: 2)],
            [Debit(10, 500m, 2), Debit(11, 500m, 0)]);

        Assert.Equal(2, pairs.Count);
        Assert.Equal(pairs.Count, pairs.Select(p => p.JournalLineId).Distinct().Count());
        Assert.Contains(new MatchPair(1, 11), pairs);
        Assert.Contains(new MatchPair(3, 10), pairs);
    }

    [Theory]
    [InlineData("PI0702", true)]
    [InlineData("pi0702", true)]
    [InlineData("0702", false)]
    [InlineData("PI", false)]
    public void A_reference_counts_when_equal_or_a_whole_word(string reference, bool expected)
    {
        Assert.Equal(expected, StatementMatcher.SameReference(reference, ["JV2569-000001", "ฝากเงินสด PI0702"]));
    }
}
