using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Services;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Seeding;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace LocalGov.Budgeting.Seeding;

/// <summary>
/// The national synthetic budgets (benchmarks): for every LAO an annual budget of the previous fiscal year
/// (promulgated, ~<see cref="PreviousYearLines"/> lines) and of the current one (~<see cref="CurrentYearLines"/>
/// lines, statuses spread from not started to promulgated), amounts scaled by LAO type and population,
/// deterministic for <see cref="NationalSeedOptions.RandomSeed"/> (and the current date, which names the years).
/// <para>
/// This is synthetic benchmark data: it is written with prepared, parameterized SQL in batches (one transaction
/// per <see cref="LaosPerTransaction"/> LAOs), which the audit interceptor does not see – acceptable only for
/// generated or derived data (ADR 0004); EF with the interceptor would need hours for millions of rows. The
/// summary tables are then rebuilt from the lines with set-based SQL. SQLite only (the benchmark target: budget
/// ids are assigned by the generator); on other providers the generator logs a warning and writes nothing.
/// </para>
/// </summary>
internal sealed class BudgetingNationalSeeder(
    LocalGovDbContext db,
    SqlNames names,
    IOrganizationDirectory directory,
    IBudgetSummaryRebuild rebuild,
    TimeProvider clock,
    ILogger<BudgetingNationalSeeder> logger) : INationalSeeder
{
    internal const int CurrentYearLines = 300;
    internal const int PreviousYearLines = 150;
    internal const int LaosPerTransaction = 1_000;

    public int Order => 50;

    public async Task SeedAsync(NationalSeedOptions options, CancellationToken cancellationToken)
    {
        if (db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) != true)
        {
            logger.LogWarning("National budgets are generated on SQLite only; skipped on {Provider}", db.Database.ProviderName);
            return;
        }

        if (await db.Set<Budget>().AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("The database already has budgets; seed the national dataset into an empty database.");
        }

        var watch = Stopwatch.StartNew();
        var catalog = await LoadCatalogAsync(cancellationToken);
        var laos = await directory.GetAllLaosAsync(cancellationToken);
        var current = FiscalYear.Containing(ThaiDate.ToThailandTime(clock.GetUtcNow().UtcDateTime));
        var created = clock.GetUtcNow().UtcDateTime;

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        long lineCount = 0;
        try
        {
            var budgetId = 0;
            foreach (var chunk in laos.Chunk(LaosPerTransaction))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var dbTransaction = transaction.GetDbTransaction();
                await using var budgetInsert = Insert<Budget>(connection, dbTransaction,
                    nameof(Budget.Id), nameof(Budget.LaoId), nameof(Budget.ProvinceId), nameof(Budget.LaoType), nameof(Budget.FiscalYear),
                    nameof(Budget.Kind), nameof(Budget.Sequence), nameof(Budget.Status), nameof(Budget.Title), nameof(Budget.CouncilPassedOn),
                    nameof(Budget.ApprovedOn), nameof(Budget.PromulgatedOn), nameof(Budget.CreatedUtc), nameof(Budget.ConcurrencyStamp));
                await using var lineInsert = Insert<BudgetLine>(connection, dbTransaction,
                    nameof(BudgetLine.BudgetId), nameof(BudgetLine.LineNo), nameof(BudgetLine.ProgrammeId), nameof(BudgetLine.WorkUnitId),
                    nameof(BudgetLine.GroupId), nameof(BudgetLine.CategoryId), nameof(BudgetLine.ItemName), nameof(BudgetLine.IsProject),
                    nameof(BudgetLine.OriginalAmount), nameof(BudgetLine.CurrentAmount), nameof(BudgetLine.Explanation));
                await using var revenueInsert = Insert<RevenueEstimate>(connection, dbTransaction,
                    nameof(RevenueEstimate.BudgetId), nameof(RevenueEstimate.LineNo), nameof(RevenueEstimate.CategoryId),
                    nameof(RevenueEstimate.ItemName), nameof(RevenueEstimate.Amount), nameof(RevenueEstimate.Explanation));

                foreach (var lao in chunk)
                {
                    var random = new Random(unchecked((options.RandomSeed * 397) ^ (lao.Id * 7919)));
                    var target = TargetExpenditure(lao, random);
                    var previousTarget = target * (92 + random.Next(9)) / 100;
                    lineCount += await WriteBudgetAsync(++budgetId, lao, current.Previous, BudgetStatus.Promulgated, previousTarget, PreviousYearLines, created, random, catalog,
                        budgetInsert, lineInsert, revenueInsert, cancellationToken);
                    if (CurrentStatus(random) is { } status)
                    {
                        lineCount += await WriteBudgetAsync(++budgetId, lao, current, status, target, CurrentYearLines, created, random, catalog,
                            budgetInsert, lineInsert, revenueInsert, cancellationToken);
                    }
                }

                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        var generated = watch.ElapsedMilliseconds;
        var rows = await rebuild.RebuildAsync(cancellationToken);
        logger.LogInformation(
            "National budgets: {Laos} LAOs, {Lines} lines written in {Generated} ms; {Rows} summary rows rebuilt in {Rebuilt} ms",
            laos.Count, lineCount, generated, rows, watch.ElapsedMilliseconds - generated);
    }

    /// <summary>~5 % not started, then draft, council, supervisor, approved, promulgated.</summary>
    private static BudgetStatus? CurrentStatus(Random random) => random.Next(100) switch
    {
        < 5 => null,
        < 20 => BudgetStatus.Draft,
        < 23 => BudgetStatus.Returned,
        < 33 => BudgetStatus.SubmittedToCouncil,
        < 40 => BudgetStatus.PassedByCouncil,
        < 52 => BudgetStatus.SubmittedToSupervisor,
        < 65 => BudgetStatus.Approved,
        _ => BudgetStatus.Promulgated,
    };

    /// <summary>
    /// Days the ordinance's steps move from the usual dates (promulgated 15 days before the year): most within a few weeks
    /// either way but still before 1 October, about one in eight late. Its own stream, so the amounts stay as they were.
    /// </summary>
    private static int PromulgationShift(int laoId, int fiscalYear)
    {
        var random = new Random(unchecked((laoId * 7919) ^ (fiscalYear * 104_729)));
        return random.Next(8) == 0 ? 16 + random.Next(60) : random.Next(-20, 15);
    }

    /// <summary>Expenditure in satang: population × a per-head figure by LAO type, at least 15 M baht, ±10 %.</summary>
    private static long TargetExpenditure(LaoDto lao, Random random)
    {
        var perHead = lao.Type switch
        {
            LaoType.ProvincialAdministrativeOrganisation => 1_200,
            LaoType.CityMunicipality => 7_000,
            LaoType.TownMunicipality => 6_000,
            LaoType.SubdistrictMunicipality => 5_000,
            LaoType.Bangkok => 14_000,
            LaoType.Pattaya => 20_000,
            _ => 4_500,
        };
        var population = lao.Population > 0 ? lao.Population : 600_000;
        var baht = Math.Max(15_000_000L, (long)population * perHead);
        return baht * (90 + random.Next(21)) / 100 * 100;
    }

    private async Task<int> WriteBudgetAsync(
        int id, LaoDto lao, FiscalYear year, BudgetStatus status, long target, int lines, DateTime created, Random random, Catalog catalog,
        DbCommand budgetInsert, DbCommand lineInsert, DbCommand revenueInsert, CancellationToken cancellationToken)
    {
        var passed = status is BudgetStatus.PassedByCouncil or BudgetStatus.SubmittedToSupervisor or BudgetStatus.Approved or BudgetStatus.Promulgated;
        var approved = status is BudgetStatus.Approved or BudgetStatus.Promulgated;
        var stamp = new byte[16];
        random.NextBytes(stamp);
        var shift = PromulgationShift(lao.Id, year.BuddhistYear);
        Set(budgetInsert, id, lao.Id, lao.ProvinceId, (int)lao.Type, year.BuddhistYear, (int)BudgetKind.Annual, 0, (int)status,
            $"งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. {year.BuddhistYear.ToString(CultureInfo.InvariantCulture)} {lao.NameTh}",
            passed ? Date(year.Start.AddDays(-45 + shift)) : null,
            approved ? Date(year.Start.AddDays(-20 + shift)) : null,
            status == BudgetStatus.Promulgated ? Date(year.Start.AddDays(-15 + shift)) : null,
            created, new Guid(stamp).ToString().ToUpperInvariant());
        await budgetInsert.ExecuteNonQueryAsync(cancellationToken);

        // Line weights: personnel items carry more money, capital items are few and large.
        var count = lines * (90 + random.Next(21)) / 100;
        var picks = new (Classification Category, int WorkUnitIndex, long Weight)[count];
        long weightSum = 0;
        for (var i = 0; i < count; i++)
        {
            var category = catalog.Categories[random.Next(catalog.Categories.Count)];
            var weight = (category.IsPersonnel ? 3 : category.IsCapital ? 2 : 1) * (long)(10 + random.Next(90));
            picks[i] = (category, random.Next(catalog.WorkUnits.Count), weight);
            weightSum += weight;
        }

        long written = 0;
        for (var i = 0; i < count; i++)
        {
            var (category, workUnitIndex, weight) = picks[i];
            var workUnit = catalog.WorkUnits[workUnitIndex];
            var amount = i == count - 1 ? target - written : target * weight / weightSum / 10_000 * 10_000;
            written += amount;
            Set(lineInsert, id, i + 1, workUnit.ParentId!.Value, workUnit.Id, category.ParentId!.Value, category.Id,
                $"{category.NameTh} {(i + 1).ToString(CultureInfo.InvariantCulture)}", i % 7 == 0 && category.IsCapital ? 1 : 0, amount, amount, "");
            await lineInsert.ExecuteNonQueryAsync(cancellationToken);
        }

        var revenueTarget = target * (100 + random.Next(4)) / 100;
        var revenueCount = Math.Min(12, catalog.RevenueCategories.Count);
        long revenueWritten = 0;
        for (var i = 0; i < revenueCount; i++)
        {
            var category = catalog.RevenueCategories[i];
            var amount = i == revenueCount - 1 ? revenueTarget - revenueWritten : revenueTarget / revenueCount / 10_000 * 10_000;
            revenueWritten += amount;
            Set(revenueInsert, id, i + 1, category.Id, category.NameTh, amount, "");
            await revenueInsert.ExecuteNonQueryAsync(cancellationToken);
        }

        return count;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DbCommand Insert<T>(DbConnection connection, DbTransaction transaction, params string[] properties) =>
        names.PrepareInsert<T>(connection, transaction, properties);

    private static void Set(DbCommand command, params object?[] values) => SqlNames.SetValues(command, values);

    private async Task<Catalog> LoadCatalogAsync(CancellationToken cancellationToken)
    {
        var all = await db.Set<Classification>().AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var catalog = new Catalog(
            [.. all.Where(c => c.Kind == ClassificationKind.WorkUnit && c.ParentId is not null)],
            [.. all.Where(c => c.Kind == ClassificationKind.ExpenditureCategory && c.ParentId is not null)],
            [.. all.Where(c => c.Kind == ClassificationKind.RevenueCategory)]);
        return catalog.WorkUnits.Count == 0 || catalog.Categories.Count == 0 || catalog.RevenueCategories.Count == 0
            ? throw new InvalidOperationException("The budget classification is missing; seed the reference data first.")
            : catalog;
    }

    private sealed record Catalog(List<Classification> WorkUnits, List<Classification> Categories, List<Classification> RevenueCategories);
}
