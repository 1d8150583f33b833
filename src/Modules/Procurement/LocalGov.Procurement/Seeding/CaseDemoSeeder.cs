using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Services.Cases;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LocalGov.Procurement.Seeding;

/// <summary>
/// Three demo cases of the demo LAO on its FY 2569 budget, taken through the real workflow (reservations through
/// IBudgetControl): one requisitioned, one announced with two bids, one awarded. Reuses the register's demo vendors
/// (by tax id) and creates two only when the LAO has none. Skips when the LAO already has cases.
/// </summary>
internal sealed class CaseDemoSeeder(
    LocalGovDbContext db,
    IOrganizationDirectory directory,
    IBudgetLineDirectory budgetLines,
    CaseWorkflow workflow,
    ILogger<CaseDemoSeeder> logger) : IDemoSeeder
{
    private const int Year = 2569;
    private const string Officer = "procurement";
    private const string Executive = "executive";

    public int Order => 510;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode, cancellationToken);
        if (lao is null || await db.Set<ProcurementCase>().AnyAsync(c => c.LaoId == lao.Id, cancellationToken))
        {
            return;
        }

        var vendors = await VendorsAsync(lao.Id, cancellationToken);
        var lines = await budgetLines.GetLinesInForceAsync(lao.Id, Year, cancellationToken);
        var balances = (await budgetLines.GetBalancesAsync(lao.Id, Year, cancellationToken)).ToDictionary(b => b.BudgetLineId);
        int? LineFor(Money amount, params string[] prefixes) => lines
            .Where(l => prefixes.Any(p => l.Category.Code.StartsWith(p, StringComparison.Ordinal)) && balances.TryGetValue(l.Id, out var b) && b.Available >= amount)
            .OrderByDescending(l => balances[l.Id].Available).Select(l => (int?)l.Id).FirstOrDefault();

        // 1. Requisitioned: office supplies.
        var suppliesAmount = Money.FromBaht(24_600m);
        if (LineFor(suppliesAmount, "533", "532") is { } suppliesLine)
        {
            await workflow.CreateAsync(lao.Id, new RequisitionInput(
                "ซื้อวัสดุสำนักงาน ไตรมาส 4", ProcurementCategory.Goods, "เพื่อใช้ในการปฏิบัติงานของสำนักปลัดเทศบาล", null, suppliesLine, false, new DateOnly(2026, 7, 1),
                [
                    new("กระดาษถ่ายเอกสาร A4 80 แกรม", 120m, "รีม", Money.FromBaht(130m), false, null, null),
                    new("หมึกพิมพ์เลเซอร์", 6m, "กล่อง", Money.FromBaht(1_500m), false, null, null),
                ]),
                Officer,
                cancellationToken);
        }
        else
        {
            logger.LogWarning("Demo cases: no FY {Year} line covers {Amount}", Year, suppliesAmount);
        }

        if (vendors.Count < 2)
        {
            return;
        }

        // 2. Announced with two bids: computers (durable goods).
        var computersAmount = Money.FromBaht(96_000m);
        if (LineFor(computersAmount, "541", "533", "532") is { } computersLine)
        {
            var created = await workflow.CreateAsync(lao.Id, new RequisitionInput(
                "ซื้อเครื่องคอมพิวเตอร์สำนักงาน", ProcurementCategory.Goods, "ทดแทนเครื่องเดิมที่ชำรุดและหมดอายุการใช้งาน", null, computersLine, false, new DateOnly(2026, 5, 11),
                [new("เครื่องคอมพิวเตอร์ สำหรับงานสำนักงาน", 4m, "เครื่อง", Money.FromBaht(24_000m), true, 5, "ครุภัณฑ์คอมพิวเตอร์")]),
                Officer,
                cancellationToken);
            var c = await PrepareApproveAnnounceAsync(created, Money.FromBaht(96_000m), "ราคาตามเกณฑ์ราคากลางและคุณลักษณะพื้นฐานครุภัณฑ์คอมพิวเตอร์ (กระทรวงดิจิทัลฯ)", new DateOnly(2026, 5, 15), "ปร 12/2569", new DateOnly(2026, 5, 20), cancellationToken);
            if (c is not null)
            {
                c = (await workflow.AddBidAsync(c.Id, c.ConcurrencyStamp, new BidInput(vendors[0].Id, new DateOnly(2026, 5, 22), Money.FromBaht(94_500m), null), Officer, cancellationToken)).Case ?? c;
                await workflow.AddBidAsync(c.Id, c.ConcurrencyStamp, new BidInput(vendors[1].Id, new DateOnly(2026, 5, 23), Money.FromBaht(95_800m), null), Officer, cancellationToken);
            }
        }

        // 3. Awarded: road repair (works).
        var roadAmount = Money.FromBaht(85_000m);
        if (LineFor(roadAmount, "532", "54") is { } roadLine)
        {
            var created = await workflow.CreateAsync(lao.Id, new RequisitionInput(
                "จ้างซ่อมแซมผิวจราจรถนนเทศบาล 7", ProcurementCategory.Works, "ผิวจราจรชำรุดเป็นหลุมบ่อ เป็นอันตรายต่อผู้ใช้ถนน", null, roadLine, false, new DateOnly(2026, 3, 2),
                [new("ซ่อมแซมผิวจราจรแอสฟัลต์ติกคอนกรีต", 250m, "ตร.ม.", Money.FromBaht(340m), false, null, null)]),
                Officer,
                cancellationToken);
            var c = await PrepareApproveAnnounceAsync(created, Money.FromBaht(85_000m), "ราคาตามหลักเกณฑ์การคำนวณราคากลางงานก่อสร้างของทางราชการ", new DateOnly(2026, 3, 5), "จ 5/2569", new DateOnly(2026, 3, 10), cancellationToken);
            if (c is not null)
            {
                c = (await workflow.AddBidAsync(c.Id, c.ConcurrencyStamp, new BidInput(vendors[0].Id, new DateOnly(2026, 3, 11), Money.FromBaht(82_000m), null), Officer, cancellationToken)).Case ?? c;
                var bid = c.Bids.Single();
                c = (await workflow.EvaluateAsync(c.Id, c.ConcurrencyStamp, [new EvaluationInput(bid.Id, true, 1)], cancellationToken)).Case ?? c;
                var awarded = await workflow.AwardAsync(c.Id, c.ConcurrencyStamp, new AwardInput(bid.Id, new DateOnly(2026, 3, 13), null), Executive, cancellationToken);
                if (!awarded.Succeeded)
                {
                    logger.LogWarning("Demo cases: award refused ({Errors})", string.Join(", ", awarded.Errors.Select(e => e.Key)));
                }
            }
        }
    }

    private async Task<ProcurementCase?> PrepareApproveAnnounceAsync(
        CaseResult created, Money referencePrice, string basis, DateOnly priceOn, string announcementNo, DateOnly announcedOn, CancellationToken cancellationToken)
    {
        if (!created.Succeeded)
        {
            logger.LogWarning("Demo cases: requisition refused ({Errors})", string.Join(", ", created.Errors.Select(e => e.Key)));
            return null;
        }

        var c = created.Case!;
        var prepared = await workflow.PrepareAsync(c.Id, c.ConcurrencyStamp, new PreparationInput(
            referencePrice, basis, priceOn, ProcurementMethod.Specific, null,
            [
                new(CommitteeKind.ReferencePrice, "นายประเสริฐ ใจดี", "ผู้อำนวยการกองช่าง", CommitteeRole.Chair),
                new(CommitteeKind.Inspection, "นางสาวสุภาพร มั่นคง", "นักวิชาการพัสดุชำนาญการ", CommitteeRole.Chair),
            ]),
            Officer,
            cancellationToken);
        if (!prepared.Succeeded)
        {
            logger.LogWarning("Demo cases: preparation refused ({Errors})", string.Join(", ", prepared.Errors.Select(e => e.Key)));
            return null;
        }

        var approved = await workflow.ApproveAsync(c.Id, prepared.Case!.ConcurrencyStamp, priceOn.AddDays(1), Executive, cancellationToken);
        if (!approved.Succeeded)
        {
            logger.LogWarning("Demo cases: approval refused ({Errors})", string.Join(", ", approved.Errors.Select(e => e.Key)));
            return null;
        }

        var announced = await workflow.AnnounceAsync(c.Id, approved.Case!.ConcurrencyStamp, new AnnouncementInput(announcementNo, announcedOn, announcedOn.AddDays(3)), Officer, cancellationToken);
        return announced.Case;
    }

    /// <summary>The register's demo vendors when present (by tax id), else two created here.</summary>
    private async Task<List<Vendor>> VendorsAsync(int laoId, CancellationToken cancellationToken)
    {
        (string TaxId, string Name)[] demo =
        [
            ("0265550123451", "ห้างหุ้นส่วนจำกัด นครนายกการช่าง"),
            ("0105558123451", "บริษัท นครนายกเครื่องเขียน จำกัด"),
        ];
        var existing = await db.Set<Vendor>().AsNoTracking().Include(v => v.Blacklistings).Where(v => v.LaoId == laoId).OrderBy(v => v.Id).ToListAsync(cancellationToken);
        if (existing.Count == 0)
        {
            foreach (var (taxId, name) in demo)
            {
                db.Set<Vendor>().Add(new Vendor { LaoId = laoId, TaxId = taxId, Kind = VendorKind.Company, Name = name, BranchNo = "00000", CreatedBy = Officer, CreatedUtc = DateTime.UtcNow });
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            existing = await db.Set<Vendor>().AsNoTracking().Include(v => v.Blacklistings).Where(v => v.LaoId == laoId).OrderBy(v => v.Id).ToListAsync(cancellationToken);
        }

        var preferred = demo.Select(d => existing.FirstOrDefault(v => v.TaxId == d.TaxId)).OfType<Vendor>();
        return [.. preferred.Concat(existing).Distinct().Where(v => !v.IsBlacklistedOn(new DateOnly(2026, 3, 1)) && !v.IsBlacklistedOn(new DateOnly(2026, 5, 20)))];
    }
}
