using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Finance.Services;

internal static class ReportServices
{
    public static IServiceCollection AddReportServices(this IServiceCollection services)
    {
        return services;
    }
}
