using System.Globalization;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Excel;

/// <summary>
/// The workbook finance staff exchange with LocalGov: sheet names and column headers (Thai, as in the LAOs' own
/// spreadsheets). The reader finds columns by these header texts, so their order may change in the file.
/// </summary>
internal static class BudgetWorkbookLayout
{
    public const string RevenueSheet = "ประมาณการรายรับ";
    public const string ExpenditureSheet = "ประมาณการรายจ่าย";
    public const string InfoSheet = "ข้อมูล";
    public const string AmountFormat = "#,##0.00";

    public const string No = "ลำดับ";
    public const string RevenueCategoryCode = "รหัสหมวดรายได้";
    public const string RevenueCategory = "หมวดรายได้";
    public const string Item = "รายการ";
    public const string Amount = "จำนวนเงิน (บาท)";
    public const string Explanation = "คำชี้แจง";
    public const string ProgrammeCode = "รหัสแผนงาน";
    public const string Programme = "แผนงาน";
    public const string WorkUnitCode = "รหัสงาน";
    public const string WorkUnit = "งาน";
    public const string GroupCode = "รหัสงบ";
    public const string Group = "งบ";
    public const string CategoryCode = "รหัสหมวด";
    public const string Category = "หมวด";
    public const string LineItem = "รายการ/โครงการ";
    public const string IsProject = "โครงการ (Y/N)";
    public const string PlanProjectCode = "รหัสโครงการในแผนพัฒนา";

    /// <summary>Largest amount accepted in one cell (one trillion baht), far above any LAO budget.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    public const int MaxItemLength = 500;
    public const int MaxExplanationLength = 4000;
    public const int MaxPlanProjectCodeLength = 50;

    /// <summary>More rows than any LAO budget has; a larger sheet is refused rather than read.</summary>
    public const int MaxRows = 10_000;

    public static string RevenueActual(int year) => "รายรับจริงปี " + Year(year);

    public static string ExpenditureActual(int year) => "รายจ่ายจริงปี " + Year(year);

    public static string Estimate(int year) => "ประมาณการปี " + Year(year);

    public static IReadOnlyList<string> RevenueHeaders(int fiscalYear) =>
    [
        No, RevenueCategoryCode, RevenueCategory, Item, Amount, Explanation,
        RevenueActual(fiscalYear - 2), RevenueActual(fiscalYear - 1), Estimate(fiscalYear - 1),
    ];

    public static IReadOnlyList<string> ExpenditureHeaders(int fiscalYear) =>
    [
        No, ProgrammeCode, Programme, WorkUnitCode, WorkUnit, GroupCode, Group, CategoryCode, Category, LineItem, IsProject, Amount,
        Explanation, PlanProjectCode, ExpenditureActual(fiscalYear - 2), ExpenditureActual(fiscalYear - 1), Estimate(fiscalYear - 1),
    ];

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What the reader found wrong, as a kind the page turns into a localized sentence.</summary>
internal enum WorkbookProblem
{
    NotAWorkbook = 1,
    MissingSheet = 2,
    MissingColumn = 3,
    TooManyRows = 4,
    Required = 5,
    NotANumber = 6,
    Negative = 7,
    TooManyDecimals = 8,
    TooLarge = 9,
    UnknownCode = 10,
    WrongKind = 11,
    NotInForce = 12,
    WorkUnitNotInProgramme = 13,
    CategoryNotInGroup = 14,
    Duplicate = 15,
    TooLong = 16,
    InvalidFlag = 17,
    Empty = 18,
}

/// <summary>One problem in the file: the sheet, the row number as Excel shows it, the column header and what is wrong.</summary>
/// <param name="Detail">The offending value, a limit, or the first row of a duplicate.</param>
internal sealed record WorkbookError(string Sheet, int Row, string Column, WorkbookProblem Problem, string? Detail = null);

/// <summary>A revenue estimate read from the file, its codes resolved to classification ids.</summary>
internal sealed record ImportedRevenue(
    int Row,
    int CategoryId,
    string ItemName,
    Money Amount,
    string Explanation,
    Money? ActualTwoYearsAgo,
    Money? ActualLastYear,
    Money? EstimateLastYear);

/// <summary>An expenditure line read from the file, its codes resolved to classification ids.</summary>
internal sealed record ImportedLine(
    int Row,
    int ProgrammeId,
    int WorkUnitId,
    int GroupId,
    int CategoryId,
    string ItemName,
    bool IsProject,
    Money Amount,
    string Explanation,
    string? PlanProjectCode,
    Money? ActualTwoYearsAgo,
    Money? ActualLastYear,
    Money? EstimateLastYear);

internal sealed record BudgetWorkbookReadResult(
    IReadOnlyList<ImportedRevenue> Revenues,
    IReadOnlyList<ImportedLine> Lines,
    IReadOnlyList<WorkbookError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>The header facts of the "ข้อมูล" sheet, already in the reader's language.</summary>
internal sealed record BudgetWorkbookInfo(string LaoName, string LaoCode, int FiscalYear, string Status, DateTime ExportedUtc);
