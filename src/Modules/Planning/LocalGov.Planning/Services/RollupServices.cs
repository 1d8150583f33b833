using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Planning.Services;

internal static class RollupServiceRegistration
{
    public static IServiceCollection AddRollupServices(this IServiceCollection services) => services;
}
