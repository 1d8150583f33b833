using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Revenue.Services;

internal static class LandTaxServices
{
    public static IServiceCollection AddLandTaxServices(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }
}
