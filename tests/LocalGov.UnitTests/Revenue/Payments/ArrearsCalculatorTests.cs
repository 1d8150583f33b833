using LocalGov.Revenue.Domain.Payments;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Revenue.Payments;

public class ArrearsCalculatorTests
{
    /// <summary>Land and building tax: 40 % surcharge (10 % within 30 days, 20 % within the next 30), 1 % a month, cap 100 %.</summary>
    private static readonly ArrearsTerms LandTax = new(4000, 1000, 30, 2000, 30, 100, 10000);

    private static readonly ArrearsTerms Flat = new(4000, 0, 0, 0, 0, 100, 10000);

    private static readonly ArrearsTerms Signboard = new(0, 0, 0, 0, 0, 200, 0);

    private static readonly DateOnly Due = new(2027, 4, 30);

    private static Money B(decimal baht) => Money.FromBaht(baht);

    private static ArrearsFigures Owed(decimal tax, DateOnly asOf, ArrearsTerms terms) =>
        ArrearsCalculator.Compute([new DuePart(Due, B(tax))], [], Money.Zero, Money.Zero, asOf, terms);

    [Fact]
    public void Paid_on_the_due_date_owes_no_surcharge_or_interest()
    {
        var owed = Owed(10_000m, Due, LandTax);
        Assert.Equal(B(10_000m), owed.Outstanding);
        Assert.Equal(Money.Zero, owed.Surcharge);
        Assert.Equal(Money.Zero, owed.Interest);
        Assert.Equal(B(10_000m), owed.Total);
    }

    [Fact]
    public void One_day_late_counts_as_a_whole_month_and_the_reduced_surcharge()
    {
        var owed = Owed(10_000m, Due.AddDays(1), LandTax);
        Assert.Equal(B(1_000m), owed.Surcharge);
        Assert.Equal(B(100m), owed.Interest);
        Assert.Equal(B(11_100m), owed.Total);
    }

    [Theory]
    [InlineData(2027, 5, 30, 1)]
    [InlineData(2027, 5, 31, 2)]
    [InlineData(2027, 6, 30, 2)]
    [InlineData(2027, 7, 1, 3)]
    [InlineData(2028, 4, 30, 12)]
    public void Months_are_counted_from_the_due_date_and_a_started_month_counts(int year, int month, int day, int expected) =>
        Assert.Equal(expected, ArrearsCalculator.MonthsLate(Due, new DateOnly(year, month, day)));

    [Fact]
    public void Month_ends_shorter_than_the_due_day_close_the_month()
    {
        var dueJan31 = new DateOnly(2027, 1, 31);
        Assert.Equal(1, ArrearsCalculator.MonthsLate(dueJan31, new DateOnly(2027, 2, 28)));
        Assert.Equal(2, ArrearsCalculator.MonthsLate(dueJan31, new DateOnly(2027, 3, 1)));
        Assert.Equal(0, ArrearsCalculator.MonthsLate(dueJan31, dueJan31));
        Assert.Equal(0, ArrearsCalculator.MonthsLate(dueJan31, dueJan31.AddDays(-5)));
    }

    [Theory]
    [InlineData(30, 1000)]
    [InlineData(31, 2000)]
    [InlineData(60, 2000)]
    [InlineData(61, 4000)]
    public void Surcharge_steps_up_after_the_reduced_and_warning_periods(int daysLate, int expectedBasisPoints) =>
        Assert.Equal(expectedBasisPoints, ArrearsCalculator.SurchargeBasisPoints(LandTax, Due, Due.AddDays(daysLate)));

    [Fact]
    public void Interest_is_capped_at_the_tax()
    {
        var owed = Owed(10_000m, Due.AddYears(10), Flat);
        Assert.Equal(B(4_000m), owed.Surcharge);
        Assert.Equal(B(10_000m), owed.Interest);
        Assert.Equal(B(24_000m), owed.Total);

        var justBelowCap = Owed(10_000m, Due.AddMonths(99), Flat);
        Assert.Equal(B(9_900m), justBelowCap.Interest);
    }

    [Fact]
    public void Signboard_tax_has_two_percent_a_month_without_cap()
    {
        var owed = Owed(1_000m, Due.AddMonths(60), Signboard);
        Assert.Equal(Money.Zero, owed.Surcharge);
        Assert.Equal(B(1_200m), owed.Interest);
    }

    [Fact]
    public void Amounts_round_half_away_from_zero_to_satang()
    {
        // 1 % of 0.50 baht = 0.005 → 0.01.
        var owed = Owed(0.50m, Due.AddDays(1), Flat);
        Assert.Equal(B(0.01m), owed.Interest);
        Assert.Equal(B(0.20m), owed.Surcharge);
    }

    [Fact]
    public void Penalties_already_paid_are_not_charged_again()
    {
        // Paid 3,000 of principal two months late after paying the penalties owed then (on the whole 10,000).
        var paidOn = Due.AddMonths(2);
        var accrued = ArrearsCalculator.PenaltiesOn(B(10_000m), Due, paidOn, Flat);
        var owed = ArrearsCalculator.Compute(
            [new DuePart(Due, B(10_000m))], [new PrincipalPaid(paidOn, B(3_000m))], accrued.Surcharge, accrued.Interest, paidOn, Flat);

        Assert.Equal(B(7_000m), owed.Outstanding);
        Assert.Equal(Money.Zero, owed.Surcharge);
        Assert.Equal(Money.Zero, owed.Interest);

        // A month later only the third month's interest on the 7,000 left is new.
        var later = ArrearsCalculator.Compute(
            [new DuePart(Due, B(10_000m))], [new PrincipalPaid(paidOn, B(3_000m))], accrued.Surcharge, accrued.Interest, Due.AddMonths(3), Flat);
        Assert.Equal(Money.Zero, later.Surcharge);
        Assert.Equal(B(70m), later.Interest);
    }

    [Fact]
    public void Each_instalment_runs_from_its_own_due_date_and_payments_go_to_the_earliest()
    {
        DuePart[] parts = [new(new DateOnly(2027, 4, 30), B(1_000m)), new(new DateOnly(2027, 5, 31), B(1_000m)), new(new DateOnly(2027, 6, 30), B(1_000m))];
        var asOf = new DateOnly(2027, 6, 15);

        var owed = ArrearsCalculator.Compute(parts, [new PrincipalPaid(new DateOnly(2027, 4, 30), B(1_000m))], Money.Zero, Money.Zero, asOf, Flat);

        // First paid on time; second 15 days late (1 month, 40 %); third not yet due.
        Assert.Equal(B(2_000m), owed.Outstanding);
        Assert.Equal(B(400m), owed.Surcharge);
        Assert.Equal(B(10m), owed.Interest);
        Assert.Equal([B(0m), B(1_000m), B(1_000m)], owed.Parts.Select(p => p.Outstanding));
    }

    [Fact]
    public void Fees_without_rates_owe_only_the_principal()
    {
        var owed = Owed(500m, Due.AddYears(2), ArrearsTerms.None);
        Assert.Equal(B(500m), owed.Total);
    }
}
