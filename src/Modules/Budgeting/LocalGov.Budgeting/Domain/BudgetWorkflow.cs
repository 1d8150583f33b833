using LocalGov.Budgeting.Contracts;
using LocalGov.SharedKernel.Security;

namespace LocalGov.Budgeting.Domain;

/// <summary>
/// The ordinance's path: draft → council (three readings) → supervising authority → approved → promulgated,
/// or returned with reasons at the council or the supervisor. Each step names the roles that may take it:
/// LAO staff move their own budget; the provincial DLA officer records the supervisor's decision (governor for
/// a PAO or municipality, district chief for an SAO, whose district offices report through the province).
/// </summary>
internal static class BudgetWorkflow
{
    private static readonly string[] LaoPreparers = [Roles.LaoFinanceOfficer, Roles.LaoExecutive];
    private static readonly string[] Supervisors = [Roles.ProvincialDlaOfficer];

    public static IReadOnlyList<BudgetTransition> Transitions { get; } =
    [
        new(BudgetStatus.Draft, BudgetStatus.SubmittedToCouncil, LaoPreparers, RequiresReason: false),
        new(BudgetStatus.Returned, BudgetStatus.SubmittedToCouncil, LaoPreparers, RequiresReason: false),
        new(BudgetStatus.SubmittedToCouncil, BudgetStatus.PassedByCouncil, LaoPreparers, RequiresReason: false),
        new(BudgetStatus.SubmittedToCouncil, BudgetStatus.Returned, LaoPreparers, RequiresReason: true),
        new(BudgetStatus.PassedByCouncil, BudgetStatus.SubmittedToSupervisor, LaoPreparers, RequiresReason: false),
        new(BudgetStatus.SubmittedToSupervisor, BudgetStatus.Approved, Supervisors, RequiresReason: false),
        new(BudgetStatus.SubmittedToSupervisor, BudgetStatus.Returned, Supervisors, RequiresReason: true),
        new(BudgetStatus.Approved, BudgetStatus.Promulgated, LaoPreparers, RequiresReason: false),
    ];

    public static BudgetTransition? Find(BudgetStatus from, BudgetStatus to) =>
        Transitions.FirstOrDefault(t => t.From == from && t.To == to);

    /// <summary>The transitions the user's roles allow from a status (scope is checked separately).</summary>
    public static IEnumerable<BudgetTransition> AllowedFrom(BudgetStatus from, ICurrentUser user) =>
        Transitions.Where(t => t.From == from && t.Roles.Any(user.IsInRole));
}

internal sealed record BudgetTransition(BudgetStatus From, BudgetStatus To, IReadOnlyList<string> Roles, bool RequiresReason);
