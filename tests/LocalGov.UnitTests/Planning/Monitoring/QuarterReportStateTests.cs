using LocalGov.Planning.Domain;
using LocalGov.Planning.Services.Monitoring;

namespace LocalGov.UnitTests.Planning.Monitoring;

public sealed class QuarterReportStateTests
{
    [Theory]
    [InlineData(1, 2027, 1, 15)]
    [InlineData(2, 2027, 4, 15)]
    [InlineData(3, 2027, 7, 15)]
    [InlineData(4, 2027, 10, 15)]
    public void A_quarter_is_due_on_the_fifteenth_of_the_month_after_it(int quarter, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), ProgressReportSchedule.DueOn(2570, quarter));

    [Theory]
    [InlineData("2026-12-05", "NotYetDue")]
    [InlineData("2026-12-31", "NotYetDue")]
    [InlineData("2027-01-01", "Due")]
    [InlineData("2027-01-15", "Due")]
    [InlineData("2027-01-16", "Overdue")]
    public void An_unsubmitted_quarter_is_not_yet_due_then_due_then_overdue(string today, string expected) =>
        Assert.Equal(Enum.Parse<ReportState>(expected), QuarterReportState.Of(2570, 1, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), null));

    [Theory]
    [InlineData("2027-01-15", "SubmittedOnTime")]
    [InlineData("2026-12-20", "SubmittedOnTime")]
    [InlineData("2027-01-16", "SubmittedLate")]
    public void A_submitted_quarter_is_on_time_up_to_its_due_date_and_late_after(string submittedOn, string expected) =>
        Assert.Equal(Enum.Parse<ReportState>(expected), QuarterReportState.Of(2570, 1, new DateOnly(2027, 6, 1), DateOnly.Parse(submittedOn, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_quarter_can_be_reported_from_its_first_day()
    {
        Assert.False(QuarterReportState.HasStarted(2570, 2, new DateOnly(2026, 12, 31)));
        Assert.True(QuarterReportState.HasStarted(2570, 2, new DateOnly(2027, 1, 1)));
        Assert.True(QuarterReportState.HasStarted(2570, 1, new DateOnly(2026, 10, 1)));
    }
}
