using LocalGov.Finance.Areas.Finance.Features.Periods;
using LocalGov.Finance.Seeding;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Finance.Services;

/// <summary>Registrations of the books: chart of accounts, bank accounts, periods and year-end, the journal.</summary>
internal static class BookServices
{
    public static IServiceCollection AddBookServices(this IServiceCollection services)
    {
        services.AddScoped<YearEndClose>();
        services.AddScoped<IDemoSeeder, BooksDemoSeeder>();
        return services;
    }
}
