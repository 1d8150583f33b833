using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Revenue.Services;

internal static class DashboardServices
{
    public static IServiceCollection AddDashboardServices(this IServiceCollection services)
    {
        return services;
    }
}
