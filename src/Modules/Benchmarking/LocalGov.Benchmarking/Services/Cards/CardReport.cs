using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Domain;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Benchmarking.Services.Cards;

/// <summary>
/// Builds the LAO report card and the "indicator explained" page from the stored recomputation (values, ranks,
/// statistics, figures): a handful of indexed reads per request, never a scan of other LAOs' values. The caller has
/// already checked that the user may read the LAO; everything else on the card is anonymous group statistics.
/// </summary>
internal sealed class CardReport(LocalGovDbContext db, IndicatorCatalogQueries catalog, IOrganizationDirectory directory)
{
    /// <summary>Years in a trend: the shown year and the four before it.</summary>
    public const int TrendYears = 5;

    public async Task<CardModel> CardAsync(LaoDto lao, int? year, string? trendCode, CancellationToken cancellationToken)
    {
        var (fiscalYear, years) = await catalog.ChooseYearAsync(year, cancellationToken);
        var run = await catalog.LastRunAsync(fiscalYear, cancellationToken);
        var header = await HeaderAsync(lao, fiscalYear, cancellationToken);
        if (run is null)
        {
            return new CardModel(header, fiscalYear, years, null, [], [], null, []);
        }

        var indicators = await catalog.ForYearAsync(fiscalYear, cancellationToken);
        var data = await LoadAsync(header, fiscalYear, [.. indicators.Select(i => i.Id)], cancellationToken);
        var rows = indicators.Select(i => Row(i, data, header, fiscalYear)).ToList();
        var thai = IndicatorFormat.IsThai;
        var summary = CardSummary.Build(rows.Select(r => SummaryInputOf(r, thai)));
        var wanted = trendCode?.Trim().ToUpperInvariant();
        var trendIndicator = indicators.FirstOrDefault(i => i.Code == wanted) ?? indicators.FirstOrDefault();
        var trend = trendIndicator is null ? [] : Trend(trendIndicator, data, header, fiscalYear);
        return new CardModel(header, fiscalYear, years, run, rows, summary, trendIndicator, trend);
    }

    /// <summary>Null when the indicator code is unknown.</summary>
    public async Task<IndicatorExplained?> ExplainAsync(LaoDto lao, int? year, string? code, CancellationToken cancellationToken)
    {
        var indicator = await catalog.FindByCodeAsync(code, cancellationToken);
        if (indicator is null)
        {
            return null;
        }

        var fiscalYear = (await catalog.ChooseYearAsync(year, cancellationToken)).FiscalYear;
        var run = await catalog.LastRunAsync(fiscalYear, cancellationToken);
        var header = await HeaderAsync(lao, fiscalYear, cancellationToken);
        var data = await LoadAsync(header, fiscalYear, [indicator.Id], cancellationToken);
        var row = Row(indicator, data, header, fiscalYear);

        var figures = FormulaText.Inputs(indicator.Formula);
        var codes = figures.Select(f => f.Code).ToList();
        var stored = await db.Set<LaoFigure>().AsNoTracking()
            .Where(f => f.FiscalYear == fiscalYear && f.LaoId == lao.Id && codes.Contains(f.Code))
            .ToDictionaryAsync(f => f.Code, f => f.Value, StringComparer.Ordinal, cancellationToken);
        // A figure is missing when the module had no value for it; a value is shown as it is stored, never as zero.
        var inputs = figures
            .Select(f => stored.GetValueOrDefault(f.Code) is { } value ? new FigureInput(f, value, false) : new FigureInput(f, null, true))
            .ToList();

        return new IndicatorExplained(
            header, fiscalYear, run, indicator, FormulaText.WrittenOut(indicator.Formula, IndicatorFormat.IsThai), inputs, row,
            Trend(indicator, data, header, fiscalYear));
    }

    /// <summary>The summary's view of a card row, with the numbers formatted as the card prints them.</summary>
    public static SummaryInput SummaryInputOf(CardRow row, bool thai)
    {
        var i = row.Indicator;
        return new SummaryInput(
            i.Code,
            IndicatorFormat.Name(i, thai),
            i.Direction,
            row.Number,
            IndicatorFormat.Value(i, row.Number, thai),
            row.Position,
            row.Value?.PeerRank,
            row.Peer?.Count ?? 0,
            IndicatorFormat.Value(i, row.Peer?.Median, thai),
            row.Threshold,
            IndicatorFormat.Value(i, i.Threshold, thai),
            row.Previous?.Value,
            IndicatorFormat.Value(i, row.Previous?.Value, thai),
            row.Value?.PeerPercentile,
            row.Previous?.PeerPercentile,
            [.. row.MissingFigures.Select(f => thai ? f.NameTh : f.NameEn)],
            row.Missing.DenominatorZero,
            row.Value is not null);
    }

    private async Task<CardHeader> HeaderAsync(LaoDto lao, int fiscalYear, CancellationToken cancellationToken)
    {
        var profile = await db.Set<LaoYearProfile>().AsNoTracking()
            .FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear && p.LaoId == lao.Id, cancellationToken);
        var province = await directory.FindProvinceAsync(profile?.ProvinceId ?? lao.ProvinceId, cancellationToken);
        PeerBand? band = null;
        var peers = 0;
        if (profile?.PeerBandId is { } bandId)
        {
            band = await db.Set<PeerBand>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bandId, cancellationToken);
            peers = await db.Set<LaoYearProfile>().CountAsync(p => p.FiscalYear == fiscalYear && p.PeerBandId == bandId, cancellationToken);
        }

        return new CardHeader(lao, province, profile?.Population ?? lao.Population, band, peers);
    }

    /// <summary>The LAO's values of the trend years and the group statistics they are compared with, in two reads.</summary>
    private async Task<CardData> LoadAsync(CardHeader header, int fiscalYear, IReadOnlyCollection<int> indicatorIds, CancellationToken cancellationToken)
    {
        var first = fiscalYear - TrendYears + 1;
        var laoId = header.Lao.Id;
        var values = await db.Set<IndicatorValue>().AsNoTracking()
            .Where(v => v.LaoId == laoId && v.FiscalYear >= first && v.FiscalYear <= fiscalYear && indicatorIds.Contains(v.IndicatorId))
            .ToListAsync(cancellationToken);
        var provinceIds = values.Select(v => v.ProvinceId).Append(header.Province?.Id ?? header.Lao.ProvinceId).Distinct().ToList();
        var bandIds = values.Select(v => v.PeerBandId).Append(header.PeerBand?.Id).OfType<int>().Distinct().ToList();
        var statistics = await db.Set<IndicatorStatistic>().AsNoTracking()
            .Where(s => s.FiscalYear >= first && s.FiscalYear <= fiscalYear && indicatorIds.Contains(s.IndicatorId)
                && ((s.Group == StatisticGroup.Nation && s.GroupKey == 0)
                    || (s.Group == StatisticGroup.Province && provinceIds.Contains(s.GroupKey))
                    || (s.Group == StatisticGroup.PeerGroup && bandIds.Contains(s.GroupKey))))
            .ToListAsync(cancellationToken);
        return new CardData(
            values.ToDictionary(v => (v.FiscalYear, v.IndicatorId)),
            statistics.ToDictionary(s => (s.FiscalYear, s.IndicatorId, s.Group, s.GroupKey)));
    }

    private static CardRow Row(Indicator indicator, CardData data, CardHeader header, int fiscalYear)
    {
        var value = data.Value(fiscalYear, indicator.Id);
        var (peer, province, nation) = data.Groups(fiscalYear, indicator.Id, value, header, fiscalYear);
        var position = PeerPositions.Classify(
            value?.Value, indicator.Direction, peer?.Q1, peer?.Median, peer?.Q3, peer?.Count ?? header.Peers, value?.PeerPercentile);
        return new CardRow(
            indicator, value, MissingInputs.Parse(value?.MissingInputs), peer, province, nation, position,
            PeerPositions.Check(value?.Value, indicator.Direction, indicator.Threshold), data.Value(fiscalYear - 1, indicator.Id));
    }

    private static List<TrendPoint> Trend(Indicator indicator, CardData data, CardHeader header, int fiscalYear) =>
        [.. Enumerable.Range(fiscalYear - TrendYears + 1, TrendYears).Select(year =>
        {
            var value = data.Value(year, indicator.Id);
            var (peer, _, _) = data.Groups(year, indicator.Id, value, header, fiscalYear);
            return new TrendPoint(year, value?.Value, peer?.Median, peer?.BestQuartile, value?.MissingInputs);
        })];

    private sealed record CardData(
        Dictionary<(int Year, int IndicatorId), IndicatorValue> Values,
        Dictionary<(int Year, int IndicatorId, StatisticGroup Group, int Key), IndicatorStatistic> Statistics)
    {
        public IndicatorValue? Value(int year, int indicatorId) => Values.GetValueOrDefault((year, indicatorId));

        /// <summary>
        /// The groups the LAO belonged to in that year: from its value row (the recomputation of that year), else from
        /// the shown year's profile (for the shown year only: peer groups change as LAOs grow).
        /// </summary>
        public (IndicatorStatistic? Peer, IndicatorStatistic? Province, IndicatorStatistic? Nation) Groups(
            int year, int indicatorId, IndicatorValue? value, CardHeader header, int shownYear)
        {
            var band = value is not null ? value.PeerBandId : year == shownYear ? header.PeerBand?.Id : null;
            var provinceId = value?.ProvinceId ?? header.Province?.Id ?? header.Lao.ProvinceId;
            return (
                band is { } b ? Statistics.GetValueOrDefault((year, indicatorId, StatisticGroup.PeerGroup, b)) : null,
                Statistics.GetValueOrDefault((year, indicatorId, StatisticGroup.Province, provinceId)),
                Statistics.GetValueOrDefault((year, indicatorId, StatisticGroup.Nation, 0)));
        }
    }
}
