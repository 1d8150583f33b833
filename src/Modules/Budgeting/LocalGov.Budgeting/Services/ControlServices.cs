using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Budgeting.Services;

/// <summary>Service registrations of one feature area: Budget control ledger (IBudgetControl) and amendments (transfers, explanation changes, carry-over, supplementary budgets).</summary>
internal static class ControlServices
{
    public static IServiceCollection AddBudgetControl(this IServiceCollection services) => services;
}
