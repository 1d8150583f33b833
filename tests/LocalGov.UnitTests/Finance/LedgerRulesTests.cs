using LocalGov.Finance.Domain;
using LocalGov.Finance.Services;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Finance;

public sealed class LedgerRulesTests
{
    private static JournalDraftLine Dr(int account, decimal baht) => new(account, Money.FromBaht(baht), Money.Zero);

    private static JournalDraftLine Cr(int account, decimal baht) => new(account, Money.Zero, Money.FromBaht(baht));

    private static JournalDraft Draft(params JournalDraftLine[] lines) => new(1, new DateOnly(2026, 1, 15), "entry", JournalEntryKind.Manual, lines);

    [Fact]
    public void A_balanced_entry_of_several_lines_passes() =>
        Assert.Empty(LedgerRules.Check(Draft(Dr(1, 100m), Dr(2, 0.01m), Cr(3, 100.01m))));

    [Fact]
    public void Debits_that_differ_from_credits_by_one_satang_are_refused() =>
        Assert.Contains(LedgerRules.Check(Draft(Dr(1, 100m), Cr(3, 99.99m))), e => e.Code == "Ledger.Unbalanced");

    [Fact]
    public void A_single_line_entry_is_refused() =>
        Assert.Contains(LedgerRules.Check(Draft(Dr(1, 0.01m))), e => e.Code == "Ledger.TwoLinesAtLeast");

    [Theory]
    [InlineData(10, 10)]
    [InlineData(0, 0)]
    public void A_line_must_be_either_a_debit_or_a_credit(int debit, int credit)
    {
        var errors = LedgerRules.Check(Draft(new JournalDraftLine(1, Money.FromBaht(debit), Money.FromBaht(credit)), Dr(2, 5m), Cr(3, 5m)));
        Assert.Contains(errors, e => e is { Code: "Ledger.DebitOrCredit", Field: "Lines[0].Debit" });
    }

    [Fact]
    public void Negative_amounts_are_refused() =>
        Assert.Contains(LedgerRules.Check(Draft(new JournalDraftLine(1, Money.FromBaht(-5m), Money.Zero), Cr(2, -5m))), e => e.Code == "Ledger.NegativeAmount");

    [Fact]
    public void A_description_is_required() =>
        Assert.Contains(LedgerRules.Check(Draft(Dr(1, 1m), Cr(2, 1m)) with { Description = " " }), e => e.Field == "Description");

    [Theory]
    [InlineData(2025, 10, 1, 2569, 1)]
    [InlineData(2026, 9, 30, 2569, 12)]
    [InlineData(2026, 10, 1, 2570, 1)]
    [InlineData(2026, 1, 31, 2569, 4)]
    public void A_date_falls_in_its_Thai_fiscal_year_and_month(int y, int m, int d, int fiscalYear, int period) =>
        Assert.Equal((fiscalYear, period), LedgerRules.PeriodOf(new DateOnly(y, m, d), JournalEntryKind.Manual));

    [Fact]
    public void Opening_and_closing_entries_sit_outside_the_twelve_months()
    {
        Assert.Equal((2570, LedgerRules.OpeningPeriod), LedgerRules.PeriodOf(new DateOnly(2026, 10, 1), JournalEntryKind.Opening));
        Assert.Equal((2569, LedgerRules.ClosingPeriod), LedgerRules.PeriodOf(new DateOnly(2026, 9, 30), JournalEntryKind.Closing));
    }

    [Fact]
    public void A_reversal_swaps_every_debit_and_credit_in_line_order()
    {
        JournalLine[] lines =
        [
            new() { LineNo = 2, AccountId = 7, Credit = Money.FromBaht(3m), BudgetLineId = 9 },
            new() { LineNo = 1, AccountId = 5, Debit = Money.FromBaht(3m) },
        ];

        var reversed = LedgerRules.Reversed(lines);

        Assert.Equal([5, 7], reversed.Select(l => l.AccountId));
        Assert.Equal(Money.FromBaht(3m), reversed[0].Credit);
        Assert.Equal(Money.FromBaht(3m), reversed[1].Debit);
        Assert.Equal(9, reversed[1].BudgetLineId);
        Assert.Empty(LedgerRules.Check(Draft([.. reversed])));
    }

    [Fact]
    public void Document_numbers_carry_the_series_year_and_six_digits() =>
        Assert.Equal("PV2569-000042", DocumentNumbers.Format(DocumentNumbers.Voucher, 2569, 42));
}
