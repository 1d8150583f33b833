using System.Diagnostics;
using LocalGov.OpenData.Services.National;
using LocalGov.SharedKernel.Seeding;
using LocalGov.SharedKernel.Time;
using Microsoft.Extensions.Logging;

namespace LocalGov.OpenData.Seeding;

/// <summary>
/// The national dataset's publications, after every other national seeder (Order 95, after Benchmarking's 90): every LAO
/// with a budget in force in the current fiscal year or the one before publishes it, with its action-plan projects if
/// any, so that the portal, the downloads and the API have national data. Drafts are never published.
/// </summary>
internal sealed class OpenDataNationalSeeder(NationalPublisher publisher, TimeProvider clock, ILogger<OpenDataNationalSeeder> logger) : INationalSeeder
{
    public const string PublishedBy = "national-seed";

    public int Order => 95;

    public async Task SeedAsync(NationalSeedOptions options, CancellationToken cancellationToken)
    {
        var current = FiscalYear.Current(clock).BuddhistYear;
        var watch = Stopwatch.StartNew();
        var budgets = 0;
        foreach (var year in new[] { current - 1, current })
        {
            budgets += (await publisher.PublishYearAsync(year, PublishedBy, cancellationToken)).Budgets;
        }

        logger.LogInformation("Open data national publication: {Budgets} budgets published in {Elapsed} ms", budgets, watch.ElapsedMilliseconds);
    }
}
