using LocalGov.SharedKernel.Security;

namespace LocalGov.Revenue.Services;

/// <summary>
/// Scope checks for every Revenue feature: rows belong to an LAO; a user reads the LAOs of their scope and changes
/// only their own LAO's data. A URL with another LAO's id finds nothing (404) or may change nothing (403).
/// </summary>
internal sealed class RevenueAccess(IOrganizationScope scope, ICurrentUser user)
{
    /// <summary>The LAO whose register the user works in (LAO staff), or null for provincial/national users.</summary>
    public int? OwnLaoId => user.ScopeLevel == ScopeLevel.Lao ? user.LaoId : null;

    public string UserName => user.UserName ?? "";

    public Task<bool> CanReadAsync(int laoId, CancellationToken cancellationToken) => scope.CanReadLaoAsync(laoId, cancellationToken);

    public Task<bool> CanChangeAsync(int laoId, CancellationToken cancellationToken) => scope.CanChangeLaoAsync(laoId, cancellationToken);

    public Task<LaoFilter> ReadableAsync(CancellationToken cancellationToken) => scope.ReadableLaosAsync(cancellationToken);
}
