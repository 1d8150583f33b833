using System.Globalization;
using LocalGov.Data;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Services;
using LocalGov.Revenue.Services.Payments;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Revenue.Payments;

internal sealed record TestBill(int LaoId, int TaxpayerId, int BillId, string Number, int FiscalYear);

/// <summary>Taxpayers and bills made through the real <see cref="BillingService"/>, each test with its own.</summary>
internal static class PaymentTestData
{
    private static int _counter = Random.Shared.Next(100_000, 900_000);

    public static DateOnly Today => DateOnly.FromDateTime(ThaiDate.ToThailandTime(DateTime.UtcNow));

    public static Task<int> DemoLaoIdAsync(LocalGovFactory factory) => WithScopeAsync(factory, async sp =>
        (await sp.GetRequiredService<IOrganizationDirectory>().FindLaoByCodeAsync(DemoData.DemoLaoCode))!.Id);

    /// <summary>Another LAO of the demo province (the demo users do not work there).</summary>
    public static Task<int> OtherLaoIdAsync(LocalGovFactory factory) => WithScopeAsync(factory, async sp =>
    {
        var directory = sp.GetRequiredService<IOrganizationDirectory>();
        var demo = (await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode))!;
        return (await directory.GetLaoIdsInProvinceAsync(demo.ProvinceId)).First(id => id != demo.Id);
    });

    public static async Task<TestBill> CreateBillAsync(
        LocalGovFactory factory,
        decimal amount,
        DateOnly dueOn,
        RevenueKind kind = RevenueKind.Fee,
        int? laoId = null,
        int? taxpayerId = null,
        IReadOnlyList<(DateOnly DueOn, decimal Amount)>? instalments = null)
    {
        var lao = laoId ?? await DemoLaoIdAsync(factory);
        return await WithScopeAsync(factory, async sp =>
        {
            var db = sp.GetRequiredService<LocalGovDbContext>();
            var taxpayer = taxpayerId ?? await NewTaxpayerAsync(db, lao);
            var key = "TEST-PAY:" + Guid.NewGuid().ToString("N");
            var issuedOn = dueOn.AddDays(-30);
            await using var tx = await db.Database.BeginTransactionAsync();
            await sp.GetRequiredService<BillingService>().UpsertAsync(lao, [new BillDraft(taxpayer, kind, ThaiDate.ToBuddhistYear(dueOn.Year), key, "ทดสอบรับชำระ", Money.FromBaht(amount), issuedOn, dueOn)], default);
            await db.SaveChangesAsync();
            var bill = await db.Set<Bill>().FirstAsync(b => b.LaoId == lao && b.SourceKey == key);
            if (instalments is not null)
            {
                var no = 1;
                foreach (var (due, part) in instalments)
                {
                    bill.Instalments.Add(new BillInstalment { No = no++, DueOn = due, Amount = Money.FromBaht(part) });
                }

                await db.SaveChangesAsync();
            }

            await sp.GetRequiredService<RevenueSummaryUpdater>().RefreshAsync(lao, bill.FiscalYear, default);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            return new TestBill(lao, taxpayer, bill.Id, bill.Number, bill.FiscalYear);
        });
    }

    public static Task<Bill> BillAsync(LocalGovFactory factory, int billId) =>
        factory.WithDbAsync(db => db.Set<Bill>().AsNoTracking().Include(b => b.Instalments).FirstAsync(b => b.Id == billId));

    public static Task<List<Receipt>> ReceiptsOfBillAsync(LocalGovFactory factory, int billId) => factory.WithDbAsync(db =>
        db.Set<Receipt>().AsNoTracking().Include(r => r.Lines).Where(r => r.Lines.Any(l => l.BillId == billId)).OrderBy(r => r.Id).ToListAsync());

    public static Task<Money> CollectedAsync(LocalGovFactory factory, int laoId, int fiscalYear, RevenueKind kind) => factory.WithDbAsync(async db =>
        Money.Sum(await db.Set<RevenueSummaryRow>().AsNoTracking().Where(s => s.LaoId == laoId && s.FiscalYear == fiscalYear && s.Kind == kind)
            .Select(s => s.Collected).ToListAsync()));

    public static Task<List<ReceiptHandOff>> HandOffsAsync(LocalGovFactory factory, int receiptId) => factory.WithDbAsync(db =>
        db.Set<ReceiptHandOff>().AsNoTracking().Where(h => h.ReceiptId == receiptId).OrderBy(h => h.Id).ToListAsync());

    public static async Task<PaymentOutcome> PayDirectAsync(LocalGovFactory factory, TestBill bill, decimal amount, DateOnly? on = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var request = new PaymentRequest(bill.LaoId, bill.TaxpayerId, on ?? Today, PaymentMethod.Cash, "", [new PaymentItem(bill.BillId, Money.FromBaht(amount))]);
        return await scope.ServiceProvider.GetRequiredService<PaymentService>().PayAsync(request, "revenue", default);
    }

    private static async Task<int> NewTaxpayerAsync(LocalGovDbContext db, int laoId)
    {
        var digits = "38" + Interlocked.Increment(ref _counter).ToString("0000000000", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (digits[i] - '0') * (13 - i);
        }

        var taxpayer = new Taxpayer
        {
            LaoId = laoId,
            Kind = TaxpayerKind.Person,
            TaxId = digits + ((11 - (sum % 11)) % 10).ToString(CultureInfo.InvariantCulture),
            Title = "นาย",
            FirstName = "ทดสอบ" + digits[^4..],
            LastName = "ชำระเงิน",
            Province = "นครนายก",
            CreatedUtc = DateTime.UtcNow,
        };
        db.Set<Taxpayer>().Add(taxpayer);
        await db.SaveChangesAsync();
        return taxpayer.Id;
    }

    private static async Task<T> WithScopeAsync<T>(LocalGovFactory factory, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
