using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Domain;

namespace LocalGov.Benchmarking.Services.Engine;

/// <summary>An indicator of the catalogue with its parsed formula.</summary>
internal sealed record ParsedIndicator(Indicator Indicator, Formula Formula);

/// <summary>Every derived row of one fiscal year, ready to be written.</summary>
internal sealed record ComputedYear(
    IReadOnlyList<LaoYearProfile> Profiles,
    IReadOnlyList<LaoFigure> Figures,
    IReadOnlyList<IndicatorValue> Values,
    IReadOnlyList<IndicatorStatistic> Statistics)
{
    public int Outliers => Values.Count(v => v.IsOutlier);
}

/// <summary>
/// The recomputation's arithmetic (pure): peer groups, values, ranks and percentiles in the nation, the province and
/// the peer group, statistics of every group and outlier flags, from the LAOs' figures of one year.
/// </summary>
internal static class IndicatorComputation
{
    /// <summary>Values beyond this cannot be stored as ten-thousandths in a 64-bit integer; treated as an overflow.</summary>
    private const decimal MaxStorable = 900_000_000_000_000m;

    public static ComputedYear Compute(int fiscalYear, IReadOnlyList<ParsedIndicator> indicators, IEnumerable<PeerBand> bands, IReadOnlyList<LaoFigures> laos, DateTime nowUtc)
    {
        var peers = new PeerAssignment(bands);
        var profiles = new List<LaoYearProfile>(laos.Count);
        var figures = new List<LaoFigure>(laos.Count * FigureCatalog.All.Count);
        foreach (var lao in laos)
        {
            profiles.Add(new LaoYearProfile
            {
                FiscalYear = fiscalYear,
                LaoId = lao.Lao.Id,
                ProvinceId = lao.Lao.ProvinceId,
                LaoType = lao.Lao.Type,
                Population = lao.Lao.Population,
                PeerBandId = peers.Assign(lao.Lao.Type, lao.Figures)?.Id,
                ComputedUtc = nowUtc,
            });
            foreach (var (code, value) in lao.Figures)
            {
                figures.Add(new LaoFigure { FiscalYear = fiscalYear, LaoId = lao.Lao.Id, Code = code, Value = Storable(value) });
            }
        }

        var byProvince = Groups(profiles, p => p.ProvinceId);
        var byPeerBand = Groups(profiles.Where(p => p.PeerBandId is not null).ToList(), p => p.PeerBandId!.Value, profiles);
        var values = new List<IndicatorValue>(indicators.Count * laos.Count);
        var statistics = new List<IndicatorStatistic>();
        foreach (var parsed in indicators)
        {
            var rows = Evaluate(fiscalYear, parsed, laos, profiles);
            var direction = parsed.Indicator.Direction;
            var all = Enumerable.Range(0, rows.Length).ToArray();

            Rank(rows, all, direction, (v, rank, percentile) => (v.NationalRank, v.NationalPercentile) = (rank, percentile));
            statistics.Add(Statistic(parsed.Indicator, fiscalYear, StatisticGroup.Nation, 0, rows, all));

            var provinceFences = new Dictionary<int, OutlierFence?>();
            foreach (var (provinceId, members) in byProvince)
            {
                Rank(rows, members, direction, (v, rank, percentile) => (v.ProvinceRank, v.ProvincePercentile) = (rank, percentile));
                statistics.Add(Statistic(parsed.Indicator, fiscalYear, StatisticGroup.Province, provinceId, rows, members));
                provinceFences[provinceId] = Ranking.Fence(SortedValues(rows, members));
            }

            var peerFences = new Dictionary<int, OutlierFence?>();
            foreach (var (bandId, members) in byPeerBand)
            {
                Rank(rows, members, direction, (v, rank, percentile) => (v.PeerRank, v.PeerPercentile) = (rank, percentile));
                statistics.Add(Statistic(parsed.Indicator, fiscalYear, StatisticGroup.PeerGroup, bandId, rows, members));
                peerFences[bandId] = Ranking.Fence(SortedValues(rows, members));
            }

            foreach (var row in rows)
            {
                var fence = Ranking.ChooseFence(row.PeerBandId is { } band ? peerFences[band] : null, provinceFences[row.ProvinceId]);
                row.IsOutlier = row.Value is { } v && fence is { } f && f.Excludes(v);
            }

            values.AddRange(rows);
        }

        return new ComputedYear(profiles, figures, values, statistics);
    }

    private static IndicatorValue[] Evaluate(int fiscalYear, ParsedIndicator parsed, IReadOnlyList<LaoFigures> laos, IReadOnlyList<LaoYearProfile> profiles)
    {
        var rows = new IndicatorValue[laos.Count];
        for (var i = 0; i < laos.Count; i++)
        {
            var result = parsed.Formula.Evaluate(laos[i].Figures);
            var value = Storable(result.Value);
            var profile = profiles[i];
            rows[i] = new IndicatorValue
            {
                FiscalYear = fiscalYear,
                IndicatorId = parsed.Indicator.Id,
                LaoId = profile.LaoId,
                ProvinceId = profile.ProvinceId,
                LaoType = profile.LaoType,
                PeerBandId = profile.PeerBandId,
                Value = value,
                MissingInputs = result.Missing.Count > 0 ? string.Join(",", result.Missing) : result.DivisionByZero ? "/0" : null,
            };
        }

        return rows;
    }

    private static decimal? Storable(decimal? value) =>
        value is { } v && Math.Abs(v) < MaxStorable ? ScaledDecimal.Round(v) : null;

    private static void Rank(IndicatorValue[] rows, int[] members, IndicatorDirection direction, Action<IndicatorValue, int?, decimal?> set)
    {
        var values = new decimal?[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            values[i] = rows[members[i]].Value;
        }

        var ranks = Ranking.CompetitionRanks(values, direction);
        var percentiles = Ranking.PercentileRanks(values, direction);
        for (var i = 0; i < members.Length; i++)
        {
            set(rows[members[i]], ranks[i], percentiles[i]);
        }
    }

    private static IndicatorStatistic Statistic(Indicator indicator, int fiscalYear, StatisticGroup group, int key, IndicatorValue[] rows, int[] members)
    {
        var s = Ranking.Describe(members.Select(i => rows[i].Value), indicator.Direction);
        return new IndicatorStatistic
        {
            FiscalYear = fiscalYear,
            IndicatorId = indicator.Id,
            Group = group,
            GroupKey = key,
            Count = s.Count,
            Missing = s.Missing,
            Min = Round(s.Min),
            Q1 = Round(s.Q1),
            Median = Round(s.Median),
            Q3 = Round(s.Q3),
            Max = Round(s.Max),
            Mean = Round(s.Mean),
            BestQuartile = Round(s.BestQuartile),
        };
    }

    private static decimal? Round(decimal? value) => value is { } v ? ScaledDecimal.Round(v) : null;

    private static List<decimal> SortedValues(IndicatorValue[] rows, int[] members)
    {
        var list = new List<decimal>(members.Length);
        foreach (var i in members)
        {
            if (rows[i].Value is { } v)
            {
                list.Add(v);
            }
        }

        list.Sort();
        return list;
    }

    /// <summary>Row indexes (into <paramref name="all"/>, the profiles in LAO order) of each group.</summary>
    private static Dictionary<int, int[]> Groups(IReadOnlyList<LaoYearProfile> members, Func<LaoYearProfile, int> key, IReadOnlyList<LaoYearProfile>? all = null)
    {
        all ??= members;
        var index = new Dictionary<int, int>(all.Count);
        for (var i = 0; i < all.Count; i++)
        {
            index[all[i].LaoId] = i;
        }

        return members.GroupBy(key).ToDictionary(g => g.Key, g => g.Select(p => index[p.LaoId]).ToArray());
    }
}
