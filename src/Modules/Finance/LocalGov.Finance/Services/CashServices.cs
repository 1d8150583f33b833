using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Finance.Services;

internal static class CashServices
{
    public static IServiceCollection AddCashServices(this IServiceCollection services)
    {
        return services;
    }
}
