namespace LocalGov.Finance.Domain;

/// <summary>
/// An administrator reopened a closed month (the <see cref="ClosedPeriod"/> row is removed): who, when, why, and who
/// had closed it. Kept for the record; the periods page lists them.
/// </summary>
internal sealed class PeriodReopening
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }
    public int Period { get; set; }
    public required string Reason { get; set; }
    public DateTime ReopenedUtc { get; set; }
    public required string ReopenedBy { get; set; }
    public DateTime ClosedUtc { get; set; }
    public required string ClosedBy { get; set; }
}
