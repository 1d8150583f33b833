using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Finance.Services;

/// <summary>
/// Service registrations of the Finance features, one method per area so that parallel work touches separate
/// files: ledger and reference data, books (accounts, periods, entries, year-end), vouchers, cash (receipts,
/// deposits, reconciliation), reports.
/// </summary>
internal static class FinanceFeatures
{
    public static IServiceCollection AddFinanceFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLedgerServices();
        services.AddBookServices();
        services.AddVoucherServices(configuration);
        services.AddCashServices();
        services.AddReportServices();
        return services;
    }
}
