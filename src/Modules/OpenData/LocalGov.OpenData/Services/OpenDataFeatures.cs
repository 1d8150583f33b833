using System.Threading.RateLimiting;
using LocalGov.OpenData.Seeding;
using LocalGov.OpenData.Services.Publishing;
using LocalGov.SharedKernel.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.OpenData.Services;

/// <summary>
/// Service registrations of the Open data features, one method per area so that parallel work touches separate files:
/// the portal pages, publishing and the transparency documents, the API, the downloads and catalogue, the national data.
/// </summary>
internal static class OpenDataFeatures
{
    public static IServiceCollection AddOpenDataFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PublicationCache>();
        services.AddScoped<Publisher>();
        services.AddScoped<PublishedData>();
        services.AddScoped<DatasetFilterReader>();
        services.AddScoped<IDemoSeeder, OpenDataDemoSeeder>();

        var cacheSeconds = Math.Max(1, configuration.GetValue("OpenData:Cache:Seconds", 600));
        services.Configure<OutputCacheOptions>(o => PublicationCache.AddPolicy(o, TimeSpan.FromSeconds(cacheSeconds)));

        // Per client address; OpenData:RateLimit:* raise them (the load benchmark) or lower them (tests).
        var apiPermits = Math.Max(1, configuration.GetValue("OpenData:RateLimit:ApiPermitsPerMinute", 120));
        var pagePermits = Math.Max(1, configuration.GetValue("OpenData:RateLimit:PagePermitsPerMinute", 600));
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(OpenDataModule.ApiRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = apiPermits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.AddPolicy(OpenDataModule.PageRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = pagePermits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        services.AddPortalServices();
        services.AddPublishingServices();
        services.AddApiServices();
        services.AddDownloadServices();
        services.AddNationalServices();
        return services;
    }
}
