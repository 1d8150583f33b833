using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Revenue.Services;

/// <summary>
/// Service registrations of the Revenue features, one method per area so that parallel work touches separate
/// lines: taxpayers, land and building tax, signboard tax and fees, payments and arrears, dashboards.
/// </summary>
internal static class RevenueFeatures
{
    public static IServiceCollection AddRevenueFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTaxpayerServices();
        services.AddLandTaxServices(configuration);
        services.AddSignboardAndFeeServices();
        services.AddPaymentServices(configuration);
        services.AddDashboardServices();
        return services;
    }
}
