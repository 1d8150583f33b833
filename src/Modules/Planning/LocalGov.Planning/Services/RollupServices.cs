using LocalGov.Planning.Contracts;
using LocalGov.Planning.Seeding;
using LocalGov.Planning.Services.Rollups;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Planning.Services;

internal static class RollupServiceRegistration
{
    public static IServiceCollection AddRollupServices(this IServiceCollection services)
    {
        services.AddScoped<PlanningRollupReports>();
        services.AddScoped<IPlanningSummaryRebuild, PlanningSummaryRebuild>();
        services.AddScoped<INationalSeeder, PlanningNationalSeeder>();
        services.AddScoped<PlanningSummarySynthesis>();
        services.AddScoped<IDemoSeeder, PlanningSyntheticDemoSeeder>();
        return services;
    }
}
