using LocalGov.Finance.Contracts;
using LocalGov.Finance.Services;
using LocalGov.SharedKernel.Modularity;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Seeding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Finance;

/// <summary>Finance and accounting: the double-entry ledger, receipts and deposits, disbursement vouchers, reports, year-end close.</summary>
public sealed class FinanceModule : IModule
{
    /// <summary>Keep the books of the user's own LAO: entries, receipts, vouchers, reconciliation, period close.</summary>
    public const string ManagePolicy = "Finance.Manage";

    /// <summary>Approve disbursement vouchers (the LAO's executive or the officer they delegate to).</summary>
    public const string ApprovePolicy = "Finance.Approve";

    /// <summary>Read the books and reports within the user's scope.</summary>
    public const string ReadPolicy = "Finance.Read";

    /// <summary>Edit the national reference data (chart of accounts, withholding tax rates); reopen a closed month.</summary>
    public const string ManageReferencePolicy = "Finance.ManageReference";

    /// <summary>The <c>SourceModule</c> Finance writes on the budget control ledger.</summary>
    public const string SourceModule = "Finance";

    public string Name => "Finance";

    public string Schema => "finance";

    public IReadOnlyList<MenuItem> Menu { get; } =
    [
        new("Menu.Finance", "Finance", "Dashboard", "Index", ReadPolicy, 25),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<FinanceAccess>();
        services.AddScoped<DocumentNumbers>();
        services.AddScoped<LedgerQueries>();
        services.AddScoped<LedgerService>();
        services.AddScoped<FinanceSummaryUpdater>();
        services.AddScoped<IFinanceSummaries, FinanceSummaries>();
        services.AddScoped<IFinanceSummaryRebuild, FinanceSummaryRebuild>();
        services.AddScoped<Seeding.FinanceSummarySynthesis>();
        services.AddScoped<INationalSeeder, Seeding.FinanceSyntheticNationalSeeder>();
        services.AddScoped<IDemoSeeder, Seeding.FinanceSyntheticDemoSeeder>();
        services.AddFinanceFeatures(configuration);
    }

    public void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FinanceModule).Assembly);

    public void AddPolicies(AuthorizationOptions options)
    {
        options.AddPolicy(ManagePolicy, p => p.RequireRole(Roles.LaoFinanceOfficer));
        options.AddPolicy(ApprovePolicy, p => p.RequireRole(Roles.LaoExecutive));
        options.AddPolicy(ReadPolicy, p => p.RequireRole(
            Roles.LaoFinanceOfficer, Roles.LaoExecutive,
            Roles.ProvincialDlaOfficer, Roles.DlaCentralOfficer, Roles.DlaExecutive, Roles.SystemAdministrator));
        options.AddPolicy(ManageReferencePolicy, p => p.RequireRole(Roles.SystemAdministrator));
    }
}
