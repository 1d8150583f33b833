using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Finance.Domain;

/// <summary>How money came in at the counter.</summary>
internal enum CounterPaymentMethod
{
    Cash = 1,
    Transfer = 2,
    Cheque = 3,
}

internal enum CounterReceiptStatus
{
    Issued = 1,

    /// <summary>Cancelled with a reason; its entry is reversed; kept with its number, never deleted.</summary>
    Cancelled = 2,
}

/// <summary>
/// A receipt issued by the finance division (ใบเสร็จรับเงิน) for money Revenue does not bill: grants, interest,
/// miscellaneous income, deposits held. Issuing posts Dr cash/bank, Cr each line's account; cancelling reverses it.
/// </summary>
internal sealed class CounterReceipt
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }

    /// <summary>RC2569-000012 (<see cref="Services.DocumentNumbers.Receipt"/>).</summary>
    public required string ReceiptNo { get; set; }

    public DateOnly ReceivedOn { get; set; }
    public required string PayerName { get; set; }
    public CounterPaymentMethod Method { get; set; }

    /// <summary>The account a transfer or cheque went to (null for cash).</summary>
    public int? BankAccountId { get; set; }

    /// <summary>Cheque number or transfer reference.</summary>
    public string? Reference { get; set; }

    public Money Total { get; set; }
    public CounterReceiptStatus Status { get; set; } = CounterReceiptStatus.Issued;
    public int JournalEntryId { get; set; }
    public int? ReversalEntryId { get; set; }
    public required string IssuedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? CancelledReason { get; set; }
    public string? CancelledBy { get; set; }
    public DateTime? CancelledUtc { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<CounterReceiptLine> Lines { get; set; } = [];
}

/// <summary>What one line of a counter receipt is for: the account credited and the amount.</summary>
internal sealed class CounterReceiptLine
{
    public int Id { get; set; }
    public int ReceiptId { get; set; }
    public int LineNo { get; set; }
    public int AccountId { get; set; }
    public Money Amount { get; set; }
    public required string Description { get; set; }
}

/// <summary>Cash on hand deposited to a bank account (ใบนำฝาก): Dr the bank's ledger account, Cr cash.</summary>
internal sealed class CashDeposit
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }

    /// <summary>DP2569-000003 (<see cref="Services.DocumentNumbers.Deposit"/>).</summary>
    public required string DepositNo { get; set; }

    public DateOnly DepositedOn { get; set; }
    public int BankAccountId { get; set; }
    public Money Amount { get; set; }

    /// <summary>The bank's pay-in slip number, if any (matched against the statement).</summary>
    public string? Reference { get; set; }

    public int JournalEntryId { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>
/// One month's bank statement of one bank account, imported from the bank's CSV or Excel file, and the month's
/// reconciliation (งบกระทบยอดเงินฝากธนาคาร) once the officer marks it reconciled.
/// </summary>
internal sealed class BankStatement
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public int BankAccountId { get; set; }

    /// <summary>The first day of the statement's month (Gregorian).</summary>
    public DateOnly MonthStart { get; set; }

    public required string FileName { get; set; }
    public required string ImportedBy { get; set; }
    public DateTime ImportedUtc { get; set; }

    /// <summary>The bank's balance at the end of the month (the last line's balance).</summary>
    public Money ClosingBalance { get; set; }

    public string? ReconciledBy { get; set; }
    public DateTime? ReconciledUtc { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<BankStatementLine> Lines { get; set; } = [];
}

/// <summary>How a statement line was paired with a ledger line.</summary>
internal enum StatementMatchKind
{
    Auto = 1,
    Manual = 2,
}

/// <summary>One line of a bank statement; matched to at most one ledger line of the bank account (and vice versa).</summary>
internal sealed class BankStatementLine
{
    public int Id { get; set; }
    public int StatementId { get; set; }
    public int LaoId { get; set; }
    public int LineNo { get; set; }
    public DateOnly Date { get; set; }
    public required string Description { get; set; }
    public required string Reference { get; set; }

    /// <summary>Money out of the account (cheques presented, bank charges); zero when <see cref="Deposit"/> is set.</summary>
    public Money Withdrawal { get; set; }

    /// <summary>Money into the account (deposits, transfers in, interest).</summary>
    public Money Deposit { get; set; }

    public Money Balance { get; set; }

    /// <summary>The ledger line (of the bank account) this line is, once matched; unique, so a ledger line is matched once.</summary>
    public long? MatchedJournalLineId { get; set; }

    public StatementMatchKind? MatchKind { get; set; }
}
