using System.Diagnostics;
using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace LocalGov.Finance.Seeding;

/// <summary>
/// Synthetic <see cref="FinanceSummaryRow"/>s (no ledger) for benchmarking. Each LAO-year is scaled by its budget's
/// expenditure when Budgeting has one (read through <see cref="IBudgetSummaries"/>, so execution rates are against the
/// budget the indicators use) and by <see cref="SyntheticFigures.ExpenditureBaht"/> otherwise: disbursed 60–98 % of the
/// budget, revenue 95–112 %, reserves 10–80 %, debt service 0–8 % of revenue (four LAOs in ten without loans);
/// ~0.5 % of LAO-years left out and ~0.15 % extreme. Deterministic for the seed; existing rows are never touched.
/// <para>
/// Prepared, parameterized SQL that the audit interceptor does not see – generated data only (ADR 0004). A
/// <c>rebuild finance-summaries</c> recomputes the table from the ledger and so drops these rows.
/// </para>
/// </summary>
internal sealed class FinanceSummarySynthesis(LocalGovDbContext db, SqlNames names, IBudgetSummaries budgets, TimeProvider clock)
{
    internal const int LaosPerTransaction = 1_000;

    public async Task<int> WriteAsync(IReadOnlyList<LaoDto> laos, IReadOnlyList<int> years, int seed, CancellationToken cancellationToken)
    {
        var existing = (await db.Set<FinanceSummaryRow>().AsNoTracking().Where(s => years.Contains(s.FiscalYear))
            .Select(s => new { s.LaoId, s.FiscalYear }).ToListAsync(cancellationToken)).Select(k => (k.LaoId, k.FiscalYear)).ToHashSet();
        var budgetByYear = new Dictionary<int, Dictionary<int, Money>>();
        foreach (var year in years)
        {
            budgetByYear[year] = (await budgets.GetAsync(year, null, cancellationToken))
                .Where(b => b.ExpenditureTotal.Satang > 0).ToDictionary(b => b.LaoId, b => b.ExpenditureTotal);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var written = 0;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var chunk in laos.Chunk(LaosPerTransaction))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await using var insert = names.PrepareInsert<FinanceSummaryRow>(connection, transaction.GetDbTransaction(),
                    nameof(FinanceSummaryRow.LaoId), nameof(FinanceSummaryRow.FiscalYear), nameof(FinanceSummaryRow.ProvinceId), nameof(FinanceSummaryRow.LaoType),
                    nameof(FinanceSummaryRow.RevenueActual), nameof(FinanceSummaryRow.ExpenseActual), nameof(FinanceSummaryRow.BudgetDisbursed),
                    nameof(FinanceSummaryRow.CashAndDeposits), nameof(FinanceSummaryRow.AccumulatedFunds), nameof(FinanceSummaryRow.Liabilities),
                    nameof(FinanceSummaryRow.DebtService), nameof(FinanceSummaryRow.UpdatedUtc));
                foreach (var lao in chunk)
                {
                    foreach (var year in years)
                    {
                        var budget = budgetByYear[year].TryGetValue(lao.Id, out var b) ? b : (Money?)null;
                        if (existing.Contains((lao.Id, year)) || Generate(lao, year, seed, budget) is not { } r)
                        {
                            continue;
                        }

                        SqlNames.SetValues(insert, r.LaoId, r.FiscalYear, r.ProvinceId, r.LaoType, r.RevenueActual.Satang, r.ExpenseActual.Satang,
                            r.BudgetDisbursed.Satang, r.CashAndDeposits.Satang, r.AccumulatedFunds.Satang, r.Liabilities.Satang, r.DebtService.Satang, now);
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

    /// <summary>The LAO-year's row against its budget's expenditure (or the synthetic scale), or null when left out.</summary>
    internal static FinanceSummaryRow? Generate(LaoDto lao, int fiscalYear, int seed, Money? budgetExpenditure)
    {
        if (SyntheticFigures.IsMissing(seed, lao.Id, fiscalYear, SyntheticStream.Finance))
        {
            return null;
        }

        var random = SyntheticFigures.RandomFor(seed, lao.Id, fiscalYear, SyntheticStream.Finance);
        var budget = budgetExpenditure?.Baht ?? SyntheticFigures.ExpenditureBaht(lao, fiscalYear, seed);
        var execution = SyntheticFigures.Between(random, 0.60m, 0.98m);
        var revenue = budget * SyntheticFigures.Between(random, 0.95m, 1.12m);
        var reserves = SyntheticFigures.Between(random, 0.10m, 0.80m);
        var hasLoans = random.Next(10) >= 4;
        var debtService = hasLoans ? SyntheticFigures.Between(random, 0.005m, 0.08m) : 0m;
        var loans = hasLoans ? budget * SyntheticFigures.Between(random, 0.05m, 0.30m) : 0m;
        if (SyntheticFigures.IsOutlier(seed, lao.Id, fiscalYear, SyntheticStream.Finance))
        {
            switch (random.Next(3))
            {
                case 0: execution = SyntheticFigures.Between(random, 0.05m, 0.25m); break;
                case 1: reserves = SyntheticFigures.Between(random, 1.5m, 3.0m); break;
                default: debtService = SyntheticFigures.Between(random, 0.20m, 0.35m); loans = budget; break;
            }
        }

        var disbursed = budget * execution;
        return new FinanceSummaryRow
        {
            LaoId = lao.Id,
            FiscalYear = fiscalYear,
            ProvinceId = lao.ProvinceId,
            LaoType = (int)lao.Type,
            RevenueActual = Baht(revenue),
            BudgetDisbursed = Baht(disbursed),
            ExpenseActual = Baht(disbursed * SyntheticFigures.Between(random, 1.00m, 1.10m)),
            CashAndDeposits = Baht(budget * SyntheticFigures.Between(random, 0.15m, 0.60m)),
            AccumulatedFunds = Baht(budget * reserves),
            Liabilities = Baht(budget * SyntheticFigures.Between(random, 0.02m, 0.10m) + loans),
            DebtService = Baht(revenue * debtService),
        };
    }

    private static Money Baht(decimal baht) => Money.FromBaht(Math.Round(baht, 2, MidpointRounding.AwayFromZero));
}

/// <summary>National dataset: five years (the current fiscal year and four before) of finance summaries for every LAO (SQLite only).</summary>
internal sealed class FinanceSyntheticNationalSeeder(
    LocalGovDbContext db, IOrganizationDirectory directory, FinanceSummarySynthesis synthesis, TimeProvider clock,
    ILogger<FinanceSyntheticNationalSeeder> logger) : INationalSeeder
{
    /// <summary>After Budgeting's (50, 55): the budgets it scales by must be there.</summary>
    public int Order => 70;

    public async Task SeedAsync(NationalSeedOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) != true)
        {
            logger.LogWarning("National finance summaries are generated on SQLite only; skipped on {Provider}", db.Database.ProviderName);
            return;
        }

        var watch = Stopwatch.StartNew();
        var current = FiscalYear.Current(clock).BuddhistYear;
        var laos = await directory.GetAllLaosAsync(cancellationToken);
        var rows = await synthesis.WriteAsync(laos, [.. Enumerable.Range(current - 4, 5)], options.RandomSeed, cancellationToken);
        logger.LogInformation("National finance summaries: {Rows} synthetic rows for {Laos} LAOs in {Elapsed} ms", rows, laos.Count, watch.ElapsedMilliseconds);
    }
}

/// <summary>Demo: synthetic finance summaries of the demo province's other LAOs, FY 2566–2570 (after Budgeting's, 870).</summary>
internal sealed class FinanceSyntheticDemoSeeder(IOrganizationDirectory directory, FinanceSummarySynthesis synthesis) : IDemoSeeder
{
    public int Order => 875;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var laos = await SyntheticFigures.DemoNeighboursAsync(directory, cancellationToken);
        await synthesis.WriteAsync(laos, SyntheticFigures.DemoYears, new NationalSeedOptions().RandomSeed, cancellationToken);
    }
}
