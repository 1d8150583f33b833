using System.Globalization;
using System.Text;
using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Services.Cash;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Seeding;

/// <summary>
/// Demo cash documents for เทศบาลเมืองนครนายก in FY 2569 (March 2026): counter receipts (miscellaneous income,
/// a contract guarantee held, and — when the LAO has a bank account — a general grant by transfer), a deposit of the
/// cash to the bank, and March's bank statement imported and matched, with an interest credit and a bank charge left
/// unmatched. Bank accounts come from the books seeder (400); without one, only the cash receipts are made.
/// Skips when the LAO has any counter receipt.
/// </summary>
internal sealed class CashDemoSeeder(LocalGovDbContext db, IOrganizationDirectory directory, CounterReceipts receipts, CashBook book, Reconciliation reconciliation) : IDemoSeeder
{
    private const string Clerk = "finance";

    public int Order => 410;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode, cancellationToken);
        if (lao is null || await db.Set<CounterReceipt>().AnyAsync(r => r.LaoId == lao.Id, cancellationToken))
        {
            return;
        }

        var codes = await db.Set<Account>().AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Id, cancellationToken);
        int Account(string code) => codes[code];
        var bank = await book.DefaultBankAccountAsync(lao.Id, cancellationToken);

        var first = await receipts.IssueAsync(
            new CounterReceiptDraft(lao.Id, new DateOnly(2026, 3, 2), "นางสาวมาลี ใจดี", CounterPaymentMethod.Cash, null, null, Fund.General,
            [
                new CounterReceiptDraftLine(Account("4103010101"), Money.FromBaht(3_000m), "ค่าเช่าอาคารตลาดสด เดือนมีนาคม 2569"),
                new CounterReceiptDraftLine(Account("4105010101"), Money.FromBaht(1_250m), "ค่าขายแบบแปลน"),
            ]),
            Clerk,
            cancellationToken);
        var second = await receipts.IssueAsync(
            new CounterReceiptDraft(lao.Id, new DateOnly(2026, 3, 3), "หจก. นครนายกก่อสร้าง", CounterPaymentMethod.Cash, null, null, "DEP",
                [new CounterReceiptDraftLine(Account("2103010101"), Money.FromBaht(15_000m), "หลักประกันซองโครงการถนน คสล. หมู่ 4")]),
            Clerk,
            cancellationToken);
        if (!first.Succeeded || !second.Succeeded || bank is null)
        {
            return;
        }

        var grant = await receipts.IssueAsync(
            new CounterReceiptDraft(lao.Id, new DateOnly(2026, 3, 10), "กรมส่งเสริมการปกครองท้องถิ่น", CounterPaymentMethod.Transfer, bank.Id, "GR690310", Fund.General,
                [new CounterReceiptDraftLine(Account("4301010101"), Money.FromBaht(250_000m), "เงินอุดหนุนทั่วไป งวดที่ 2")]),
            Clerk,
            cancellationToken);
        var deposit = await receipts.DepositAsync(new DepositDraft(lao.Id, new DateOnly(2026, 3, 4), bank.Id, Money.FromBaht(19_000m), "PI690304"), Clerk, cancellationToken);
        if (!grant.Succeeded || !deposit.Succeeded)
        {
            return;
        }

        // March's statement: the bank's balance starts where the books stood at the end of February.
        var balance = await book.BankBalanceAsync(lao.Id, bank.Id, new DateOnly(2026, 2, 28), cancellationToken);
        var csv = new StringBuilder("date,description,reference,withdrawal,deposit,balance\n");
        void Line(string date, string description, string reference, decimal withdrawal, decimal deposit)
        {
            balance = balance + Money.FromBaht(deposit) - Money.FromBaht(withdrawal);
            csv.Append(CultureInfo.InvariantCulture, $"{date},{description},{reference},{(withdrawal == 0 ? "" : withdrawal.ToString("0.00", CultureInfo.InvariantCulture))},{(deposit == 0 ? "" : deposit.ToString("0.00", CultureInfo.InvariantCulture))},{balance.Baht.ToString("0.00", CultureInfo.InvariantCulture)}\n");
        }

        Line("2026-03-05", "ฝากเงินสด", "PI690304", 0m, 19_000m);
        Line("2026-03-10", "รับโอน กรมส่งเสริมการปกครองท้องถิ่น", "GR690310", 0m, 250_000m);
        Line("2026-03-31", "ดอกเบี้ยเงินฝาก", "INT", 0m, 85.40m);
        Line("2026-03-31", "ค่าธรรมเนียมธนาคาร", "FEE", 20m, 0m);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
        await reconciliation.ImportAsync(lao.Id, bank.Id, new DateOnly(2026, 3, 1), content, "statement-2569-03.csv", Clerk, cancellationToken);
    }
}
