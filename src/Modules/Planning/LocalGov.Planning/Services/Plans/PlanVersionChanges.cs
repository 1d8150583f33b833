using System.Globalization;
using LocalGov.Planning.Domain;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Planning.Services.Plans;

/// <summary>One field of a project that a version changed; <see cref="Year"/> is set for a yearly amount (B.E.).</summary>
internal sealed record PlanFieldChange(string Field, int? Year, string? Old, string? New);

/// <summary>A project the version changed, with each changed field's old and new value.</summary>
internal sealed record PlanProjectChange(string Code, string Name, IReadOnlyList<PlanFieldChange> Fields);

/// <summary>A project the version added or took out, with its content then.</summary>
internal sealed record PlanProjectEntry(string Code, string Name, string StrategyName, Money Total);

/// <summary>What one version changed in the plan.</summary>
internal sealed record PlanVersionDiff(
    int VersionNo,
    IReadOnlyList<Strategy> StrategiesAdded,
    IReadOnlyList<PlanProjectEntry> Added,
    IReadOnlyList<PlanProjectEntry> Removed,
    IReadOnlyList<PlanProjectChange> Changed)
{
    public bool IsEmpty => StrategiesAdded.Count == 0 && Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;
}

/// <summary>
/// What a version changed, read from the versioned plan itself: projects it added, projects it took out, and for each
/// project it revised the fields whose value differs from the previous version's revision. Pure: no database.
/// </summary>
internal static class PlanVersionChanges
{
    public const string Name = "Name";
    public const string StrategyField = "Strategy";
    public const string Objective = "Objective";
    public const string Target = "Target";
    public const string Indicator = "Indicator";
    public const string ExpectedResult = "ExpectedResult";
    public const string ResponsibleUnit = "ResponsibleUnit";
    public const string Location = "Location";
    public const string Coordinates = "Coordinates";
    public const string Amount = "Amount";

    public static PlanVersionDiff For(DevelopmentPlan plan, int versionNo)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var strategies = plan.Strategies.ToDictionary(s => s.Id);
        string StrategyName(int id) => strategies.TryGetValue(id, out var s) ? $"{s.No}. {s.Name}" : id.ToString(CultureInfo.InvariantCulture);
        PlanProjectEntry Entry(PlanProject p, PlanProjectRevision r) => new(p.Code, r.Name, StrategyName(r.StrategyId), r.Total);

        var added = new List<PlanProjectEntry>();
        var removed = new List<PlanProjectEntry>();
        var changed = new List<PlanProjectChange>();
        foreach (var project in plan.Projects.OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            if (project.AddedInVersion == versionNo)
            {
                if (project.RevisionAt(versionNo) is { } content)
                {
                    added.Add(Entry(project, content));
                }
            }
            else if (project.RemovedInVersion == versionNo)
            {
                if (project.RevisionAt(versionNo - 1) is { } last)
                {
                    removed.Add(Entry(project, last));
                }
            }
            else if (project.AddedInVersion < versionNo
                && project.Revisions.FirstOrDefault(r => r.FromVersion == versionNo) is { } revision
                && project.RevisionAt(versionNo - 1) is { } previous)
            {
                var fields = Compare(previous, revision, plan.FirstYear, StrategyName);
                if (fields.Count > 0)
                {
                    changed.Add(new PlanProjectChange(project.Code, revision.Name, fields));
                }
            }
        }

        return new PlanVersionDiff(versionNo, [.. plan.Strategies.Where(s => s.AddedInVersion == versionNo).OrderBy(s => s.No)], added, removed, changed);
    }

    /// <summary>The fields that differ between two revisions of a project, in the order of the plan's form (แบบ ผ.02).</summary>
    public static IReadOnlyList<PlanFieldChange> Compare(PlanProjectRevision old, PlanProjectRevision @new, int firstYear, Func<int, string> strategyName)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        ArgumentNullException.ThrowIfNull(strategyName);
        var fields = new List<PlanFieldChange>();
        void Text(string field, string? a, string? b)
        {
            if (!string.Equals(a ?? "", b ?? "", StringComparison.Ordinal))
            {
                fields.Add(new PlanFieldChange(field, null, a, b));
            }
        }

        Text(Name, old.Name, @new.Name);
        if (old.StrategyId != @new.StrategyId)
        {
            fields.Add(new PlanFieldChange(StrategyField, null, strategyName(old.StrategyId), strategyName(@new.StrategyId)));
        }

        Text(Objective, old.Objective, @new.Objective);
        Text(Target, old.Target, @new.Target);
        for (var i = 0; i < DevelopmentPlan.Years; i++)
        {
            var a = old.AmountForYearIndex(i);
            var b = @new.AmountForYearIndex(i);
            if (a != b)
            {
                fields.Add(new PlanFieldChange(Amount, firstYear + i, BahtFormat.Format(a), BahtFormat.Format(b)));
            }
        }

        Text(Indicator, old.Indicator, @new.Indicator);
        Text(ExpectedResult, old.ExpectedResult, @new.ExpectedResult);
        Text(ResponsibleUnit, old.ResponsibleUnit, @new.ResponsibleUnit);
        Text(Location, old.Location, @new.Location);
        Text(Coordinates, Point(old), Point(@new));
        return fields;
    }

    private static string? Point(PlanProjectRevision r) => r.Latitude is { } lat && r.Longitude is { } lng
        ? string.Create(CultureInfo.InvariantCulture, $"{lat:0.######}, {lng:0.######}")
        : null;
}
