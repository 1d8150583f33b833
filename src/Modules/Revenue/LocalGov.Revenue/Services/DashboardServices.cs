using LocalGov.Revenue.Areas.Revenue.Features.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Revenue.Services;

internal static class DashboardServices
{
    public static IServiceCollection AddDashboardServices(this IServiceCollection services)
    {
        services.AddScoped<DashboardReport>();
        return services;
    }
}
