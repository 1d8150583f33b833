using LocalGov.Planning.Services.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Planning.Services;

internal static class PlanServiceRegistration
{
    public static IServiceCollection AddPlanServices(this IServiceCollection services)
    {
        services.AddScoped<PlanEditor>();
        services.AddScoped<PlanWorkbook>();
        return services;
    }
}
