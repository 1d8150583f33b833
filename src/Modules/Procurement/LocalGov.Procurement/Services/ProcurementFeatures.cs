using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Seeding;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Procurement.Services;

/// <summary>
/// Service registrations of the Procurement features, one method per area so that parallel work touches separate
/// files: register (vendors, plan, method rules, assets), cases (requisition to award), contracts (contract,
/// delivery, inspection, payment), open data (OCDS, public pages, DLA views).
/// </summary>
internal static class ProcurementFeatures
{
    public static IServiceCollection AddProcurementFeatures(this IServiceCollection services)
    {
        services.AddScoped<IReferenceDataSeeder, MethodRuleSeeder>();
        services.AddScoped<ProcurementRules>();
        services.AddRegisterServices();
        services.AddCaseServices();
        services.AddContractServices();
        services.AddOpenDataServices();
        return services;
    }
}
