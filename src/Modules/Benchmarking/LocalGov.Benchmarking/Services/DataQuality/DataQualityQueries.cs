using LocalGov.Benchmarking.Domain;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Benchmarking.Services.DataQuality;

internal sealed record QualityLao(int Id, string Code, string NameTh, string NameEn);

/// <summary>One LAO without the figures of one module, and the indicators of the year that could not be computed for it.</summary>
internal sealed record MissingDataRow(QualityLao Lao, string Module, IReadOnlyList<string> Figures, IReadOnlyList<string> Indicators);

/// <summary>One LAO's late data: the budget (<see cref="Count"/> 1) or the number of progress reports submitted late.</summary>
internal sealed record LateDataRow(QualityLao Lao, LateKind Kind, int Count);

/// <summary>A flagged value with its peer group's middle half and median, and the latest review (null: not reviewed).</summary>
internal sealed record OutlierRow(QualityLao Lao, Indicator Indicator, decimal? Value, int? PeerBandId, decimal? Q1, decimal? Median, decimal? Q3, OutlierReview? Review);

internal sealed record ProvinceQuality(
    int FiscalYear,
    IReadOnlyList<int> Years,
    bool Computed,
    ProvinceDto Province,
    int Laos,
    IReadOnlyList<MissingDataRow> Missing,
    IReadOnlyList<LateDataRow> Late,
    IReadOnlyList<OutlierRow> Outliers,
    int OutlierCount,
    int UnreviewedCount,
    bool ShowAll);

internal sealed record ProvinceQualitySummary(ProvinceDto Province, int Laos, int LaosMissing, int LaosLate, int Outliers, int Unreviewed);

internal sealed record NationalQuality(int FiscalYear, IReadOnlyList<int> Years, bool Computed, IReadOnlyList<ProvinceQualitySummary> Provinces);

/// <summary>
/// The data-quality view's reads over what the last recomputation of a year stored: the LAOs' figures (null = missing),
/// their profiles (which province), the flagged values and the DLA's reviews. Only the stored rows of the year are read.
/// </summary>
internal sealed class DataQualityQueries(LocalGovDbContext db, IOrganizationDirectory directory, IndicatorCatalogQueries catalog)
{
    private static readonly string[] LateFigures = [FigureCatalog.BudgetOnTime, FigureCatalog.PlanningReportsDue, FigureCatalog.PlanningReportsOnTime];

    public async Task<NationalQuality> NationalAsync(int fiscalYear, CancellationToken cancellationToken)
    {
        var years = await catalog.ComputedYearsAsync(cancellationToken);
        var laos = await db.Set<LaoYearProfile>().AsNoTracking().Where(p => p.FiscalYear == fiscalYear)
            .GroupBy(p => p.ProvinceId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var missing = (await MissingFiguresQuery(fiscalYear).Select(x => new { x.ProvinceId, x.LaoId }).Distinct().ToListAsync(cancellationToken))
            .GroupBy(x => x.ProvinceId).ToDictionary(g => g.Key, g => g.Count());
        var late = (await LateAsync(fiscalYear, null, cancellationToken))
            .GroupBy(x => x.ProvinceId).ToDictionary(g => g.Key, g => g.Select(x => x.LaoId).Distinct().Count());
        var flagged = await db.Set<IndicatorValue>().AsNoTracking().Where(v => v.FiscalYear == fiscalYear && v.IsOutlier)
            .Select(v => new { v.ProvinceId, v.IndicatorId, v.LaoId }).ToListAsync(cancellationToken);
        var reviewed = (await db.Set<OutlierReview>().AsNoTracking().Where(r => r.FiscalYear == fiscalYear)
            .Select(r => new { r.IndicatorId, r.LaoId }).ToListAsync(cancellationToken)).Select(r => (r.IndicatorId, r.LaoId)).ToHashSet();

        var rows = (await directory.GetProvincesAsync(cancellationToken)).OrderBy(p => p.Code, StringComparer.Ordinal).Select(p =>
        {
            var own = flagged.Where(f => f.ProvinceId == p.Id).ToList();
            return new ProvinceQualitySummary(
                p, laos.GetValueOrDefault(p.Id), missing.GetValueOrDefault(p.Id), late.GetValueOrDefault(p.Id), own.Count,
                own.Count(f => !reviewed.Contains((f.IndicatorId, f.LaoId))));
        }).ToList();
        return new NationalQuality(fiscalYear, years, years.Contains(fiscalYear), rows);
    }

    /// <summary>The province's lists, or null when there is no such province.</summary>
    public async Task<ProvinceQuality?> ProvinceAsync(int provinceId, int fiscalYear, bool showAll, CancellationToken cancellationToken)
    {
        var province = await directory.FindProvinceAsync(provinceId, cancellationToken);
        if (province is null)
        {
            return null;
        }

        var years = await catalog.ComputedYearsAsync(cancellationToken);
        var laoCount = await db.Set<LaoYearProfile>().CountAsync(p => p.FiscalYear == fiscalYear && p.ProvinceId == provinceId, cancellationToken);

        var missingFigures = await MissingFiguresQuery(fiscalYear).Where(x => x.ProvinceId == provinceId)
            .Select(x => new { x.LaoId, x.Code }).ToListAsync(cancellationToken);
        var late = await LateAsync(fiscalYear, provinceId, cancellationToken);
        var uncomputed = await db.Set<IndicatorValue>().AsNoTracking()
            .Where(v => v.FiscalYear == fiscalYear && v.ProvinceId == provinceId && v.Value == null && v.MissingInputs != null)
            .Select(v => new { v.LaoId, v.IndicatorId, v.MissingInputs }).ToListAsync(cancellationToken);
        var flagged = await db.Set<IndicatorValue>().AsNoTracking()
            .Where(v => v.FiscalYear == fiscalYear && v.ProvinceId == provinceId && v.IsOutlier).ToListAsync(cancellationToken);
        var reviews = (await db.Set<OutlierReview>().AsNoTracking().Where(r => r.FiscalYear == fiscalYear && r.ProvinceId == provinceId)
                .ToListAsync(cancellationToken))
            .GroupBy(r => (r.IndicatorId, r.LaoId))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.ReviewedUtc).ThenByDescending(r => r.Id).First());

        var indicatorIds = uncomputed.Select(u => u.IndicatorId).Concat(flagged.Select(f => f.IndicatorId)).Distinct().ToList();
        var indicators = await db.Set<Indicator>().AsNoTracking().Where(i => indicatorIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var bandIds = flagged.Where(f => f.PeerBandId != null).Select(f => f.PeerBandId!.Value).Distinct().ToList();
        var flaggedIndicators = flagged.Select(f => f.IndicatorId).Distinct().ToList();
        var statistics = (await db.Set<IndicatorStatistic>().AsNoTracking()
                .Where(s => s.FiscalYear == fiscalYear && s.Group == StatisticGroup.PeerGroup && bandIds.Contains(s.GroupKey) && flaggedIndicators.Contains(s.IndicatorId))
                .ToListAsync(cancellationToken))
            .ToDictionary(s => (s.IndicatorId, s.GroupKey));

        var laoIds = missingFigures.Select(m => m.LaoId).Concat(late.Select(l => l.LaoId)).Concat(flagged.Select(f => f.LaoId)).Distinct().ToList();
        var laos = (await directory.GetLaosAsync(laoIds, cancellationToken)).ToDictionary(l => l.Id);
        QualityLao Lao(int id) => laos.TryGetValue(id, out var l) ? new QualityLao(id, l.Code, l.NameTh, l.NameEn) : new QualityLao(id, id.ToString(System.Globalization.CultureInfo.InvariantCulture), "", "");

        var missing = missingFigures
            .GroupBy(m => (m.LaoId, Module: DataQualityRules.ModuleOf(m.Code)))
            .Select(g =>
            {
                var codes = g.Select(m => m.Code).Order(StringComparer.Ordinal).ToList();
                var left = uncomputed.Where(u => u.LaoId == g.Key.LaoId && DataQualityRules.MissingFigures(u.MissingInputs).Any(codes.Contains))
                    .Select(u => indicators.TryGetValue(u.IndicatorId, out var i) ? i.Code : "").Where(c => c.Length > 0).Order(StringComparer.Ordinal).ToList();
                return new MissingDataRow(Lao(g.Key.LaoId), g.Key.Module, codes, left);
            })
            .OrderBy(r => r.Lao.Code, StringComparer.Ordinal).ThenBy(r => r.Module, StringComparer.Ordinal).ToList();

        var lateRows = late.SelectMany(l => new[]
            {
                l.BudgetLate ? new LateDataRow(Lao(l.LaoId), LateKind.Budget, 1) : null,
                l.ReportsLate > 0 ? new LateDataRow(Lao(l.LaoId), LateKind.Reports, l.ReportsLate) : null,
            })
            .OfType<LateDataRow>().OrderBy(r => r.Lao.Code, StringComparer.Ordinal).ThenBy(r => r.Kind).ToList();

        var outliers = flagged.Select(f =>
            {
                var stat = f.PeerBandId is { } band ? statistics.GetValueOrDefault((f.IndicatorId, band)) : null;
                return new OutlierRow(Lao(f.LaoId), indicators[f.IndicatorId], f.Value, f.PeerBandId, stat?.Q1, stat?.Median, stat?.Q3, reviews.GetValueOrDefault((f.IndicatorId, f.LaoId)));
            })
            .OrderBy(o => o.Indicator.SortOrder).ThenBy(o => o.Indicator.Code, StringComparer.Ordinal).ThenBy(o => o.Lao.Code, StringComparer.Ordinal).ToList();
        var unreviewed = outliers.Count(o => o.Review is null);

        return new ProvinceQuality(
            fiscalYear, years, years.Contains(fiscalYear), province, laoCount, missing, lateRows,
            showAll ? outliers : outliers.Where(o => o.Review is null).ToList(), outliers.Count, unreviewed, showAll);
    }

    /// <summary>The flagged value a review is about, or null when the value is not (or no longer) flagged.</summary>
    public Task<IndicatorValue?> FlaggedAsync(int fiscalYear, int indicatorId, int laoId, CancellationToken cancellationToken) =>
        db.Set<IndicatorValue>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.FiscalYear == fiscalYear && v.IndicatorId == indicatorId && v.LaoId == laoId && v.IsOutlier, cancellationToken);

    private IQueryable<MissingFigure> MissingFiguresQuery(int fiscalYear) =>
        from f in db.Set<LaoFigure>().AsNoTracking()
        join p in db.Set<LaoYearProfile>().AsNoTracking() on new { f.FiscalYear, f.LaoId } equals new { p.FiscalYear, p.LaoId }
        where f.FiscalYear == fiscalYear && f.Value == null
        select new MissingFigure { ProvinceId = p.ProvinceId, LaoId = f.LaoId, Code = f.Code };

    private async Task<List<LateLao>> LateAsync(int fiscalYear, int? provinceId, CancellationToken cancellationToken)
    {
        var query =
            from f in db.Set<LaoFigure>().AsNoTracking()
            join p in db.Set<LaoYearProfile>().AsNoTracking() on new { f.FiscalYear, f.LaoId } equals new { p.FiscalYear, p.LaoId }
            where f.FiscalYear == fiscalYear && LateFigures.Contains(f.Code) && f.Value != null
            select new { p.ProvinceId, f.LaoId, f.Code, f.Value };
        if (provinceId is { } id)
        {
            query = query.Where(x => x.ProvinceId == id);
        }

        var figures = await query.ToListAsync(cancellationToken);
        return figures.GroupBy(f => (f.ProvinceId, f.LaoId)).Select(g =>
            {
                decimal? Figure(string code) => g.FirstOrDefault(f => f.Code == code)?.Value;
                return new LateLao(
                    g.Key.ProvinceId, g.Key.LaoId, DataQualityRules.BudgetLate(Figure(FigureCatalog.BudgetOnTime)),
                    DataQualityRules.LateReports(Figure(FigureCatalog.PlanningReportsDue), Figure(FigureCatalog.PlanningReportsOnTime)));
            })
            .Where(l => l.BudgetLate || l.ReportsLate > 0).ToList();
    }

    /// <summary>A member-initialised shape (not a positional record), so EF Core can filter and project on it.</summary>
    private sealed class MissingFigure
    {
        public int ProvinceId { get; init; }

        public int LaoId { get; init; }

        public string Code { get; init; } = "";
    }

    private sealed record LateLao(int ProvinceId, int LaoId, bool BudgetLate, int ReportsLate);
}
