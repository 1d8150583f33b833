using LocalGov.Data.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

public static class DataServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "LocalGov.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "LocalGov.Migrations.SqlServer";

    /// <summary>Reads <c>Database:Provider</c> (<c>Sqlite</c> by default).</summary>
    public static DatabaseProvider GetDatabaseProvider(this IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider must be Sqlite or SqlServer, not '{value}'.");
    }

    /// <summary>Registers the one <see cref="LocalGovDbContext"/> on the configured provider, with auditing.</summary>
    public static IServiceCollection AddLocalGovData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = configuration.GetDatabaseProvider();
        var connectionString = configuration.GetConnectionString("LocalGov");
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = ResolveSqlitePath(string.IsNullOrWhiteSpace(connectionString) ? "Data Source=App_Data/localgov.db" : connectionString, contentRoot);
        }
        else if (string.IsNullOrWhiteSpace(connectionString))
        {
            // Design-time tools (migrations, scripts) need no live server; a placeholder keeps the model buildable.
            connectionString = "Server=localhost;Database=LocalGov;Trusted_Connection=True;TrustServerCertificate=True";
        }

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<AuditSaveChangesInterceptor>();
        services.AddScoped<SqlNames>();
        services.AddDbContext<LocalGovDbContext>((sp, options) =>
        {
            if (provider == DatabaseProvider.Sqlite)
            {
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
            }
            else
            {
                options.UseSqlServer(connectionString, o => o.MigrationsAssembly(SqlServerMigrationsAssembly));
            }

            options.AddInterceptors(sp.GetRequiredService<AuditSaveChangesInterceptor>());
        });
        return services;
    }

    /// <summary>Makes a relative SQLite file path relative to the app's content root and creates its folder.</summary>
    private static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.Combine(contentRoot, builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }
}
