using LocalGov.Data;
using LocalGov.Organizations;
using LocalGov.Organizations.Domain;
using LocalGov.Organizations.Services;
using LocalGov.SharedKernel.Modularity;
using LocalGov.SharedKernel.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Moq;

namespace LocalGov.UnitTests.Organizations;

/// <summary>The scope every module relies on, on a real SQLite database: two provinces, three LAOs.</summary>
public sealed class OrganizationScopeTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly LocalGovDbContext _db;
    private readonly int _laoA1;
    private readonly int _laoA2;
    private readonly int _laoB1;

    public OrganizationScopeTests()
    {
        _connection.Open();
        var catalog = new ModuleCatalog();
        catalog.Add(new OrganizationsModule());
        _db = new LocalGovDbContext(new DbContextOptionsBuilder<LocalGovDbContext>().UseSqlite(_connection).Options, catalog);
        _db.Database.EnsureCreated();
        _db.Set<Province>().AddRange(
            new Province { Id = 26, Code = "26", NameTh = "นครนายก", NameEn = "Nakhon Nayok" },
            new Province { Id = 75, Code = "75", NameTh = "สมุทรสงคราม", NameEn = "Samut Songkhram" });
        var a1 = Lao("5260101", 26);
        var a2 = Lao("5260102", 26);
        var b1 = Lao("5750101", 75);
        _db.Set<Lao>().AddRange(a1, a2, b1);
        _db.SaveChanges();
        (_laoA1, _laoA2, _laoB1) = (a1.Id, a2.Id, b1.Id);
    }

    [Fact]
    public async Task Anonymous_user_reads_and_changes_nothing()
    {
        var scope = ScopeFor(authenticated: false, ScopeLevel.None);
        Assert.Same(LaoFilter.Nothing, await scope.ReadableLaosAsync());
        Assert.False(await scope.CanReadLaoAsync(_laoA1));
        Assert.False(await scope.CanChangeLaoAsync(_laoA1));
        Assert.False(scope.CanReadProvince(26));
    }

    [Fact]
    public async Task Lao_staff_read_and_change_only_their_own_LAO()
    {
        var scope = ScopeFor(true, ScopeLevel.Lao, laoId: _laoA1, provinceId: 26, role: Roles.LaoFinanceOfficer);
        var readable = await scope.ReadableLaosAsync();
        Assert.False(readable.All);
        Assert.Equal([_laoA1], readable.LaoIds);
        Assert.True(await scope.CanReadLaoAsync(_laoA1));
        Assert.False(await scope.CanReadLaoAsync(_laoA2));
        Assert.True(await scope.CanChangeLaoAsync(_laoA1));
        Assert.False(await scope.CanChangeLaoAsync(_laoA2));
        Assert.False(scope.CanReadProvince(26));
    }

    [Fact]
    public async Task Provincial_officer_reads_every_LAO_of_the_province_and_changes_none()
    {
        var scope = ScopeFor(true, ScopeLevel.Province, provinceId: 26, role: Roles.ProvincialDlaOfficer);
        var readable = await scope.ReadableLaosAsync();
        Assert.Equal(new[] { _laoA1, _laoA2 }.Order(), readable.LaoIds.Order());
        Assert.True(await scope.CanReadLaoAsync(_laoA2));
        Assert.False(await scope.CanReadLaoAsync(_laoB1));
        Assert.False(await scope.CanChangeLaoAsync(_laoA1));
        Assert.True(scope.CanReadProvince(26));
        Assert.False(scope.CanReadProvince(75));
    }

    [Fact]
    public async Task National_officer_reads_everything_and_changes_nothing()
    {
        var scope = ScopeFor(true, ScopeLevel.National, role: Roles.DlaCentralOfficer);
        Assert.True((await scope.ReadableLaosAsync()).All);
        Assert.True(await scope.CanReadLaoAsync(_laoB1));
        Assert.False(await scope.CanChangeLaoAsync(_laoB1));
        Assert.True(scope.CanReadProvince(75));
    }

    [Fact]
    public async Task System_administrator_may_change_any_LAO()
    {
        var scope = ScopeFor(true, ScopeLevel.National, role: Roles.SystemAdministrator);
        Assert.True(await scope.CanChangeLaoAsync(_laoB1));
    }

    [Fact]
    public async Task Lao_user_without_an_LAO_sees_nothing()
    {
        var scope = ScopeFor(true, ScopeLevel.Lao, laoId: null, role: Roles.LaoExecutive);
        Assert.Empty((await scope.ReadableLaosAsync()).LaoIds);
        Assert.False(await scope.CanReadLaoAsync(_laoA1));
        Assert.False(await scope.CanChangeLaoAsync(_laoA1));
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    private OrganizationScope ScopeFor(bool authenticated, ScopeLevel level, int? laoId = null, int? provinceId = null, string? role = null)
    {
        var user = new Mock<ICurrentUser>();
        user.SetupGet(u => u.IsAuthenticated).Returns(authenticated);
        user.SetupGet(u => u.ScopeLevel).Returns(level);
        user.SetupGet(u => u.LaoId).Returns(laoId);
        user.SetupGet(u => u.ProvinceId).Returns(provinceId);
        user.Setup(u => u.IsInRole(It.IsAny<string>())).Returns<string>(r => r == role);
        return new OrganizationScope(user.Object, _db);
    }

    private static Lao Lao(string code, int provinceId) =>
        new() { Code = code, NameTh = $"อบต. {code}", NameEn = $"SAO {code}", Type = LocalGov.Organizations.Contracts.LaoType.SubdistrictAdministrativeOrganisation, ProvinceId = provinceId, Population = 5000, AreaSquareKm = 50m, CouncilSize = 12 };
}
