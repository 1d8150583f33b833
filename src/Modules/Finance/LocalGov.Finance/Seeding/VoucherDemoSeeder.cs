using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Services;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LocalGov.Finance.Seeding;

/// <summary>
/// Demo vouchers of เทศบาลเมืองนครนายก against its FY 2569 budget, taken through the real workflow: two paid (one with
/// 1% withholding and its certificate), one approved awaiting payment, one submitted awaiting approval, one draft.
/// Payments need an active bank account of the LAO (the books' demo seeder creates it); without one the paid
/// vouchers stay approved. Skips when the LAO already has vouchers.
/// </summary>
internal sealed class VoucherDemoSeeder(
    LocalGovDbContext db,
    IOrganizationDirectory directory,
    IBudgetLineDirectory budgetLines,
    VoucherWorkflow workflow,
    ILogger<VoucherDemoSeeder> logger) : IDemoSeeder
{
    private const int Year = 2569;
    private const string Finance = "finance";
    private const string Executive = "executive";

    private sealed record Demo(
        string[] Categories, string Payee, string? TaxId, PayeeKind Kind, string Description, decimal Baht, string IncomeType,
        DateOnly RequestedOn, VoucherStatus Target, VoucherPaymentMethod? Method = null, DateOnly? PaidOn = null, string? Reference = null);

    private static readonly Demo[] Demos =
    [
        new(["532000"], "ห้างหุ้นส่วนจำกัด นครนายกการช่าง", "0265550123451", PayeeKind.Company, "จ้างซ่อมแซมผิวจราจรถนนสุวรรณศร ซอย 3", 45_000m, "HIRE",
            new DateOnly(2026, 3, 10), VoucherStatus.Paid, VoucherPaymentMethod.Transfer, new DateOnly(2026, 3, 20), "KTB-260320-0001"),
        new(["534000", "533000", "532000"], "การไฟฟ้าส่วนภูมิภาค จังหวัดนครนายก", "0994000123451", PayeeKind.Company, "ค่ากระแสไฟฟ้าสำนักงาน เดือนกุมภาพันธ์ 2569", 8_560.40m, "NONE",
            new DateOnly(2026, 3, 5), VoucherStatus.Paid, VoucherPaymentMethod.Cheque, new DateOnly(2026, 3, 12), "00012345"),
        new(["533000", "532000"], "บริษัท นครนายกเครื่องเขียน จำกัด", "0105558123451", PayeeKind.Company, "ซื้อวัสดุสำนักงาน ไตรมาส 3", 18_500m, "GOODS",
            new DateOnly(2026, 6, 15), VoucherStatus.Approved),
        new(["532000"], "นายสมศักดิ์ รักษาดี", "3109900123453", PayeeKind.Person, "จ้างเหมาทำความสะอาดตลาดสด เดือนสิงหาคม 2569", 12_000m, "SERVICE",
            new DateOnly(2026, 8, 28), VoucherStatus.Submitted),
        new(["533000", "532000"], "ร้านนครนายกการเกษตร", null, PayeeKind.Person, "ซื้อวัสดุการเกษตร ต้นไม้ประดับสวนสาธารณะ", 3_500m, "GOODS",
            new DateOnly(2026, 9, 10), VoucherStatus.Draft),
    ];

    public int Order => 420;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode, cancellationToken);
        if (lao is null || await db.Set<Voucher>().AnyAsync(v => v.LaoId == lao.Id, cancellationToken))
        {
            return;
        }

        var lines = await budgetLines.GetLinesInForceAsync(lao.Id, Year, cancellationToken);
        var balances = (await budgetLines.GetBalancesAsync(lao.Id, Year, cancellationToken)).ToDictionary(b => b.BudgetLineId);
        var bank = await db.Set<BankAccount>().AsNoTracking().Where(b => b.LaoId == lao.Id && b.IsActive).OrderBy(b => b.Id).FirstOrDefaultAsync(cancellationToken);
        if (bank is null)
        {
            logger.LogInformation("Demo vouchers: {Lao} has no active bank account; the paid vouchers stay approved", lao.Code);
        }

        foreach (var demo in Demos)
        {
            var amount = Money.FromBaht(demo.Baht);
            var line = demo.Categories
                .Select(code => lines.FirstOrDefault(l => l.Category.Code == code && balances.TryGetValue(l.Id, out var b) && b.Available >= amount))
                .FirstOrDefault(l => l is not null);
            if (line is null)
            {
                logger.LogWarning("Demo vouchers: no FY {Year} line of {Categories} covers {Amount}", Year, string.Join("/", demo.Categories), amount);
                continue;
            }

            balances[line.Id] = balances[line.Id] with { Committed = balances[line.Id].Committed + amount };
            await RunAsync(demo, line, lao.Id, amount, bank, cancellationToken);
        }
    }

    private async Task RunAsync(Demo demo, BudgetLineInfo line, int laoId, Money amount, BankAccount? bank, CancellationToken cancellationToken)
    {
        var input = new VoucherInput(null, demo.RequestedOn, demo.Payee, demo.TaxId, "อำเภอเมืองนครนายก จังหวัดนครนายก", demo.Kind, demo.Description, line.Id, amount, demo.IncomeType);
        var result = await workflow.CreateAsync(laoId, Year, input, Finance, cancellationToken);
        if (demo.Target != VoucherStatus.Draft)
        {
            result = await NextAsync(result, v => workflow.SubmitAsync(v.Id, v.ConcurrencyStamp, Finance, cancellationToken));
        }

        if (demo.Target is VoucherStatus.Approved or VoucherStatus.Paid)
        {
            result = await NextAsync(result, v => workflow.ApproveAsync(v.Id, v.ConcurrencyStamp, Executive, cancellationToken));
        }

        if (demo.Target == VoucherStatus.Paid && bank is not null)
        {
            var payment = demo.Method == VoucherPaymentMethod.Cheque
                ? new PaymentInput(VoucherPaymentMethod.Cheque, bank.Id, demo.PaidOn!.Value, demo.Reference, demo.PaidOn, null)
                : new PaymentInput(VoucherPaymentMethod.Transfer, bank.Id, demo.PaidOn!.Value, null, null, demo.Reference);
            result = await NextAsync(result, v => workflow.PayAsync(v.Id, v.ConcurrencyStamp, payment, Finance, cancellationToken));
        }

        if (!result.Succeeded)
        {
            logger.LogWarning("Demo voucher {Description}: {Errors}", demo.Description, string.Join(", ", result.Errors.Select(e => e.Key)));
        }
    }

    private static async Task<VoucherResult> NextAsync(VoucherResult previous, Func<Voucher, Task<VoucherResult>> step) =>
        previous.Succeeded ? await step(previous.Voucher!) : previous;
}
