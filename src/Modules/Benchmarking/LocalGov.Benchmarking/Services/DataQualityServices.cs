using LocalGov.Benchmarking.Services.Catalogue;
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
        services.AddScoped<IndicatorCatalogAdmin>();
        services.AddScoped<PeerBandAdmin>();
        return services;
    }
}
