using LocalGov.Data;
using LocalGov.Organizations.Domain;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalGov.Organizations.Seeding;

/// <summary>All 77 provinces and ~7,850 synthetic LAOs with the real mix of types.</summary>
internal sealed class OrganizationsNationalSeeder(LocalGovDbContext db) : INationalSeeder
{
    /// <summary>Rows per save: large enough for few round trips, small enough to keep the change tracker cheap.</summary>
    internal const int BatchSize = 2_000;

    public int Order => 10;

    /// <summary>
    /// Writes <see cref="NationalDatasetGenerator.Generate"/>'s output into an empty database, in one transaction
    /// and in batches, with automatic change detection off and the change tracker cleared between batches.
    /// </summary>
    public async Task SeedAsync(NationalSeedOptions options, CancellationToken cancellationToken)
    {
        var laoCount = await db.Set<Lao>().CountAsync(cancellationToken);
        var provinceCount = await db.Set<Province>().CountAsync(cancellationToken);
        if (laoCount > 0 || provinceCount > 0)
        {
            throw new InvalidOperationException(
                $"The database already has organisations ({provinceCount} provinces, {laoCount} LAOs); seed the national " +
                "dataset into an empty database (set ConnectionStrings:LocalGov to a new file).");
        }

        var data = NationalDatasetGenerator.Generate(options);
        var autoDetectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // Join the caller's transaction if there is one; otherwise all or nothing in our own.
            IDbContextTransaction? own = db.Database.CurrentTransaction is null
                ? await db.Database.BeginTransactionAsync(cancellationToken)
                : null;
            await using (own)
            {
                db.Set<Province>().AddRange(data.Provinces);
                db.Set<District>().AddRange(data.Districts);
                await SaveBatchAsync(cancellationToken);

                foreach (var batch in data.Laos.Chunk(BatchSize))
                {
                    db.Set<Lao>().AddRange(batch);
                    await SaveBatchAsync(cancellationToken);
                }

                if (own is not null)
                {
                    await own.CommitAsync(cancellationToken);
                }
            }
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetectChanges;
        }
    }

    private async Task SaveBatchAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
