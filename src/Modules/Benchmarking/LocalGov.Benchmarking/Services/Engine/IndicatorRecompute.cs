using System.Data.Common;
using System.Diagnostics;
using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Domain;
using LocalGov.Data;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace LocalGov.Benchmarking.Services.Engine;

/// <summary>
/// Recomputes one fiscal year for every LAO and every indicator that applies to it: reads the figures
/// (<see cref="FigureCollector"/>), computes (<see cref="IndicatorComputation"/>) and replaces the year's profiles,
/// figures, values and statistics in one transaction; DLA reviews (<see cref="OutlierReview"/>) are kept. Runs are
/// serialized in-process, so two recomputations (of the same year or not) never interleave their writes.
/// <para>
/// The derived rows (≈ 300 k for the national year) are written with prepared, parameterized inserts rather than EF
/// change tracking, which would take minutes; they bypass the audit interceptor, acceptable for data derived from
/// audited sources and rewritten wholesale (ADR 0004). The run itself (<see cref="RecomputeRun"/>) goes through EF.
/// </para>
/// </summary>
internal sealed class IndicatorRecompute(
    LocalGovDbContext db,
    SqlNames names,
    FigureCollector collector,
    TimeProvider clock,
    ILogger<IndicatorRecompute> logger) : IIndicatorRecompute
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<IndicatorRecomputeResult> RecomputeAsync(int fiscalYear, string startedBy, CancellationToken cancellationToken = default)
    {
        if (fiscalYear is < FiscalYear.MinBuddhistYear or > FiscalYear.MaxBuddhistYear)
        {
            throw new ArgumentOutOfRangeException(nameof(fiscalYear), fiscalYear, "Not a Buddhist-era fiscal year.");
        }

        await Gate.WaitAsync(cancellationToken);
        try
        {
            return await RunAsync(fiscalYear, startedBy, cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<IndicatorRecomputeResult> RunAsync(int fiscalYear, string startedBy, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var started = clock.GetUtcNow().UtcDateTime;
        var indicators = new List<ParsedIndicator>();
        foreach (var indicator in await db.Set<Indicator>().AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync(cancellationToken))
        {
            if (!indicator.AppliesTo(fiscalYear))
            {
                continue;
            }

            // The catalogue validates formulas on save; one broken by a later catalogue change is skipped, not fatal.
            var parsed = Formula.Parse(indicator.Formula);
            if (parsed.Formula is null)
            {
                logger.LogWarning("Indicator {Code} skipped: formula error {Error} at {Position}", indicator.Code, parsed.ErrorKey, parsed.Position);
                continue;
            }

            indicators.Add(new ParsedIndicator(indicator, parsed.Formula));
        }

        var bands = await db.Set<PeerBand>().AsNoTracking().ToListAsync(cancellationToken);
        var laos = await collector.CollectAsync(fiscalYear, cancellationToken);
        var computed = IndicatorComputation.Compute(fiscalYear, indicators, bands, laos, started);

        var strategy = db.Database.CreateExecutionStrategy();
        var run = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Set<IndicatorStatistic>().Where(s => s.FiscalYear == fiscalYear).ExecuteDeleteAsync(cancellationToken);
            await db.Set<IndicatorValue>().Where(v => v.FiscalYear == fiscalYear).ExecuteDeleteAsync(cancellationToken);
            await db.Set<LaoFigure>().Where(f => f.FiscalYear == fiscalYear).ExecuteDeleteAsync(cancellationToken);
            await db.Set<LaoYearProfile>().Where(p => p.FiscalYear == fiscalYear).ExecuteDeleteAsync(cancellationToken);
            await WriteAsync(computed, db.Database.GetDbConnection(), transaction.GetDbTransaction(), cancellationToken);

            var run = new RecomputeRun
            {
                FiscalYear = fiscalYear,
                StartedUtc = started,
                StartedBy = startedBy,
                Laos = computed.Profiles.Count,
                Values = computed.Values.Count(v => v.Value is not null),
                Outliers = computed.Outliers,
            };
            run.FinishedUtc = clock.GetUtcNow().UtcDateTime;
            run.ElapsedMilliseconds = watch.ElapsedMilliseconds;
            db.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return run;
        });
        db.Entry(run).State = EntityState.Detached;

        logger.LogInformation(
            "Indicators of {Year} recomputed: {Laos} LAOs, {Indicators} indicators, {Values} values, {Outliers} outliers in {Elapsed} ms",
            fiscalYear, run.Laos, indicators.Count, run.Values, run.Outliers, run.ElapsedMilliseconds);
        return new IndicatorRecomputeResult(fiscalYear, run.Laos, indicators.Count, run.Values, run.Outliers, run.ElapsedMilliseconds);
    }

    private async Task WriteAsync(ComputedYear computed, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using (var insert = names.PrepareInsert<LaoYearProfile>(connection, transaction, nameof(LaoYearProfile.FiscalYear), nameof(LaoYearProfile.LaoId),
            nameof(LaoYearProfile.ProvinceId), nameof(LaoYearProfile.LaoType), nameof(LaoYearProfile.Population), nameof(LaoYearProfile.PeerBandId),
            nameof(LaoYearProfile.ComputedUtc)))
        {
            foreach (var p in computed.Profiles)
            {
                SqlNames.SetValues(insert, p.FiscalYear, p.LaoId, p.ProvinceId, (int)p.LaoType, p.Population, p.PeerBandId, p.ComputedUtc);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var insert = names.PrepareInsert<LaoFigure>(connection, transaction, nameof(LaoFigure.FiscalYear), nameof(LaoFigure.LaoId),
            nameof(LaoFigure.Code), nameof(LaoFigure.Value)))
        {
            foreach (var f in computed.Figures)
            {
                SqlNames.SetValues(insert, f.FiscalYear, f.LaoId, f.Code, Stored(f.Value));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var insert = names.PrepareInsert<IndicatorValue>(connection, transaction, nameof(IndicatorValue.FiscalYear), nameof(IndicatorValue.IndicatorId),
            nameof(IndicatorValue.LaoId), nameof(IndicatorValue.ProvinceId), nameof(IndicatorValue.LaoType), nameof(IndicatorValue.PeerBandId),
            nameof(IndicatorValue.Value), nameof(IndicatorValue.MissingInputs), nameof(IndicatorValue.NationalRank), nameof(IndicatorValue.ProvinceRank),
            nameof(IndicatorValue.PeerRank), nameof(IndicatorValue.NationalPercentile), nameof(IndicatorValue.ProvincePercentile),
            nameof(IndicatorValue.PeerPercentile), nameof(IndicatorValue.IsOutlier)))
        {
            foreach (var v in computed.Values)
            {
                SqlNames.SetValues(insert, v.FiscalYear, v.IndicatorId, v.LaoId, v.ProvinceId, (int)v.LaoType, v.PeerBandId, Stored(v.Value), v.MissingInputs,
                    v.NationalRank, v.ProvinceRank, v.PeerRank, Stored(v.NationalPercentile), Stored(v.ProvincePercentile), Stored(v.PeerPercentile), v.IsOutlier);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var insert = names.PrepareInsert<IndicatorStatistic>(connection, transaction, nameof(IndicatorStatistic.FiscalYear),
            nameof(IndicatorStatistic.IndicatorId), nameof(IndicatorStatistic.Group), nameof(IndicatorStatistic.GroupKey), nameof(IndicatorStatistic.Count),
            nameof(IndicatorStatistic.Missing), nameof(IndicatorStatistic.Min), nameof(IndicatorStatistic.Q1), nameof(IndicatorStatistic.Median),
            nameof(IndicatorStatistic.Q3), nameof(IndicatorStatistic.Max), nameof(IndicatorStatistic.Mean), nameof(IndicatorStatistic.BestQuartile)))
        {
            foreach (var s in computed.Statistics)
            {
                SqlNames.SetValues(insert, s.FiscalYear, s.IndicatorId, (int)s.Group, s.GroupKey, s.Count, s.Missing, Stored(s.Min), Stored(s.Q1),
                    Stored(s.Median), Stored(s.Q3), Stored(s.Max), Stored(s.Mean), Stored(s.BestQuartile));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    /// <summary>As the EF converter stores a scaled decimal: integer ten-thousandths.</summary>
    private static long? Stored(decimal? value) => value is { } v ? ScaledDecimal.ToStored(v) : null;
}
