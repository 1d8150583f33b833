using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Finance.Services;

internal static class BookServices
{
    public static IServiceCollection AddBookServices(this IServiceCollection services)
    {
        return services;
    }
}
