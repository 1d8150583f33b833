using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Reporting;
using LocalGov.Finance.Services;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Finance.Reports;

/// <summary>
/// A year of the demo LAO's books posted through LedgerService (opening balances, receipts, a deposit, expenses
/// through payables with withholding tax, an equipment purchase, a reversal and the year-end closing entry), and
/// helpers to build reports and read their figures.
/// </summary>
public sealed class ReportsFixture : IAsyncLifetime
{
    /// <summary>A year nobody else posts into (the demo's vouchers are in 2569).</summary>
    public const int Year = 2568;

    public LocalGovFactory Factory { get; } = new();

    public int LaoId { get; private set; }

    public async Task InitializeAsync()
    {
        LaoId = await ReportTestData.DemoLaoIdAsync(Factory);
        await ReportTestData.PostYearAsync(Factory, LaoId);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

internal static class ReportTestData
{
    public const string Cash = "1101010101", Bank = "1101020101", Equipment = "1201010101", Payable = "2101010101", Wht = "2102010101",
        Accumulated = "3101010101", SurplusAccount = "3103010101", LandTax = "4101010101", Fees = "4102010101", Services = "5302010101", Materials = "5303010101";

    public static Task<int> DemoLaoIdAsync(LocalGovFactory factory) => factory.WithDbAsync(async db =>
        (await db.Users.SingleAsync(u => u.UserName == "finance")).LaoId!.Value);

    public static Task<Dictionary<string, int>> AccountIdsAsync(LocalGovFactory factory) => factory.WithDbAsync(db =>
        db.Set<Account>().AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Id));

    public static Task<LaoDto> LaoAsync(LocalGovFactory factory, int laoId) => WithScopeAsync(factory, async sp =>
        (await sp.GetRequiredService<IOrganizationDirectory>().FindLaoAsync(laoId))!);

    public static async Task<T> WithScopeAsync<T>(LocalGovFactory factory, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Posts the drafts in one transaction through LedgerService; any refusal fails the test.</summary>
    public static async Task<List<JournalEntry>> PostAsync(LocalGovFactory factory, params JournalDraft[] drafts)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var ledger = scope.ServiceProvider.GetRequiredService<LedgerService>();
        await using var tx = await db.Database.BeginTransactionAsync();
        var posted = new List<JournalEntry>();
        foreach (var draft in drafts)
        {
            var result = await ledger.PostAsync(draft, default);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
            posted.Add(result.Entry!);
        }

        await tx.CommitAsync();
        return posted;
    }

    public static JournalDraftLine Dr(Dictionary<string, int> ids, string code, decimal baht, int? budgetLineId = null) =>
        new(ids[code], Money.FromBaht(baht), Money.Zero, budgetLineId);

    public static JournalDraftLine Cr(Dictionary<string, int> ids, string code, decimal baht) =>
        new(ids[code], Money.Zero, Money.FromBaht(baht));

    public static JournalDraft Entry(int laoId, DateOnly date, string text, params JournalDraftLine[] lines) =>
        new(laoId, date, text, JournalEntryKind.Manual, lines);

    public static async Task PostYearAsync(LocalGovFactory factory, int laoId)
    {
        var a = await AccountIdsAsync(factory);
        await PostAsync(factory,
            new JournalDraft(laoId, new DateOnly(2024, 10, 1), "ยอดยกมา", JournalEntryKind.Opening,
                [Dr(a, Bank, 1_000_000m), Dr(a, Cash, 5_000m), Cr(a, Accumulated, 1_005_000m)]),
            Entry(laoId, new DateOnly(2024, 10, 15), "รับภาษีที่ดิน", Dr(a, Cash, 50_000m), Cr(a, LandTax, 50_000m)),
            Entry(laoId, new DateOnly(2024, 11, 2), "นำฝากธนาคาร", Dr(a, Bank, 50_000m), Cr(a, Cash, 50_000m)),
            Entry(laoId, new DateOnly(2024, 12, 20), "ตั้งเจ้าหนี้ค่าจ้างเหมา", Dr(a, Services, 20_000.50m), Cr(a, Payable, 20_000.50m)),
            Entry(laoId, new DateOnly(2025, 1, 10), "จ่ายเจ้าหนี้ หักภาษี ณ ที่จ่าย", Dr(a, Payable, 20_000.50m), Cr(a, Bank, 19_800.50m), Cr(a, Wht, 200m)),
            Entry(laoId, new DateOnly(2025, 3, 5), "ซื้อครุภัณฑ์สำนักงาน", Dr(a, Equipment, 100_000m), Cr(a, Bank, 100_000m)),
            Entry(laoId, new DateOnly(2025, 6, 30), "รับค่าธรรมเนียม", Dr(a, Bank, 3_333.33m), Cr(a, Fees, 3_333.33m)),
            Entry(laoId, new DateOnly(2025, 6, 30), "ซื้อวัสดุ", Dr(a, Materials, 1_234.56m), Cr(a, Cash, 1_234.56m)),
            Entry(laoId, new DateOnly(2025, 9, 25), "ค่าใช้สอย", Dr(a, Services, 7_000m), Cr(a, Cash, 2_000m), Cr(a, Bank, 5_000m)));

        // A mistake reversed in August: the reversal restores the balances.
        var wrong = await PostAsync(factory, Entry(laoId, new DateOnly(2025, 8, 1), "บันทึกผิด", Dr(a, Materials, 999m), Cr(a, Bank, 999m)));
        await WithScopeAsync(factory, async sp =>
        {
            var db = sp.GetRequiredService<LocalGovDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            var reversed = await sp.GetRequiredService<LedgerService>().ReverseAsync(wrong[0].Id, new DateOnly(2025, 8, 3), "บันทึกผิดบัญชี", default);
            Assert.True(reversed.Succeeded);
            await tx.CommitAsync();
            return 0;
        });

        // Year-end: revenue and expenses closed to the surplus account (period 13).
        const decimal revenue = 50_000m + 3_333.33m, expense = 20_000.50m + 1_234.56m + 7_000m;
        await PostAsync(factory, new JournalDraft(laoId, new DateOnly(2025, 9, 30), "ปิดบัญชีสิ้นปี", JournalEntryKind.Closing,
        [
            Dr(a, LandTax, 50_000m), Dr(a, Fees, 3_333.33m), Cr(a, Services, 27_000.50m), Cr(a, Materials, 1_234.56m),
            Cr(a, SurplusAccount, revenue - expense),
        ]));
    }

    public static ReportRow Row(ReportDocument document, string tableId, string key) =>
        Assert.Single(Table(document, tableId).Rows, r => r.Key == key);

    public static ReportTable Table(ReportDocument document, string tableId) => Assert.Single(document.Tables, t => t.Id == tableId);

    /// <summary>An amount cell (blank = zero).</summary>
    public static Money Amount(ReportRow row, int column) => row.Cells[column].Amount ?? Money.Zero;

    public static Money Amount(ReportDocument document, string tableId, string key, int column) => Amount(Row(document, tableId, key), column);

    /// <summary>Sum of the lines' debit − credit straight from the table, for the tests' own expectations.</summary>
    public static Task<List<JournalLine>> LinesAsync(LocalGovFactory factory, int laoId, int year) => factory.WithDbAsync(db =>
        db.Set<JournalLine>().AsNoTracking().Where(l => l.LaoId == laoId && l.FiscalYear == year).ToListAsync());
}
