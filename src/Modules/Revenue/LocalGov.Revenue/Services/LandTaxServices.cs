using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Seeding;
using LocalGov.Revenue.Services.LandTax;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Revenue.Services;

internal static class LandTaxServices
{
    public static IServiceCollection AddLandTaxServices(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddScoped<IReferenceDataSeeder, LandTaxReferenceDataSeeder>();
        services.AddScoped<IDemoSeeder, LandTaxDemoSeeder>();
        services.AddScoped<LandTaxReferenceData>();
        services.AddScoped<LandTaxAssessmentRun>();
        services.AddScoped<AssessmentLineWriter>();
        services.AddScoped<LandTaxInstalments>();
        services.AddScoped<ParcelEditor>();
        services.AddSingleton<ParcelPriceWorkbook>();
        services.AddScoped<ParcelPriceImport>();
        services.AddScoped<ILandTaxBenchmark, LandTaxBenchmark>();
        return services;
    }
}
