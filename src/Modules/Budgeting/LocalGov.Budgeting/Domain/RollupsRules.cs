using LocalGov.Budgeting.Contracts;
using LocalGov.SharedKernel.Time;

namespace LocalGov.Budgeting.Domain;

/// <summary>Where an LAO's annual budget stands, as the roll-ups show it.</summary>
internal enum RollupStatus
{
    /// <summary>No annual budget recorded for the year (no summary row).</summary>
    NotStarted = 0,

    /// <summary>Draft or returned for correction.</summary>
    Draft = 1,

    /// <summary>Submitted to or passed by the council.</summary>
    InCouncil = 2,

    /// <summary>Submitted to the supervising authority, awaiting its decision.</summary>
    AwaitingApproval = 3,

    /// <summary>Approved or promulgated: in force.</summary>
    Approved = 4,
}

/// <summary>
/// Roll-up rules. <b>Late</b>: the fiscal year has started (today is on or after 1 October before the year's
/// end, the date by which the ordinance should be in force) and the annual budget is not approved or
/// promulgated – including an LAO that has not started one. Approval dates are not compared: a budget
/// approved after 1 October is in force now, and the roll-up shows where things stand today.
/// </summary>
internal static class RollupsRules
{
    public static RollupStatus Classify(BudgetStatus? status) => status switch
    {
        null => RollupStatus.NotStarted,
        BudgetStatus.Draft or BudgetStatus.Returned => RollupStatus.Draft,
        BudgetStatus.SubmittedToCouncil or BudgetStatus.PassedByCouncil => RollupStatus.InCouncil,
        BudgetStatus.SubmittedToSupervisor => RollupStatus.AwaitingApproval,
        BudgetStatus.Approved or BudgetStatus.Promulgated => RollupStatus.Approved,
        _ => RollupStatus.Draft,
    };

    public static bool IsLate(BudgetStatus? status, FiscalYear fiscalYear, DateOnly today) =>
        today >= fiscalYear.Start && Classify(status) != RollupStatus.Approved;

    /// <summary>Change from the previous year in percent, or null when there is nothing to compare with.</summary>
    public static decimal? PercentChange(long previous, long current) =>
        previous == 0 ? null : Math.Round((current - previous) * 100m / previous, 1, MidpointRounding.AwayFromZero);
}
