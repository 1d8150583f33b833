using LocalGov.Benchmarking.Services;
using LocalGov.SharedKernel.Modularity;
using LocalGov.SharedKernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Benchmarking;

/// <summary>Benchmarking: the indicator catalogue, per-LAO indicator values with ranks among peers, report cards, executive dashboards and data quality.</summary>
public sealed class BenchmarkingModule : IModule
{
    /// <summary>Read the report card of an LAO within the user's scope (LAO staff: their own, with anonymised peer statistics).</summary>
    public const string ReadPolicy = "Benchmarking.Read";

    /// <summary>Named rankings and dashboards across LAOs: provincial officers (their province), DLA and executives (all).</summary>
    public const string DashboardPolicy = "Benchmarking.Dashboards";

    /// <summary>The data-quality view: review missing, late and outlying data.</summary>
    public const string DataQualityPolicy = "Benchmarking.DataQuality";

    /// <summary>Maintain the indicator catalogue and the peer bands, and recompute a year on demand.</summary>
    public const string ManagePolicy = "Benchmarking.Manage";

    public string Name => "Benchmarking";

    public string Schema => "benchmarking";

    public IReadOnlyList<MenuItem> Menu { get; } =
    [
        new("Menu.Benchmarking", "Benchmarking", "Home", "Index", ReadPolicy, 30),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<BenchmarkingAccess>();
        services.AddBenchmarkingFeatures(configuration);
    }

    public void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BenchmarkingModule).Assembly);

    public void AddPolicies(AuthorizationOptions options)
    {
        options.AddPolicy(ReadPolicy, p => p.RequireRole(
            Roles.LaoFinanceOfficer, Roles.LaoPlanningOfficer, Roles.LaoRevenueOfficer, Roles.LaoProcurementOfficer, Roles.LaoExecutive,
            Roles.ProvincialDlaOfficer, Roles.DlaCentralOfficer, Roles.DlaExecutive, Roles.SystemAdministrator));
        options.AddPolicy(DashboardPolicy, p => p.RequireRole(
            Roles.ProvincialDlaOfficer, Roles.DlaCentralOfficer, Roles.DlaExecutive, Roles.SystemAdministrator));
        options.AddPolicy(DataQualityPolicy, p => p.RequireRole(
            Roles.ProvincialDlaOfficer, Roles.DlaCentralOfficer, Roles.SystemAdministrator));
        options.AddPolicy(ManagePolicy, p => p.RequireRole(Roles.DlaCentralOfficer, Roles.SystemAdministrator));
    }
}
