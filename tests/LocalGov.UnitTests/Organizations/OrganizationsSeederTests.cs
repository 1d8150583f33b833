using LocalGov.Data;
using LocalGov.Data.Auditing;
using LocalGov.Organizations;
using LocalGov.Organizations.Contracts;
using LocalGov.Organizations.Domain;
using LocalGov.Organizations.Seeding;
using LocalGov.SharedKernel.Modularity;
using LocalGov.SharedKernel.Seeding;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.UnitTests.Organizations;

/// <summary>Both seeders against a real SQLite in-memory database, with the audit interceptor the host uses.</summary>
public sealed class OrganizationsSeederTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public OrganizationsSeederTests()
    {
        _connection.Open();
        using var db = CreateContext();
        db.Database.EnsureCreated();
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public async Task Demo_seeder_adds_all_provinces_and_the_demo_province_and_is_idempotent()
    {
        await using (var db = CreateContext())
        {
            await new OrganizationsDemoSeeder(db).SeedAsync(CancellationToken.None);
        }

        var first = await CountsAsync();
        Assert.Equal((77, 4, DemoOrganizations.CreateLaos().Count), first);

        await using (var db = CreateContext())
        {
            await new OrganizationsDemoSeeder(db).SeedAsync(CancellationToken.None);
        }

        Assert.Equal(first, await CountsAsync());
        await using var check = CreateContext();
        var town = await check.Set<Lao>().SingleAsync(l => l.Code == DemoData.DemoLaoCode);
        Assert.Equal("เทศบาลเมืองนครนายก", town.NameTh);
        Assert.Equal(26, town.ProvinceId);
        Assert.Equal(2601, town.DistrictId);
        Assert.Equal("Bueng Kan", (await check.Set<Province>().SingleAsync(p => p.Code == "38")).NameEn);
    }

    [Fact]
    public async Task National_seeder_writes_the_generated_dataset_with_audit_rows()
    {
        var options = new NationalSeedOptions(LaoCount: 300);
        await using (var db = CreateContext())
        {
            await new OrganizationsNationalSeeder(db).SeedAsync(options, CancellationToken.None);
        }

        Assert.Equal((77, 928, 300), await CountsAsync());
        await using var check = CreateContext();
        var expected = NationalDatasetGenerator.Generate(options).Laos.Select(l => (l.Code, l.NameTh, l.Population, l.ConcurrencyStamp)).Order();
        var stored = (await check.Set<Lao>().Select(l => new { l.Code, l.NameTh, l.Population, l.ConcurrencyStamp }).ToListAsync())
            .Select(l => (l.Code, l.NameTh, l.Population, l.ConcurrencyStamp)).Order();
        Assert.Equal(expected, stored);
        Assert.Equal(77 + 928 + 300, await check.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task National_seeder_refuses_a_database_that_has_organisations()
    {
        await using (var db = CreateContext())
        {
            await new OrganizationsDemoSeeder(db).SeedAsync(CancellationToken.None);
        }

        await using var again = CreateContext();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new OrganizationsNationalSeeder(again).SeedAsync(new NationalSeedOptions(LaoCount: 200), CancellationToken.None));
        Assert.Contains("already has organisations", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:LocalGov", error.Message, StringComparison.Ordinal);
        Assert.Equal((77, 4, DemoOrganizations.CreateLaos().Count), await CountsAsync());
    }

    private LocalGovDbContext CreateContext()
    {
        var modules = new ModuleCatalog();
        modules.Add(new OrganizationsModule());
        var options = new DbContextOptionsBuilder<LocalGovDbContext>()
            .UseSqlite(_connection)
            .AddInterceptors(new AuditSaveChangesInterceptor(new HttpContextAccessor(), TimeProvider.System))
            .Options;
        return new LocalGovDbContext(options, modules);
    }

    private async Task<(int Provinces, int Districts, int Laos)> CountsAsync()
    {
        await using var db = CreateContext();
        return (await db.Set<Province>().CountAsync(), await db.Set<District>().CountAsync(), await db.Set<Lao>().CountAsync());
    }
}
