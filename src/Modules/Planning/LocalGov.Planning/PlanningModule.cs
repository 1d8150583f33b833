using LocalGov.Planning.Services;
using LocalGov.SharedKernel.Modularity;
using LocalGov.SharedKernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Planning;

/// <summary>Planning: the five-year development plan, the yearly action plan, project monitoring, progress reports and participatory budgeting.</summary>
public sealed class PlanningModule : IModule
{
    /// <summary>Prepare the own LAO's development plan, action plan, progress and participation processes.</summary>
    public const string ManagePolicy = "Planning.Manage";

    /// <summary>Record the approval of a plan version (the LAO's executive announces the plan).</summary>
    public const string ApprovePolicy = "Planning.Approve";

    /// <summary>Read plans, action plans and progress within the user's scope; the DLA's planning views.</summary>
    public const string ReadPolicy = "Planning.Read";

    /// <summary>A signed-in participant (citizen or community representative) of participatory budgeting.</summary>
    public const string ParticipantPolicy = "Planning.Participant";

    /// <summary>The cookie scheme of participants: separate from staff accounts, so a citizen never holds a staff role.</summary>
    public const string ParticipantScheme = "LocalGov.Participant";

    /// <summary>The rate-limiting policy of the participation pages that write (register, propose, comment, support).</summary>
    public const string ParticipationRateLimit = "Planning.Participation";

    public string Name => "Planning";

    public string Schema => "planning";

    public IReadOnlyList<MenuItem> Menu { get; } =
    [
        new("Menu.Planning", "Planning", "Dashboard", "Index", ReadPolicy, 15),
        new("Menu.Participate", "Planning", "Participate", "Index", MenuItem.Anonymous, 16),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PlanningAccess>();
        services.AddPlanningFeatures(configuration);
    }

    public void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlanningModule).Assembly);

    public void AddPolicies(AuthorizationOptions options)
    {
        options.AddPolicy(ManagePolicy, p => p.RequireRole(Roles.LaoPlanningOfficer));
        options.AddPolicy(ApprovePolicy, p => p.RequireRole(Roles.LaoExecutive));
        options.AddPolicy(ReadPolicy, p => p.RequireRole(
            Roles.LaoPlanningOfficer, Roles.LaoExecutive, Roles.LaoFinanceOfficer, Roles.LaoProcurementOfficer,
            Roles.ProvincialDlaOfficer, Roles.DlaCentralOfficer, Roles.DlaExecutive, Roles.SystemAdministrator));
        options.AddPolicy(ParticipantPolicy, p => p.AddAuthenticationSchemes(ParticipantScheme).RequireAuthenticatedUser());
    }
}
