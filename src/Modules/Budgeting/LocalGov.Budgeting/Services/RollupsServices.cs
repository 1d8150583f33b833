using LocalGov.Budgeting.Areas.Budgeting.Features.Rollups;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Seeding;
using LocalGov.SharedKernel.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Budgeting.Services;

/// <summary>Service registrations of one feature area: Province and national roll-ups, summary rebuild, IBudgetSummaries, national budget generator, synthetic summaries (benchmarking).</summary>
internal static class RollupsServices
{
    public static IServiceCollection AddBudgetRollups(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<RollupQueries>();
        services.AddScoped<RollupReports>();
        services.AddScoped<IBudgetSummaries, BudgetSummaries>();
        services.AddScoped<IBudgetSummaryRebuild, BudgetSummaryRebuild>();
        services.AddScoped<INationalSeeder, BudgetingNationalSeeder>();
        services.AddScoped<BudgetSummarySynthesis>();
        services.AddScoped<INationalSeeder, BudgetingSyntheticNationalSeeder>();
        services.AddScoped<IDemoSeeder, BudgetingSyntheticDemoSeeder>();
        return services;
    }
}
