using LocalGov.Budgeting.Contracts;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Excel;

/// <summary>The import page: the budget it replaces, whether it may change, and the problems of the last upload.</summary>
internal sealed record ExcelImportViewModel(
    int BudgetId,
    string LaoName,
    int FiscalYear,
    BudgetStatus Status,
    bool IsEditable,
    IReadOnlyList<WorkbookError> Errors);
