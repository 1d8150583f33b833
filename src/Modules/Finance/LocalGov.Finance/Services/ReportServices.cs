using LocalGov.Finance.Services.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Finance.Services;

/// <summary>Registrations of the reports: one builder per report, each building a ReportDocument from LedgerQueries.</summary>
internal static class ReportServices
{
    public static IServiceCollection AddReportServices(this IServiceCollection services)
    {
        services.AddScoped<ReportText>();
        services.AddScoped<TrialBalanceReport>();
        services.AddScoped<GeneralLedgerReport>();
        services.AddScoped<AccountDetailReport>();
        services.AddScoped<RevenueExpenditureReport>();
        services.AddScoped<BalanceSheetReport>();
        services.AddScoped<BudgetExecutionReport>();
        services.AddScoped<CashFlowReport>();
        return services;
    }
}
