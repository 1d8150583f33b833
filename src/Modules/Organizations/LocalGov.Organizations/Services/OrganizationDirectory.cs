using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Organizations.Services;

internal sealed class OrganizationDirectory(LocalGovDbContext db) : IOrganizationDirectory
{
    public async Task<LaoDto?> FindLaoAsync(int laoId, CancellationToken cancellationToken = default)
    {
        var lao = await db.Set<Lao>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == laoId, cancellationToken);
        return lao?.ToDto();
    }

    public async Task<LaoDto?> FindLaoByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var trimmed = code.Trim();
        var lao = await db.Set<Lao>().AsNoTracking().FirstOrDefaultAsync(l => l.Code == trimmed, cancellationToken);
        return lao?.ToDto();
    }

    public async Task<IReadOnlyList<LaoDto>> GetLaosAsync(IReadOnlyCollection<int> laoIds, CancellationToken cancellationToken = default)
    {
        var laos = await db.Set<Lao>().AsNoTracking().Where(l => laoIds.Contains(l.Id)).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        return laos.ConvertAll(l => l.ToDto());
    }

    public async Task<IReadOnlyList<LaoDto>> GetAllLaosAsync(CancellationToken cancellationToken = default)
    {
        var laos = await db.Set<Lao>().AsNoTracking().OrderBy(l => l.Id).ToListAsync(cancellationToken);
        return laos.ConvertAll(l => l.ToDto());
    }

    public async Task<IReadOnlyList<int>> GetLaoIdsInProvinceAsync(int provinceId, CancellationToken cancellationToken = default) =>
        await db.Set<Lao>().Where(l => l.ProvinceId == provinceId).Select(l => l.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ProvinceDto>> GetProvincesAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Province>().OrderBy(p => p.Code).Select(p => new ProvinceDto(p.Id, p.Code, p.NameTh, p.NameEn)).ToListAsync(cancellationToken);

    public async Task<ProvinceDto?> FindProvinceAsync(int provinceId, CancellationToken cancellationToken = default) =>
        await db.Set<Province>().Where(p => p.Id == provinceId).Select(p => new ProvinceDto(p.Id, p.Code, p.NameTh, p.NameEn)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<LaoType, int>> CountLaosByTypeAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Lao>().GroupBy(l => l.Type).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

    public async Task<IReadOnlyDictionary<int, int>> CountLaosByProvinceAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Lao>().GroupBy(l => l.ProvinceId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
}
