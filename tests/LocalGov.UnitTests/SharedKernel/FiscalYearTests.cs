using System.Globalization;
using LocalGov.SharedKernel.Time;

namespace LocalGov.UnitTests.SharedKernel;

public class FiscalYearTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Fiscal_year_2570_starts_on_1_October_2026()
    {
        Assert.Equal(D(2026, 10, 1), new FiscalYear(2570).Start);
    }

    [Fact]
    public void Fiscal_year_2570_ends_on_30_September_2027()
    {
        Assert.Equal(D(2027, 9, 30), new FiscalYear(2570).End);
    }

    [Fact]
    public void Fiscal_year_2570_ends_in_Christian_year_2027()
    {
        var fy = new FiscalYear(2570);

        Assert.Equal(2570, fy.BuddhistYear);
        Assert.Equal(2027, fy.ChristianEndYear);
    }

    [Theory]
    [InlineData(2026, 9, 30, 2569)]
    [InlineData(2026, 10, 1, 2570)]
    [InlineData(2026, 12, 31, 2570)]
    [InlineData(2027, 1, 1, 2570)]
    [InlineData(2027, 9, 30, 2570)]
    [InlineData(2027, 10, 1, 2571)]
    [InlineData(2028, 2, 29, 2571)]
    [InlineData(2028, 9, 30, 2571)]
    public void Containing_a_date_names_the_Buddhist_year_in_which_the_fiscal_year_ends(
        int year, int month, int day, int expectedBuddhistYear)
    {
        Assert.Equal(new FiscalYear(expectedBuddhistYear), FiscalYear.Containing(D(year, month, day)));
    }

    [Fact]
    public void Leap_day_29_February_2028_is_in_fiscal_year_2571_second_quarter_fifth_month()
    {
        var leapDay = D(2028, 2, 29);
        var fy = new FiscalYear(2571);

        Assert.True(fy.Contains(leapDay));
        Assert.Equal(2, fy.QuarterOf(leapDay));
        Assert.Equal(5, fy.MonthIndexOf(leapDay));
        Assert.Equal((D(2028, 1, 1), D(2028, 3, 31)), fy.Quarter(2));
    }

    [Fact]
    public void From_Christian_end_year_2027_is_fiscal_year_2570()
    {
        Assert.Equal(new FiscalYear(2570), FiscalYear.FromChristianEndYear(2027));
    }

    [Theory]
    [InlineData(2400)]
    [InlineData(2570)]
    [InlineData(2700)]
    public void Constructor_accepts_Buddhist_years_in_range(int year)
    {
        Assert.Equal(year, new FiscalYear(year).BuddhistYear);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2027)]
    [InlineData(2399)]
    [InlineData(2701)]
    public void Constructor_rejects_years_outside_the_Buddhist_range(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(year));
    }

    [Fact]
    public void Containing_a_date_far_outside_the_supported_range_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalYear.Containing(DateOnly.MinValue));
    }

    [Fact]
    public void Contains_includes_both_ends_and_nothing_beyond()
    {
        var fy = new FiscalYear(2570);

        Assert.True(fy.Contains(D(2026, 10, 1)));
        Assert.True(fy.Contains(D(2027, 9, 30)));
        Assert.False(fy.Contains(D(2026, 9, 30)));
        Assert.False(fy.Contains(D(2027, 10, 1)));
    }

    [Theory]
    [InlineData(2026, 10, 1, 1)]
    [InlineData(2026, 12, 31, 1)]
    [InlineData(2027, 1, 1, 2)]
    [InlineData(2027, 3, 31, 2)]
    [InlineData(2027, 4, 1, 3)]
    [InlineData(2027, 6, 30, 3)]
    [InlineData(2027, 7, 1, 4)]
    [InlineData(2027, 9, 30, 4)]
    public void Quarter_of_a_date_runs_October_to_December_as_first_quarter(int year, int month, int day, int quarter)
    {
        Assert.Equal(quarter, new FiscalYear(2570).QuarterOf(D(year, month, day)));
    }

    [Theory]
    [InlineData(2026, 9, 30)]
    [InlineData(2027, 10, 1)]
    public void Quarter_of_a_date_outside_the_year_throws(int year, int month, int day)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(2570).QuarterOf(D(year, month, day)));
    }

    [Theory]
    [InlineData(1, "2026-10-01", "2026-12-31")]
    [InlineData(2, "2027-01-01", "2027-03-31")]
    [InlineData(3, "2027-04-01", "2027-06-30")]
    [InlineData(4, "2027-07-01", "2027-09-30")]
    public void Quarter_returns_its_first_and_last_day(int quarter, string start, string end)
    {
        var (actualStart, actualEnd) = new FiscalYear(2570).Quarter(quarter);

        Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture), actualStart);
        Assert.Equal(DateOnly.Parse(end, CultureInfo.InvariantCulture), actualEnd);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Quarter_number_outside_1_to_4_throws(int quarter)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(2570).Quarter(quarter));
    }

    [Theory]
    [InlineData(2570)]
    [InlineData(2571)]
    public void Quarters_cover_the_whole_year_without_gaps_or_overlaps(int buddhistYear)
    {
        var fy = new FiscalYear(buddhistYear);
        var expectedStart = fy.Start;
        for (var q = 1; q <= 4; q++)
        {
            var (start, end) = fy.Quarter(q);
            Assert.Equal(expectedStart, start);
            Assert.Equal(q, fy.QuarterOf(start));
            Assert.Equal(q, fy.QuarterOf(end));
            expectedStart = end.AddDays(1);
        }

        Assert.Equal(fy.End.AddDays(1), expectedStart);
    }

    [Theory]
    [InlineData(2026, 10, 1)]
    [InlineData(2026, 11, 2)]
    [InlineData(2026, 12, 3)]
    [InlineData(2027, 1, 4)]
    [InlineData(2027, 2, 5)]
    [InlineData(2027, 3, 6)]
    [InlineData(2027, 4, 7)]
    [InlineData(2027, 5, 8)]
    [InlineData(2027, 6, 9)]
    [InlineData(2027, 7, 10)]
    [InlineData(2027, 8, 11)]
    [InlineData(2027, 9, 12)]
    public void Month_index_counts_from_October_as_1_to_September_as_12(int year, int month, int index)
    {
        var fy = new FiscalYear(2570);

        Assert.Equal(index, fy.MonthIndexOf(D(year, month, 1)));
        Assert.Equal(index, fy.MonthIndexOf(D(year, month, DateTime.DaysInMonth(year, month))));
    }

    [Fact]
    public void Month_index_of_a_date_outside_the_year_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(2570).MonthIndexOf(D(2027, 10, 1)));
    }

    [Fact]
    public void Previous_and_next_are_adjacent_years()
    {
        var fy = new FiscalYear(2570);

        Assert.Equal(new FiscalYear(2569), fy.Previous);
        Assert.Equal(new FiscalYear(2571), fy.Next);
        Assert.Equal(fy.Start.AddDays(-1), fy.Previous.End);
        Assert.Equal(fy.End.AddDays(1), fy.Next.Start);
    }

    [Fact]
    public void Next_beyond_the_supported_range_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(FiscalYear.MaxBuddhistYear).Next);
    }

    [Fact]
    public void Fiscal_years_compare_by_year()
    {
        var earlier = new FiscalYear(2569);
        var later = new FiscalYear(2570);

        Assert.True(earlier < later);
        Assert.True(later > earlier);
        Assert.True(earlier <= later);
        Assert.True(later >= earlier);
        Assert.True(later <= new FiscalYear(2570));
        Assert.True(later >= new FiscalYear(2570));
        Assert.False(later < earlier);
        Assert.False(earlier > later);
        Assert.True(earlier.CompareTo(later) < 0);
        Assert.Equal(0, later.CompareTo(new FiscalYear(2570)));
        Assert.Equal(new[] { 2568, 2569, 2570 }, new[] { later, new FiscalYear(2568), earlier }.Order().Select(f => f.BuddhistYear));
    }

    [Fact]
    public void Fiscal_years_are_equal_by_year()
    {
        Assert.Equal(new FiscalYear(2570), FiscalYear.Containing(D(2027, 5, 1)));
        Assert.True(new FiscalYear(2570) == FiscalYear.FromChristianEndYear(2027));
        Assert.True(new FiscalYear(2570) != new FiscalYear(2571));
    }

    [Fact]
    public void To_string_is_the_Buddhist_year_in_every_culture()
    {
        using var scope = new CultureScope("th-TH", "th-TH");

        Assert.Equal("2570", new FiscalYear(2570).ToString());
    }

    [Theory]
    [InlineData("2570", 2570)]
    [InlineData(" 2570 ", 2570)]
    [InlineData("2400", 2400)]
    [InlineData("2700", 2700)]
    public void Try_parse_accepts_a_Buddhist_year(string text, int expected)
    {
        Assert.True(FiscalYear.TryParse(text, out var fy));
        Assert.Equal(new FiscalYear(expected), fy);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2027")]
    [InlineData("2399")]
    [InlineData("2701")]
    [InlineData("-2570")]
    [InlineData("+2570")]
    [InlineData("2,570")]
    [InlineData("2570.0")]
    [InlineData("25x0")]
    [InlineData("๒๕๗๐")]
    [InlineData("FY2570")]
    public void Try_parse_rejects_anything_but_a_Buddhist_year(string? text)
    {
        Assert.False(FiscalYear.TryParse(text, out var fy));
        Assert.Equal(default, fy);
    }

    [Theory]
    [InlineData(2400)]
    [InlineData(2570)]
    [InlineData(2700)]
    public void To_string_round_trips_through_try_parse(int year)
    {
        var fy = new FiscalYear(year);

        Assert.True(FiscalYear.TryParse(fy.ToString(), out var parsed));
        Assert.Equal(fy, parsed);
    }

    [Theory]
    [InlineData("2026-09-30T16:59:00", 2569)]
    [InlineData("2026-09-30T17:00:00", 2570)]
    [InlineData("2026-09-30T17:30:00", 2570)]
    public void Containing_a_UTC_timestamp_uses_the_date_in_Thailand(string utc, int expected)
    {
        var timestamp = DateTime.SpecifyKind(DateTime.Parse(utc, CultureInfo.InvariantCulture), DateTimeKind.Utc);

        Assert.Equal(new FiscalYear(expected), FiscalYear.Containing(timestamp));
    }

    [Fact]
    public void Containing_an_unspecified_date_time_takes_its_date_as_given()
    {
        var wallClock = new DateTime(2026, 9, 30, 23, 0, 0, DateTimeKind.Unspecified);

        Assert.Equal(new FiscalYear(2569), FiscalYear.Containing(wallClock));
    }

    [Fact]
    public void Containing_a_local_date_time_is_the_same_instant_in_Thailand()
    {
        var utc = new DateTime(2026, 9, 30, 17, 30, 0, DateTimeKind.Utc);

        Assert.Equal(FiscalYear.Containing(utc), FiscalYear.Containing(utc.ToLocalTime()));
    }

    [Fact]
    public void The_current_fiscal_year_turns_at_midnight_of_1_October_in_Thailand()
    {
        Assert.Equal(2569, FiscalYear.Current(new FixedClock(new DateTimeOffset(2026, 9, 30, 16, 59, 0, TimeSpan.Zero))).BuddhistYear);
        Assert.Equal(2570, FiscalYear.Current(new FixedClock(new DateTimeOffset(2026, 9, 30, 17, 0, 0, TimeSpan.Zero))).BuddhistYear);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
