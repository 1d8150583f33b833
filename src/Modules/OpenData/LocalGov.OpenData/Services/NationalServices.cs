using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.OpenData.Services;

/// <summary>Registrations of the national dataset's publications (seed national) and the load benchmark.</summary>
internal static class NationalServiceRegistration
{
    public static IServiceCollection AddNationalServices(this IServiceCollection services) => services;
}
