using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Revenue.Contracts;

/// <summary>What a bill is for: the taxes and charges an LAO collects itself.</summary>
public enum RevenueKind
{
    /// <summary>ภาษีที่ดินและสิ่งปลูกสร้าง.</summary>
    LandAndBuildingTax = 1,

    /// <summary>ภาษีป้าย.</summary>
    SignboardTax = 2,

    /// <summary>ค่าธรรมเนียมและใบอนุญาต.</summary>
    Fee = 3,
}

/// <summary>How a receipt was paid.</summary>
public enum PaymentMethod
{
    Cash = 1,
    BankTransfer = 2,
    ThaiQr = 3,
    Cheque = 4,
}

/// <summary>One amount of a receipt, by what it pays (tax or fee principal, surcharge, interest).</summary>
public sealed record ReceiptPostingLine(RevenueKind Kind, string BillNumber, Money Principal, Money Surcharge, Money Interest);

/// <summary>A receipt issued (or cancelled) by Revenue, as the ledger needs it.</summary>
public sealed record ReceiptPosting(
    int ReceiptId,
    int LaoId,
    string ReceiptNumber,
    DateOnly IssuedOn,
    PaymentMethod Method,
    Money Total,
    IReadOnlyList<ReceiptPostingLine> Lines);

/// <summary>
/// Implemented by the Finance module to record Revenue's receipts in the ledger. Revenue calls every registered
/// implementation inside the transaction that issues or cancels the receipt, so both commit or fail together.
/// With none registered, the hand-off is recorded as pending and posted later (nothing is dropped).
/// </summary>
public interface IReceiptLedgerPosting
{
    Task PostReceiptAsync(ReceiptPosting receipt, CancellationToken cancellationToken);

    Task PostCancellationAsync(ReceiptPosting receipt, string reason, CancellationToken cancellationToken);
}

/// <summary>Assessed and collected own-source revenue of one LAO, fiscal year and kind (Benchmarking, Open data).</summary>
public sealed record RevenueSummaryDto(int LaoId, int FiscalYear, RevenueKind Kind, Money Assessed, Money Collected, Money Outstanding);

/// <summary>Read access to Revenue's per-LAO summary figures, kept current by every bill and receipt.</summary>
public interface IRevenueSummaries
{
    Task<IReadOnlyList<RevenueSummaryDto>> GetAsync(int laoId, int fiscalYear, CancellationToken cancellationToken = default);

    /// <summary>Every LAO's figures of the year (or the given LAOs'), by LAO and kind, in one query (Benchmarking).</summary>
    Task<IReadOnlyList<RevenueSummaryDto>> GetForYearAsync(int fiscalYear, IReadOnlyCollection<int>? laoIds, CancellationToken cancellationToken = default);
}

/// <summary>
/// Recomputes every Revenue summary row from the bills and receipts (the host's <c>rebuild revenue-summaries</c>
/// command), for when the summaries are suspected stale.
/// </summary>
public interface IRevenueSummaryRebuild
{
    /// <summary>Replaces all summary rows in one transaction; returns the number of LAO-year pairs recomputed.</summary>
    Task<int> RebuildAsync(CancellationToken cancellationToken = default);
}
