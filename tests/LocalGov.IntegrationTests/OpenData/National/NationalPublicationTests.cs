using LocalGov.Budgeting.Contracts;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Domain;
using LocalGov.OpenData.Seeding;
using LocalGov.OpenData.Services.Publishing;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.OpenData.National;

/// <summary>
/// The national publication (seed national's last step, publish national) on the demo database, whose only budget in
/// force is the demo municipality's FY 2569 (FY 2570 is a draft): the bulk path must write exactly the copies the
/// per-LAO publisher writes, never a draft, and nothing on a second run.
/// </summary>
public sealed class NationalPublicationTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const int InForceYear = 2569;
    private const int DraftYear = 2570;

    [Fact]
    public async Task Lines_and_estimates_in_force_for_a_year_of_many_LAOs_are_the_per_LAO_ones_and_never_a_drafts()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
        var budgetLines = scope.ServiceProvider.GetRequiredService<IBudgetLineDirectory>();
        var demo = (await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode))!;
        var other = (await directory.GetAllLaosAsync()).First(l => l.Id != demo.Id);

        var one = await budgetLines.GetLinesInForceAsync(demo.Id, InForceYear);
        var many = await budgetLines.GetLinesInForceForYearAsync(InForceYear, [other.Id, demo.Id]);
        Assert.Equal(49, one.Count);
        Assert.Equal(one, many);

        var oneEstimates = await budgetLines.GetRevenueEstimatesInForceAsync(demo.Id, InForceYear);
        var manyEstimates = await budgetLines.GetRevenueEstimatesInForceForYearAsync(InForceYear, [demo.Id, other.Id]);
        Assert.Equal(14, oneEstimates.Count);
        Assert.Equal(oneEstimates, manyEstimates);

        Assert.Empty(await budgetLines.GetLinesInForceForYearAsync(DraftYear, [demo.Id, other.Id]));
        Assert.Empty(await budgetLines.GetRevenueEstimatesInForceForYearAsync(DraftYear, [demo.Id, other.Id]));
    }

    [Fact]
    public async Task National_seeder_publishes_the_budget_in_force_and_projects_as_the_publisher_does_never_the_draft_and_a_second_run_changes_nothing()
    {
        var demoId = await DemoLaoIdAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // The per-LAO path's copies are the reference (publishing again also undoes another test's withdrawal).
            var publisher = scope.ServiceProvider.GetRequiredService<Publisher>();
            Assert.True((await publisher.PublishBudgetAsync(demoId, InForceYear, "finance", CancellationToken.None)).Succeeded);
            Assert.True((await publisher.PublishProjectsAsync(demoId, InForceYear, "planning", CancellationToken.None)).Succeeded);
        }

        var byPublisher = await SnapshotAsync(demoId);
        Assert.Equal(49, byPublisher.Lines.Count);
        Assert.Equal(11, byPublisher.Projects.Count);
        await factory.WithDbAsync(async db =>
        {
            await db.Set<PublishedBudgetLine>().ExecuteDeleteAsync();
            await db.Set<PublishedRevenueEstimate>().ExecuteDeleteAsync();
            await db.Set<PublishedProject>().ExecuteDeleteAsync();
            await db.Set<PublishedBudget>().ExecuteDeleteAsync();
            await db.Set<PublishedClassification>().ExecuteDeleteAsync();
            return await db.Set<Publication>().ExecuteDeleteAsync();
        });

        await RunNationalSeederAsync();

        var byNationalSeed = await SnapshotAsync(demoId);
        Assert.Equal(byPublisher.Budget, byNationalSeed.Budget);
        Assert.Equal(byPublisher.Lines, byNationalSeed.Lines);
        Assert.Equal(byPublisher.Estimates, byNationalSeed.Estimates);
        Assert.Equal(byPublisher.Projects, byNationalSeed.Projects);
        Assert.Equal(byPublisher.Classifications, byNationalSeed.Classifications);

        var publications = await PublicationsAsync();
        Assert.Equal(
            [(demoId, PublicationKind.Budget, InForceYear, 1, OpenDataNationalSeeder.PublishedBy), (demoId, PublicationKind.Projects, InForceYear, 1, OpenDataNationalSeeder.PublishedBy)],
            publications.Select(p => (p.LaoId, p.Kind, p.FiscalYear, p.Version, p.PublishedBy)).OrderBy(p => p.Kind));
        Assert.All(publications, p => Assert.Equal(new DateOnly(2025, 10, 1), p.PeriodFrom));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<PublishedBudgetLine>().CountAsync(l => l.FiscalYear == DraftYear)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<PublishedBudget>().CountAsync(l => l.FiscalYear == DraftYear)));

        // Published rows must read back through EF exactly (dates, stamps, money): the bulk path writes them with SQL.
        var budget = await factory.WithDbAsync(db => db.Set<PublishedBudget>().AsNoTracking().SingleAsync());
        Assert.Equal(publications.Single(p => p.Kind == PublicationKind.Budget).Id, budget.PublicationId);
        Assert.Equal(publications[0].PublishedAt, budget.PublishedAt);

        await RunNationalSeederAsync();

        Assert.Equal(
            publications.Select(p => (p.Id, p.Version, p.PublishedAt, p.ConcurrencyStamp)),
            (await PublicationsAsync()).Select(p => (p.Id, p.Version, p.PublishedAt, p.ConcurrencyStamp)));
        Assert.Equal(byNationalSeed, await SnapshotAsync(demoId));
        Assert.Equal(49, await factory.WithDbAsync(db => db.Set<PublishedBudgetLine>().CountAsync()));
    }

    [Fact]
    public async Task A_withdrawn_budget_is_not_published_again_by_the_national_publication()
    {
        var demoId = await DemoLaoIdAsync();
        Publication publication;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            publication = (await scope.ServiceProvider.GetRequiredService<Publisher>().PublishBudgetAsync(demoId, InForceYear, "finance", CancellationToken.None)).Publication!;
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var withdrawn = await scope.ServiceProvider.GetRequiredService<Publisher>().WithdrawAsync(publication.Id, "finance", "wrong figures", CancellationToken.None);
            Assert.True(withdrawn.Succeeded);
        }

        NationalPublicationResult result;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            result = await scope.ServiceProvider.GetRequiredService<INationalPublication>().PublishYearAsync(InForceYear, "test");
        }

        // The other demo LAOs have summary figures in force but no lines: skipped as well, as the per-LAO publisher refuses them.
        Assert.Equal(0, result.Budgets);
        Assert.False(await factory.WithDbAsync(db => db.Set<PublishedBudgetLine>().AnyAsync(l => l.LaoId == demoId && l.FiscalYear == InForceYear)));
        Assert.NotNull((await factory.WithDbAsync(db => db.Set<Publication>().AsNoTracking().SingleAsync(p => p.Id == publication.Id))).WithdrawnAt);
    }

    private async Task RunNationalSeederAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetServices<INationalSeeder>().OfType<OpenDataNationalSeeder>().Single();
        await seeder.SeedAsync(new NationalSeedOptions(), CancellationToken.None);
    }

    private async Task<int> DemoLaoIdAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindLaoByCodeAsync(DemoData.DemoLaoCode))!.Id;
    }

    private Task<List<Publication>> PublicationsAsync() =>
        factory.WithDbAsync(db => db.Set<Publication>().AsNoTracking().OrderBy(p => p.Id).ToListAsync());

    /// <summary>The copies without their ids and publication times (which differ between two publications of the same data).</summary>
    private Task<Snapshot> SnapshotAsync(int laoId) => factory.WithDbAsync(async db =>
    {
        var budget = await db.Set<PublishedBudget>().AsNoTracking().Where(b => b.LaoId == laoId && b.FiscalYear == InForceYear)
            .Select(b => new { b.ProvinceId, b.LaoType, b.Population, b.Status, b.PromulgatedOn, b.RevenueTotal, b.ExpenditureTotal, b.PersonnelTotal, b.CapitalTotal })
            .SingleAsync();
        var lines = (await db.Set<PublishedBudgetLine>().AsNoTracking().Where(l => l.LaoId == laoId).OrderBy(l => l.FiscalYear).ThenBy(l => l.LineNo).ToListAsync())
            .Select(l => string.Join("|", l.FiscalYear, l.ProvinceId, l.LaoType, l.LineNo, l.ProgrammeCode, l.WorkUnitCode, l.GroupCode, l.CategoryCode,
                l.ItemName, l.IsProject, l.PlanProjectCode, l.OriginalAmount.Satang, l.CurrentAmount.Satang))
            .ToList();
        var estimates = (await db.Set<PublishedRevenueEstimate>().AsNoTracking().Where(e => e.LaoId == laoId).OrderBy(e => e.FiscalYear).ThenBy(e => e.LineNo).ToListAsync())
            .Select(e => string.Join("|", e.FiscalYear, e.ProvinceId, e.LaoType, e.LineNo, e.CategoryCode, e.Source, e.ItemName, e.Amount.Satang))
            .ToList();
        var projects = (await db.Set<PublishedProject>().AsNoTracking().Where(p => p.LaoId == laoId).OrderBy(p => p.FiscalYear).ThenBy(p => p.Code).ToListAsync())
            .Select(p => string.Join("|", p.FiscalYear, p.ProvinceId, p.LaoType, p.Code, p.Name, p.StrategyNo, p.StrategyName, p.StartMonth, p.EndMonth,
                p.Status, p.PercentComplete, p.Planned.Satang, p.Budgeted.Satang, p.Disbursed.Satang, p.LastUpdatedOn))
            .ToList();
        var classifications = (await db.Set<PublishedClassification>().AsNoTracking().OrderBy(c => c.Kind).ThenBy(c => c.Code).ToListAsync())
            .Select(c => string.Join("|", c.Kind, c.Code, c.NameTh, c.NameEn)).ToList();
        return new Snapshot(budget.ToString()!, lines, estimates, projects, classifications);
    });

    private sealed record Snapshot(string Budget, List<string> Lines, List<string> Estimates, List<string> Projects, List<string> Classifications)
    {
        public bool Equals(Snapshot? other) => other is not null && Budget == other.Budget && Lines.SequenceEqual(other.Lines)
            && Estimates.SequenceEqual(other.Estimates) && Projects.SequenceEqual(other.Projects) && Classifications.SequenceEqual(other.Classifications);

        public override int GetHashCode() => Budget.GetHashCode(StringComparison.Ordinal);
    }
}
