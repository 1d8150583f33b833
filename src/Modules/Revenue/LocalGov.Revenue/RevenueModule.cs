using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Services;
using LocalGov.SharedKernel.Modularity;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Seeding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Revenue;

/// <summary>Own-source revenue: taxpayers, land and building tax, signboard tax, fees and licences, bills, receipts and arrears.</summary>
public sealed class RevenueModule : IModule
{
    /// <summary>Register taxpayers, assess, bill and take payments for the user's own LAO (revenue and finance staff).</summary>
    public const string ManagePolicy = "Revenue.Manage";

    /// <summary>Read revenue data within the user's scope (LAO staff, provincial and central DLA officers, executives).</summary>
    public const string ReadPolicy = "Revenue.Read";

    /// <summary>Edit the national reference tables (tax rates, building prices, depreciation).</summary>
    public const string ManageReferencePolicy = "Revenue.ManageReference";

    public string Name => "Revenue";

    public string Schema => "revenue";

    public IReadOnlyList<MenuItem> Menu { get; } =
    [
        new("Menu.Revenue", "Revenue", "Dashboard", "Index", ReadPolicy, 30),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<RevenueAccess>();
        services.AddScoped<RevenueSummaryUpdater>();
        services.AddScoped<IRevenueSummaries, RevenueSummaries>();
        services.AddScoped<IRevenueSummaryRebuild, RevenueSummaryRebuild>();
        services.AddScoped<Seeding.RevenueSummarySynthesis>();
        services.AddScoped<INationalSeeder, Seeding.RevenueSyntheticNationalSeeder>();
        services.AddScoped<IDemoSeeder, Seeding.RevenueSyntheticDemoSeeder>();
        services.AddScoped<BillingService>();
        services.AddRevenueFeatures(configuration);
    }

    public void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RevenueModule).Assembly);

    public void AddPolicies(AuthorizationOptions options)
    {
        options.AddPolicy(ManagePolicy, p => p.RequireRole(Roles.LaoRevenueOfficer, Roles.LaoFinanceOfficer));
        options.AddPolicy(ReadPolicy, p => p.RequireRole(
            Roles.LaoRevenueOfficer, Roles.LaoFinanceOfficer, Roles.LaoExecutive,
            Roles.ProvincialDlaOfficer, Roles.DlaCentralOfficer, Roles.DlaExecutive, Roles.SystemAdministrator));
        options.AddPolicy(ManageReferencePolicy, p => p.RequireRole(Roles.SystemAdministrator));
    }
}
