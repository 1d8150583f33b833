using LocalGov.Data;
using LocalGov.OpenData.Domain;
using LocalGov.OpenData.Services.Publishing;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.OpenData.Seeding;

/// <summary>
/// The demo municipality publishes its FY 2569 budget (in force) and action plan on first start, after every other
/// module's demo data; the FY 2570 draft stays unpublished, as a draft must. Skipped once anything is published.
/// </summary>
internal sealed class OpenDataDemoSeeder(LocalGovDbContext db, IOrganizationDirectory directory, Publisher publisher) : IDemoSeeder
{
    public const int PublishedYear = 2569;

    public int Order => 950;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Publication>().AnyAsync(cancellationToken))
        {
            return;
        }

        var lao = await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode, cancellationToken);
        if (lao is null)
        {
            return;
        }

        await publisher.PublishBudgetAsync(lao.Id, PublishedYear, "demo", cancellationToken);
        await publisher.PublishProjectsAsync(lao.Id, PublishedYear, "demo", cancellationToken);
    }
}
