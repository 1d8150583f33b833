using LocalGov.Organizations.Contracts;
using LocalGov.Organizations.Seeding;
using LocalGov.Organizations.Services;
using LocalGov.SharedKernel.Modularity;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Seeding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Organizations;

/// <summary>Provinces, districts and LAOs; the organisation scope every module checks.</summary>
public sealed class OrganizationsModule : IModule
{
    /// <summary>Edit provinces, districts and LAOs, create LAOs.</summary>
    public const string ManagePolicy = "Organizations.Manage";

    /// <summary>Keep an LAO's own profile (population, area, council) current: its staff, within their scope.</summary>
    public const string EditProfilePolicy = "Organizations.EditProfile";

    public string Name => "Organizations";

    public string Schema => "org";

    public IReadOnlyList<MenuItem> Menu { get; } =
    [
        new("Menu.Laos", "Organizations", "Laos", "Index", MenuItem.Anonymous, 10),
        new("Menu.Provinces", "Organizations", "Provinces", "Index", MenuItem.Anonymous, 11),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IOrganizationDirectory, OrganizationDirectory>();
        services.AddScoped<IOrganizationScope, OrganizationScope>();
        services.AddScoped<ILaoChooser, LaoChooser>();
        services.AddScoped<IDemoSeeder, OrganizationsDemoSeeder>();
        services.AddScoped<INationalSeeder, OrganizationsNationalSeeder>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OrganizationsModule).Assembly);

    public void AddPolicies(AuthorizationOptions options)
    {
        options.AddPolicy(ManagePolicy, p => p.RequireRole(Roles.SystemAdministrator));
        options.AddPolicy(EditProfilePolicy, p => p.RequireRole([Roles.SystemAdministrator, .. Roles.LaoStaff]));
    }
}
