using LocalGov.OpenData.Services.Api;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.OpenData.Services;

/// <summary>Registrations of the public REST API (/api/v1) and its OpenAPI description.</summary>
internal static class ApiServiceRegistration
{
    public static IServiceCollection AddApiServices(this IServiceCollection services)
    {
        services.AddScoped<ApiQueries>();
        services.AddScoped<ApiDocsBuilder>();
        ApiDocument.AddTo(services);
        return services;
    }
}
