using LocalGov.Budgeting.Domain;
using LocalGov.SharedKernel.Security;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Workflow;

/// <summary>
/// Who may take a workflow step on a budget: one of the step's roles, and the scope that goes with it — LAO staff
/// only for their own LAO; the provincial DLA officer only for LAOs of the province.
/// </summary>
internal sealed class WorkflowPermissions(IOrganizationScope scope, ICurrentUser user)
{
    public async Task<bool> CanTakeAsync(BudgetTransition transition, Budget budget, CancellationToken cancellationToken)
    {
        if (!transition.Roles.Any(user.IsInRole))
        {
            return false;
        }

        if (transition.Roles.Any(r => Roles.LaoStaff.Contains(r)))
        {
            return transition.Roles.Any(r => Roles.LaoStaff.Contains(r) && user.IsInRole(r))
                && await scope.CanChangeLaoAsync(budget.LaoId, cancellationToken);
        }

        return user.IsInRole(Roles.ProvincialDlaOfficer) && await scope.CanReadLaoAsync(budget.LaoId, cancellationToken);
    }

    /// <summary>The steps this user may take from the budget's status, scope included.</summary>
    public async Task<IReadOnlyList<BudgetTransition>> AllowedAsync(Budget budget, CancellationToken cancellationToken)
    {
        var allowed = new List<BudgetTransition>();
        foreach (var transition in BudgetWorkflow.AllowedFrom(budget.Status, user))
        {
            if (await CanTakeAsync(transition, budget, cancellationToken))
            {
                allowed.Add(transition);
            }
        }

        return allowed;
    }

    /// <summary>Council readings are recorded by the LAO's own preparers.</summary>
    public async Task<bool> CanRecordReadingAsync(Budget budget, CancellationToken cancellationToken) =>
        (user.IsInRole(Roles.LaoFinanceOfficer) || user.IsInRole(Roles.LaoExecutive))
        && await scope.CanChangeLaoAsync(budget.LaoId, cancellationToken);
}
