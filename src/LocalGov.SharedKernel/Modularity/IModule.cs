using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.SharedKernel.Modularity;

/// <summary>
/// A feature module plugged into the host. The host lists modules explicitly; each contributes
/// services, its part of the EF model, authorization policies and menu entries.
/// </summary>
public interface IModule
{
    /// <summary>Short English name, also the MVC area name (e.g. "Budgeting").</summary>
    string Name { get; }

    /// <summary>
    /// Database schema of the module's tables on SQL Server (e.g. "budgeting"); on SQLite, which has no
    /// schemas, the same word prefixes table names ("budgeting_BudgetLine").
    /// </summary>
    string Schema { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Adds the module's entities; naming by <see cref="Schema"/> is applied by the host context.</summary>
    void ConfigureModel(ModelBuilder modelBuilder);

    void AddPolicies(AuthorizationOptions options);

    IReadOnlyList<MenuItem> Menu { get; }
}
