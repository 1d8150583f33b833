using LocalGov.OpenData.Services.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.OpenData.Services;

/// <summary>Registrations of the citizen portal pages (find an LAO, the LAO budget page).</summary>
internal static class PortalServiceRegistration
{
    public static IServiceCollection AddPortalServices(this IServiceCollection services)
    {
        services.AddScoped<PortalQueries>();
        services.AddOptions<PortalMapOptions>().BindConfiguration(PortalMapOptions.Section);
        return services;
    }
}
