using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Finance.Contracts;

/// <summary>One LAO's accounting figures for a fiscal year, from Finance's summary table (Benchmarking, Open data, roll-ups).</summary>
/// <param name="RevenueActual">Revenue recognised in the ledger (revenue accounts, credit − debit).</param>
/// <param name="ExpenseActual">Expenses recognised in the ledger (expense accounts, debit − credit).</param>
/// <param name="BudgetDisbursed">Paid out of the budget through disbursement vouchers.</param>
/// <param name="CashAndDeposits">Cash and bank balances at the end of the year (or today, for the current year).</param>
/// <param name="AccumulatedFunds">เงินสะสม and เงินทุนสำรองเงินสะสม at the end of the year: the LAO's reserves.</param>
/// <param name="Liabilities">Everything the LAO owes at the end of the year.</param>
/// <param name="DebtService">Loan principal repaid and interest paid in the year.</param>
public sealed record LaoFinanceSummary(
    int LaoId,
    int FiscalYear,
    Money RevenueActual,
    Money ExpenseActual,
    Money BudgetDisbursed,
    Money CashAndDeposits,
    Money AccumulatedFunds,
    Money Liabilities,
    Money DebtService = default);

/// <summary>Read access to Finance's per-LAO summary figures, kept current by every posting.</summary>
public interface IFinanceSummaries
{
    Task<IReadOnlyList<LaoFinanceSummary>> GetAsync(int fiscalYear, IReadOnlyCollection<int>? laoIds, CancellationToken cancellationToken = default);
}

/// <summary>Recomputes every Finance summary row from the ledger (the host's <c>rebuild finance-summaries</c> command).</summary>
public interface IFinanceSummaryRebuild
{
    /// <summary>Replaces all summary rows in one transaction; returns the number of LAO-year pairs recomputed.</summary>
    Task<int> RebuildAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// A request to pay from another module (Procurement: an accepted delivery instalment). It becomes a submitted
/// disbursement voucher (ฎีกา) that Finance approves and pays; the payment disburses the budget line.
/// </summary>
/// <param name="FromCommitment">True when the money is already reserved on the line (a contract's commitment):
/// the payment then disburses the commitment instead of the available balance.</param>
/// <param name="SourceReference">The caller's document (contract and instalment); one voucher per reference.</param>
/// <param name="Penalty">ค่าปรับ: deducted from the payment and credited to the penalty revenue account when paid.</param>
/// <param name="IncomeTypeCode">The withholding tax income type (GOODS, HIRE, SERVICE, ...); null or NONE: nothing withheld.
/// Withheld is computed on the amount at the rates in force on the voucher's date.</param>
public sealed record PaymentRequest(
    int LaoId,
    int BudgetLineId,
    Money Amount,
    string PayeeName,
    string? PayeeTaxId,
    string Description,
    string SourceModule,
    string SourceReference,
    bool FromCommitment,
    Money Penalty = default,
    string? IncomeTypeCode = null);

public enum PaymentRequestError
{
    None = 0,
    LineNotFound = 1,
    NotInScope = 2,
    BudgetNotInForce = 3,
    InsufficientBalance = 4,
    InvalidAmount = 5,
    DuplicateRequest = 6,
    InvalidPayee = 7,

    /// <summary>The penalty is negative, or the penalty and the tax withheld leave nothing to pay.</summary>
    InvalidPenalty = 8,

    /// <summary>No withholding rate of the income type is in force on the voucher's date.</summary>
    UnknownIncomeType = 9,
}

public sealed record PaymentRequestResult(bool Succeeded, PaymentRequestError Error, int? VoucherId, string? VoucherNumber)
{
    public static PaymentRequestResult Fail(PaymentRequestError error) => new(false, error, null, null);
}

/// <summary>Where a requested payment stands, for the requesting module's timeline.</summary>
public sealed record PaymentRequestStatus(int VoucherId, string VoucherNumber, string Status, DateOnly? PaidOn, Money Gross, Money Withheld, Money Net, Money Penalty = default);

/// <summary>
/// Implemented by Finance. Called inside the caller's transaction (the voucher and the caller's change commit or
/// fail together); the caller checks the user's scope first.
/// </summary>
public interface IPaymentRequests
{
    Task<PaymentRequestResult> RequestAsync(PaymentRequest request, CancellationToken cancellationToken = default);

    Task<PaymentRequestStatus?> FindAsync(int laoId, string sourceModule, string sourceReference, CancellationToken cancellationToken = default);
}

/// <summary>What the benchmark generator wrote.</summary>
public sealed record FinanceBenchmarkResult(int LaoId, int FiscalYear, int Entries, int Lines, long ElapsedMilliseconds);

/// <summary>
/// The <c>seed finance-benchmark</c> command: a year of synthetic transactions for one large municipality
/// (receipts, deposits, budget payments with withholding tax), written set-based on SQLite, for the report timings.
/// </summary>
public interface IFinanceBenchmark
{
    Task<FinanceBenchmarkResult> GenerateAsync(string laoCode, int fiscalYear, int lines, int randomSeed, CancellationToken cancellationToken = default);
}
