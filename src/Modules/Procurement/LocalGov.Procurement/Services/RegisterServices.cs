using LocalGov.Procurement.Seeding;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Procurement.Services;

internal static class RegisterServices
{
    /// <summary>Registrations of vendors, the procurement plan, method rule administration, the asset register.</summary>
    public static IServiceCollection AddRegisterServices(this IServiceCollection services)
    {
        services.AddScoped<VendorRegister>();
        services.AddScoped<AssetRegister>();
        services.AddScoped<IAssetIntake>(sp => sp.GetRequiredService<AssetRegister>());
        services.AddScoped<IDemoSeeder, RegisterDemoSeeder>();
        return services;
    }
}
