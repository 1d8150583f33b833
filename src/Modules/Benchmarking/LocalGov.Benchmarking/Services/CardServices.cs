using LocalGov.Benchmarking.Services.Cards;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Benchmarking.Services;

internal static class CardServiceRegistration
{
    public static IServiceCollection AddCardServices(this IServiceCollection services)
    {
        services.AddScoped<CardReport>();
        return services;
    }
}
