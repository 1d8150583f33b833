using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Planning.Services;

internal static class PlanServiceRegistration
{
    public static IServiceCollection AddPlanServices(this IServiceCollection services) => services;
}
