using LocalGov.Budgeting.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Budgeting.Services;

/// <summary>Service registrations of one feature area: Budget control ledger (IBudgetControl) and amendments (transfers, explanation changes, carry-over, supplementary budgets).</summary>
internal static class ControlServices
{
    /// <summary>
    /// Scoped, so <see cref="IBudgetControl"/> shares the caller's <c>LocalGovDbContext</c> and transaction:
    /// the caller opens a transaction, calls the control, saves its own rows and commits (see <see cref="BudgetControl"/>).
    /// </summary>
    public static IServiceCollection AddBudgetControl(this IServiceCollection services) => services
        .AddScoped<LineBalanceStatements>()
        .AddScoped<IBudgetControl, BudgetControl>()
        .AddScoped<AmendmentService>()
        .AddScoped<IBudgetLineDirectory, BudgetLineDirectory>();
}
