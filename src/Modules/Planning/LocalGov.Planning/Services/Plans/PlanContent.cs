using LocalGov.Planning.Domain;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Planning.Services.Plans;

/// <summary>A project as of a version: its identity, its content then, and its strategy.</summary>
internal sealed record PlanContentRow(PlanProject Project, PlanProjectRevision Revision, Strategy Strategy);

/// <summary>The projects of one strategy as of a version, with the strategy's yearly subtotals.</summary>
internal sealed record PlanContentStrategy(Strategy Strategy, IReadOnlyList<PlanContentRow> Rows)
{
    public Money AmountForYearIndex(int index) => Money.Sum(Rows.Select(r => r.Revision.AmountForYearIndex(index)));

    public Money Total => Money.Sum(Rows.Select(r => r.Revision.Total));
}

/// <summary>
/// The plan's content as of a version number: the plan in force (at <see cref="DevelopmentPlan.CurrentVersionNo"/>) or
/// the open draft (at the draft's number). The plan page, the print layout and the Excel export all read this one shape,
/// so their totals agree.
/// </summary>
internal sealed record PlanContent(DevelopmentPlan Plan, int VersionNo, IReadOnlyList<PlanContentStrategy> Strategies)
{
    public static PlanContent At(DevelopmentPlan plan, int versionNo)
    {
        var strategies = plan.Strategies.Where(s => s.AddedInVersion <= versionNo).OrderBy(s => s.No).ToList();
        var rows = plan.Projects
            .Where(p => p.IsInPlanAt(versionNo))
            .Select(p => (Project: p, Revision: p.RevisionAt(versionNo)))
            .Where(x => x.Revision is not null)
            .ToList();
        return new PlanContent(plan, versionNo, [.. strategies.Select(s => new PlanContentStrategy(s,
            [.. rows.Where(r => r.Revision!.StrategyId == s.Id).OrderBy(r => r.Project.Code, StringComparer.Ordinal).Select(r => new PlanContentRow(r.Project, r.Revision!, s))]))]);
    }

    public IEnumerable<PlanContentRow> Rows => Strategies.SelectMany(s => s.Rows);

    public int ProjectCount => Strategies.Sum(s => s.Rows.Count);

    public Money AmountForYearIndex(int index) => Money.Sum(Strategies.Select(s => s.AmountForYearIndex(index)));

    public Money Total => Money.Sum(Strategies.Select(s => s.Total));
}
