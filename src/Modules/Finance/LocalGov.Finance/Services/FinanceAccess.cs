using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Security;

namespace LocalGov.Finance.Services;

/// <summary>Which LAO's books a page shows: the LAO, or the LAOs to choose from (officers above LAO level).</summary>
internal sealed record LaoChoice(LaoDto? Lao, IReadOnlyList<LaoDto> Choices, string? Code, bool CodeNotFound)
{
    /// <summary>Neither a LAO nor a picker: the URL names an LAO outside the user's scope (404).</summary>
    public bool NotFound => Lao is null && !ShowPicker;

    public bool ShowPicker { get; init; }
}

/// <summary>
/// Scope checks for every Finance feature: rows belong to an LAO; a user reads the LAOs of their scope and changes
/// only their own LAO's books. A URL with another LAO's id finds nothing (404) or may change nothing (403).
/// </summary>
internal sealed class FinanceAccess(IOrganizationScope scope, ICurrentUser user, IOrganizationDirectory directory)
{
    /// <summary>The LAO whose books the user keeps (LAO staff), or null for provincial/national users.</summary>
    public int? OwnLaoId => user.ScopeLevel == ScopeLevel.Lao ? user.LaoId : null;

    public string UserName => user.UserName ?? "";

    public Task<bool> CanReadAsync(int laoId, CancellationToken cancellationToken) => scope.CanReadLaoAsync(laoId, cancellationToken);

    public Task<bool> CanChangeAsync(int laoId, CancellationToken cancellationToken) => scope.CanChangeLaoAsync(laoId, cancellationToken);

    public Task<LaoFilter> ReadableAsync(CancellationToken cancellationToken) => scope.ReadableLaosAsync(cancellationToken);

    /// <summary>True when the user keeps this LAO's books: their own LAO, and their role may change it.</summary>
    public async Task<bool> MayChangeAsync(int laoId, CancellationToken cancellationToken) =>
        OwnLaoId == laoId && await CanChangeAsync(laoId, cancellationToken);

    /// <summary>The LAO whose books the user keeps and may change, or null (officers above LAO level, read-only roles).</summary>
    public async Task<LaoDto?> OwnLaoForChangeAsync(CancellationToken cancellationToken) =>
        OwnLaoId is { } own && await CanChangeAsync(own, cancellationToken) ? await directory.FindLaoAsync(own, cancellationToken) : null;

    /// <summary>
    /// The LAO a read page shows: LAO staff always their own (another id → not found); officers the <paramref name="laoId"/>
    /// or <paramref name="code"/> they chose within their scope, or else a picker (their province's LAOs, or a code box).
    /// </summary>
    public async Task<LaoChoice> ChooseLaoAsync(int? laoId, string? code, CancellationToken cancellationToken)
    {
        if (OwnLaoId is { } own)
        {
            var lao = laoId is null || laoId == own ? await directory.FindLaoAsync(own, cancellationToken) : null;
            return new LaoChoice(lao, [], null, false);
        }

        if (laoId is { } id)
        {
            var chosen = await CanReadAsync(id, cancellationToken) ? await directory.FindLaoAsync(id, cancellationToken) : null;
            return new LaoChoice(chosen, [], null, false);
        }

        if (!string.IsNullOrWhiteSpace(code))
        {
            var byCode = await directory.FindLaoByCodeAsync(code.Trim(), cancellationToken);
            if (byCode is not null && await CanReadAsync(byCode.Id, cancellationToken))
            {
                return new LaoChoice(byCode, [], null, false);
            }
        }

        var readable = await ReadableAsync(cancellationToken);
        IReadOnlyList<LaoDto> choices = readable.All || readable.LaoIds.Count == 0
            ? []
            : [.. (await directory.GetLaosAsync(readable.LaoIds, cancellationToken)).OrderBy(l => l.Code)];
        return new LaoChoice(null, choices, code?.Trim(), !string.IsNullOrWhiteSpace(code)) { ShowPicker = true };
    }
}
