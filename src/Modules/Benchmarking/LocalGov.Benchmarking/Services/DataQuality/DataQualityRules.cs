using LocalGov.Benchmarking.Domain;

namespace LocalGov.Benchmarking.Services.DataQuality;

/// <summary>What late data is: a budget not in force when the year began, or progress reports submitted after their due date.</summary>
internal enum LateKind
{
    Budget = 1,
    Reports = 2,
}

/// <summary>The data-quality rules that need no database: which module a missing figure belongs to, and what counts as late.</summary>
internal static class DataQualityRules
{
    /// <summary>The module a figure code comes from; an unknown code (a figure since retired) counts as its own prefix's module.</summary>
    public static string ModuleOf(string figureCode) => FigureCatalog.Find(figureCode)?.Source ?? "Other";

    /// <summary>The figure codes an <see cref="IndicatorValue.MissingInputs"/> list names ("/0" is a zero denominator, not missing data).</summary>
    public static IReadOnlyList<string> MissingFigures(string? missingInputs) => string.IsNullOrWhiteSpace(missingInputs)
        ? []
        : missingInputs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(c => c != "/0").ToList();

    /// <summary>The budget was late when the flag says it was not in force before 1 October (a missing flag is missing data, not late).</summary>
    public static bool BudgetLate(decimal? budgetOnTime) => budgetOnTime == 0m;

    /// <summary>Reports due but not submitted on time; 0 when either count is missing.</summary>
    public static int LateReports(decimal? due, decimal? onTime) =>
        due is { } d && onTime is { } t && d > t ? (int)Math.Round(d - t, MidpointRounding.AwayFromZero) : 0;
}
