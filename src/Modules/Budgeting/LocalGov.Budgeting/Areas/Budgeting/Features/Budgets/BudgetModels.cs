using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Budgets;

internal sealed record BudgetListItem(
    int Id,
    int LaoId,
    string LaoName,
    int FiscalYear,
    BudgetKind Kind,
    int Sequence,
    BudgetStatus Status,
    Money RevenueTotal,
    Money ExpenditureTotal);

/// <summary>The "create budget for FY N" form of an LAO preparer.</summary>
internal sealed class CreateBudgetForm
{
    public int? FiscalYear { get; set; }
    public bool CopyFromLastYear { get; set; }
}

internal sealed record BudgetIndexViewModel(
    IReadOnlyList<BudgetListItem> Budgets,
    int? Year,
    IReadOnlyList<int> Years,
    int Page,
    int PageCount,
    int Total,
    string? OwnLaoName,
    CreateBudgetForm? Create);

internal sealed record BudgetDetailsViewModel(
    Budget Budget,
    string LaoName,
    IReadOnlyDictionary<int, Classification> Classes,
    IReadOnlyList<BudgetLine> Lines,
    IReadOnlyList<RevenueEstimate> Revenues,
    IReadOnlyList<BudgetStatusChange> History,
    BudgetCheckResult Checks,
    Money PersonnelTotal,
    IReadOnlyList<BudgetTransition> Transitions,
    int? NextReading,
    bool CanEdit,
    bool CanChange,
    DateOnly Today)
{
    public string ClassName(int id) =>
        Classes.TryGetValue(id, out var c) ? BudgetEditing.Label(c) : "?";
}
