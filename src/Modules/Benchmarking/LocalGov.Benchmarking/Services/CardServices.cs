using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Benchmarking.Services;

internal static class CardServiceRegistration
{
    public static IServiceCollection AddCardServices(this IServiceCollection services)
    {
        return services;
    }
}
