using LocalGov.Budgeting.Areas.Budgeting.Features.Workflow;
using LocalGov.Budgeting.Seeding;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Budgeting.Services;

/// <summary>Service registrations of one feature area: Budget preparation, lines, revenue estimates, workflow, checks, copy from last year, demo data.</summary>
internal static class PreparationServices
{
    public static IServiceCollection AddBudgetPreparation(this IServiceCollection services)
    {
        services.AddScoped<BudgetWorkflowService>();
        services.AddScoped<WorkflowPermissions>();
        services.AddScoped<IDemoSeeder, BudgetingDemoSeeder>();
        return services;
    }
}
