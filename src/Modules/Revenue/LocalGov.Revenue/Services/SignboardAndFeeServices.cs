using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Revenue.Services;

internal static class SignboardAndFeeServices
{
    public static IServiceCollection AddSignboardAndFeeServices(this IServiceCollection services)
    {
        return services;
    }
}
