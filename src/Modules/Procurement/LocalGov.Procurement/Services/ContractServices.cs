using LocalGov.Procurement.Seeding;
using LocalGov.Procurement.Services.Contracts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Procurement.Services;

internal static class ContractServices
{
    /// <summary>Registrations of contracts, delivery, inspection, penalties and payment requests.</summary>
    public static IServiceCollection AddContractServices(this IServiceCollection services)
    {
        services.AddScoped<ContractWorkflow>();
        services.AddScoped<IDemoSeeder, ContractDemoSeeder>();
        return services;
    }
}
