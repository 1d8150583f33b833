using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Domain;
using LocalGov.OpenData.Services.Transparency;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Contracts;
using LocalGov.Procurement.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.OpenData.Services.Publishing;

/// <summary>Why the publishing page refused a request (each shown as a localized message).</summary>
internal enum PublishOutcome
{
    Published = 0,
    BudgetNotInForce = 1,
    NoProjects = 2,
    NoProcurementPlan = 3,
    BadMonth = 4,
    UnknownKind = 5,
    NotFound = 6,
    AlreadyWithdrawn = 7,
    ReasonRequired = 8,
    Withdrawn = 9,
}

internal sealed record PublishingResult(PublishOutcome Outcome, Publication? Publication);

/// <summary>Whether one item of the publishing page can be published now, and why not.</summary>
internal sealed record PublishableState(bool CanPublish, PublishOutcome Reason);

/// <summary>What an LAO has and can publish for a fiscal year: the datasets' sources, and every publication row (withdrawn ones too).</summary>
internal sealed record PublishingState(
    int FiscalYear,
    BudgetStatus? BudgetStatus,
    int Projects,
    bool HasProcurementPlan,
    IReadOnlyList<Publication> Publications)
{
    public bool BudgetInForce => BudgetStatus is Budgeting.Contracts.BudgetStatus.Approved or Budgeting.Contracts.BudgetStatus.Promulgated;

    public PublishableState Can(PublicationKind kind) => kind switch
    {
        PublicationKind.Budget or PublicationKind.SpendingPlan or PublicationKind.SixMonthProgressReport or PublicationKind.AnnualSpendingReport =>
            new(BudgetInForce, PublishOutcome.BudgetNotInForce),
        PublicationKind.Projects => new(Projects > 0, PublishOutcome.NoProjects),
        PublicationKind.ProcurementPlan => new(HasProcurementPlan, PublishOutcome.NoProcurementPlan),
        _ => new(true, PublishOutcome.Published),
    };

    /// <summary>The publication of a kind for the year (the monthly summaries: each month's), newest period first.</summary>
    public IEnumerable<Publication> Of(PublicationKind kind) => Publications.Where(p => p.Kind == kind).OrderByDescending(p => p.PeriodFrom);
}

/// <summary>
/// The publishing page's actions for one LAO: publish a dataset (through <see cref="Publisher"/>) or generate and
/// publish a transparency document, and withdraw with a reason. Scope is checked by the caller (the LAO is the user's).
/// </summary>
internal sealed class PublishingWorkflow(
    LocalGovDbContext db,
    Publisher publisher,
    TransparencyDocuments documents,
    IBudgetSummaries budgetSummaries,
    IActionPlanProjects actionPlan,
    IPublicProcurement procurement)
{
    public async Task<PublishingState> StateAsync(LaoDto lao, int fiscalYear, CancellationToken cancellationToken)
    {
        var summaries = await budgetSummaries.GetAsync(fiscalYear, [lao.Id], cancellationToken);
        var projects = await actionPlan.GetAsync(lao.Id, fiscalYear, cancellationToken);
        var plan = await procurement.GetPublishedPlanAsync(lao.Id, fiscalYear, cancellationToken);
        var publications = await db.Set<Publication>().AsNoTracking()
            .Where(p => p.LaoId == lao.Id && p.FiscalYear == fiscalYear)
            .ToListAsync(cancellationToken);
        return new PublishingState(fiscalYear, summaries.Count > 0 ? summaries[0].Status : null, projects.Count, plan is not null, publications);
    }

    public async Task<PublishingResult> PublishAsync(LaoDto lao, PublicationKind kind, int fiscalYear, int? fiscalMonth, string by, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case PublicationKind.Budget:
                var budget = await publisher.PublishBudgetAsync(lao.Id, fiscalYear, by, cancellationToken);
                return budget.Succeeded ? new(PublishOutcome.Published, budget.Publication) : new(PublishOutcome.BudgetNotInForce, null);
            case PublicationKind.Projects:
                var projects = await publisher.PublishProjectsAsync(lao.Id, fiscalYear, by, cancellationToken);
                return projects.Succeeded ? new(PublishOutcome.Published, projects.Publication) : new(PublishOutcome.NoProjects, null);
        }

        if (!TransparencyDocuments.IsDocument(kind))
        {
            return new(PublishOutcome.UnknownKind, null);
        }

        var generated = await documents.GenerateAsync(lao, kind, fiscalYear, fiscalMonth, cancellationToken);
        if (generated.Document is not { } document)
        {
            return new(generated.Error switch
            {
                DocumentError.BudgetNotInForce => PublishOutcome.BudgetNotInForce,
                DocumentError.NoProcurementPlan => PublishOutcome.NoProcurementPlan,
                DocumentError.BadMonth => PublishOutcome.BadMonth,
                _ => PublishOutcome.UnknownKind,
            }, null);
        }

        var result = await publisher.PublishContentAsync(lao.Id, kind, fiscalYear, document.PeriodFrom, document.PeriodTo, document.ToJson(), by, cancellationToken);
        return result.Succeeded ? new(PublishOutcome.Published, result.Publication) : new(PublishOutcome.NotFound, null);
    }

    /// <summary>The LAO's publication with this id (withdrawn ones too), or null: another LAO's id finds nothing.</summary>
    public Task<Publication?> FindAsync(int laoId, int publicationId, CancellationToken cancellationToken) =>
        db.Set<Publication>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == publicationId && p.LaoId == laoId, cancellationToken);

    public async Task<PublishingResult> WithdrawAsync(int laoId, int publicationId, string? reason, string by, CancellationToken cancellationToken)
    {
        if (await FindAsync(laoId, publicationId, cancellationToken) is null)
        {
            return new(PublishOutcome.NotFound, null);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new(PublishOutcome.ReasonRequired, null);
        }

        var result = await publisher.WithdrawAsync(publicationId, by, reason.Trim(), cancellationToken);
        return result.Error switch
        {
            PublishError.None => new(PublishOutcome.Withdrawn, result.Publication),
            PublishError.AlreadyWithdrawn => new(PublishOutcome.AlreadyWithdrawn, null),
            _ => new(PublishOutcome.NotFound, null),
        };
    }
}
