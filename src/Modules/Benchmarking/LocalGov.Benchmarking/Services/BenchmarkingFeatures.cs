using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Benchmarking.Services;

/// <summary>
/// Service registrations of the Benchmarking features, one method per area so that parallel work touches separate
/// files: the engine (formulas, recomputation, catalogue seed), the report card, the dashboards and rankings, the
/// data-quality view and the catalogue administration.
/// </summary>
internal static class BenchmarkingFeatures
{
    public static IServiceCollection AddBenchmarkingFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IndicatorCatalogQueries>();
        services.AddEngineServices(configuration);
        services.AddCardServices();
        services.AddDashboardServices();
        services.AddDataQualityServices();
        services.AddDataServices();
        return services;
    }
}
