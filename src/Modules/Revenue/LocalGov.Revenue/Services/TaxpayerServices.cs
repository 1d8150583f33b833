using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Revenue.Services;

internal static class TaxpayerServices
{
    public static IServiceCollection AddTaxpayerServices(this IServiceCollection services)
    {
        return services;
    }
}
