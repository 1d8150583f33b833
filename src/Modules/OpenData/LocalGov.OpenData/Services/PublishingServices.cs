using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.OpenData.Services;

/// <summary>Registrations of publishing, withdrawal and the ITA/OIT transparency documents.</summary>
internal static class PublishingServiceRegistration
{
    public static IServiceCollection AddPublishingServices(this IServiceCollection services) => services;
}
