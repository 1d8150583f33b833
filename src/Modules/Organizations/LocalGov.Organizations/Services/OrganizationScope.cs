using LocalGov.Data;
using LocalGov.Organizations.Domain;
using LocalGov.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Organizations.Services;

/// <summary>
/// Deny by default: national users read everything, provincial officers read their province's LAOs,
/// LAO staff read and change their own LAO, anyone else nothing. System administrators change any LAO.
/// </summary>
internal sealed class OrganizationScope(ICurrentUser user, LocalGovDbContext db) : IOrganizationScope
{
    private LaoFilter? _readable;

    public async Task<LaoFilter> ReadableLaosAsync(CancellationToken cancellationToken = default)
    {
        if (_readable is not null)
        {
            return _readable;
        }

        _readable = !user.IsAuthenticated ? LaoFilter.Nothing : user.ScopeLevel switch
        {
            ScopeLevel.National => LaoFilter.Everything,
            ScopeLevel.Province when user.ProvinceId is { } provinceId =>
                LaoFilter.Only(await db.Set<Lao>().Where(l => l.ProvinceId == provinceId).Select(l => l.Id).ToListAsync(cancellationToken)),
            ScopeLevel.Lao when user.LaoId is { } laoId => LaoFilter.Only([laoId]),
            _ => LaoFilter.Nothing,
        };
        return _readable;
    }

    public async Task<bool> CanReadLaoAsync(int laoId, CancellationToken cancellationToken = default)
    {
        if (!user.IsAuthenticated)
        {
            return false;
        }

        return user.ScopeLevel switch
        {
            ScopeLevel.National => true,
            ScopeLevel.Province when user.ProvinceId is { } provinceId =>
                await db.Set<Lao>().AnyAsync(l => l.Id == laoId && l.ProvinceId == provinceId, cancellationToken),
            ScopeLevel.Lao => user.LaoId == laoId,
            _ => false,
        };
    }

    public Task<bool> CanChangeLaoAsync(int laoId, CancellationToken cancellationToken = default) =>
        Task.FromResult(user.IsAuthenticated && (
            user.IsInRole(Roles.SystemAdministrator)
            || (user.ScopeLevel == ScopeLevel.Lao && user.LaoId == laoId)));

    public bool CanReadProvince(int provinceId) =>
        user.IsAuthenticated && (user.ScopeLevel == ScopeLevel.National
            || (user.ScopeLevel == ScopeLevel.Province && user.ProvinceId == provinceId));
}
