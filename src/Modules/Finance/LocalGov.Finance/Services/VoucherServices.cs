using LocalGov.Finance.Contracts;
using LocalGov.Finance.Seeding;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Finance.Services;

/// <summary>Registrations of the vouchers area: the lifecycle, payment requests from other modules, withholding tax rates, demo vouchers.</summary>
internal static class VoucherServices
{
    public static IServiceCollection AddVoucherServices(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddScoped<VoucherNumbers>();
        services.AddScoped<VoucherWorkflow>();
        services.AddScoped<IPaymentRequests, PaymentRequests>();
        services.AddScoped<IReferenceDataSeeder, WithholdingTaxRateSeeder>();
        services.AddScoped<IDemoSeeder, VoucherDemoSeeder>();
        return services;
    }
}
