using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Finance.Services;

internal static class VoucherServices
{
    public static IServiceCollection AddVoucherServices(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }
}
