using LocalGov.Benchmarking.Services.Dashboards;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Benchmarking.Services;

internal static class DashboardServiceRegistration
{
    public static IServiceCollection AddDashboardServices(this IServiceCollection services)
    {
        services.AddScoped<DashboardQueries>();
        return services;
    }
}
