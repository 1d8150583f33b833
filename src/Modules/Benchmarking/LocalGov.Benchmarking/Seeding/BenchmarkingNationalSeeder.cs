using System.Diagnostics;
using LocalGov.Benchmarking.Contracts;
using LocalGov.SharedKernel.Seeding;
using LocalGov.SharedKernel.Time;
using Microsoft.Extensions.Logging;

namespace LocalGov.Benchmarking.Seeding;

/// <summary>
/// The national dataset's last step: recomputes every indicator for the five fiscal years the modules' generators
/// filled (the current one and four before), after all of them (Order 90), so the dataset opens with rankings.
/// </summary>
internal sealed class BenchmarkingNationalSeeder(
    IEnumerable<IIndicatorRecompute> recompute, TimeProvider clock, ILogger<BenchmarkingNationalSeeder> logger) : INationalSeeder
{
    public const int Years = 5;

    public int Order => 90;

    public async Task SeedAsync(NationalSeedOptions options, CancellationToken cancellationToken)
    {
        // Resolved as a sequence so that a host without the engine still seeds the modules' data.
        var engine = recompute.FirstOrDefault();
        if (engine is null)
        {
            logger.LogWarning("No indicator engine is registered; national indicators not computed");
            return;
        }

        var current = FiscalYear.Current(clock).BuddhistYear;
        var watch = Stopwatch.StartNew();
        for (var year = current - Years + 1; year <= current; year++)
        {
            var result = await engine.RecomputeAsync(year, "national-seed", cancellationToken);
            logger.LogInformation(
                "National indicators {Year}: {Laos} LAOs, {Indicators} indicators, {Values} values, {Outliers} outliers in {Elapsed} ms",
                result.FiscalYear, result.Laos, result.Indicators, result.Values, result.Outliers, result.ElapsedMilliseconds);
        }

        logger.LogInformation("National indicators: {Years} years recomputed in {Elapsed} ms", Years, watch.ElapsedMilliseconds);
    }
}
