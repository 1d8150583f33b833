using LocalGov.Procurement.Services;
using LocalGov.SharedKernel.Modularity;
using LocalGov.SharedKernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Procurement;

/// <summary>Procurement: vendors, the procurement plan, cases from requisition to contract, inspection, assets, open contracting data.</summary>
public sealed class ProcurementModule : IModule
{
    /// <summary>Run the procurement of the user's own LAO: vendors, plan, cases, contracts, inspection, assets.</summary>
    public const string ManagePolicy = "Procurement.Manage";

    /// <summary>Approve a requisition report and an award (the LAO's executive).</summary>
    public const string ApprovePolicy = "Procurement.Approve";

    /// <summary>Read cases, contracts and assets within the user's scope; the DLA's procurement views.</summary>
    public const string ReadPolicy = "Procurement.Read";

    /// <summary>Edit the national reference data (method thresholds and limits).</summary>
    public const string ManageReferencePolicy = "Procurement.ManageReference";

    /// <summary>The <c>SourceModule</c> Procurement writes on the budget control ledger and on Finance's payment requests.</summary>
    public const string SourceModule = "Procurement";

    public string Name => "Procurement";

    public string Schema => "procurement";

    public IReadOnlyList<MenuItem> Menu { get; } =
    [
        new("Menu.Procurement", "Procurement", "Dashboard", "Index", ReadPolicy, 30),
        new("Menu.OpenContracting", "Procurement", "Public", "Index", MenuItem.Anonymous, 31),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ProcurementAccess>();
        services.AddProcurementFeatures();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProcurementModule).Assembly);

    public void AddPolicies(AuthorizationOptions options)
    {
        options.AddPolicy(ManagePolicy, p => p.RequireRole(Roles.LaoProcurementOfficer));
        options.AddPolicy(ApprovePolicy, p => p.RequireRole(Roles.LaoExecutive));
        options.AddPolicy(ReadPolicy, p => p.RequireRole(
            Roles.LaoProcurementOfficer, Roles.LaoExecutive, Roles.LaoFinanceOfficer,
            Roles.ProvincialDlaOfficer, Roles.DlaCentralOfficer, Roles.DlaExecutive, Roles.SystemAdministrator));
        options.AddPolicy(ManageReferencePolicy, p => p.RequireRole(Roles.SystemAdministrator));
    }
}
