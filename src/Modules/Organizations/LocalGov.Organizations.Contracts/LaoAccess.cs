using LocalGov.SharedKernel.Security;

namespace LocalGov.Organizations.Contracts;

/// <summary>
/// The scope checks every module's features make: rows belong to an LAO; a user reads the LAOs of their scope and
/// changes only their own LAO's data. A URL with another LAO's id finds nothing (404) or may change nothing (403).
/// Each module derives its own access class from it, so a module's controllers ask one thing of their own.
/// </summary>
public abstract class LaoAccess(IOrganizationScope scope, ICurrentUser user, IOrganizationDirectory directory, ILaoChooser chooser)
{
    /// <summary>The LAO the user works for (LAO staff), or null for provincial/national users.</summary>
    public int? OwnLaoId => user.ScopeLevel == ScopeLevel.Lao ? user.LaoId : null;

    public string UserName => user.UserName ?? "";

    /// <summary>Whether the user works in an LAO, a province or nationally.</summary>
    public ScopeLevel Level => user.ScopeLevel;

    /// <summary>The province of a provincial officer, or null (LAO staff, national users).</summary>
    public int? OwnProvinceId => user.ScopeLevel == ScopeLevel.Province ? user.ProvinceId : null;

    /// <inheritdoc cref="IOrganizationScope.CanReadProvince"/>
    public bool CanReadProvince(int provinceId) => scope.CanReadProvince(provinceId);

    public Task<bool> CanReadAsync(int laoId, CancellationToken cancellationToken) => scope.CanReadLaoAsync(laoId, cancellationToken);

    public Task<bool> CanChangeAsync(int laoId, CancellationToken cancellationToken) => scope.CanChangeLaoAsync(laoId, cancellationToken);

    public Task<LaoFilter> ReadableAsync(CancellationToken cancellationToken) => scope.ReadableLaosAsync(cancellationToken);

    /// <summary>True when the user runs this LAO's work in the module: their own LAO, and their role may change it.</summary>
    public async Task<bool> MayChangeAsync(int laoId, CancellationToken cancellationToken) =>
        OwnLaoId == laoId && await scope.CanChangeLaoAsync(laoId, cancellationToken);

    /// <summary>The user's own LAO when they may change it, or null (officers above LAO level, read-only roles).</summary>
    public async Task<LaoDto?> OwnLaoForChangeAsync(CancellationToken cancellationToken) =>
        OwnLaoId is { } own && await scope.CanChangeLaoAsync(own, cancellationToken) ? await directory.FindLaoAsync(own, cancellationToken) : null;

    /// <inheritdoc cref="ILaoChooser.ChooseAsync"/>
    public Task<LaoChoice> ChooseLaoAsync(int? laoId, string? code, CancellationToken cancellationToken) =>
        chooser.ChooseAsync(laoId, code, cancellationToken);
}
