using LocalGov.Benchmarking.Domain;
using LocalGov.Data;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Benchmarking.Seeding;

/// <summary>
/// Adds the standard indicators whose codes the catalogue lacks, and the standard peer bands of every LAO type that has
/// none. Never changes or re-adds what an administrator edited: an existing code is left as it is, and a type whose
/// bands an administrator redrew keeps them.
/// </summary>
internal sealed class BenchmarkingReferenceDataSeeder(LocalGovDbContext db) : IReferenceDataSeeder
{
    public int Order => 90;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var codes = (await db.Set<Indicator>().Select(i => i.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var order = 0;
        foreach (var indicator in StandardCatalogue.Indicators())
        {
            indicator.SortOrder = ++order * 10;
            if (!codes.Contains(indicator.Code))
            {
                db.Add(indicator);
            }
        }

        var typesWithBands = (await db.Set<PeerBand>().Select(b => b.LaoType).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        foreach (var band in StandardCatalogue.PeerBands())
        {
            if (!typesWithBands.Contains(band.LaoType))
            {
                db.Add(band);
            }
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
