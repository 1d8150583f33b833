using LocalGov.Planning.Contracts;
using LocalGov.Planning.Services.Monitoring;

namespace LocalGov.UnitTests.Planning.Monitoring;

public sealed class ProgressRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    private static IEnumerable<string> Keys(ProjectStatus status, int percent, string? problems = null, DateOnly? on = null) =>
        ProgressRules.Check(new ProgressInput(on ?? Today, status, percent, null, problems, null), Today).Select(p => p.MessageKey);

    [Fact]
    public void Done_needs_one_hundred_percent() =>
        Assert.Equal(["Action.Progress.DoneNeeds100"], Keys(ProjectStatus.Done, 90));

    [Fact]
    public void One_hundred_percent_needs_done() =>
        Assert.Equal(["Action.Progress.HundredNeedsDone"], Keys(ProjectStatus.InProgress, 100));

    [Fact]
    public void Done_at_one_hundred_percent_is_accepted() =>
        Assert.Empty(Keys(ProjectStatus.Done, 100));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Cancelling_needs_a_reason_in_problems(string? problems) =>
        Assert.Equal(["Action.Progress.CancelNeedsReason"], Keys(ProjectStatus.Cancelled, 20, problems));

    [Fact]
    public void Cancelling_with_a_reason_is_accepted() =>
        Assert.Empty(Keys(ProjectStatus.Cancelled, 20, "งบประมาณถูกโอนไปใช้ในกรณีฉุกเฉิน"));

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Percent_outside_zero_to_one_hundred_is_refused(int percent) =>
        Assert.Equal(["Action.Progress.PercentRange"], Keys(ProjectStatus.InProgress, percent));

    [Fact]
    public void A_date_after_today_is_refused() =>
        Assert.Equal(["Action.Progress.DateInFuture"], Keys(ProjectStatus.InProgress, 40, on: Today.AddDays(1)));

    [Fact]
    public void Text_longer_than_the_column_is_refused()
    {
        var problems = ProgressRules.Check(new ProgressInput(Today, ProjectStatus.InProgress, 40, new string('ก', ProgressRules.MaxTextLength + 1), null, null), Today);
        Assert.Equal(("Note", "Action.Progress.TooLong"), (problems.Single().Field, problems.Single().MessageKey));
    }
}
