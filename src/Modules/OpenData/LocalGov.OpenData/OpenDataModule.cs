using LocalGov.OpenData.Services;
using LocalGov.SharedKernel.Modularity;
using LocalGov.SharedKernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.OpenData;

/// <summary>
/// Open data: the citizen portal (published budget pages), downloads, the public API (/api/v1), the DCAT catalogue and
/// the ITA/OIT transparency documents. Everything public reads only the copies made at publication (ADR 0012).
/// </summary>
public sealed class OpenDataModule : IModule
{
    /// <summary>Publish and withdraw the LAO's datasets and transparency documents (LAO staff of their own LAO, administrators).</summary>
    public const string PublishPolicy = "OpenData.Publish";

    /// <summary>Follow which LAOs have published what (provincial officers: their province; DLA: all).</summary>
    public const string MonitorPolicy = "OpenData.Monitor";

    /// <summary>Rate limit of the public API and downloads, per client address.</summary>
    public const string ApiRateLimit = "OpenData.Api";

    /// <summary>Rate limit of the public pages, per client address (looser than the API's).</summary>
    public const string PageRateLimit = "OpenData.Pages";

    public string Name => "OpenData";

    public string Schema => "opendata";

    public IReadOnlyList<MenuItem> Menu { get; } =
    [
        new("Menu.OpenData", "OpenData", "Portal", "Index", MenuItem.Anonymous, 5),
        new("Menu.Publishing", "OpenData", "Publishing", "Index", PublishPolicy, 36),
        new("Menu.Compliance", "OpenData", "Compliance", "Index", MonitorPolicy, 37),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddOpenDataFeatures(configuration);

    public void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OpenDataModule).Assembly);

    public void AddPolicies(AuthorizationOptions options)
    {
        options.AddPolicy(PublishPolicy, p => p.RequireRole(
            Roles.LaoFinanceOfficer, Roles.LaoPlanningOfficer, Roles.LaoProcurementOfficer, Roles.LaoExecutive, Roles.SystemAdministrator));
        options.AddPolicy(MonitorPolicy, p => p.RequireRole(
            Roles.ProvincialDlaOfficer, Roles.DlaCentralOfficer, Roles.DlaExecutive, Roles.SystemAdministrator));
    }
}
