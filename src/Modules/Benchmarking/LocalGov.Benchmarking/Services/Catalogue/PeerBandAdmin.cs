using LocalGov.Benchmarking.Domain;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Benchmarking.Services.Catalogue;

internal sealed record PeerBandRow(PeerBand Band, int Laos);

/// <summary>The bands of one LAO type, lowest first; <see cref="Basis"/> is null while the type has none.</summary>
internal sealed record PeerBandType(LaoType Type, SizeBasis? Basis, IReadOnlyList<PeerBandRow> Bands);

internal sealed record PeerBandOverview(int? LastYear, IReadOnlyList<PeerBandType> Types);

/// <summary>Why a band change was refused: the resource key and the form field it concerns.</summary>
internal sealed record BandRefusal(string Key, string Field);

/// <summary>
/// The peer bands: each LAO type has bands on one basis (population or revenue), the lowest from 0. Changes apply from
/// the next recomputation; stored years keep the bands they were computed with.
/// </summary>
internal sealed class PeerBandAdmin(LocalGovDbContext db, IndicatorCatalogQueries catalog)
{
    public async Task<PeerBandOverview> OverviewAsync(CancellationToken cancellationToken)
    {
        var years = await catalog.ComputedYearsAsync(cancellationToken);
        int? lastYear = years.Count > 0 ? years[0] : null;
        var counts = lastYear is { } year
            ? await db.Set<LaoYearProfile>().AsNoTracking().Where(p => p.FiscalYear == year && p.PeerBandId != null)
                .GroupBy(p => p.PeerBandId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken)
            : [];
        var bands = await db.Set<PeerBand>().AsNoTracking().ToListAsync(cancellationToken);
        var types = Enum.GetValues<LaoType>().Select(t =>
        {
            var own = bands.Where(b => b.LaoType == t).OrderBy(b => b.LowerBound).ToList();
            return new PeerBandType(t, own.Count > 0 ? own[0].Basis : null, own.Select(b => new PeerBandRow(b, counts.GetValueOrDefault(b.Id))).ToList());
        }).ToList();
        return new PeerBandOverview(lastYear, types);
    }

    /// <summary>Adds a band: the type's basis, a lower bound not yet used, and the type's first band from 0.</summary>
    public async Task<BandRefusal?> AddAsync(LaoType type, SizeBasis basis, long lowerBound, string nameTh, string nameEn, CancellationToken cancellationToken)
    {
        var existing = await db.Set<PeerBand>().Where(b => b.LaoType == type).ToListAsync(cancellationToken);
        if (existing.Count == 0 && lowerBound != 0)
        {
            return new BandRefusal("Band.Error.FirstFromZero", "LowerBound");
        }

        if (existing.Count > 0 && existing[0].Basis != basis)
        {
            return new BandRefusal("Band.Error.OneBasis", "Basis");
        }

        if (existing.Any(b => b.LowerBound == lowerBound))
        {
            return new BandRefusal("Band.Error.DuplicateBound", "LowerBound");
        }

        db.Add(new PeerBand { LaoType = type, Basis = basis, LowerBound = lowerBound, NameTh = nameTh.Trim(), NameEn = nameEn.Trim() });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Renames a band; false when there is no such band.</summary>
    public async Task<bool> RenameAsync(int id, string nameTh, string nameEn, CancellationToken cancellationToken)
    {
        var band = await db.Set<PeerBand>().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (band is null)
        {
            return false;
        }

        band.NameTh = nameTh.Trim();
        band.NameEn = nameEn.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Removes a band other than the type's band from 0 (every LAO of a type needs a band to fall in).</summary>
    public async Task<(bool Found, BandRefusal? Refusal)> RemoveAsync(int id, CancellationToken cancellationToken)
    {
        var band = await db.Set<PeerBand>().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (band is null)
        {
            return (false, null);
        }

        if (band.LowerBound == 0)
        {
            return (true, new BandRefusal("Band.Error.ZeroBand", ""));
        }

        db.Remove(band);
        await db.SaveChangesAsync(cancellationToken);
        return (true, null);
    }
}
