using LocalGov.Data;
using LocalGov.Organizations.Domain;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Organizations.Seeding;

/// <summary>All 77 provinces, plus one real province's districts and LAOs for the demo.</summary>
internal sealed class OrganizationsDemoSeeder(LocalGovDbContext db) : IDemoSeeder
{
    public int Order => 10;

    /// <summary>Does nothing when any province exists already (idempotent); otherwise one save.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Province>().AnyAsync(cancellationToken))
        {
            return;
        }

        db.Set<Province>().AddRange(ProvinceCatalog.CreateProvinces());
        db.Set<District>().AddRange(DemoOrganizations.CreateDistricts());
        db.Set<Lao>().AddRange(DemoOrganizations.CreateLaos());
        await db.SaveChangesAsync(cancellationToken);
    }
}
