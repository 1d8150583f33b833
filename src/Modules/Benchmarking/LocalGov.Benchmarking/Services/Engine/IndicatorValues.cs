using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Domain;
using LocalGov.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Benchmarking.Services.Engine;

/// <summary>The catalogue and the stored values of the last recomputation, for other modules (Open data).</summary>
internal sealed class IndicatorValues(LocalGovDbContext db) : IIndicatorValues
{
    public async Task<IReadOnlyList<IndicatorInfo>> GetIndicatorsAsync(int? fiscalYear, CancellationToken cancellationToken = default)
    {
        var indicators = await db.Set<Indicator>().AsNoTracking().Where(i => i.IsActive).OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync(cancellationToken);
        return [.. indicators
            .Where(i => fiscalYear is not { } year || i.AppliesTo(year))
            .Select(i => new IndicatorInfo(i.Code, i.NameTh, i.NameEn, i.Formula, i.Unit, i.Decimals, i.Direction, i.SourceModule, i.FromYear, i.ToYear))];
    }

    public async Task<IReadOnlyList<IndicatorValueInfo>> GetValuesAsync(int fiscalYear, string? indicatorCode, IReadOnlyCollection<int>? laoIds, CancellationToken cancellationToken = default)
    {
        var indicators = db.Set<Indicator>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(indicatorCode))
        {
            var code = indicatorCode.Trim().ToUpperInvariant();
            indicators = indicators.Where(i => i.Code == code);
        }

        var values = db.Set<IndicatorValue>().AsNoTracking().Where(v => v.FiscalYear == fiscalYear);
        if (laoIds is not null)
        {
            var ids = laoIds.ToList();
            values = values.Where(v => ids.Contains(v.LaoId));
        }

        var rows = await values
            .Join(indicators, v => v.IndicatorId, i => i.Id, (v, i) => new { i.Code, i.SortOrder, v })
            .OrderBy(x => x.SortOrder).ThenBy(x => x.Code).ThenBy(x => x.v.LaoId)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(x => new IndicatorValueInfo(
            x.Code, x.v.LaoId, x.v.FiscalYear, x.v.Value,
            x.v.MissingInputs is { Length: > 0 } missing ? missing.Split(',') : [],
            x.v.NationalRank, x.v.ProvinceRank, x.v.PeerRank, x.v.PeerPercentile))];
    }
}
