using LocalGov.Finance.Seeding;
using LocalGov.Finance.Services.Cash;
using LocalGov.Revenue.Contracts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Finance.Services;

/// <summary>Registrations of the cash area: Revenue's receipts into the ledger, counter receipts, deposits, daily cash report, bank reconciliation.</summary>
internal static class CashServices
{
    public static IServiceCollection AddCashServices(this IServiceCollection services)
    {
        services.AddScoped<CashBook>();
        services.AddScoped<IReceiptLedgerPosting, RevenueReceiptPosting>();
        services.AddScoped<CounterReceipts>();
        services.AddScoped<DailyCashReport>();
        services.AddScoped<Reconciliation>();
        services.AddScoped<IDemoSeeder, CashDemoSeeder>();
        return services;
    }
}
