using LocalGov.Revenue.Seeding;
using LocalGov.Revenue.Services.Fees;
using LocalGov.Revenue.Services.Signboards;
using LocalGov.Revenue.Services.Taxpayers;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Revenue.Services;

internal static class SignboardAndFeeServices
{
    public static IServiceCollection AddSignboardAndFeeServices(this IServiceCollection services)
    {
        services.AddScoped<SignboardRates>();
        services.AddScoped<SignboardAssessmentService>();
        services.AddScoped<LicenceService>();
        services.AddScoped<ITaxpayerReferenceMover, SignTaxpayerMover>();
        services.AddScoped<ITaxpayerReferenceMover, LicenceTaxpayerMover>();
        services.AddScoped<IReferenceDataSeeder, SignboardRateSeeder>();
        services.AddScoped<IDemoSeeder, SignboardAndFeeDemoSeeder>();
        return services;
    }
}
