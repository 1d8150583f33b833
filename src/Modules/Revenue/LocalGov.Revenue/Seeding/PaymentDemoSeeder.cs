using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Payments;
using LocalGov.Revenue.Services;
using LocalGov.Revenue.Services.Payments;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Seeding;

/// <summary>
/// Demo payments for เทศบาลเมืองนครนายก: its Thai QR settings, then payments on the bills the earlier seeders
/// issued (land tax 310, signboards and fees 320): the first open bill paid in full in cash, the second partly by
/// transfer. When no bill exists yet, two demo taxpayers (if the register is empty) get fee bills through
/// <see cref="BillingService"/>, one of them overdue so that arrears show. Skips when the LAO has any receipt.
/// </summary>
internal sealed class PaymentDemoSeeder(
    LocalGovDbContext db,
    IOrganizationDirectory directory,
    BillingService billing,
    PaymentService payments,
    BillPositions positions,
    RevenueSummaryUpdater summaries,
    TimeProvider clock) : IDemoSeeder
{
    /// <summary>The demo LAO's biller id (a check-digit-valid tax id of the government range, and suffix 01).</summary>
    public const string DemoBillerTaxId = "0994000201052";

    public int Order => 330;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode, cancellationToken);
        if (lao is null || await db.Set<Receipt>().AnyAsync(r => r.LaoId == lao.Id, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (!await db.Set<PaymentSettings>().AnyAsync(s => s.LaoId == lao.Id, cancellationToken))
        {
            db.Set<PaymentSettings>().Add(new PaymentSettings
            {
                LaoId = lao.Id,
                BillerTaxId = DemoBillerTaxId,
                BillerSuffix = "01",
                MerchantName = "NAKHON NAYOK MUNICIPALITY",
                UpdatedBy = "seed",
                UpdatedUtc = now,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        var today = ThaiDate.Today(clock);
        var open = await OpenBillsAsync(lao.Id, cancellationToken);
        if (open.Count == 0)
        {
            await IssueFeeBillsAsync(lao.Id, today, now, cancellationToken);
            open = await OpenBillsAsync(lao.Id, cancellationToken);
        }

        if (open.Count > 0)
        {
            var first = open[0];
            var owed = await positions.ForAsync(first, today, cancellationToken);
            await payments.PayAsync(new PaymentRequest(lao.Id, first.TaxpayerId, today, PaymentMethod.Cash, "", [new PaymentItem(first.Id, owed.Owed.Total)]), "revenue", cancellationToken);
        }

        if (open.Count > 1)
        {
            var second = open[1];
            var owed = await positions.ForAsync(second, today, cancellationToken);
            var part = Money.FromBaht(MoneyRounding.ToSatangDown(owed.Owed.Total.Baht / 2m));
            if (part.Satang > 0)
            {
                await payments.PayAsync(new PaymentRequest(lao.Id, second.TaxpayerId, today, PaymentMethod.BankTransfer, "DEMO-TRF-0001", [new PaymentItem(second.Id, part)]), "revenue", cancellationToken);
            }
        }
    }

    private async Task<List<Bill>> OpenBillsAsync(int laoId, CancellationToken cancellationToken) =>
        await db.Set<Bill>().AsNoTracking().Include(b => b.Instalments)
            .Where(b => b.LaoId == laoId && b.Status == BillStatus.Open && b.Amount != Money.Zero)
            .OrderBy(b => b.Id).Take(2).ToListAsync(cancellationToken);

    private async Task IssueFeeBillsAsync(int laoId, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var taxpayers = await db.Set<Taxpayer>().Where(t => t.LaoId == laoId && t.MergedIntoId == null).OrderBy(t => t.Id).Take(2).ToListAsync(cancellationToken);
        if (taxpayers.Count == 0)
        {
            taxpayers =
            [
                new Taxpayer
                {
                    LaoId = laoId, Kind = TaxpayerKind.Person, TaxId = "3260100012348", Title = "นาย", FirstName = "สมชาย", LastName = "ใจดี",
                    HouseNumber = "12", Road = "สุวรรณศร", Subdistrict = "นครนายก", District = "เมืองนครนายก", Province = "นครนายก", PostalCode = "26000", CreatedUtc = now,
                },
                new Taxpayer
                {
                    LaoId = laoId, Kind = TaxpayerKind.Person, TaxId = "3260100056787", Title = "นาง", FirstName = "มาลี", LastName = "ศรีสุข",
                    HouseNumber = "45/1", Village = "3", Subdistrict = "บ้านใหญ่", District = "เมืองนครนายก", Province = "นครนายก", PostalCode = "26000", CreatedUtc = now,
                },
            ];
            db.Set<Taxpayer>().AddRange(taxpayers);
            await db.SaveChangesAsync(cancellationToken);
        }

        var year = FiscalYear.Containing(today).BuddhistYear;
        var drafts = new List<BillDraft>
        {
            new(taxpayers[0].Id, RevenueKind.Fee, year, $"DEMO-PAY:FEE:{year}:1", "ค่าธรรมเนียมเก็บขนมูลฝอย", Money.FromBaht(1_200m), today.AddDays(-60), today.AddDays(-30)),
            new(taxpayers[^1].Id, RevenueKind.Fee, year, $"DEMO-PAY:FEE:{year}:2", "ค่าธรรมเนียมใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ", Money.FromBaht(2_000m), today.AddDays(-10), today.AddDays(20)),
            new(taxpayers[0].Id, RevenueKind.Fee, year, $"DEMO-PAY:FEE:{year}:3", "ค่าธรรมเนียมเก็บขนมูลฝอย (รอบสอง)", Money.FromBaht(600m), today.AddDays(-90), today.AddDays(-45)),
        };
        await billing.UpsertAsync(laoId, drafts, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var fy in drafts.Select(d => FiscalYear.Containing(d.IssuedOn).BuddhistYear).Distinct())
        {
            await summaries.RefreshAsync(laoId, fy, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }
}
