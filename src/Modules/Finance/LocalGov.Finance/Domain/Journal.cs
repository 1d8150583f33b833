using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Finance.Domain;

/// <summary>
/// A posted journal entry (ใบผ่านรายการบัญชี). Always balanced (the totals are stored and the database checks they
/// are equal); never edited or deleted once posted: a mistake is corrected by a reversal entry.
/// </summary>
internal sealed class JournalEntry
{
    public int Id { get; set; }
    public int LaoId { get; set; }

    /// <summary>Fiscal year (B.E.) and month of the year (1 = October … 12 = September) of <see cref="EntryDate"/>.</summary>
    public int FiscalYear { get; set; }

    public int Period { get; set; }

    /// <summary>Numbered per LAO and fiscal year (JV2569-000123); see <c>DocumentNumbers</c>.</summary>
    public required string EntryNo { get; set; }

    public DateOnly EntryDate { get; set; }
    public required string Description { get; set; }
    public JournalEntryKind Kind { get; set; }
    public int FundId { get; set; }

    /// <summary>The document behind a system posting ("Revenue", "R2569-0001-001:Issued"); unique per LAO when set, so a hand-off never posts twice.</summary>
    public string? SourceModule { get; set; }

    public string? SourceReference { get; set; }

    public Money TotalDebit { get; set; }
    public Money TotalCredit { get; set; }

    /// <summary>Set on a reversal: the entry it cancels (one reversal per entry, by a unique index).</summary>
    public int? ReversalOfId { get; set; }

    /// <summary>Set on the original once reversed.</summary>
    public int? ReversedById { get; set; }

    public DateTime PostedUtc { get; set; }
    public required string PostedBy { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<JournalLine> Lines { get; set; } = [];
}

internal enum JournalEntryKind
{
    /// <summary>ใบผ่านรายการทั่วไป, typed by an accountant.</summary>
    Manual = 1,

    /// <summary>A receipt (Revenue's or the counter's).</summary>
    Receipt = 2,

    /// <summary>Cash deposited to the bank.</summary>
    Deposit = 3,

    /// <summary>A disbursement voucher paid.</summary>
    Payment = 4,

    /// <summary>Cancels an earlier entry.</summary>
    Reversal = 5,

    /// <summary>Year-end closing of revenue and expense accounts.</summary>
    Closing = 6,

    /// <summary>Opening balances carried from the previous year.</summary>
    Opening = 7,

    /// <summary>Back-filled from an Excel workbook.</summary>
    Imported = 8,
}

/// <summary>
/// One debit or credit of an entry. The LAO, year, period and date are copied from the entry so the reports'
/// aggregates read one covering index without a join.
/// </summary>
internal sealed class JournalLine
{
    public long Id { get; set; }
    public int EntryId { get; set; }
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }
    public int Period { get; set; }
    public DateOnly EntryDate { get; set; }
    public int LineNo { get; set; }
    public int AccountId { get; set; }

    /// <summary>Exactly one of debit and credit is positive (checked by the database).</summary>
    public Money Debit { get; set; }

    public Money Credit { get; set; }

    /// <summary>The budget line an expense line spends (budget execution = the ledger's sum by line).</summary>
    public int? BudgetLineId { get; set; }

    /// <summary>The bank account a bank line moves (bank reconciliation).</summary>
    public int? BankAccountId { get; set; }

    public string? Description { get; set; }
}

/// <summary>A closed month of an LAO's fiscal year: nothing posts into it. Months without a row are open.</summary>
internal sealed class ClosedPeriod
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }
    public int Period { get; set; }
    public DateTime ClosedUtc { get; set; }
    public required string ClosedBy { get; set; }
}

/// <summary>Year-end close of an LAO's fiscal year: the closing entry, the opening entry of the next year.</summary>
internal sealed class FiscalYearClose
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }
    public int ClosingEntryId { get; set; }
    public int? OpeningEntryId { get; set; }
    public DateTime ClosedUtc { get; set; }
    public required string ClosedBy { get; set; }
}

/// <summary>Running numbers of Finance documents per LAO, fiscal year and series (JV, PV, RC, WHT, …).</summary>
internal sealed class DocumentSequence
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }
    public required string Series { get; set; }
    public int LastNumber { get; set; }
}

/// <summary>Per-LAO, per-year figures for roll-ups and benchmarking, kept current by every posting.</summary>
internal sealed class FinanceSummaryRow
{
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }
    public int ProvinceId { get; set; }
    public int LaoType { get; set; }
    public Money RevenueActual { get; set; }
    public Money ExpenseActual { get; set; }
    public Money BudgetDisbursed { get; set; }
    public Money CashAndDeposits { get; set; }
    public Money AccumulatedFunds { get; set; }
    public Money Liabilities { get; set; }

    /// <summary>Loan principal repaid and interest paid in the year (debt service).</summary>
    public Money DebtService { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
