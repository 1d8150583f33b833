using LocalGov.Budgeting.Seeding;
using LocalGov.Budgeting.Services;
using LocalGov.SharedKernel.Modularity;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Seeding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Budgeting;

/// <summary>The annual budget ordinance: preparation, workflow, amendments, budget control and roll-ups.</summary>
public sealed class BudgetingModule : IModule
{
    /// <summary>Prepare and move an LAO's own budget (finance officer, LAO executive).</summary>
    public const string PreparePolicy = "Budgeting.Prepare";

    /// <summary>Read budgets within the user's scope (LAO staff, provincial and central DLA officers, executives).</summary>
    public const string ReadPolicy = "Budgeting.Read";

    /// <summary>Record the supervising authority's decision (provincial DLA officer).</summary>
    public const string SupervisePolicy = "Budgeting.Supervise";

    /// <summary>Province and national roll-ups: DLA officers and executives (and administrators).</summary>
    public const string RollupPolicy = "Budgeting.Rollups";

    /// <summary>Edit the classification reference data.</summary>
    public const string ManageClassificationsPolicy = "Budgeting.ManageClassifications";

    public string Name => "Budgeting";

    public string Schema => "budgeting";

    public IReadOnlyList<MenuItem> Menu { get; } =
    [
        new("Menu.Budgets", "Budgeting", "Budgets", "Index", ReadPolicy, 20),
        new("Menu.BudgetRollups", "Budgeting", "Rollups", "Index", RollupPolicy, 21),
        new("Menu.Classifications", "Budgeting", "Classifications", "Index", ManageClassificationsPolicy, 800),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IReferenceDataSeeder, BudgetingReferenceDataSeeder>();
        services.AddScoped<BudgetAccess>();
        services.AddScoped<BudgetSummaryUpdater>();
        services.AddBudgetPreparation();
        services.AddBudgetControl();
        services.AddBudgetDocuments();
        services.AddBudgetRollups();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BudgetingModule).Assembly);

    public void AddPolicies(AuthorizationOptions options)
    {
        options.AddPolicy(PreparePolicy, p => p.RequireRole(Roles.LaoFinanceOfficer, Roles.LaoExecutive));
        options.AddPolicy(ReadPolicy, p => p.RequireRole(
            Roles.LaoFinanceOfficer, Roles.LaoExecutive, Roles.LaoPlanningOfficer, Roles.LaoProcurementOfficer, Roles.LaoRevenueOfficer,
            Roles.ProvincialDlaOfficer, Roles.DlaCentralOfficer, Roles.DlaExecutive, Roles.SystemAdministrator));
        options.AddPolicy(SupervisePolicy, p => p.RequireRole(Roles.ProvincialDlaOfficer));
        options.AddPolicy(RollupPolicy, p => p.RequireRole(Roles.ProvincialDlaOfficer, Roles.DlaCentralOfficer, Roles.DlaExecutive, Roles.SystemAdministrator));
        options.AddPolicy(ManageClassificationsPolicy, p => p.RequireRole(Roles.SystemAdministrator));
    }
}
