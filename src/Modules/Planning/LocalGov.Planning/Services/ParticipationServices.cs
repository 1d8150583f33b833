using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Planning.Services;

internal static class ParticipationServiceRegistration
{
    public static IServiceCollection AddParticipationServices(this IServiceCollection services, IConfiguration configuration) => services;
}
