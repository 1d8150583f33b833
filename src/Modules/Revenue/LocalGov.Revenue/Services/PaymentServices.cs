using LocalGov.Revenue.Seeding;
using LocalGov.Revenue.Services.Payments;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Revenue.Services;

internal static class PaymentServices
{
    public static IServiceCollection AddPaymentServices(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddScoped<BillPositions>();
        services.AddScoped<ReceiptNumbering>();
        services.AddScoped<LedgerHandOff>();
        services.AddScoped<PaymentService>();
        services.AddScoped<BankStatementImport>();
        services.AddScoped<BillQr>();
        services.AddScoped<ArrearsReports>();
        services.AddScoped<IReferenceDataSeeder, PaymentReferenceDataSeeder>();
        services.AddScoped<IDemoSeeder, PaymentDemoSeeder>();
        return services;
    }
}
