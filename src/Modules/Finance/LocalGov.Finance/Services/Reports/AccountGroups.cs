using LocalGov.Finance.Domain;

namespace LocalGov.Finance.Services.Reports;

/// <summary>Postable accounts under the header they sit under, in chart order.</summary>
internal sealed record AccountGroup(Account? Parent, IReadOnlyList<Account> Accounts);

/// <summary>Groups accounts under their parent headers for the statements. Pure, so unit-tested.</summary>
internal static class AccountGroups
{
    /// <summary>
    /// The <paramref name="accounts"/> grouped by their parent (headers in chart order, accounts in chart order inside);
    /// accounts whose parent is unknown form a group without a header, last.
    /// </summary>
    public static IReadOnlyList<AccountGroup> ByParent(IEnumerable<Account> accounts, IReadOnlyDictionary<int, Account> chart) =>
    [
        .. accounts
            .GroupBy(a => a.ParentId is { } p && chart.TryGetValue(p, out var parent) ? parent : null)
            .OrderBy(g => g.Key is null ? 1 : 0).ThenBy(g => g.Key?.SortOrder ?? 0).ThenBy(g => g.Key?.Code, StringComparer.Ordinal)
            .Select(g => new AccountGroup(g.Key, [.. g.OrderBy(a => a.SortOrder).ThenBy(a => a.Code, StringComparer.Ordinal)])),
    ];
}
