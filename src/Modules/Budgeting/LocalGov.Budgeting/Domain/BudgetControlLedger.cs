using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Budgeting.Domain;

/// <summary>
/// An entry of the budget control ledger (ทะเบียนคุมงบประมาณ) of one line: allocations when the ordinance takes
/// force, transfers, commitments and their releases, disbursements. Append-only; the line's balance row is
/// derived from it and can be rebuilt.
/// </summary>
internal sealed class BudgetLedgerEntry
{
    public long Id { get; set; }
    public int BudgetLineId { get; set; }
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }
    public LedgerEntryKind Kind { get; set; }

    /// <summary>Always positive; the kind says which way it moves the balance.</summary>
    public Money Amount { get; set; }

    public required string SourceModule { get; set; }
    public required string SourceReference { get; set; }
    public DateTime OccurredUtc { get; set; }
    public string? UserName { get; set; }
}

internal enum LedgerEntryKind
{
    Allocation = 1,
    TransferIn = 2,
    TransferOut = 3,
    Commitment = 4,
    CommitmentRelease = 5,
    DisbursementOfCommitment = 6,
    Disbursement = 7,
    CarryOverOut = 8,
    CarryOverIn = 9,
}

/// <summary>
/// The running position of one line, kept in step with the ledger in the same transaction. Reservations
/// update it with a single conditional UPDATE (… WHERE allocated − committed − disbursed ≥ amount), so two
/// concurrent reservations can never overspend: the second one finds no row to update.
/// </summary>
internal sealed class BudgetLineBalanceRow
{
    public int BudgetLineId { get; set; }
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }
    public Money Allocated { get; set; }
    public Money Committed { get; set; }
    public Money Disbursed { get; set; }
}

/// <summary>Per-LAO, per-year figures for roll-ups (ARCHITECTURE: summary tables kept current in the same transaction).</summary>
internal sealed class BudgetSummaryRow
{
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }
    public int ProvinceId { get; set; }
    public int LaoType { get; set; }
    public LocalGov.Budgeting.Contracts.BudgetStatus Status { get; set; }
    public Money RevenueTotal { get; set; }
    public Money ExpenditureTotal { get; set; }
    public Money PersonnelTotal { get; set; }
    public Money CapitalTotal { get; set; }
    public int LineCount { get; set; }

    /// <summary>When the year's annual budget ordinance was promulgated; null while it is not.</summary>
    public DateOnly? PromulgatedOn { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

/// <summary>Per-LAO, per-year totals by one classification entry (แผนงาน or งบ), for drill-down roll-ups.</summary>
internal sealed class BudgetSummaryByClassificationRow
{
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }
    public int ProvinceId { get; set; }
    public int LaoType { get; set; }
    public int ClassificationId { get; set; }
    public Money Amount { get; set; }
}
