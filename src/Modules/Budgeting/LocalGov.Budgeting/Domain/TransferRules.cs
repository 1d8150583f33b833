using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Budgeting.Domain;

/// <summary>The source of a transfer (โอนลด): one existing line, its capital flag and its available balance in the control ledger.</summary>
internal sealed record TransferSource(int LineId, Money Amount, bool IsCapital, Money Available);

/// <summary>A target (โอนเพิ่ม): an existing line, or a new capital item (<see cref="LineId"/> null).</summary>
internal sealed record TransferTarget(int? LineId, Money Amount, bool IsCapital);

internal enum TransferProblem
{
    /// <summary>An amount is zero or negative.</summary>
    AmountNotPositive = 1,

    /// <summary>Σ decreases ≠ Σ increases.</summary>
    Unbalanced = 2,

    /// <summary>The source line's available balance does not cover the decrease.</summary>
    ExceedsAvailable = 3,

    /// <summary>No target.</summary>
    NoTarget = 4,

    /// <summary>A target is the source line, or the same line twice.</summary>
    DuplicateLine = 5,

    /// <summary>A new item must be in a capital category (ครุภัณฑ์, ที่ดินและสิ่งก่อสร้าง).</summary>
    NewItemNotCapital = 6,
}

/// <summary>
/// The rules of a transfer between lines (โอนงบประมาณ). Approval level: the council when the transfer creates a new
/// capital item or changes the amount of an existing capital line (DOMAIN.md: a change of a capital item's quantity,
/// quality or place; a change of its amount is treated as one), otherwise the executive.
/// </summary>
internal static class TransferRules
{
    public static IReadOnlyList<TransferProblem> Check(TransferSource source, IReadOnlyList<TransferTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(targets);
        var problems = new List<TransferProblem>();
        if (targets.Count == 0)
        {
            problems.Add(TransferProblem.NoTarget);
        }

        if (source.Amount <= Money.Zero || targets.Any(t => t.Amount <= Money.Zero))
        {
            problems.Add(TransferProblem.AmountNotPositive);
        }

        if (targets.Count > 0 && Money.Sum(targets.Select(t => t.Amount)) != source.Amount)
        {
            problems.Add(TransferProblem.Unbalanced);
        }

        if (source.Amount > source.Available)
        {
            problems.Add(TransferProblem.ExceedsAvailable);
        }

        var existing = targets.Where(t => t.LineId is not null).Select(t => t.LineId!.Value).ToList();
        if (existing.Contains(source.LineId) || existing.Distinct().Count() != existing.Count)
        {
            problems.Add(TransferProblem.DuplicateLine);
        }

        if (targets.Any(t => t.LineId is null && !t.IsCapital))
        {
            problems.Add(TransferProblem.NewItemNotCapital);
        }

        return problems;
    }

    public static ApprovalLevel RequiredApproval(TransferSource source, IReadOnlyList<TransferTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(targets);
        return source.IsCapital || targets.Any(t => t.IsCapital) ? ApprovalLevel.Council : ApprovalLevel.Executive;
    }

    /// <summary>An explanation change of a capital line (its quantity, quality or place) needs the council.</summary>
    public static ApprovalLevel ExplanationChangeApproval(bool lineIsCapital) =>
        lineIsCapital ? ApprovalLevel.Council : ApprovalLevel.Executive;

    /// <summary>The next document number for a kind: "n/FY" with n one more than the documents of that kind so far.</summary>
    public static string NextDocumentNumber(int existingCount, int fiscalYear) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{existingCount + 1}/{fiscalYear}");
}
