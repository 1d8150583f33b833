using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Domain;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Benchmarking.Services.Dashboards;

/// <summary>
/// Reads for the executive dashboards and the ranking: indexed reads of one indicator-year of <see cref="IndicatorValue"/>
/// (projections only), the engine's stored statistics when no filter applies, and the directory's names for the LAOs
/// shown only. No query per row.
/// </summary>
internal sealed class DashboardQueries(LocalGovDbContext db, IndicatorCatalogQueries catalog, IOrganizationDirectory directory)
{
    public const int ListSize = 10;
    public const int MoverCount = 5;
    public const int RankingPageSize = 100;

    /// <summary>
    /// The indicator and year a page shows: the asked year (else the newest computed one), the asked indicator (else the
    /// first of the year's catalogue). Null when the asked code is not an indicator of that year (the page is 404).
    /// </summary>
    public async Task<DashboardSelection?> SelectAsync(string? code, int? year, CancellationToken cancellationToken)
    {
        var (fiscalYear, years) = await catalog.ChooseYearAsync(year, cancellationToken);
        var indicators = await catalog.ForYearAsync(fiscalYear, cancellationToken);
        Indicator? indicator;
        if (string.IsNullOrWhiteSpace(code))
        {
            indicator = indicators.FirstOrDefault();
        }
        else
        {
            var normalized = code.Trim().ToUpperInvariant();
            indicator = indicators.FirstOrDefault(i => i.Code == normalized);
            if (indicator is null)
            {
                return null;
            }
        }

        return new DashboardSelection(indicator, indicators, fiscalYear, years, await catalog.LastRunAsync(fiscalYear, cancellationToken));
    }

    /// <summary>The filters from the query string; null when a type or band does not exist (the page is 404).</summary>
    public async Task<DashboardFilter?> FilterAsync(int? type, int? band, CancellationToken cancellationToken)
    {
        LaoType? laoType = null;
        if (type is { } t)
        {
            if (!Enum.IsDefined((LaoType)t))
            {
                return null;
            }

            laoType = (LaoType)t;
        }

        PeerBand? peerBand = null;
        if (band is { } b)
        {
            peerBand = await db.Set<PeerBand>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == b, cancellationToken);
            if (peerBand is null || (laoType is not null && peerBand.LaoType != laoType))
            {
                return null;
            }
        }

        return new DashboardFilter(laoType, peerBand);
    }

    public async Task<List<PeerBand>> BandsAsync(CancellationToken cancellationToken) =>
        await db.Set<PeerBand>().AsNoTracking().OrderBy(b => b.LaoType).ThenBy(b => b.LowerBound).ToListAsync(cancellationToken);

    public Task<IReadOnlyList<ProvinceDto>> ProvincesAsync(CancellationToken cancellationToken) => directory.GetProvincesAsync(cancellationToken);

    public async Task<NationalDashboard> NationalAsync(DashboardSelection selection, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var provinces = await directory.GetProvincesAsync(cancellationToken);
        var provincesById = provinces.ToDictionary(p => p.Id);
        var bands = await BandsAsync(cancellationToken);
        if (selection.Indicator is not { } indicator)
        {
            return new NationalDashboard(selection, filter, bands, provincesById, [.. provinces.Select(p => new ProvinceTile(p, null, null))], [],
                null, null, 0, 0, [], [], [], [], []);
        }

        var year = selection.FiscalYear;
        var direction = indicator.Direction;
        var current = await PointsAsync(year, indicator.Id, filter, null, cancellationToken);
        var last = await PointsAsync(year - 1, indicator.Id, filter, null, cancellationToken);
        var withValue = current.Where(p => p.Value is not null).ToList();
        var values = withValue.ConvertAll(p => p.Value!.Value);

        // The engine's statistics describe unfiltered groups; a filter needs medians of the filtered values.
        IReadOnlyDictionary<int, decimal> provinceMedians, lastProvinceMedians;
        decimal? nationalMedian, lastNationalMedian;
        if (filter.Any)
        {
            provinceMedians = MediansByProvince(current);
            lastProvinceMedians = MediansByProvince(last);
            nationalMedian = DashboardMath.Median(values);
            lastNationalMedian = DashboardMath.Median(last.Where(p => p.Value is not null).Select(p => p.Value!.Value));
        }
        else
        {
            var statistics = await db.Set<IndicatorStatistic>().AsNoTracking()
                .Where(s => (s.FiscalYear == year || s.FiscalYear == year - 1) && s.IndicatorId == indicator.Id && s.Group != StatisticGroup.PeerGroup)
                .Select(s => new { s.FiscalYear, s.Group, s.GroupKey, s.Median })
                .ToListAsync(cancellationToken);
            Dictionary<int, decimal> Provinces(int y) => statistics
                .Where(s => s.FiscalYear == y && s.Group == StatisticGroup.Province && s.Median is not null)
                .ToDictionary(s => s.GroupKey, s => s.Median!.Value);
            decimal? Nation(int y) => statistics.FirstOrDefault(s => s.FiscalYear == y && s.Group == StatisticGroup.Nation)?.Median;
            provinceMedians = Provinces(year);
            lastProvinceMedians = Provinces(year - 1);
            nationalMedian = Nation(year);
            lastNationalMedian = Nation(year - 1);
        }

        var fifths = DashboardMath.FifthsOf([.. provinceMedians.Values], direction);
        var tiles = provinces
            .Select(p => provinceMedians.TryGetValue(p.Id, out var m) ? new ProvinceTile(p, m, fifths[m]) : new ProvinceTile(p, null, null))
            .ToList();
        var legend = tiles.Where(t => t.Fifth is not null).GroupBy(t => t.Fifth!.Value).OrderBy(g => g.Key)
            .Select(g => new FifthRange(g.Key, g.Min(t => t.Median!.Value), g.Max(t => t.Median!.Value))).ToList();

        var bestFirst = DashboardMath.BestFirst(withValue, p => p.Value!.Value, direction).ThenBy(p => p.NationalRank ?? int.MaxValue).ThenBy(p => p.LaoId).ToList();
        var top = bestFirst.Take(ListSize).ToList();
        var bottom = Enumerable.Reverse(bestFirst).Take(ListSize).ToList();

        var lastByLao = last.Where(p => p.Value is not null).ToDictionary(p => p.LaoId, p => p.Value!.Value);
        var improvers = withValue
            .Where(p => lastByLao.ContainsKey(p.LaoId))
            .Select(p => (Point: p, Last: lastByLao[p.LaoId], Improvement: DashboardMath.Improvement(p.Value!.Value, lastByLao[p.LaoId], direction)))
            .Where(x => x.Improvement > 0)
            .OrderByDescending(x => x.Improvement).ThenBy(x => x.Point.LaoId)
            .Take(ListSize)
            .ToList();

        var movers = provinceMedians
            .Where(m => lastProvinceMedians.ContainsKey(m.Key) && provincesById.ContainsKey(m.Key))
            .Select(m => new ProvinceMove(provincesById[m.Key], lastProvinceMedians[m.Key], m.Value, DashboardMath.Improvement(m.Value, lastProvinceMedians[m.Key], direction)))
            .Where(m => m.Improvement != 0)
            .OrderByDescending(m => Math.Abs(m.Improvement)).ThenBy(m => m.Province.Code, StringComparer.Ordinal)
            .Take(MoverCount)
            .ToList();

        var names = await NamesAsync([.. top.Select(p => p.LaoId), .. bottom.Select(p => p.LaoId), .. improvers.Select(x => x.Point.LaoId)], cancellationToken);
        LaoListRow Row(ValuePoint p, decimal? lastValue = null, decimal? improvement = null)
        {
            var lao = NameOf(names, p.LaoId);
            return new LaoListRow(p.LaoId, lao.Code, lao.NameTh, lao.NameEn, p.ProvinceId, p.Value!.Value, p.NationalRank, lastValue, improvement);
        }

        return new NationalDashboard(
            selection, filter, bands, provincesById, tiles, legend, nationalMedian, lastNationalMedian, withValue.Count, current.Count - withValue.Count,
            [.. top.Select(p => Row(p))],
            [.. bottom.Select(p => Row(p))],
            DashboardMath.Histogram(values, nationalMedian),
            movers,
            [.. improvers.Select(x => Row(x.Point, x.Last, x.Improvement))]);
    }

    /// <summary>The province's LAOs; null when the province does not exist.</summary>
    public async Task<ProvinceDashboard?> ProvinceAsync(DashboardSelection selection, int provinceId, ProvinceSort sort, CancellationToken cancellationToken)
    {
        var provinces = await directory.GetProvincesAsync(cancellationToken);
        var province = provinces.FirstOrDefault(p => p.Id == provinceId);
        if (province is null)
        {
            return null;
        }

        var bands = (await BandsAsync(cancellationToken)).ToDictionary(b => b.Id);
        if (selection.Indicator is not { } indicator)
        {
            return new ProvinceDashboard(selection, province, provinces, bands, [], sort, null, null, [], [], []);
        }

        var year = selection.FiscalYear;
        var values = await db.Set<IndicatorValue>().AsNoTracking()
            .Where(v => v.FiscalYear == year && v.IndicatorId == indicator.Id && v.ProvinceId == provinceId)
            .Select(v => new
            {
                v.LaoId,
                v.LaoType,
                v.Value,
                v.MissingInputs,
                v.NationalRank,
                v.ProvinceRank,
                v.PeerRank,
                v.PeerBandId,
                v.NationalPercentile,
            })
            .ToListAsync(cancellationToken);
        var last = await db.Set<IndicatorValue>().AsNoTracking()
            .Where(v => v.FiscalYear == year - 1 && v.IndicatorId == indicator.Id && v.ProvinceId == provinceId && v.Value != null)
            .Select(v => new { v.LaoId, v.Value })
            .ToDictionaryAsync(v => v.LaoId, v => v.Value!.Value, cancellationToken);
        var statistics = await db.Set<IndicatorStatistic>().AsNoTracking()
            .Where(s => s.FiscalYear == year && s.IndicatorId == indicator.Id
                && ((s.Group == StatisticGroup.Province && s.GroupKey == provinceId) || (s.Group == StatisticGroup.Nation && s.GroupKey == 0)))
            .Select(s => new { s.Group, s.Median })
            .ToListAsync(cancellationToken);

        var names = await NamesAsync([.. values.Select(v => v.LaoId)], cancellationToken);
        var rows = values.Select(v =>
        {
            var lao = NameOf(names, v.LaoId);
            decimal? lastValue = last.TryGetValue(v.LaoId, out var l) ? l : null;
            return new ProvinceLaoRow(
                v.LaoId, lao.Code, lao.NameTh, lao.NameEn, v.LaoType, v.Value, v.MissingInputs, v.NationalRank, v.ProvinceRank, v.PeerRank, v.PeerBandId,
                v.NationalPercentile, lastValue, v.Value is { } c && lastValue is { } p ? c - p : null);
        }).ToList();

        var withValue = rows.Where(r => r.Value is not null).ToList();
        var bestFirst = DashboardMath.BestFirst(withValue, r => r.Value!.Value, indicator.Direction)
            .ThenBy(r => r.NationalRank ?? int.MaxValue).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        var provinceMedian = statistics.FirstOrDefault(s => s.Group == StatisticGroup.Province)?.Median
            ?? DashboardMath.Median(withValue.Select(r => r.Value!.Value));
        var nationalMedian = statistics.FirstOrDefault(s => s.Group == StatisticGroup.Nation)?.Median;
        return new ProvinceDashboard(
            selection, province, provinces, bands, sort.Apply(rows), sort, provinceMedian, nationalMedian,
            [.. bestFirst.Take(ListSize)], [.. Enumerable.Reverse(bestFirst).Take(ListSize)],
            DashboardMath.Histogram([.. withValue.Select(r => r.Value!.Value)], provinceMedian));
    }

    /// <summary>
    /// The ranked list: LAOs with a value in national rank order, then those without (by id). <paramref name="page"/>
    /// null = every row (the export).
    /// </summary>
    public async Task<Ranking?> RankingAsync(
        DashboardSelection selection, DashboardFilter filter, int? provinceId, int? page, CancellationToken cancellationToken)
    {
        var provinces = await directory.GetProvincesAsync(cancellationToken);
        ProvinceDto? province = null;
        if (provinceId is { } pid)
        {
            province = provinces.FirstOrDefault(p => p.Id == pid);
            if (province is null)
            {
                return null;
            }
        }

        var bands = await BandsAsync(cancellationToken);
        if (selection.Indicator is not { } indicator)
        {
            return new Ranking(selection, filter, province, provinces, bands, [], 0, 1, RankingPageSize);
        }

        var query = Values(selection.FiscalYear, indicator.Id, filter, provinceId);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + RankingPageSize - 1) / RankingPageSize);
        var pageNumber = Math.Clamp(page ?? 1, 1, pageCount);
        var ordered = query.OrderBy(v => v.NationalRank == null).ThenBy(v => v.NationalRank).ThenBy(v => v.LaoId);
        var paged = page is null ? ordered : ordered.Skip((pageNumber - 1) * RankingPageSize).Take(RankingPageSize);
        var values = await paged
            .Select(v => new
            {
                v.LaoId,
                v.LaoType,
                v.ProvinceId,
                v.Value,
                v.MissingInputs,
                v.NationalRank,
                v.ProvinceRank,
                v.PeerBandId,
                v.PeerRank,
                v.NationalPercentile,
            })
            .ToListAsync(cancellationToken);
        var names = await NamesAsync([.. values.Select(v => v.LaoId)], cancellationToken);
        var rows = values.Select(v =>
        {
            var lao = NameOf(names, v.LaoId);
            return new RankingRow(
                v.LaoId, lao.Code, lao.NameTh, lao.NameEn, v.LaoType, v.ProvinceId, v.Value, v.MissingInputs, v.NationalRank, v.ProvinceRank, v.PeerBandId,
                v.PeerRank, v.NationalPercentile);
        }).ToList();
        return new Ranking(selection, filter, province, provinces, bands, rows, total, page is null ? 1 : pageNumber, page is null ? Math.Max(total, 1) : RankingPageSize);
    }

    private IQueryable<IndicatorValue> Values(int year, int indicatorId, DashboardFilter filter, int? provinceId)
    {
        var query = db.Set<IndicatorValue>().AsNoTracking().Where(v => v.FiscalYear == year && v.IndicatorId == indicatorId);
        if (provinceId is { } p)
        {
            query = query.Where(v => v.ProvinceId == p);
        }

        if (filter.Type is { } type)
        {
            query = query.Where(v => v.LaoType == type);
        }

        if (filter.Band is { } band)
        {
            var bandId = band.Id;
            query = query.Where(v => v.PeerBandId == bandId);
        }

        return query;
    }

    private async Task<List<ValuePoint>> PointsAsync(int year, int indicatorId, DashboardFilter filter, int? provinceId, CancellationToken cancellationToken) =>
        await Values(year, indicatorId, filter, provinceId)
            .Select(v => new ValuePoint(v.LaoId, v.ProvinceId, v.Value, v.NationalRank))
            .ToListAsync(cancellationToken);

    private static Dictionary<int, decimal> MediansByProvince(IEnumerable<ValuePoint> points) => points
        .Where(p => p.Value is not null)
        .GroupBy(p => p.ProvinceId)
        .ToDictionary(g => g.Key, g => DashboardMath.Median(g.Select(p => p.Value!.Value))!.Value);

    private async Task<Dictionary<int, LaoDto>> NamesAsync(IReadOnlyCollection<int> laoIds, CancellationToken cancellationToken) =>
        laoIds.Count == 0
            ? []
            : (await directory.GetLaosAsync([.. laoIds.Distinct()], cancellationToken)).ToDictionary(l => l.Id);

    /// <summary>The LAO's directory entry; an id the directory no longer knows still shows its row (as "#id"), so counts and pages add up.</summary>
    private static LaoDto NameOf(Dictionary<int, LaoDto> names, int laoId) =>
        names.TryGetValue(laoId, out var lao) ? lao : new LaoDto(laoId, "", $"#{laoId}", $"#{laoId}", default, 0, null, 0, 0, 0);
}
