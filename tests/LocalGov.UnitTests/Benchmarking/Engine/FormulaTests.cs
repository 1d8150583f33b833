using LocalGov.Benchmarking.Services.Engine;

namespace LocalGov.UnitTests.Benchmarking.Engine;

public sealed class FormulaTests
{
    private static Formula Parsed(string text)
    {
        var result = Formula.Parse(text);
        Assert.True(result.Succeeded, $"{result.ErrorKey} at {result.Position} ({result.Token})");
        return result.Formula!;
    }

    private static Dictionary<string, decimal?> Figures(params (string Code, decimal? Value)[] figures) =>
        figures.ToDictionary(f => f.Code, f => f.Value);

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 - 4 - 3", 3)]
    [InlineData("24 / 4 / 2", 3)]
    [InlineData("-2 * -3", 6)]
    [InlineData("- (2 + 3)", -5)]
    [InlineData("2 - -3", 5)]
    [InlineData("0.5 * 4", 2)]
    [InlineData("min(3, 1, 2)", 1)]
    [InlineData("max(3, 1, 2)", 3)]
    [InlineData("max(7)", 7)]
    [InlineData("abs(2 - 5)", 3)]
    [InlineData("min(abs(-4), max(1, 2) * 3)", 4)]
    public void Numbers_operators_and_functions_follow_the_usual_precedence(string text, int expected)
    {
        Assert.Equal(expected, Parsed(text).Evaluate(Figures()).Value);
    }

    [Fact]
    public void Arithmetic_is_decimal_so_shares_are_exact()
    {
        var formula = Parsed("revenue_collected / finance_revenue * 100");

        var result = formula.Evaluate(Figures(("revenue_collected", 1m), ("finance_revenue", 3m)));

        Assert.Equal(1m / 3m * 100m, result.Value);
        Assert.Equal(0.3m, Parsed("0.1 + 0.2").Evaluate(Figures()).Value);
    }

    [Fact]
    public void Figures_are_listed_once_in_order_of_first_use_and_text_is_trimmed()
    {
        var formula = Parsed("  (revenue_collected + population) / revenue_collected ");

        Assert.Equal(["revenue_collected", "population"], formula.Figures);
        Assert.Equal("(revenue_collected + population) / revenue_collected", formula.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_text_is_refused(string? text)
    {
        Assert.Equal(new FormulaParseResult(null, Formula.EmptyKey, 0, null), Formula.Parse(text));
    }

    [Fact]
    public void Text_over_a_thousand_characters_is_refused()
    {
        var longest = "1" + string.Concat(Enumerable.Repeat("+1", 499)) + " ";
        Assert.Equal(1000, longest.Length);
        Assert.True(Formula.Parse(longest).Succeeded);

        Assert.Equal(Formula.TooLongKey, Formula.Parse(longest + "1").ErrorKey);
    }

    [Theory]
    [InlineData("1 +", 4, "")]
    [InlineData("(1 + 2", 7, "")]
    [InlineData("1 + 2)", 6, ")")]
    [InlineData("1 2", 3, "2")]
    [InlineData("2 ^ 3", 3, "^")]
    [InlineData("1,5", 2, ",")]
    [InlineData("1..5", 1, "1..5")]
    [InlineData("1.", 1, "1.")]
    [InlineData(".5", 1, ".5")]
    [InlineData("Population * 2", 1, "Population")]
    [InlineData("revenue_Collected", 1, "revenue_Collected")]
    [InlineData("sqrt(4)", 1, "sqrt")]
    [InlineData("abs(1, 2)", 1, "abs")]
    [InlineData("min()", 5, ")")]
    [InlineData("max(1,)", 7, ")")]
    [InlineData("* 2", 1, "*")]
    [InlineData("99999999999999999999999999999999", 1, "99999999999999999999999999999999")]
    public void Syntax_errors_give_the_position_and_token(string text, int position, string token)
    {
        Assert.Equal(new FormulaParseResult(null, Formula.SyntaxKey, position, token), Formula.Parse(text));
    }

    [Fact]
    public void Too_deep_nesting_is_a_syntax_error_not_a_crash()
    {
        var deep = new string('(', 300) + "1" + new string(')', 300);
        Assert.Equal(Formula.SyntaxKey, Formula.Parse(deep).ErrorKey);

        var negations = new string('-', 500) + "1";
        Assert.Equal(Formula.SyntaxKey, Formula.Parse(negations).ErrorKey);
    }

    [Fact]
    public void Names_not_in_the_figure_catalogue_are_unknown_figures()
    {
        Assert.Equal(new FormulaParseResult(null, Formula.UnknownFigureKey, 22, "revenue_colected"), Formula.Parse("finance_revenue / (1+revenue_colected)"));
        Assert.Equal(Formula.UnknownFigureKey, Formula.Parse("min + 1").ErrorKey);
    }

    [Fact]
    public void Every_missing_figure_is_listed_and_the_value_is_null()
    {
        var formula = Parsed("(revenue_collected + revenue_assessed) / finance_revenue / population");

        var result = formula.Evaluate(Figures(("revenue_collected", null), ("finance_revenue", 10m)));

        Assert.Null(result.Value);
        Assert.Equal(["revenue_collected", "revenue_assessed", "population"], result.Missing);
        Assert.False(result.DivisionByZero);
    }

    [Fact]
    public void Missing_is_not_zero_even_when_multiplied_by_zero()
    {
        var result = Parsed("0 * population").Evaluate(Figures());

        Assert.Null(result.Value);
        Assert.Equal(["population"], result.Missing);
    }

    [Theory]
    [InlineData("revenue_collected / finance_revenue * 100")]
    [InlineData("1 / (finance_revenue - finance_revenue)")]
    [InlineData("max(1, revenue_collected / finance_revenue)")]
    [InlineData("abs(-(revenue_collected / finance_revenue))")]
    public void A_zero_denominator_gives_null_with_the_flag(string text)
    {
        var result = Parsed(text).Evaluate(Figures(("revenue_collected", 5m), ("finance_revenue", 0m)));

        Assert.Equal(new FormulaResult(null, [], true), result with { Missing = [] });
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void Zero_numerator_is_a_value()
    {
        Assert.Equal(0m, Parsed("revenue_collected / finance_revenue").Evaluate(Figures(("revenue_collected", 0m), ("finance_revenue", 7m))).Value);
    }

    [Fact]
    public void Overflow_gives_null_without_throwing()
    {
        var result = Parsed("finance_revenue * finance_revenue * finance_revenue").Evaluate(Figures(("finance_revenue", decimal.MaxValue / 2)));

        Assert.Null(result.Value);
        Assert.Empty(result.Missing);
        Assert.False(result.DivisionByZero);
        Assert.Null(Parsed("finance_revenue / 0.0000000001").Evaluate(Figures(("finance_revenue", decimal.MaxValue))).Value);
    }

    // The standard catalogue's formulas (seeded by the engine) with sample figures.
    [Theory]
    [InlineData("revenue_collected / finance_revenue * 100", "revenue_collected=2500000;finance_revenue=10000000", "25")]
    [InlineData("revenue_collected / population", "revenue_collected=2500000;population=12500", "200")]
    [InlineData("revenue_collected / revenue_assessed * 100", "revenue_collected=900;revenue_assessed=1200", "75")]
    [InlineData("finance_disbursed / budget_expenditure * 100", "finance_disbursed=45000000;budget_expenditure=50000000", "90")]
    [InlineData("budget_capital / budget_expenditure * 100", "budget_capital=12500000;budget_expenditure=50000000", "25")]
    [InlineData("budget_personnel / budget_expenditure * 100", "budget_personnel=19500000;budget_expenditure=50000000", "39")]
    [InlineData("finance_reserves / budget_expenditure * 100", "finance_reserves=30000000;budget_expenditure=50000000", "60")]
    [InlineData("finance_debt_service / finance_revenue * 100", "finance_debt_service=500000;finance_revenue=10000000", "5")]
    [InlineData("budget_on_time * 100", "budget_on_time=1", "100")]
    [InlineData("planning_reports_on_time / planning_reports_due * 100", "planning_reports_on_time=3;planning_reports_due=4", "75")]
    [InlineData("planning_participants / population * 1000", "planning_participants=250;population=12500", "20")]
    [InlineData("procurement_specific_value / procurement_contracted_value * 100", "procurement_specific_value=1500000;procurement_contracted_value=6000000", "25")]
    public void Standard_formulas_compute_their_sample_values(string text, string figures, string expected)
    {
        var values = figures.Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => (decimal?)decimal.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));

        var result = Parsed(text).Evaluate(values);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value);
        Assert.Empty(result.Missing);
    }
}
