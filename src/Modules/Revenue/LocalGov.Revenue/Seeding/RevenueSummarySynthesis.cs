using System.Diagnostics;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace LocalGov.Revenue.Seeding;

/// <summary>
/// Synthetic <see cref="RevenueSummaryRow"/>s (no bills, no receipts) for benchmarking: per LAO-year own-source revenue
/// collected as a share of the LAO's scale (<see cref="SyntheticFigures.ExpenditureBaht"/>) that grows with urban
/// type – a few per cent for a subdistrict organisation, up to ~40 % for a city – collected 50–100 % of what was
/// assessed, in a few rows by kind and month (land and building tax billed in spring and paid over two months,
/// signboard tax, fees). ~0.5 % of LAO-years left out, ~0.15 % extreme. Deterministic for the seed; an LAO-year with
/// any row already is never touched.
/// <para>
/// Prepared, parameterized SQL that the audit interceptor does not see – generated data only (ADR 0004). A
/// <c>rebuild revenue-summaries</c> recomputes the table from bills and receipts and so drops these rows.
/// </para>
/// </summary>
internal sealed class RevenueSummarySynthesis(LocalGovDbContext db, SqlNames names)
{
    internal const int LaosPerTransaction = 1_000;

    /// <summary>Writes the LAO-years of <paramref name="years"/> that have no row; returns the number of LAO-years written.</summary>
    public async Task<int> WriteAsync(IReadOnlyList<LaoDto> laos, IReadOnlyList<int> years, int seed, CancellationToken cancellationToken)
    {
        var existing = (await db.Set<RevenueSummaryRow>().AsNoTracking().Where(s => years.Contains(s.FiscalYear))
            .Select(s => new { s.LaoId, s.FiscalYear }).Distinct().ToListAsync(cancellationToken)).Select(k => (k.LaoId, k.FiscalYear)).ToHashSet();
        var written = 0;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var chunk in laos.Chunk(LaosPerTransaction))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await using var insert = names.PrepareInsert<RevenueSummaryRow>(connection, transaction.GetDbTransaction(),
                    nameof(RevenueSummaryRow.LaoId), nameof(RevenueSummaryRow.FiscalYear), nameof(RevenueSummaryRow.Kind), nameof(RevenueSummaryRow.Month),
                    nameof(RevenueSummaryRow.ProvinceId), nameof(RevenueSummaryRow.LaoType), nameof(RevenueSummaryRow.Assessed),
                    nameof(RevenueSummaryRow.Collected), nameof(RevenueSummaryRow.Penalties));
                foreach (var lao in chunk)
                {
                    foreach (var year in years)
                    {
                        if (existing.Contains((lao.Id, year)))
                        {
                            continue;
                        }

                        var rows = Generate(lao, year, seed);
                        foreach (var r in rows)
                        {
                            SqlNames.SetValues(insert, r.LaoId, r.FiscalYear, (int)r.Kind, r.Month, r.ProvinceId, r.LaoType, r.Assessed.Satang, r.Collected.Satang, r.Penalties.Satang);
                            await insert.ExecuteNonQueryAsync(cancellationToken);
                        }

                        written += rows.Count > 0 ? 1 : 0;
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

    /// <summary>The LAO-year's rows (none when the LAO-year is left out).</summary>
    internal static IReadOnlyList<RevenueSummaryRow> Generate(LaoDto lao, int fiscalYear, int seed)
    {
        if (SyntheticFigures.IsMissing(seed, lao.Id, fiscalYear, SyntheticStream.Revenue))
        {
            return [];
        }

        var random = SyntheticFigures.RandomFor(seed, lao.Id, fiscalYear, SyntheticStream.Revenue);
        var scale = (decimal)SyntheticFigures.ExpenditureBaht(lao, fiscalYear, seed);
        var (low, high) = lao.Type switch
        {
            LaoType.Bangkok or LaoType.Pattaya => (0.30m, 0.40m),
            LaoType.CityMunicipality => (0.18m, 0.40m),
            LaoType.TownMunicipality => (0.10m, 0.30m),
            LaoType.SubdistrictMunicipality => (0.05m, 0.18m),
            LaoType.ProvincialAdministrativeOrganisation => (0.06m, 0.15m),
            _ => (0.02m, 0.10m),
        };
        var share = SyntheticFigures.Between(random, low, high);

        // Most collect three quarters or more of what they bill; one in five struggles.
        var efficiency = random.Next(5) == 0 ? SyntheticFigures.Between(random, 0.50m, 0.75m) : SyntheticFigures.Between(random, 0.75m, 1.00m);
        if (SyntheticFigures.IsOutlier(seed, lao.Id, fiscalYear, SyntheticStream.Revenue))
        {
            (share, efficiency) = random.Next(2) == 0 ? (SyntheticFigures.Between(random, 0.70m, 0.95m), efficiency) : (share, SyntheticFigures.Between(random, 0.05m, 0.20m));
        }

        var collected = scale * share;
        var landShare = SyntheticFigures.Between(random, 0.45m, 0.70m);
        var signShare = SyntheticFigures.Between(random, 0.05m, 0.20m);
        var land = collected * landShare;
        var sign = collected * signShare;
        var fee = collected - land - sign;

        // Calendar months: land tax billed in February, paid April and June; signboard tax March; fees in two months.
        return
        [
            Row(lao, fiscalYear, RevenueKind.LandAndBuildingTax, 2, land / efficiency, 0m, 0m),
            Row(lao, fiscalYear, RevenueKind.LandAndBuildingTax, 4, 0m, land * 0.8m, land * 0.01m),
            Row(lao, fiscalYear, RevenueKind.LandAndBuildingTax, 6, 0m, land * 0.2m, land * 0.02m),
            Row(lao, fiscalYear, RevenueKind.SignboardTax, 3, sign / efficiency, sign, sign * 0.01m),
            Row(lao, fiscalYear, RevenueKind.Fee, 11, fee * 0.5m / efficiency, fee * 0.5m, 0m),
            Row(lao, fiscalYear, RevenueKind.Fee, 5, fee * 0.5m / efficiency, fee * 0.5m, 0m),
        ];
    }

    private static RevenueSummaryRow Row(LaoDto lao, int fiscalYear, RevenueKind kind, int month, decimal assessed, decimal collected, decimal penalties) => new()
    {
        LaoId = lao.Id,
        FiscalYear = fiscalYear,
        Kind = kind,
        Month = month,
        ProvinceId = lao.ProvinceId,
        LaoType = (int)lao.Type,
        Assessed = Baht(assessed),
        Collected = Baht(collected),
        Penalties = Baht(penalties),
    };

    private static Money Baht(decimal baht) => Money.FromBaht(Math.Round(baht, 2, MidpointRounding.AwayFromZero));
}

/// <summary>National dataset: five years (the current fiscal year and four before) of revenue summaries for every LAO (SQLite only).</summary>
internal sealed class RevenueSyntheticNationalSeeder(
    LocalGovDbContext db, IOrganizationDirectory directory, RevenueSummarySynthesis synthesis, TimeProvider clock,
    ILogger<RevenueSyntheticNationalSeeder> logger) : INationalSeeder
{
    public int Order => 80;

    public async Task SeedAsync(NationalSeedOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) != true)
        {
            logger.LogWarning("National revenue summaries are generated on SQLite only; skipped on {Provider}", db.Database.ProviderName);
            return;
        }

        var watch = Stopwatch.StartNew();
        var current = FiscalYear.Current(clock).BuddhistYear;
        var laos = await directory.GetAllLaosAsync(cancellationToken);
        var laoYears = await synthesis.WriteAsync(laos, [.. Enumerable.Range(current - 4, 5)], options.RandomSeed, cancellationToken);
        logger.LogInformation("National revenue summaries: {LaoYears} synthetic LAO-years for {Laos} LAOs in {Elapsed} ms", laoYears, laos.Count, watch.ElapsedMilliseconds);
    }
}

/// <summary>Demo: synthetic revenue summaries of the demo province's other LAOs, FY 2566–2570.</summary>
internal sealed class RevenueSyntheticDemoSeeder(IOrganizationDirectory directory, RevenueSummarySynthesis synthesis) : IDemoSeeder
{
    public int Order => 880;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var laos = await SyntheticFigures.DemoNeighboursAsync(directory, cancellationToken);
        await synthesis.WriteAsync(laos, SyntheticFigures.DemoYears, new NationalSeedOptions().RandomSeed, cancellationToken);
    }
}
