namespace LocalGov.Finance.Domain;

/// <summary>
/// An account of the national chart of accounts for LAOs (ผังบัญชี), effective-dated by fiscal year so a change by
/// the Comptroller General's Department does not rewrite past years. Edited by administrators only.
/// </summary>
internal sealed class Account
{
    public int Id { get; set; }

    /// <summary>The standard code (10 digits): the first digit is the type (1 assets … 5 expenses).</summary>
    public required string Code { get; set; }

    public required string NameTh { get; set; }
    public required string NameEn { get; set; }
    public AccountType Type { get; set; }

    /// <summary>The header this account sits under in reports; headers take no postings.</summary>
    public int? ParentId { get; set; }

    /// <summary>Only detail accounts take postings.</summary>
    public bool IsPostable { get; set; } = true;

    /// <summary>The function the system relies on (cash, withholding tax payable, …); at most one account per role.</summary>
    public AccountRole? Role { get; set; }

    /// <summary>
    /// The budget classification whose money posts here: an expenditure หมวด (532000 ค่าใช้สอย → an expense account;
    /// 541000 ค่าครุภัณฑ์ → an asset account) or a revenue หมวด (411000 ภาษีอากร → a revenue account).
    /// </summary>
    public string? BudgetCategoryCode { get; set; }

    /// <summary>First fiscal year (B.E.) the account applies to.</summary>
    public int EffectiveFromYear { get; set; }

    /// <summary>Last fiscal year (B.E.) it applies to; null while in force.</summary>
    public int? EffectiveToYear { get; set; }

    public int SortOrder { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>เงินสดและเงินฝากธนาคาร: the chart's group of cash and bank accounts.</summary>
    public const string CashAndBankGroupPrefix = "1101";

    /// <summary>
    /// Cash or bank money: the cash and bank roles, the chart's cash-and-bank group, or the ledger account of a bank
    /// account (<paramref name="bankLedgerAccountIds"/>). The dashboard's cash figure, the cash-flow report and the
    /// accounts a receipt may credit all use this one rule.
    /// </summary>
    public bool IsCashOrBank(IReadOnlyCollection<int> bankLedgerAccountIds) =>
        Role is AccountRole.Cash or AccountRole.BankDeposit
        || Code.StartsWith(CashAndBankGroupPrefix, StringComparison.Ordinal)
        || bankLedgerAccountIds.Contains(Id);

    /// <summary>เงินกู้: the chart's group of loans (เงินกู้ระยะยาว 2201010101 and any loan account added under it).</summary>
    public const string LoanGroupPrefix = "2201";

    /// <summary>ดอกเบี้ยจ่าย.</summary>
    public const string InterestExpenseCode = "5801010101";

    /// <summary>A loan liability: debits to it repay principal (debt service).</summary>
    public bool IsLoan => Type == AccountType.Liability && Code.StartsWith(LoanGroupPrefix, StringComparison.Ordinal);

    /// <summary>Interest paid on loans (debt service).</summary>
    public bool IsInterestExpense => Code == InterestExpenseCode;

    public bool AppliesTo(int fiscalYear) => EffectiveFromYear <= fiscalYear && (EffectiveToYear is null || fiscalYear <= EffectiveToYear);

    /// <summary>Assets and expenses grow with debits; the others with credits.</summary>
    public bool IsDebitNormal => Type is AccountType.Asset or AccountType.Expense;

    public string DisplayName(bool thai) => $"{Code} {(thai ? NameTh : NameEn)}";
}

internal enum AccountType
{
    Asset = 1,
    Liability = 2,
    Equity = 3,
    Revenue = 4,
    Expense = 5,
}

/// <summary>Accounts the system posts to by function; seeded, and kept on exactly one account each.</summary>
internal enum AccountRole
{
    /// <summary>เงินสด.</summary>
    Cash = 1,

    /// <summary>เงินฝากธนาคาร (the default bank account's ledger account).</summary>
    BankDeposit = 2,

    /// <summary>ภาษีหัก ณ ที่จ่าย (payable to the Revenue Department).</summary>
    WithholdingTaxPayable = 3,

    /// <summary>เจ้าหนี้ (approved vouchers not yet paid).</summary>
    AccountsPayable = 4,

    /// <summary>เงินสะสม: where the year's surplus is closed to.</summary>
    AccumulatedFunds = 5,

    /// <summary>รายได้สูงกว่า (ต่ำกว่า) ค่าใช้จ่าย: the closing account of the year.</summary>
    SurplusForTheYear = 6,

    /// <summary>รายได้ภาษีที่ดินและสิ่งปลูกสร้าง.</summary>
    LandAndBuildingTaxRevenue = 7,

    /// <summary>รายได้ภาษีป้าย.</summary>
    SignboardTaxRevenue = 8,

    /// <summary>รายได้ค่าธรรมเนียมและใบอนุญาต.</summary>
    FeeRevenue = 9,

    /// <summary>ค่าปรับ เงินเพิ่ม (surcharges and interest on late tax).</summary>
    PenaltyRevenue = 10,

    /// <summary>เงินทุนสำรองเงินสะสม.</summary>
    ReserveFund = 11,
}

/// <summary>A fund (ประเภทเงิน) an entry belongs to: budget money, specific grants, accumulated funds, deposits held.</summary>
internal sealed class Fund
{
    /// <summary>เงินงบประมาณ: the default fund of every entry.</summary>
    public const string General = "GEN";

    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameTh { get; set; }
    public required string NameEn { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>An LAO's bank account; its ledger account carries the balance the bank reconciliation compares.</summary>
internal sealed class BankAccount
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public required string BankName { get; set; }
    public string? Branch { get; set; }
    public required string AccountNumber { get; set; }
    public required string AccountName { get; set; }
    public BankAccountKind Kind { get; set; }

    /// <summary>The ledger account (a เงินฝากธนาคาร account) its movements post to.</summary>
    public int LedgerAccountId { get; set; }

    public bool IsActive { get; set; } = true;
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

internal enum BankAccountKind
{
    /// <summary>กระแสรายวัน.</summary>
    Current = 1,

    /// <summary>ออมทรัพย์.</summary>
    Savings = 2,

    /// <summary>ประจำ.</summary>
    Fixed = 3,
}
