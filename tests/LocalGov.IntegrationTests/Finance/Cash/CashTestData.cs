using System.Globalization;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Services.Cash;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Finance.CashOffice;

/// <summary>Bank accounts, counter receipts and ledger look-ups for the cash tests, through the real services.</summary>
internal static class CashTestData
{
    private static int _counter = Random.Shared.Next(1_000, 9_000);

    public static Task<int> RoleAccountAsync(LocalGovFactory factory, AccountRole role) =>
        factory.WithDbAsync(db => db.Set<Account>().Where(a => a.Role == role).Select(a => a.Id).FirstAsync());

    public static Task<int> AccountByCodeAsync(LocalGovFactory factory, string code) =>
        factory.WithDbAsync(db => db.Set<Account>().Where(a => a.Code == code).Select(a => a.Id).FirstAsync());

    /// <summary>A current account of the LAO on the bank-deposit ledger account (the books branch seeds real ones).</summary>
    public static Task<BankAccount> CreateBankAccountAsync(LocalGovFactory factory, int laoId) => factory.WithDbAsync(async db =>
    {
        var ledger = await db.Set<Account>().Where(a => a.Role == AccountRole.BankDeposit).Select(a => a.Id).FirstAsync();
        var bank = new BankAccount
        {
            LaoId = laoId,
            BankName = "ธนาคารกรุงไทย",
            Branch = "นครนายก",
            AccountNumber = "TEST-" + Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture),
            AccountName = "เงินฝากทดสอบ",
            Kind = BankAccountKind.Current,
            LedgerAccountId = ledger,
        };
        db.Set<BankAccount>().Add(bank);
        await db.SaveChangesAsync();
        return bank;
    });

    public static async Task<CashResult<CounterReceipt>> IssueAsync(LocalGovFactory factory, CounterReceiptDraft draft)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CounterReceipts>().IssueAsync(draft, "finance", default);
    }

    public static async Task<CashResult<CashDeposit>> DepositAsync(LocalGovFactory factory, DepositDraft draft)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CounterReceipts>().DepositAsync(draft, "finance", default);
    }

    public static async Task<Money> CashBalanceAsync(LocalGovFactory factory, int laoId, DateOnly date)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CashBook>().CashBalanceAsync(laoId, date, default);
    }

    public static Task<JournalEntry?> EntryAsync(LocalGovFactory factory, int laoId, string sourceModule, string sourceReference) => factory.WithDbAsync(db =>
        db.Set<JournalEntry>().AsNoTracking().Include(e => e.Lines).FirstOrDefaultAsync(e => e.LaoId == laoId && e.SourceModule == sourceModule && e.SourceReference == sourceReference));

    public static Task<JournalEntry> EntryByIdAsync(LocalGovFactory factory, int id) => factory.WithDbAsync(db =>
        db.Set<JournalEntry>().AsNoTracking().Include(e => e.Lines).FirstAsync(e => e.Id == id));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads an amount cell as shown on screen ("1,234.50") back to money.</summary>
    public static Money ParseShown(string text) =>
        Money.FromBaht(decimal.Parse(text.Trim(), NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
}
