using LocalGov.OpenData.Services.Datasets;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.OpenData.Services;

/// <summary>Registrations of the dataset downloads (CSV, JSON, XLSX), the data dictionary, the DCAT catalogue and the Fiscal Data Package.</summary>
internal static class DownloadServiceRegistration
{
    public static IServiceCollection AddDownloadServices(this IServiceCollection services)
    {
        services.AddScoped<DatasetRows>();
        services.AddScoped<DatasetDownloads>();
        services.AddScoped<DcatCatalogue>();
        services.AddScoped<FiscalDataPackage>();
        return services;
    }
}
