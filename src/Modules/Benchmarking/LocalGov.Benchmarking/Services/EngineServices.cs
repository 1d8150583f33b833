using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Seeding;
using LocalGov.Benchmarking.Services.Engine;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Benchmarking.Services;

internal static class EngineServiceRegistration
{
    public static IServiceCollection AddEngineServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<FigureCollector>();
        services.AddScoped<IIndicatorRecompute, IndicatorRecompute>();
        services.AddScoped<IIndicatorValues, IndicatorValues>();
        services.AddScoped<IReferenceDataSeeder, BenchmarkingReferenceDataSeeder>();
        services.AddScoped<IDemoSeeder, BenchmarkingDemoSeeder>();
        services.AddSingleton(sp => RecomputeSchedule.From(sp.GetRequiredService<IConfiguration>()));
        services.AddHostedService<NightlyRecompute>();
        return services;
    }
}
