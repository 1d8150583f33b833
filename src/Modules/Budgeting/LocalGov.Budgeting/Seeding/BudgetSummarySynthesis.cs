using System.Diagnostics;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace LocalGov.Budgeting.Seeding;

/// <summary>
/// Synthetic budget summary rows (no budgets, no lines) for benchmarking: per LAO-year a promulgated annual budget's
/// totals scaled by <see cref="SyntheticFigures.ExpenditureBaht"/>, personnel 20–45 % (some over 40 %), capital
/// 10–35 %, promulgated mostly before 1 October and sometimes late; ~0.5 % of LAO-years left out and ~0.15 % extreme.
/// Deterministic for the seed. LAO-years that already have a row are never touched.
/// <para>
/// Written with prepared, parameterized SQL, which the audit interceptor does not see – acceptable for generated
/// data only (ADR 0004). A <c>rebuild budget-summaries</c> keeps them (an LAO-year without a budget or lines).
/// </para>
/// </summary>
internal sealed class BudgetSummarySynthesis(LocalGovDbContext db, SqlNames names, TimeProvider clock)
{
    internal const int LaosPerTransaction = 1_000;

    /// <summary>Writes the missing rows of <paramref name="years"/> for <paramref name="laos"/>; returns how many.</summary>
    public async Task<int> WriteAsync(IReadOnlyList<LaoDto> laos, IReadOnlyList<int> years, int seed, CancellationToken cancellationToken)
    {
        var existing = (await db.Set<BudgetSummaryRow>().AsNoTracking().Where(s => years.Contains(s.FiscalYear))
            .Select(s => new { s.LaoId, s.FiscalYear }).ToListAsync(cancellationToken)).Select(k => (k.LaoId, k.FiscalYear)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var written = 0;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var chunk in laos.Chunk(LaosPerTransaction))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await using var insert = names.PrepareInsert<BudgetSummaryRow>(connection, transaction.GetDbTransaction(),
                    nameof(BudgetSummaryRow.LaoId), nameof(BudgetSummaryRow.FiscalYear), nameof(BudgetSummaryRow.ProvinceId), nameof(BudgetSummaryRow.LaoType),
                    nameof(BudgetSummaryRow.Status), nameof(BudgetSummaryRow.RevenueTotal), nameof(BudgetSummaryRow.ExpenditureTotal),
                    nameof(BudgetSummaryRow.PersonnelTotal), nameof(BudgetSummaryRow.CapitalTotal), nameof(BudgetSummaryRow.LineCount),
                    nameof(BudgetSummaryRow.PromulgatedOn), nameof(BudgetSummaryRow.UpdatedUtc));
                foreach (var lao in chunk)
                {
                    foreach (var year in years)
                    {
                        if (existing.Contains((lao.Id, year)) || Generate(lao, year, seed) is not { } r)
                        {
                            continue;
                        }

                        SqlNames.SetValues(insert, r.LaoId, r.FiscalYear, r.ProvinceId, r.LaoType, (int)r.Status, r.RevenueTotal.Satang, r.ExpenditureTotal.Satang,
                            r.PersonnelTotal.Satang, r.CapitalTotal.Satang, r.LineCount, r.PromulgatedOn, now);
                        await insert.ExecuteNonQueryAsync(cancellationToken);
                        written++;
                    }
                }

                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return written;
    }

    /// <summary>The LAO-year's row, or null when the LAO-year is one of those left without budget data.</summary>
    internal static BudgetSummaryRow? Generate(LaoDto lao, int fiscalYear, int seed)
    {
        if (SyntheticFigures.IsMissing(seed, lao.Id, fiscalYear, SyntheticStream.Budgeting))
        {
            return null;
        }

        var random = SyntheticFigures.RandomFor(seed, lao.Id, fiscalYear, SyntheticStream.Budgeting);
        var expenditure = SyntheticFigures.ExpenditureBaht(lao, fiscalYear, seed);

        // One in ten LAOs over the 40 % personnel ceiling; extreme LAO-years far outside either range.
        var personnel = random.Next(10) == 0 ? SyntheticFigures.Between(random, 0.40m, 0.45m) : SyntheticFigures.Between(random, 0.20m, 0.40m);
        var capital = SyntheticFigures.Between(random, 0.10m, 0.35m);
        if (SyntheticFigures.IsOutlier(seed, lao.Id, fiscalYear, SyntheticStream.Budgeting))
        {
            (personnel, capital) = random.Next(2) == 0 ? (SyntheticFigures.Between(random, 0.75m, 0.90m), 0.01m) : (0.05m, SyntheticFigures.Between(random, 0.70m, 0.85m));
        }

        var start = new FiscalYear(fiscalYear).Start;
        var promulgated = random.Next(100) < 85 ? start.AddDays(-5 - random.Next(36)) : start.AddDays(1 + random.Next(60));
        return new BudgetSummaryRow
        {
            LaoId = lao.Id,
            FiscalYear = fiscalYear,
            ProvinceId = lao.ProvinceId,
            LaoType = (int)lao.Type,
            Status = BudgetStatus.Promulgated,
            RevenueTotal = Baht(expenditure * SyntheticFigures.Between(random, 1.00m, 1.04m)),
            ExpenditureTotal = Baht(expenditure),
            PersonnelTotal = Baht(expenditure * personnel),
            CapitalTotal = Baht(expenditure * capital),
            LineCount = 0,
            PromulgatedOn = promulgated,
        };
    }

    /// <summary>Whole thousands of baht, as ordinances are written.</summary>
    private static Money Baht(decimal baht) => Money.FromBaht(Math.Round(baht / 1_000m, 0, MidpointRounding.AwayFromZero) * 1_000m);
}

/// <summary>
/// National dataset: synthetic summary rows for the three fiscal years before the two <see cref="BudgetingNationalSeeder"/>
/// generates budgets for, so that benchmarking has five years (SQLite only, as the other national seeders).
/// </summary>
internal sealed class BudgetingSyntheticNationalSeeder(
    LocalGovDbContext db, IOrganizationDirectory directory, BudgetSummarySynthesis synthesis, TimeProvider clock,
    ILogger<BudgetingSyntheticNationalSeeder> logger) : INationalSeeder
{
    public int Order => 55;

    public async Task SeedAsync(NationalSeedOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) != true)
        {
            logger.LogWarning("National budget summaries are generated on SQLite only; skipped on {Provider}", db.Database.ProviderName);
            return;
        }

        var watch = Stopwatch.StartNew();
        var current = FiscalYear.Current(clock).BuddhistYear;
        var laos = await directory.GetAllLaosAsync(cancellationToken);
        var rows = await synthesis.WriteAsync(laos, [current - 4, current - 3, current - 2], options.RandomSeed, cancellationToken);
        logger.LogInformation("National budget summaries: {Rows} synthetic rows for {Laos} LAOs in {Elapsed} ms", rows, laos.Count, watch.ElapsedMilliseconds);
    }
}

/// <summary>Demo: synthetic budget summaries of the demo province's other LAOs, FY 2566–2570 (the demo LAO has real budgets).</summary>
internal sealed class BudgetingSyntheticDemoSeeder(IOrganizationDirectory directory, BudgetSummarySynthesis synthesis) : IDemoSeeder
{
    public int Order => 870;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var laos = await SyntheticFigures.DemoNeighboursAsync(directory, cancellationToken);
        await synthesis.WriteAsync(laos, SyntheticFigures.DemoYears, new NationalSeedOptions().RandomSeed, cancellationToken);
    }
}
