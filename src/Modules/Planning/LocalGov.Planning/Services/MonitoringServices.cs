using LocalGov.Planning.Areas.Planning.Features.ActionPlans;
using LocalGov.Planning.Contracts;
using LocalGov.Planning.Seeding;
using LocalGov.Planning.Services.Monitoring;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Planning.Services;

internal static class MonitoringServiceRegistration
{
    public static IServiceCollection AddMonitoringServices(this IServiceCollection services)
    {
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section);
        services.AddScoped<ActionPlanQueries>();
        services.AddScoped<IActionPlanProjects, ActionPlanProjects>();
        services.AddScoped<ActionPlanWorkflow>();
        services.AddScoped<ProgressReports>();
        services.AddScoped<ProgressReportWorkbook>();
        services.AddScoped<IDemoSeeder, ActionPlanDemoSeeder>();
        return services;
    }
}
