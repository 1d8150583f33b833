using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Seeding;
using LocalGov.Procurement.Services.Ocds;
using LocalGov.Procurement.Services.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Procurement.Services;

internal static class OpenDataServices
{
    /// <summary>Registrations of OCDS releases and records, the public pages, the DLA views and IProcurementSummaries.</summary>
    public static IServiceCollection AddOpenDataServices(this IServiceCollection services)
    {
        services.AddScoped<OcdsPublisher>();
        services.AddScoped<IPublicProcurement, PublicProcurement>();
        services.AddScoped<IOcdsReleasePackages, OcdsReleasePackages>();
        services.AddScoped<ProcurementReportQueries>();
        services.AddScoped<IProcurementSummaries>(sp => sp.GetRequiredService<ProcurementReportQueries>());
        services.AddScoped<IProcurementBenchmark, ProcurementBenchmarkGenerator>();
        return services;
    }
}
