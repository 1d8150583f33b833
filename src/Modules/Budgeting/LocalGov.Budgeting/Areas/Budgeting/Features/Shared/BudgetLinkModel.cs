using LocalGov.Budgeting.Contracts;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Shared;

/// <summary>What the budget page passes to the link partials other features contribute.</summary>
internal sealed record BudgetLinkModel(int BudgetId, BudgetStatus Status, bool CanChange);
