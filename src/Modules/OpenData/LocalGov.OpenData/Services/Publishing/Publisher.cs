using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Domain;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Contracts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.OpenData.Services.Publishing;

/// <summary>Why a publication was refused.</summary>
internal enum PublishError
{
    None = 0,
    LaoNotFound = 1,

    /// <summary>The budget is not approved or promulgated (a draft is never published).</summary>
    BudgetNotInForce = 2,

    /// <summary>The action plan has no project for the year.</summary>
    NothingToPublish = 3,

    PublicationNotFound = 4,
    AlreadyWithdrawn = 5,
}

internal sealed record PublishResult(PublishError Error, Publication? Publication)
{
    public bool Succeeded => Error == PublishError.None;

    public static PublishResult Fail(PublishError error) => new(error, null);
}

/// <summary>
/// Publishes an LAO's data: copies what the owning modules' contracts return into Open data's own tables (ADR 0012),
/// in one transaction with the <see cref="Publication"/> row, then drops the cached public pages. Only a budget in
/// force can be copied, so a draft can never reach a public page, a download or the API, which read only the copies.
/// </summary>
internal sealed class Publisher(
    LocalGovDbContext db,
    IOrganizationDirectory directory,
    IBudgetSummaries budgetSummaries,
    IBudgetLineDirectory budgetLines,
    IActionPlanProjects actionPlan,
    PublicationCache cache,
    TimeProvider clock)
{
    public async Task<PublishResult> PublishBudgetAsync(int laoId, int fiscalYear, string publishedBy, CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoAsync(laoId, cancellationToken);
        if (lao is null)
        {
            return PublishResult.Fail(PublishError.LaoNotFound);
        }

        var summaries = await budgetSummaries.GetAsync(fiscalYear, [laoId], cancellationToken);
        var summary = summaries.Count > 0 ? summaries[0] : null;
        var lines = await budgetLines.GetLinesInForceAsync(laoId, fiscalYear, cancellationToken);
        if (summary is null || summary.Status is not (BudgetStatus.Approved or BudgetStatus.Promulgated) || lines.Count == 0)
        {
            return PublishResult.Fail(PublishError.BudgetNotInForce);
        }

        var estimates = await budgetLines.GetRevenueEstimatesInForceAsync(laoId, fiscalYear, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var publication = await UpsertAsync(laoId, PublicationKind.Budget, fiscalYear, null, null, null, publishedBy, cancellationToken);
        await DeleteBudgetCopyAsync(laoId, fiscalYear, cancellationToken);

        db.Add(PublishedCopies.Budget(lao, summary, publication.Id, publication.PublishedAt, publication.Version));
        db.AddRange(PublishedCopies.Lines(lao, fiscalYear, lines));
        db.AddRange(PublishedCopies.Estimates(lao, fiscalYear, estimates));
        await AddClassificationsAsync(lines, estimates, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await cache.EvictAsync(cancellationToken);
        return new PublishResult(PublishError.None, publication);
    }

    public async Task<PublishResult> PublishProjectsAsync(int laoId, int fiscalYear, string publishedBy, CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoAsync(laoId, cancellationToken);
        if (lao is null)
        {
            return PublishResult.Fail(PublishError.LaoNotFound);
        }

        var projects = await actionPlan.GetAsync(laoId, fiscalYear, cancellationToken);
        if (projects.Count == 0)
        {
            return PublishResult.Fail(PublishError.NothingToPublish);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var publication = await UpsertAsync(laoId, PublicationKind.Projects, fiscalYear, null, null, null, publishedBy, cancellationToken);
        await db.Set<PublishedProject>().Where(p => p.LaoId == laoId && p.FiscalYear == fiscalYear).ExecuteDeleteAsync(cancellationToken);
        db.AddRange(projects.Select(p => PublishedCopies.Project(lao, fiscalYear, p)));

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await cache.EvictAsync(cancellationToken);
        return new PublishResult(PublishError.None, publication);
    }

    /// <summary>
    /// Publishes a generated document (the transparency documents): its content is kept as published. The period
    /// defaults to the fiscal year.
    /// </summary>
    public async Task<PublishResult> PublishContentAsync(
        int laoId, PublicationKind kind, int fiscalYear, DateOnly? periodFrom, DateOnly? periodTo, string content, string publishedBy, CancellationToken cancellationToken)
    {
        if (await directory.FindLaoAsync(laoId, cancellationToken) is null)
        {
            return PublishResult.Fail(PublishError.LaoNotFound);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var publication = await UpsertAsync(laoId, kind, fiscalYear, periodFrom, periodTo, content, publishedBy, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await cache.EvictAsync(cancellationToken);
        return new PublishResult(PublishError.None, publication);
    }

    /// <summary>Takes a publication off the portal: the row stays as history (who, when, why); its published copy is deleted.</summary>
    public async Task<PublishResult> WithdrawAsync(int publicationId, string withdrawnBy, string? reason, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var publication = await db.Set<Publication>().FirstOrDefaultAsync(p => p.Id == publicationId, cancellationToken);
        if (publication is null)
        {
            return PublishResult.Fail(PublishError.PublicationNotFound);
        }

        if (!publication.IsPublic)
        {
            return PublishResult.Fail(PublishError.AlreadyWithdrawn);
        }

        publication.WithdrawnAt = clock.GetUtcNow();
        publication.WithdrawnBy = withdrawnBy;
        publication.WithdrawalReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        publication.ConcurrencyStamp = Guid.NewGuid();
        switch (publication.Kind)
        {
            case PublicationKind.Budget:
                await DeleteBudgetCopyAsync(publication.LaoId, publication.FiscalYear, cancellationToken);
                break;
            case PublicationKind.Projects:
                await db.Set<PublishedProject>().Where(p => p.LaoId == publication.LaoId && p.FiscalYear == publication.FiscalYear).ExecuteDeleteAsync(cancellationToken);
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await cache.EvictAsync(cancellationToken);
        return new PublishResult(PublishError.None, publication);
    }

    private async Task<Publication> UpsertAsync(
        int laoId, PublicationKind kind, int fiscalYear, DateOnly? periodFrom, DateOnly? periodTo, string? content, string publishedBy, CancellationToken cancellationToken)
    {
        var year = new FiscalYear(fiscalYear);
        var from = periodFrom ?? year.Start;
        var publication = await db.Set<Publication>()
            .FirstOrDefaultAsync(p => p.LaoId == laoId && p.Kind == kind && p.FiscalYear == fiscalYear && p.PeriodFrom == from, cancellationToken);
        if (publication is null)
        {
            publication = new Publication { LaoId = laoId, Kind = kind, FiscalYear = fiscalYear, PeriodFrom = from, PublishedBy = publishedBy };
            db.Add(publication);
        }

        publication.PeriodTo = periodTo ?? year.End;
        publication.Version++;
        publication.PublishedAt = clock.GetUtcNow();
        publication.PublishedBy = publishedBy;
        publication.WithdrawnAt = null;
        publication.WithdrawnBy = null;
        publication.WithdrawalReason = null;
        publication.Content = content;
        publication.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        return publication;
    }

    private async Task DeleteBudgetCopyAsync(int laoId, int fiscalYear, CancellationToken cancellationToken)
    {
        await db.Set<PublishedBudget>().Where(b => b.LaoId == laoId && b.FiscalYear == fiscalYear).ExecuteDeleteAsync(cancellationToken);
        await db.Set<PublishedBudgetLine>().Where(b => b.LaoId == laoId && b.FiscalYear == fiscalYear).ExecuteDeleteAsync(cancellationToken);
        await db.Set<PublishedRevenueEstimate>().Where(b => b.LaoId == laoId && b.FiscalYear == fiscalYear).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Adds the names of classification codes not yet known (the classification is national; a renamed entry keeps its first published name).</summary>
    private async Task AddClassificationsAsync(IReadOnlyList<BudgetLineInfo> lines, IReadOnlyList<RevenueEstimateInfo> estimates, CancellationToken cancellationToken)
    {
        var wanted = PublishedCopies.Classifications(lines, estimates).ToList();
        var known = (await db.Set<PublishedClassification>().AsNoTracking().Select(c => new { c.Kind, c.Code }).ToListAsync(cancellationToken))
            .Select(c => (c.Kind, c.Code)).ToHashSet();
        db.AddRange(wanted.Where(c => !known.Contains((c.Kind, c.Code))));
    }
}
