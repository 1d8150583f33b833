using LocalGov.Procurement.Seeding;
using LocalGov.Procurement.Services.Cases;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Procurement.Services;

internal static class CaseServices
{
    /// <summary>Registrations of cases from requisition to award.</summary>
    public static IServiceCollection AddCaseServices(this IServiceCollection services)
    {
        services.AddScoped<CaseWorkflow>();
        services.AddScoped<IDemoSeeder, CaseDemoSeeder>();
        return services;
    }
}
