using LocalGov.Planning.Seeding;
using LocalGov.Planning.Services.Plans;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Planning.Services;

internal static class PlanServiceRegistration
{
    public static IServiceCollection AddPlanServices(this IServiceCollection services)
    {
        services.AddScoped<PlanEditor>();
        services.AddScoped<PlanWorkbook>();
        services.AddScoped<IDemoSeeder, PlanDemoSeeder>();
        return services;
    }
}
