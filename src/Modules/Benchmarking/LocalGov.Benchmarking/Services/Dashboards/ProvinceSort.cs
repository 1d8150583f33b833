namespace LocalGov.Benchmarking.Services.Dashboards;

/// <summary>
/// The province table's order from the query string (<c>sort</c> = a column key, <c>desc</c>), done on the server so it
/// works without JavaScript. Rows without the sorted figure always come last, whatever the direction.
/// </summary>
internal sealed record ProvinceSort(string Column, bool Descending)
{
    private static readonly Dictionary<string, Func<ProvinceLaoRow, decimal?>> NumericKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["value"] = r => r.Value,
        ["national"] = r => r.NationalRank,
        ["province"] = r => r.ProvinceRank,
        ["peer"] = r => r.PeerRank,
        ["percentile"] = r => r.Value is null ? null : r.NationalPercentile,
        ["change"] = r => r.Change,
    };

    /// <summary>Best first: the province rank.</summary>
    public static readonly ProvinceSort Default = new("province", false);

    public static IReadOnlyList<string> Columns { get; } = ["code", "name", .. NumericKeys.Keys];

    public static ProvinceSort Parse(string? sort, bool? desc) =>
        sort is not null && Columns.Contains(sort, StringComparer.OrdinalIgnoreCase)
            ? new ProvinceSort(sort.ToLowerInvariant(), desc == true)
            : Default;

    public IReadOnlyList<ProvinceLaoRow> Apply(IEnumerable<ProvinceLaoRow> rows)
    {
        var list = rows.ToList();
        if (NumericKeys.TryGetValue(Column, out var key))
        {
            var with = list.Where(r => key(r) is not null);
            var ordered = Descending ? with.OrderByDescending(r => key(r)) : with.OrderBy(r => key(r));
            return [.. ordered.ThenBy(r => r.Code, StringComparer.Ordinal), .. list.Where(r => key(r) is null).OrderBy(r => r.Code, StringComparer.Ordinal)];
        }

        var byText = Column == "name"
            ? (Descending ? list.OrderByDescending(r => r.NameTh, StringComparer.Ordinal) : list.OrderBy(r => r.NameTh, StringComparer.Ordinal))
            : (Descending ? list.OrderByDescending(r => r.Code, StringComparer.Ordinal) : list.OrderBy(r => r.Code, StringComparer.Ordinal));
        return [.. byText.ThenBy(r => r.Code, StringComparer.Ordinal)];
    }
}
