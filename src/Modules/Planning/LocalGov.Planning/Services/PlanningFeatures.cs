using LocalGov.Planning.Contracts;
using LocalGov.Planning.Services.Files;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Planning.Services;

/// <summary>
/// Service registrations of the Planning features, one method per area so that parallel work touches separate files:
/// plans (development plan, versions, link to Budgeting), monitoring (action plan, progress, files, quarterly reports),
/// participation (citizens' proposals and support), roll-ups (province and national views, national dataset).
/// </summary>
internal static class PlanningFeatures
{
    public static IServiceCollection AddPlanningFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<UploadOptions>(configuration.GetSection(UploadOptions.Section));
        services.AddScoped<AttachmentStore>();
        services.AddScoped<PlanningSummaryWriter>();
        services.AddScoped<IPlanningSummaries, PlanningSummaries>();
        services.AddScoped<IPlanProjectDirectory, PlanProjectDirectory>();
        services.AddPlanServices();
        services.AddMonitoringServices();
        services.AddParticipationServices(configuration);
        services.AddRollupServices();
        return services;
    }
}
