using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Security;

namespace LocalGov.Organizations.Services;

/// <inheritdoc cref="ILaoChooser"/>
internal sealed class LaoChooser(IOrganizationScope scope, ICurrentUser user, IOrganizationDirectory directory) : ILaoChooser
{
    public async Task<LaoChoice> ChooseAsync(int? laoId, string? code, CancellationToken cancellationToken = default)
    {
        if (user.ScopeLevel == ScopeLevel.Lao)
        {
            var own = user.LaoId;
            var lao = own is { } id && (laoId is null || laoId == id) ? await directory.FindLaoAsync(id, cancellationToken) : null;
            return new LaoChoice(lao, [], null, false);
        }

        if (laoId is { } chosenId)
        {
            var chosen = await scope.CanReadLaoAsync(chosenId, cancellationToken) ? await directory.FindLaoAsync(chosenId, cancellationToken) : null;
            return new LaoChoice(chosen, [], null, false);
        }

        if (!string.IsNullOrWhiteSpace(code))
        {
            var byCode = await directory.FindLaoByCodeAsync(code.Trim(), cancellationToken);
            if (byCode is not null && await scope.CanReadLaoAsync(byCode.Id, cancellationToken))
            {
                return new LaoChoice(byCode, [], null, false);
            }
        }

        var readable = await scope.ReadableLaosAsync(cancellationToken);
        IReadOnlyList<LaoDto> choices = readable.All || readable.LaoIds.Count == 0
            ? []
            : [.. (await directory.GetLaosAsync(readable.LaoIds, cancellationToken)).OrderBy(l => l.Code)];
        return new LaoChoice(null, choices, code?.Trim(), !string.IsNullOrWhiteSpace(code)) { ShowPicker = true };
    }
}
