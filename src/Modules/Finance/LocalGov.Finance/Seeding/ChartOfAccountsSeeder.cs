using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Seeding;

/// <summary>
/// Seeds the national chart of accounts for LAOs and the funds. The structure follows the Comptroller General's
/// chart for LAOs as e-LAAS uses it (type · group · account, 10 digits); the codes are ours and are confirmed
/// against the Department's current chart before production. Idempotent: adds what is missing by code, never
/// touches an account an administrator has edited.
/// </summary>
internal sealed class ChartOfAccountsSeeder(LocalGovDbContext db) : IReferenceDataSeeder
{
    /// <summary>The first fiscal year (B.E.) of the seeded chart.</summary>
    public const int FirstYear = 2560;

    public int Order => 400;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var funds = await db.Set<Fund>().Select(f => f.Code).ToListAsync(cancellationToken);
        foreach (var fund in Funds.Where(f => !funds.Contains(f.Code)))
        {
            db.Set<Fund>().Add(fund);
        }

        var existing = await db.Set<Account>().ToDictionaryAsync(a => a.Code, cancellationToken);
        var order = 0;
        foreach (var seed in Chart)
        {
            order += 10;
            if (existing.ContainsKey(seed.Code))
            {
                continue;
            }

            var account = new Account
            {
                Code = seed.Code,
                NameTh = seed.Th,
                NameEn = seed.En,
                Type = (AccountType)(seed.Code[0] - '0'),
                IsPostable = seed.Postable,
                Role = seed.Role,
                BudgetCategoryCode = seed.Category,
                EffectiveFromYear = FirstYear,
                SortOrder = order,
            };
            if (seed.Parent is not null && existing.TryGetValue(seed.Parent, out var parent))
            {
                account.ParentId = parent.Id;
            }

            db.Set<Account>().Add(account);
            await db.SaveChangesAsync(cancellationToken);
            existing[seed.Code] = account;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal static IReadOnlyList<Fund> Funds =>
    [
        new() { Code = Fund.General, NameTh = "เงินงบประมาณ", NameEn = "Budget money", SortOrder = 1 },
        new() { Code = "SPG", NameTh = "เงินอุดหนุนเฉพาะกิจ", NameEn = "Specific grants", SortOrder = 2 },
        new() { Code = "ACC", NameTh = "เงินสะสม", NameEn = "Accumulated funds", SortOrder = 3 },
        new() { Code = "RES", NameTh = "เงินทุนสำรองเงินสะสม", NameEn = "Reserve fund", SortOrder = 4 },
        new() { Code = "DEP", NameTh = "เงินรับฝาก", NameEn = "Deposits held", SortOrder = 5 },
    ];

    internal sealed record SeedAccount(string Code, string Th, string En, string? Parent, bool Postable = true, AccountRole? Role = null, string? Category = null);

    private const string Assets = "1000000000", Liabilities = "2000000000", Equity = "3000000000", Revenue = "4000000000", Expenses = "5000000000";

    internal static IReadOnlyList<SeedAccount> Chart =>
    [
        new(Assets, "สินทรัพย์", "Assets", null, Postable: false),
        new("1101010101", "เงินสด", "Cash on hand", Assets, Role: AccountRole.Cash),
        new("1101020101", "เงินฝากธนาคาร – กระแสรายวัน", "Bank deposits – current accounts", Assets, Role: AccountRole.BankDeposit),
        new("1101020201", "เงินฝากธนาคาร – ออมทรัพย์", "Bank deposits – savings accounts", Assets),
        new("1101020301", "เงินฝากธนาคาร – ประจำ", "Bank deposits – fixed deposits", Assets),
        new("1102010101", "ลูกหนี้ภาษีที่ดินและสิ่งปลูกสร้าง", "Land and building tax receivable", Assets),
        new("1102010201", "ลูกหนี้ภาษีป้าย", "Signboard tax receivable", Assets),
        new("1102019901", "ลูกหนี้ค่าธรรมเนียมและรายได้อื่น", "Fees and other receivables", Assets),
        new("1103010101", "ลูกหนี้เงินยืมเงินงบประมาณ", "Advances to staff", Assets),
        new("1201010101", "ครุภัณฑ์", "Equipment", Assets, Category: "541000"),
        new("1201010102", "ค่าเสื่อมราคาสะสม – ครุภัณฑ์", "Accumulated depreciation – equipment", Assets),
        new("1202010101", "อาคารและสิ่งปลูกสร้าง", "Buildings and structures", Assets, Category: "542000"),
        new("1202010102", "ค่าเสื่อมราคาสะสม – อาคารและสิ่งปลูกสร้าง", "Accumulated depreciation – buildings", Assets),
        new("1203010101", "ที่ดิน", "Land", Assets),
        new(Liabilities, "หนี้สิน", "Liabilities", null, Postable: false),
        new("2101010101", "เจ้าหนี้", "Accounts payable", Liabilities, Role: AccountRole.AccountsPayable),
        new("2102010101", "ภาษีหัก ณ ที่จ่าย", "Withholding tax payable", Liabilities, Role: AccountRole.WithholdingTaxPayable),
        new("2103010101", "เงินรับฝาก – เงินประกันสัญญา", "Deposits held – contract guarantees", Liabilities),
        new("2103019901", "เงินรับฝาก – อื่น ๆ", "Deposits held – other", Liabilities),
        new("2104010101", "ค่าใช้จ่ายค้างจ่าย", "Accrued expenses", Liabilities),
        new("2201010101", "เงินกู้ระยะยาว", "Long-term loans", Liabilities),
        new(Equity, "ทุนและเงินสะสม", "Equity and accumulated funds", null, Postable: false),
        new("3101010101", "เงินสะสม", "Accumulated funds", Equity, Role: AccountRole.AccumulatedFunds),
        new("3102010101", "เงินทุนสำรองเงินสะสม", "Reserve fund", Equity, Role: AccountRole.ReserveFund),
        new("3103010101", "รายได้สูงกว่า (ต่ำกว่า) ค่าใช้จ่าย", "Surplus (deficit) for the year", Equity, Role: AccountRole.SurplusForTheYear),
        new(Revenue, "รายได้", "Revenue", null, Postable: false),
        new("4101010101", "ภาษีที่ดินและสิ่งปลูกสร้าง", "Land and building tax", Revenue, Role: AccountRole.LandAndBuildingTaxRevenue, Category: "411000"),
        new("4101010201", "ภาษีป้าย", "Signboard tax", Revenue, Role: AccountRole.SignboardTaxRevenue),
        new("4102010101", "ค่าธรรมเนียมและใบอนุญาต", "Fees and licences", Revenue, Role: AccountRole.FeeRevenue, Category: "412000"),
        new("4102020101", "ค่าปรับและเงินเพิ่ม", "Fines, surcharges and interest", Revenue, Role: AccountRole.PenaltyRevenue),
        new("4103010101", "รายได้จากทรัพย์สิน", "Income from property", Revenue, Category: "413000"),
        new("4104010101", "รายได้จากสาธารณูปโภคและการพาณิชย์", "Income from utilities and commerce", Revenue, Category: "414000"),
        new("4105010101", "รายได้เบ็ดเตล็ด", "Miscellaneous income", Revenue, Category: "415000"),
        new("4106010101", "รายได้จากทุน", "Capital income", Revenue, Category: "416000"),
        new("4201010101", "ภาษีจัดสรร", "Shared taxes", Revenue, Category: "421000"),
        new("4301010101", "เงินอุดหนุนทั่วไป", "General grants", Revenue, Category: "431000"),
        new("4401010101", "เงินอุดหนุนเฉพาะกิจ", "Specific grants", Revenue, Category: "441000"),
        new(Expenses, "ค่าใช้จ่าย", "Expenses", null, Postable: false),
        new("5101010101", "เงินช่วยเหลือ สวัสดิการ และสำรองจ่าย", "Aid, welfare and contingency", Expenses, Category: "511000"),
        new("5101020101", "เงินสมทบกองทุนและบำเหน็จบำนาญ", "Fund contributions and pensions", Expenses, Category: "512000"),
        new("5201010101", "เงินเดือน (ฝ่ายการเมือง)", "Salaries (political office holders)", Expenses, Category: "521000"),
        new("5201020101", "เงินเดือน (ฝ่ายประจำ)", "Salaries (permanent staff)", Expenses, Category: "522000"),
        new("5301010101", "ค่าตอบแทน", "Remuneration", Expenses, Category: "531000"),
        new("5302010101", "ค่าใช้สอย", "Services and expenses", Expenses, Category: "532000"),
        new("5303010101", "ค่าวัสดุ", "Materials", Expenses, Category: "533000"),
        new("5304010101", "ค่าสาธารณูปโภค", "Utilities", Expenses, Category: "534000"),
        new("5501010101", "รายจ่ายอื่น", "Other expenditure", Expenses, Category: "551000"),
        new("5601010101", "เงินอุดหนุน", "Subsidies", Expenses, Category: "561000"),
        new("5701010101", "ค่าเสื่อมราคา", "Depreciation", Expenses),
        new("5801010101", "ดอกเบี้ยจ่าย", "Interest expense", Expenses),
    ];
}
