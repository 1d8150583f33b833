using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Benchmarking.Services;

internal static class DataQualityServiceRegistration
{
    public static IServiceCollection AddDataQualityServices(this IServiceCollection services)
    {
        return services;
    }
}
