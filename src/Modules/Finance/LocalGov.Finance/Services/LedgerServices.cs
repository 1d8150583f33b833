using LocalGov.Finance.Contracts;
using LocalGov.Finance.Seeding;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Finance.Services;

/// <summary>Registrations of the ledger's reference data (chart of accounts, funds) and the benchmark generator.</summary>
internal static class LedgerServices
{
    public static IServiceCollection AddLedgerServices(this IServiceCollection services)
    {
        services.AddScoped<IReferenceDataSeeder, ChartOfAccountsSeeder>();
        services.AddScoped<IFinanceBenchmark, FinanceBenchmarkGenerator>();
        return services;
    }
}
