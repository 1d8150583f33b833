using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalGov.Data;

/// <summary>Migrates the database and, when asked, runs every module's demo seeder in order.</summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(IServiceProvider services, bool seedDemo, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migrations", pending.Count);
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (!seedDemo)
        {
            return;
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    public static async Task SeedNationalAsync(IServiceProvider services, NationalSeedOptions options, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<INationalSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(options, cancellationToken);
        }
    }
}
