using LocalGov.Revenue.Seeding;
using LocalGov.Revenue.Services.Taxpayers;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Revenue.Services;

internal static class TaxpayerServices
{
    public static IServiceCollection AddTaxpayerServices(this IServiceCollection services)
    {
        services.AddScoped<TaxpayerQueries>();
        services.AddScoped<TaxpayerMergeService>();

        // Each area whose rows reference a taxpayer registers its mover next to its own services.
        services.AddScoped<ITaxpayerReferenceMover, BillTaxpayerMover>();
        services.AddScoped<ITaxpayerReferenceMover, ReceiptTaxpayerMover>();
        services.AddScoped<IDemoSeeder, TaxpayerDemoSeeder>();
        return services;
    }
}
