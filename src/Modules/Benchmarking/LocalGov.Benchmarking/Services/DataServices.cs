using LocalGov.Benchmarking.Seeding;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Benchmarking.Services;

/// <summary>Registrations of the benchmark data area: the national seeder that recomputes the generated years.</summary>
internal static class DataServiceRegistration
{
    public static IServiceCollection AddDataServices(this IServiceCollection services)
    {
        services.AddScoped<INationalSeeder, BenchmarkingNationalSeeder>();
        return services;
    }
}
