namespace LocalGov.Planning.Services.Rollups;

/// <summary>
/// The province table's order, from the query string (<c>sort</c> = a column key, <c>desc</c>). Sorting is done on the
/// server so it works without JavaScript; LAOs without data always come last, whatever the direction.
/// </summary>
internal sealed record RollupSort(string Column, bool Descending)
{
    /// <summary>Column keys and the value each sorts by (figures only; code, name and type are handled apart).</summary>
    private static readonly Dictionary<string, Func<RollupFigures, decimal>> FigureKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["approved"] = f => f.ApprovedPlans,
        ["inplan"] = f => f.ProjectsInPlan,
        ["inactionplan"] = f => f.ProjectsInActionPlan,
        ["done"] = f => f.ProjectsDone,
        ["inprogress"] = f => f.ProjectsInProgress,
        ["notstarted"] = f => f.ProjectsNotStarted,
        ["cancelled"] = f => f.ProjectsCancelled,
        ["planned"] = f => f.Planned,
        ["budgeted"] = f => f.Budgeted,
        ["disbursed"] = f => f.Disbursed,
        ["rate"] = f => f.DisbursementRate ?? -1,
        ["progress"] = f => f.Progress ?? -1,
        ["due"] = f => f.ReportsDue,
        ["ontime"] = f => f.ReportsOnTime,
        ["late"] = f => f.ReportsLate,
    };

    public static readonly RollupSort Default = new("code", false);

    /// <summary>Every column key, in the table's order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["code", "name", "type", .. FigureKeys.Keys];

    public static RollupSort Parse(string? sort, bool? desc) =>
        sort is not null && Columns.Contains(sort, StringComparer.OrdinalIgnoreCase)
            ? new RollupSort(sort.ToLowerInvariant(), desc == true)
            : Default with { Descending = desc == true && sort is null };

    public IReadOnlyList<LaoRollupRow> Apply(IEnumerable<LaoRollupRow> rows)
    {
        var list = rows.ToList();
        IOrderedEnumerable<LaoRollupRow> ordered;
        if (FigureKeys.TryGetValue(Column, out var key))
        {
            var withData = list.Where(r => r.Figures is not null);
            ordered = Descending ? withData.OrderByDescending(r => key(r.Figures!)) : withData.OrderBy(r => key(r.Figures!));
            return [.. ordered.ThenBy(r => r.Code, StringComparer.Ordinal), .. list.Where(r => r.Figures is null).OrderBy(r => r.Code, StringComparer.Ordinal)];
        }

        ordered = Column switch
        {
            "name" => Descending ? list.OrderByDescending(r => r.NameTh, StringComparer.Ordinal) : list.OrderBy(r => r.NameTh, StringComparer.Ordinal),
            "type" => Descending ? list.OrderByDescending(r => r.Type) : list.OrderBy(r => r.Type),
            _ => Descending ? list.OrderByDescending(r => r.Code, StringComparer.Ordinal) : list.OrderBy(r => r.Code, StringComparer.Ordinal),
        };
        return [.. ordered.ThenBy(r => r.Code, StringComparer.Ordinal)];
    }
}
