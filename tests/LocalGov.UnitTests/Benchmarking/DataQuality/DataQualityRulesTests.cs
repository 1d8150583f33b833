using LocalGov.Benchmarking.Areas.Benchmarking.Features.DataQuality;
using LocalGov.Benchmarking.Domain;
using LocalGov.Benchmarking.Services.DataQuality;
using LocalGov.UnitTests.Benchmarking.Catalogue;

namespace LocalGov.UnitTests.Benchmarking.DataQuality;

public sealed class DataQualityRulesTests
{
    [Theory]
    [InlineData("budget_revenue", "Budgeting")]
    [InlineData("finance_reserves", "Finance")]
    [InlineData("revenue_collected", "Revenue")]
    [InlineData("planning_reports_due", "Planning")]
    [InlineData("procurement_cases", "Procurement")]
    [InlineData("population", "Organizations")]
    [InlineData("no_such_figure", "Other")]
    public void A_missing_figure_is_grouped_under_its_source_module(string code, string module) =>
        Assert.Equal(module, DataQualityRules.ModuleOf(code));

    [Fact]
    public void Missing_inputs_list_names_figures_and_ignores_the_zero_denominator_mark()
    {
        Assert.Equal(["budget_revenue", "finance_revenue"], DataQualityRules.MissingFigures("budget_revenue, finance_revenue"));
        Assert.Empty(DataQualityRules.MissingFigures("/0"));
        Assert.Empty(DataQualityRules.MissingFigures(null));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("1", false)]
    [InlineData(null, false)]
    public void Budget_is_late_only_when_the_flag_says_not_on_time(string? flag, bool late) =>
        Assert.Equal(late, DataQualityRules.BudgetLate(flag is null ? null : decimal.Parse(flag, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(4, 1, 3)]
    [InlineData(4, 4, 0)]
    [InlineData(2, 3, 0)]
    [InlineData(null, 1, 0)]
    [InlineData(4, null, 0)]
    public void Late_reports_are_those_due_but_not_on_time(int? due, int? onTime, int late) =>
        Assert.Equal(late, DataQualityRules.LateReports(due, onTime));

    [Fact]
    public void A_review_needs_an_outcome_and_a_note()
    {
        var validator = new OutlierReviewFormValidator(new KeyLocalizer());
        var result = validator.Validate(new OutlierReviewForm { Note = "  " });
        Assert.Contains(result.Errors, e => e.PropertyName == "Outcome" && e.ErrorMessage == "Quality.Error.OutcomeRequired");
        Assert.Contains(result.Errors, e => e.PropertyName == "Note" && e.ErrorMessage == "Quality.Error.NoteRequired");
        Assert.True(validator.Validate(new OutlierReviewForm { Outcome = OutlierOutcome.Confirmed, Note = "ตรวจแล้ว เงินอุดหนุนพิเศษ" }).IsValid);
        Assert.False(validator.Validate(new OutlierReviewForm { Outcome = (OutlierOutcome)9, Note = "x" }).IsValid);
    }
}
