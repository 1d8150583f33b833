using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Domain;
using LocalGov.Data;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Benchmarking.Seeding;

/// <summary>
/// Computes the demo's indicators for FY 2566–2570 on first start, after every other module's demo data (including
/// the synthetic demo figures, Order 870–890); skipped once any recomputation has run.
/// </summary>
internal sealed class BenchmarkingDemoSeeder(LocalGovDbContext db, IIndicatorRecompute recompute) : IDemoSeeder
{
    public const int FirstYear = 2566;
    public const int LastYear = 2570;

    public int Order => 900;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<RecomputeRun>().AnyAsync(cancellationToken))
        {
            return;
        }

        for (var year = FirstYear; year <= LastYear; year++)
        {
            await recompute.RecomputeAsync(year, "demo", cancellationToken);
        }
    }
}
