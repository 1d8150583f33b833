using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Seeding;
using LocalGov.OpenData.Services.National;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.OpenData.Services;

/// <summary>Registrations of the national dataset's publications (seed national, publish national).</summary>
internal static class NationalServiceRegistration
{
    public static IServiceCollection AddNationalServices(this IServiceCollection services)
    {
        services.AddScoped<NationalPublisher>();
        services.AddScoped<INationalPublication>(s => s.GetRequiredService<NationalPublisher>());
        services.AddScoped<INationalSeeder, OpenDataNationalSeeder>();
        return services;
    }
}
