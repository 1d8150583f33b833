namespace LocalGov.SharedKernel.Security;

/// <summary>
/// Which LAOs the current user may read or change. Every module asks this on the server before it shows
/// or changes LAO data. Deny by default: anonymous users and users without a scope see nothing.
/// </summary>
public interface IOrganizationScope
{
    /// <summary>LAOs the user may read: all (national), a province's LAOs, one LAO, or none.</summary>
    Task<LaoFilter> ReadableLaosAsync(CancellationToken cancellationToken = default);

    Task<bool> CanReadLaoAsync(int laoId, CancellationToken cancellationToken = default);

    /// <summary>Only the LAO's own staff (and system administrators) change an LAO's data.</summary>
    Task<bool> CanChangeLaoAsync(int laoId, CancellationToken cancellationToken = default);

    /// <summary>Provincial officers of the province (and national officers) may review a province.</summary>
    bool CanReadProvince(int provinceId);
}

/// <summary>A set of LAOs, or all of them. Apply with <c>query.Where(x => filter.All || filter.LaoIds.Contains(x.LaoId))</c>.</summary>
public sealed class LaoFilter
{
    private LaoFilter(bool all, IReadOnlyCollection<int> laoIds)
    {
        All = all;
        LaoIds = laoIds;
    }

    public static LaoFilter Everything { get; } = new(true, []);

    public static LaoFilter Nothing { get; } = new(false, []);

    public static LaoFilter Only(IEnumerable<int> laoIds) => new(false, laoIds.Distinct().ToArray());

    public bool All { get; }

    public IReadOnlyCollection<int> LaoIds { get; }

    public bool Allows(int laoId) => All || LaoIds.Contains(laoId);
}
