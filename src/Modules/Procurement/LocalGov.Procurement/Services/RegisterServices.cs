using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Procurement.Services;

internal static class RegisterServices
{
    /// <summary>Registrations of vendors, the procurement plan, method rule administration, the asset register.</summary>
    public static IServiceCollection AddRegisterServices(this IServiceCollection services)
    {
        return services;
    }
}
