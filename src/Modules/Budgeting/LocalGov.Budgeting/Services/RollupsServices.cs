using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Budgeting.Services;

/// <summary>Service registrations of one feature area: Province and national roll-ups, summary rebuild, IBudgetSummaries, national budget generator.</summary>
internal static class RollupsServices
{
    public static IServiceCollection AddBudgetRollups(this IServiceCollection services) => services;
}
