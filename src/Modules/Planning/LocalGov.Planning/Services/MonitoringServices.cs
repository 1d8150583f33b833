using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Planning.Services;

internal static class MonitoringServiceRegistration
{
    public static IServiceCollection AddMonitoringServices(this IServiceCollection services) => services;
}
