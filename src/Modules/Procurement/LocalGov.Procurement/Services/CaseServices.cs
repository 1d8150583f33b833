using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Procurement.Services;

internal static class CaseServices
{
    /// <summary>Registrations of cases from requisition to award.</summary>
    public static IServiceCollection AddCaseServices(this IServiceCollection services)
    {
        return services;
    }
}
