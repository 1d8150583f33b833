using System.Data.Common;
using System.Diagnostics;
using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Domain;
using LocalGov.OpenData.Services.Publishing;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace LocalGov.OpenData.Services.National;

/// <summary>
/// Publishes the budget in force (and the action-plan projects, if any) of every LAO of a fiscal year that has not
/// published it yet, so that the portal and the API have national data. An LAO-year that has a publication row,
/// even a withdrawn one, is left alone: running it again changes nothing, and a withdrawal stays a withdrawal.
/// <para>
/// The copies are the same as <see cref="Publisher"/>'s (<see cref="PublishedCopies"/>). On SQLite they are written
/// with prepared inserts, one transaction per <see cref="LaosPerTransaction"/> LAOs, from one query per chunk for the
/// lines and one for the estimates; EF and one call per LAO would take most of an hour for 3.4 million lines. Other
/// providers publish one LAO at a time through <see cref="Publisher"/>.
/// </para>
/// </summary>
internal sealed class NationalPublisher(
    LocalGovDbContext db,
    SqlNames names,
    IOrganizationDirectory directory,
    IBudgetSummaries budgetSummaries,
    IBudgetLineDirectory budgetLines,
    IActionPlanProjects actionPlan,
    Publisher publisher,
    PublicationCache cache,
    TimeProvider clock,
    ILogger<NationalPublisher> logger) : INationalPublication
{
    public const int LaosPerTransaction = 500;

    public async Task<NationalPublicationResult> PublishYearAsync(int fiscalYear, string publishedBy, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var inForce = (await budgetSummaries.GetAsync(fiscalYear, null, cancellationToken))
            .Where(s => s.Status is BudgetStatus.Approved or BudgetStatus.Promulgated)
            .ToDictionary(s => s.LaoId);
        var published = (await db.Set<Publication>().AsNoTracking()
                .Where(p => p.Kind == PublicationKind.Budget && p.FiscalYear == fiscalYear)
                .Select(p => p.LaoId).ToListAsync(cancellationToken))
            .ToHashSet();
        var laos = (await directory.GetAllLaosAsync(cancellationToken))
            .Where(l => inForce.ContainsKey(l.Id) && !published.Contains(l.Id))
            .OrderBy(l => l.Id)
            .ToList();

        var result = IsSqlite
            ? await PublishInBulkAsync(fiscalYear, laos, inForce, publishedBy, cancellationToken)
            : await PublishOneByOneAsync(fiscalYear, laos, publishedBy, cancellationToken);
        if (result.Budgets > 0)
        {
            await cache.EvictAsync(cancellationToken);
        }

        result = result with { Skipped = inForce.Count - result.Budgets, ElapsedMilliseconds = watch.ElapsedMilliseconds };
        logger.LogInformation(
            "Open data national publication {Year}: {Budgets} budgets ({Lines} lines, {Estimates} revenue estimates), projects of {ProjectLaos} LAOs ({Projects}), {Skipped} already published or without lines, in {Elapsed} ms",
            result.FiscalYear, result.Budgets, result.Lines, result.Estimates, result.ProjectLaos, result.Projects, result.Skipped, result.ElapsedMilliseconds);
        return result;
    }

    private bool IsSqlite => db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;

    private async Task<NationalPublicationResult> PublishOneByOneAsync(int fiscalYear, List<LaoDto> laos, string publishedBy, CancellationToken cancellationToken)
    {
        var result = new NationalPublicationResult(fiscalYear, 0, 0, 0, 0, 0, 0, 0);
        foreach (var lao in laos)
        {
            if ((await publisher.PublishBudgetAsync(lao.Id, fiscalYear, publishedBy, cancellationToken)).Succeeded)
            {
                result = result with { Budgets = result.Budgets + 1 };
                var projects = await publisher.PublishProjectsAsync(lao.Id, fiscalYear, publishedBy, cancellationToken);
                result = projects.Succeeded ? result with { ProjectLaos = result.ProjectLaos + 1 } : result;
            }

            db.ChangeTracker.Clear();
        }

        return result;
    }

    private async Task<NationalPublicationResult> PublishInBulkAsync(
        int fiscalYear, List<LaoDto> laos, Dictionary<int, LaoBudgetSummary> inForce, string publishedBy, CancellationToken cancellationToken)
    {
        var result = new NationalPublicationResult(fiscalYear, 0, 0, 0, 0, 0, 0, 0);
        var year = new FiscalYear(fiscalYear);
        var knownClassifications = (await db.Set<PublishedClassification>().AsNoTracking().Select(c => new { c.Kind, c.Code }).ToListAsync(cancellationToken))
            .Select(c => (c.Kind, c.Code)).ToHashSet();
        var projectsPublished = (await db.Set<Publication>().AsNoTracking()
                .Where(p => p.Kind == PublicationKind.Projects && p.FiscalYear == fiscalYear)
                .Select(p => p.LaoId).ToListAsync(cancellationToken))
            .ToHashSet();
        var connection = db.Database.GetDbConnection();
        long projectMilliseconds = 0;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var chunk in laos.Chunk(LaosPerTransaction))
            {
                var ids = chunk.Select(l => l.Id).ToArray();
                var lines = (await budgetLines.GetLinesInForceForYearAsync(fiscalYear, ids, cancellationToken)).ToLookup(l => l.LaoId);
                var estimates = (await budgetLines.GetRevenueEstimatesInForceForYearAsync(fiscalYear, ids, cancellationToken)).ToLookup(e => e.LaoId);
                var projectWatch = Stopwatch.StartNew();
                var projects = new Dictionary<int, IReadOnlyList<ActionPlanProjectInfo>>();
                foreach (var lao in chunk.Where(l => lines[l.Id].Any() && !projectsPublished.Contains(l.Id)))
                {
                    projects[lao.Id] = await actionPlan.GetAsync(lao.Id, fiscalYear, cancellationToken);
                }

                projectMilliseconds += projectWatch.ElapsedMilliseconds;
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await using var writer = new CopyWriter(names, connection, transaction.GetDbTransaction());
                foreach (var lao in chunk)
                {
                    var laoLines = lines[lao.Id].ToList();
                    if (laoLines.Count == 0)
                    {
                        // As Publisher.PublishBudgetAsync: a budget in force without lines is not published.
                        continue;
                    }

                    var now = clock.GetUtcNow();
                    var publicationId = await writer.PublicationAsync(lao.Id, PublicationKind.Budget, year, now, publishedBy, cancellationToken);
                    await writer.BudgetAsync(PublishedCopies.Budget(lao, inForce[lao.Id], publicationId, now, 1), cancellationToken);
                    foreach (var line in PublishedCopies.Lines(lao, fiscalYear, laoLines))
                    {
                        await writer.LineAsync(line, cancellationToken);
                    }

                    foreach (var estimate in PublishedCopies.Estimates(lao, fiscalYear, estimates[lao.Id]))
                    {
                        await writer.EstimateAsync(estimate, cancellationToken);
                        result = result with { Estimates = result.Estimates + 1 };
                    }

                    result = result with { Budgets = result.Budgets + 1, Lines = result.Lines + laoLines.Count };
                    if (projects.TryGetValue(lao.Id, out var laoProjects) && laoProjects.Count > 0)
                    {
                        await writer.PublicationAsync(lao.Id, PublicationKind.Projects, year, now, publishedBy, cancellationToken);
                        foreach (var project in laoProjects)
                        {
                            await writer.ProjectAsync(PublishedCopies.Project(lao, fiscalYear, project), cancellationToken);
                        }

                        result = result with { ProjectLaos = result.ProjectLaos + 1, Projects = result.Projects + laoProjects.Count };
                    }
                }

                var newClassifications = PublishedCopies.Classifications(chunk.SelectMany(l => lines[l.Id]), chunk.SelectMany(l => estimates[l.Id]))
                    .Where(c => knownClassifications.Add((c.Kind, c.Code)))
                    .ToList();
                db.AddRange(newClassifications);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        // Planning's contract reads one LAO-year at a time (its plan, entries, lines and balances): say how much of the time it took.
        logger.LogInformation("Open data national publication {Year}: reading the action-plan projects took {Elapsed} ms", fiscalYear, projectMilliseconds);
        return result;
    }

    /// <summary>Prepared inserts of the publication rows and the copies (SQLite: values as EF stores them).</summary>
    private sealed class CopyWriter : IAsyncDisposable
    {
        private readonly DbCommand _publication;
        private readonly DbCommand _lastId;
        private readonly DbCommand _budget;
        private readonly DbCommand _line;
        private readonly DbCommand _estimate;
        private readonly DbCommand _project;

        public CopyWriter(SqlNames names, DbConnection connection, DbTransaction transaction)
        {
            _publication = names.PrepareInsert<Publication>(connection, transaction,
                nameof(Publication.LaoId), nameof(Publication.Kind), nameof(Publication.FiscalYear), nameof(Publication.PeriodFrom),
                nameof(Publication.PeriodTo), nameof(Publication.Version), nameof(Publication.PublishedAt), nameof(Publication.PublishedBy),
                nameof(Publication.ConcurrencyStamp));
            _lastId = connection.CreateCommand();
            _lastId.Transaction = transaction;
            _lastId.CommandText = "SELECT last_insert_rowid()";
            _budget = names.PrepareInsert<PublishedBudget>(connection, transaction,
                nameof(PublishedBudget.PublicationId), nameof(PublishedBudget.LaoId), nameof(PublishedBudget.FiscalYear), nameof(PublishedBudget.ProvinceId),
                nameof(PublishedBudget.LaoType), nameof(PublishedBudget.Population), nameof(PublishedBudget.Status), nameof(PublishedBudget.PromulgatedOn),
                nameof(PublishedBudget.RevenueTotal), nameof(PublishedBudget.ExpenditureTotal), nameof(PublishedBudget.PersonnelTotal),
                nameof(PublishedBudget.CapitalTotal), nameof(PublishedBudget.PublishedAt), nameof(PublishedBudget.Version));
            _line = names.PrepareInsert<PublishedBudgetLine>(connection, transaction,
                nameof(PublishedBudgetLine.LaoId), nameof(PublishedBudgetLine.FiscalYear), nameof(PublishedBudgetLine.ProvinceId), nameof(PublishedBudgetLine.LaoType),
                nameof(PublishedBudgetLine.LineNo), nameof(PublishedBudgetLine.ProgrammeCode), nameof(PublishedBudgetLine.WorkUnitCode), nameof(PublishedBudgetLine.GroupCode),
                nameof(PublishedBudgetLine.CategoryCode), nameof(PublishedBudgetLine.ItemName), nameof(PublishedBudgetLine.IsProject), nameof(PublishedBudgetLine.PlanProjectCode),
                nameof(PublishedBudgetLine.OriginalAmount), nameof(PublishedBudgetLine.CurrentAmount));
            _estimate = names.PrepareInsert<PublishedRevenueEstimate>(connection, transaction,
                nameof(PublishedRevenueEstimate.LaoId), nameof(PublishedRevenueEstimate.FiscalYear), nameof(PublishedRevenueEstimate.ProvinceId),
                nameof(PublishedRevenueEstimate.LaoType), nameof(PublishedRevenueEstimate.LineNo), nameof(PublishedRevenueEstimate.CategoryCode),
                nameof(PublishedRevenueEstimate.Source), nameof(PublishedRevenueEstimate.ItemName), nameof(PublishedRevenueEstimate.Amount));
            _project = names.PrepareInsert<PublishedProject>(connection, transaction,
                nameof(PublishedProject.LaoId), nameof(PublishedProject.FiscalYear), nameof(PublishedProject.ProvinceId), nameof(PublishedProject.LaoType),
                nameof(PublishedProject.Code), nameof(PublishedProject.Name), nameof(PublishedProject.StrategyNo), nameof(PublishedProject.StrategyName),
                nameof(PublishedProject.StartMonth), nameof(PublishedProject.EndMonth), nameof(PublishedProject.Status), nameof(PublishedProject.PercentComplete),
                nameof(PublishedProject.Planned), nameof(PublishedProject.Budgeted), nameof(PublishedProject.Disbursed), nameof(PublishedProject.LastUpdatedOn));
        }

        public async Task<int> PublicationAsync(int laoId, PublicationKind kind, FiscalYear year, DateTimeOffset now, string publishedBy, CancellationToken cancellationToken)
        {
            SqlNames.SetValues(_publication, laoId, (int)kind, year.BuddhistYear, year.Start, year.End, 1, now, publishedBy, Stamp(Guid.NewGuid()));
            await _publication.ExecuteNonQueryAsync(cancellationToken);
            return Convert.ToInt32(await _lastId.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        public Task BudgetAsync(PublishedBudget b, CancellationToken cancellationToken)
        {
            SqlNames.SetValues(_budget, b.PublicationId, b.LaoId, b.FiscalYear, b.ProvinceId, (int)b.LaoType, b.Population, (int)b.Status, b.PromulgatedOn,
                Satang(b.RevenueTotal), Satang(b.ExpenditureTotal), Satang(b.PersonnelTotal), Satang(b.CapitalTotal), b.PublishedAt, b.Version);
            return _budget.ExecuteNonQueryAsync(cancellationToken);
        }

        public Task LineAsync(PublishedBudgetLine l, CancellationToken cancellationToken)
        {
            SqlNames.SetValues(_line, l.LaoId, l.FiscalYear, l.ProvinceId, (int)l.LaoType, l.LineNo, l.ProgrammeCode, l.WorkUnitCode, l.GroupCode,
                l.CategoryCode, l.ItemName, l.IsProject, l.PlanProjectCode, Satang(l.OriginalAmount), Satang(l.CurrentAmount));
            return _line.ExecuteNonQueryAsync(cancellationToken);
        }

        public Task EstimateAsync(PublishedRevenueEstimate e, CancellationToken cancellationToken)
        {
            SqlNames.SetValues(_estimate, e.LaoId, e.FiscalYear, e.ProvinceId, (int)e.LaoType, e.LineNo, e.CategoryCode,
                e.Source is { } source ? (int)source : null, e.ItemName, Satang(e.Amount));
            return _estimate.ExecuteNonQueryAsync(cancellationToken);
        }

        public Task ProjectAsync(PublishedProject p, CancellationToken cancellationToken)
        {
            SqlNames.SetValues(_project, p.LaoId, p.FiscalYear, p.ProvinceId, (int)p.LaoType, p.Code, p.Name, p.StrategyNo, p.StrategyName,
                p.StartMonth, p.EndMonth, (int)p.Status, p.PercentComplete, Satang(p.Planned), Satang(p.Budgeted), Satang(p.Disbursed), p.LastUpdatedOn);
            return _project.ExecuteNonQueryAsync(cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var command in new[] { _publication, _lastId, _budget, _line, _estimate, _project })
            {
                await command.DisposeAsync();
            }
        }

        private static long Satang(Money money) => money.Satang;

        // EF Core's SQLite provider stores a Guid as upper-case text.
        private static string Stamp(Guid guid) => guid.ToString().ToUpperInvariant();
    }
}
