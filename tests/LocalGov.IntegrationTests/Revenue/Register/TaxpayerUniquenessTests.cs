using LocalGov.Data;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Revenue.Register;

/// <summary>The database keeps one active taxpayer per 13-digit id in an LAO, whatever the screens check first.</summary>
public sealed class TaxpayerUniquenessTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    [Fact]
    public async Task A_second_active_taxpayer_with_the_same_id_is_refused_but_a_merged_record_may_keep_it()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var lao = (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindLaoByCodeAsync(DemoData.DemoLaoCode))!;
        Taxpayer New(int? mergedInto = null) => new()
        {
            LaoId = lao.Id,
            Kind = TaxpayerKind.Person,
            TaxId = "1103700000020",
            FirstName = "ซ้ำ",
            LastName = "ทดสอบ",
            MergedIntoId = mergedInto,
            CreatedUtc = DateTime.UtcNow,
        };

        var first = New();
        db.Add(first);
        await db.SaveChangesAsync();

        db.Add(New());
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        db.Add(New(mergedInto: first.Id));
        await db.SaveChangesAsync();
        Assert.Equal(2, await db.Set<Taxpayer>().CountAsync(t => t.LaoId == lao.Id && t.TaxId == "1103700000020"));
    }
}
