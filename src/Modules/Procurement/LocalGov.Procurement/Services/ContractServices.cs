using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Procurement.Services;

internal static class ContractServices
{
    /// <summary>Registrations of contracts, delivery, inspection, penalties and payment requests.</summary>
    public static IServiceCollection AddContractServices(this IServiceCollection services)
    {
        return services;
    }
}
