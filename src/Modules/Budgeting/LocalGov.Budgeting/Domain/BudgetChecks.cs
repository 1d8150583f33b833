using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Budgeting.Domain;

/// <summary>
/// The checks shown on the budget page and enforced before council submission. Deficit rule, kept simple on
/// purpose: estimated expenditure must not exceed estimated revenue. A deficit budget needs the council's and
/// the supervisor's permission, which this system does not record, so it is refused like any imbalance.
/// </summary>
internal static class BudgetChecks
{
    /// <summary>Personnel spending may not exceed 40 % of the annual expenditure budget (Local Personnel Administration Act B.E. 2542, s.35).</summary>
    public const decimal PersonnelShareLimit = 0.40m;

    /// <summary>Balanced (or in surplus): expenditure ≤ revenue.</summary>
    public static bool IsBalanced(Money revenue, Money expenditure) => expenditure <= revenue;

    /// <summary>Personnel spending as a share of total expenditure (0 when there is no expenditure).</summary>
    public static decimal PersonnelShare(Money personnel, Money expenditure) =>
        expenditure.Satang <= 0 ? 0m : (decimal)personnel.Satang / expenditure.Satang;

    /// <summary>True above 40 %; exactly 40 % is within the limit.</summary>
    public static bool PersonnelShareExceedsLimit(Money personnel, Money expenditure) =>
        PersonnelShare(personnel, expenditure) > PersonnelShareLimit;

    public static BudgetCheckResult Evaluate(Money revenue, Money expenditure, Money personnel, int lineCount, int projectsWithoutPlan, IReadOnlyList<ProjectLineNotInPlan>? notInPlan = null) =>
        new(
            lineCount > 0,
            IsBalanced(revenue, expenditure),
            expenditure - revenue,
            PersonnelShare(personnel, expenditure),
            PersonnelShareExceedsLimit(personnel, expenditure),
            projectsWithoutPlan,
            notInPlan ?? []);

    /// <summary>
    /// Project lines that are not in the LAO's approved development plan for the year: no plan project code, or a code
    /// the plan does not have for that year (<paramref name="planCodes"/>). A warning, not a refusal.
    /// </summary>
    public static IReadOnlyList<ProjectLineNotInPlan> ProjectLinesNotInPlan(IEnumerable<BudgetLine> lines, IReadOnlySet<string> planCodes) =>
        [.. lines.Where(l => l.IsProject && !IsInPlan(l.PlanProjectCode, planCodes)).OrderBy(l => l.LineNo)
            .Select(l => new ProjectLineNotInPlan(l.Id, l.LineNo, l.ItemName, string.IsNullOrWhiteSpace(l.PlanProjectCode) ? null : l.PlanProjectCode.Trim()))];

    /// <summary>True when the code names a project of the plan (codes compare without case and surrounding spaces).</summary>
    public static bool IsInPlan(string? code, IReadOnlySet<string> planCodes) =>
        !string.IsNullOrWhiteSpace(code) && planCodes.Contains(code.Trim());
}

/// <summary>A project line the development plan does not cover; <see cref="Code"/> is null when the line has none.</summary>
internal sealed record ProjectLineNotInPlan(int LineId, int LineNo, string ItemName, string? Code);

/// <summary>What <see cref="BudgetChecks.Evaluate"/> found. <see cref="Deficit"/> is expenditure − revenue (positive when unbalanced).</summary>
internal sealed record BudgetCheckResult(
    bool HasLines,
    bool Balanced,
    Money Deficit,
    decimal PersonnelShare,
    bool PersonnelOverLimit,
    int ProjectsWithoutPlan,
    IReadOnlyList<ProjectLineNotInPlan> ProjectLinesNotInPlan)
{
    /// <summary>Council submission needs lines and a balanced budget; the other findings are warnings.</summary>
    public bool CanSubmit => HasLines && Balanced;
}
