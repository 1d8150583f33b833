using LocalGov.Data;
using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Domain;
using LocalGov.OpenData.Services.Publishing;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.SharedKernel.Seeding;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.OpenData.Seeding;

/// <summary>
/// The demo municipality publishes its FY 2569 budget (in force) and action plan on first start, after every other
/// module's demo data, and the FY 2569 transparency documents generated from them: the spending plan, the six-month
/// and annual reports, the procurement plan, a monthly summary for each month with published procurement cases, and
/// the annual procurement report. The FY 2570 draft stays unpublished, as a draft must. Skipped once anything is published.
/// </summary>
internal sealed class OpenDataDemoSeeder(
    LocalGovDbContext db, IOrganizationDirectory directory, Publisher publisher, PublishingWorkflow workflow, IPublicProcurement procurement) : IDemoSeeder
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

        // Each refuses quietly when its source is missing (no budget in force, no published procurement plan).
        foreach (var kind in new[]
        {
            PublicationKind.SpendingPlan, PublicationKind.SixMonthProgressReport, PublicationKind.AnnualSpendingReport,
            PublicationKind.ProcurementPlan, PublicationKind.ProcurementAnnualSummary,
        })
        {
            await workflow.PublishAsync(lao, kind, PublishedYear, null, "demo", cancellationToken);
        }

        var year = new FiscalYear(PublishedYear);
        var months = (await procurement.GetPublishedCasesAsync(lao.Id, PublishedYear, cancellationToken))
            .Where(c => year.Contains(c.PublishedOn))
            .Select(c => year.MonthIndexOf(c.PublishedOn))
            .Distinct()
            .Order();
        foreach (var month in months)
        {
            await workflow.PublishAsync(lao, PublicationKind.ProcurementMonthlySummary, PublishedYear, month, "demo", cancellationToken);
        }
    }
}
