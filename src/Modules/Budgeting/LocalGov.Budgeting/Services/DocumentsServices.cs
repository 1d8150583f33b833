using LocalGov.Budgeting.Areas.Budgeting.Features.Excel;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Budgeting.Services;

/// <summary>Service registrations of one feature area: Excel import/export, the printable ordinance, classification administration.</summary>
internal static class DocumentsServices
{
    public static IServiceCollection AddBudgetDocuments(this IServiceCollection services)
    {
        services.AddSingleton<BudgetWorkbookWriter>();
        services.AddSingleton<BudgetWorkbookReader>();
        services.AddScoped<BudgetDocumentLoader>();
        return services;
    }
}
