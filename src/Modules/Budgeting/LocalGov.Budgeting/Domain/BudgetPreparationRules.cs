using LocalGov.Budgeting.Contracts;

namespace LocalGov.Budgeting.Domain;

/// <summary>Rules about the council readings of the current council round (non-persisted helpers).</summary>
internal static class BudgetPreparationRules
{
    /// <summary>
    /// The readings recorded since the budget last went to the council (a return and re-submission starts a new
    /// round). <paramref name="historyInOrder"/> is the budget's history in the order it was recorded.
    /// </summary>
    public static IReadOnlyList<BudgetStatusChange> CurrentCouncilReadings(IEnumerable<BudgetStatusChange> historyInOrder)
    {
        var round = new List<BudgetStatusChange>();
        foreach (var change in historyInOrder)
        {
            if (change.ToStatus == BudgetStatus.SubmittedToCouncil && change.FromStatus != BudgetStatus.SubmittedToCouncil)
            {
                round.Clear();
            }
            else if (change.CouncilReading is not null && change.FromStatus == BudgetStatus.SubmittedToCouncil)
            {
                round.Add(change);
            }
        }

        return round;
    }

    /// <summary>The next reading to record as its own step (1 or 2), or null when readings 1 and 2 are recorded.</summary>
    public static int? NextReading(IEnumerable<BudgetStatusChange> historyInOrder)
    {
        var count = CurrentCouncilReadings(historyInOrder).Count(r => r.CouncilReading is 1 or 2);
        return count switch
        {
            0 => 1,
            1 => 2,
            _ => null,
        };
    }

    /// <summary>"เทศบัญญัติ" for municipalities, "ข้อบัญญัติ" for PAOs and SAOs.</summary>
    public static string OrdinanceTitle(bool municipality, int fiscalYear) =>
        (municipality ? "เทศบัญญัติ" : "ข้อบัญญัติ") + "งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. " + fiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
