using LocalGov.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Infrastructure;

/// <summary>
/// The real app (same Program, same module list) on its own SQLite file, migrated and seeded with the demo
/// data exactly as a newcomer's first start does.
/// </summary>
public sealed class LocalGovFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "localgov-tests", Guid.NewGuid().ToString("N"));

    public LocalGovFactory()
    {
        Directory.CreateDirectory(_directory);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:LocalGov", $"Data Source={Path.Combine(_directory, "localgov.db")}");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Https:Redirect", "false");
        builder.UseSetting("Benchmarking:Recompute:Enabled", "false");
        builder.UseSetting("Planning:Uploads:Root", Path.Combine(_directory, "uploads"));
        builder.UseSetting("Planning:Mail:PickupDirectory", Path.Combine(_directory, "mail"));
        builder.UseSetting("Planning:Participation:RateLimit:PermitsPerMinute", "100000");
        builder.UseSetting("OpenData:RateLimit:ApiPermitsPerMinute", "100000");
        builder.UseSetting("OpenData:RateLimit:PagePermitsPerMinute", "100000");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_directory, "logs", "localgov-.log"));
    }

    /// <summary>Runs work against the app's own database in a fresh DI scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<LocalGovDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<LocalGovDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left to the temp folder's own clean-up.
            }
        }
    }
}
