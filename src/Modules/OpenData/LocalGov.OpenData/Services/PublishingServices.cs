using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Services.Publishing;
using LocalGov.OpenData.Services.Transparency;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.OpenData.Services;

/// <summary>Registrations of publishing, withdrawal and the ITA/OIT transparency documents.</summary>
internal static class PublishingServiceRegistration
{
    public static IServiceCollection AddPublishingServices(this IServiceCollection services)
    {
        services.AddScoped<TransparencyDocuments>();
        services.AddScoped<DocumentText>();
        services.AddScoped<PublishingWorkflow>();
        services.AddScoped<PublishingAccess>();
        services.AddScoped<IPublications, Publications>();
        return services;
    }
}
