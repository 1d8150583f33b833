using LocalGov.Benchmarking.Services.DataQuality;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Benchmarking.Services;

/// <summary>The data-quality view and the catalogue administration (indicators, peer bands).</summary>
internal static class DataQualityServiceRegistration
{
    public static IServiceCollection AddDataQualityServices(this IServiceCollection services)
    {
        services.AddScoped<DataQualityQueries>();
        services.AddScoped<OutlierReviews>();
        return services;
    }
}
