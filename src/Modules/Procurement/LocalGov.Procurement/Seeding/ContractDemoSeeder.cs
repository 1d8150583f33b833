using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Services.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LocalGov.Procurement.Seeding;

/// <summary>
/// A demo contract of เทศบาลเมืองนครนายก in FY 2569, taken through the real contract workflow: a goods case awarded
/// (its reservation made on a budget line in force), a written contract with two instalments, the first delivered
/// three days late and accepted (penalty, payment request to Finance), the second still pending. Skips when the LAO
/// already has a contract.
/// </summary>
internal sealed class ContractDemoSeeder(
    LocalGovDbContext db,
    IOrganizationDirectory directory,
    IBudgetLineDirectory budgetLines,
    IBudgetControl control,
    ContractWorkflow workflow,
    TimeProvider clock,
    ILogger<ContractDemoSeeder> logger) : IDemoSeeder
{
    private const int Year = 2569;
    private const string Officer = "procurement";
    private const string CaseNo = "PR2569-0900";
    private const string ContractNo = "สญ.15/2569";
    private static readonly string[] Categories = ["541000", "533000", "532000"];
    private static readonly Money Award = Money.FromBaht(180_000m);

    public int Order => 520;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode, cancellationToken);
        if (lao is null || await db.Set<PurchaseContract>().AnyAsync(k => k.LaoId == lao.Id, cancellationToken)
            || await db.Set<ProcurementCase>().AnyAsync(c => c.LaoId == lao.Id && c.FiscalYear == Year && c.CaseNo == CaseNo, cancellationToken))
        {
            return;
        }

        var lines = await budgetLines.GetLinesInForceAsync(lao.Id, Year, cancellationToken);
        var balances = (await budgetLines.GetBalancesAsync(lao.Id, Year, cancellationToken)).ToDictionary(b => b.BudgetLineId);
        var line = Categories.Select(code => lines.FirstOrDefault(l => l.Category.Code == code && balances.TryGetValue(l.Id, out var b) && b.Available >= Award))
            .FirstOrDefault(l => l is not null);
        if (line is null)
        {
            logger.LogWarning("No FY {Year} budget line of LAO {Lao} can hold the demo contract; skipped", Year, lao.Code);
            return;
        }

        int caseId;
        await using (var tx = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var reserved = await control.ReserveAsync(new BudgetControlRequest(lao.Id, line.Id, Award, ProcurementModule.SourceModule, CaseNo), cancellationToken);
            if (!reserved.Succeeded)
            {
                logger.LogWarning("Demo contract reservation refused: {Error}", reserved.Error);
                return;
            }

            var vendor = await db.Set<Vendor>().FirstOrDefaultAsync(v => v.LaoId == lao.Id && v.TaxId == "0265561000011", cancellationToken);
            if (vendor is null)
            {
                vendor = new Vendor
                {
                    LaoId = lao.Id,
                    TaxId = "0265561000011",
                    Kind = VendorKind.Company,
                    Name = "บริษัท นครนายกไอที จำกัด",
                    BranchNo = "00000",
                    Address = "99 ถนนสุวรรณศร ตำบลนครนายก อำเภอเมืองนครนายก จังหวัดนครนายก 26000",
                    Phone = "037-311-999",
                    CreatedUtc = Now,
                    CreatedBy = Officer,
                };
                db.Set<Vendor>().Add(vendor);
                await db.SaveChangesAsync(cancellationToken);
            }

            var pcase = new ProcurementCase
            {
                LaoId = lao.Id,
                FiscalYear = Year,
                CaseNo = CaseNo,
                Title = "ซื้อเครื่องคอมพิวเตอร์และเครื่องพิมพ์ สำนักปลัดเทศบาล",
                Category = ProcurementCategory.Goods,
                Justification = "ทดแทนเครื่องเดิมที่ชำรุดและหมดอายุการใช้งาน",
                BudgetLineId = line.Id,
                RequisitionAmount = Award,
                Reserved = Award,
                InCatalogue = false,
                RequestedOn = new DateOnly(2026, 1, 12),
                RequestedBy = Officer,
                Status = ProcurementCaseStatus.Awarded,
                ReferencePrice = Award,
                ReferencePriceBasis = "ราคาตามเกณฑ์ราคากลางและคุณลักษณะพื้นฐานครุภัณฑ์คอมพิวเตอร์ กระทรวงดิจิทัลฯ",
                ReferencePriceOn = new DateOnly(2026, 1, 15),
                Method = ProcurementMethod.Specific,
                ApprovedBy = "executive",
                ApprovedOn = new DateOnly(2026, 1, 20),
                AwardedVendorId = vendor.Id,
                AwardAmount = Award,
                AwardedOn = new DateOnly(2026, 2, 2),
                CreatedUtc = Now,
                UpdatedUtc = Now,
                Items =
                [
                    new CaseItem { LineNo = 1, Description = "เครื่องคอมพิวเตอร์สำหรับงานประมวลผล แบบที่ 1", Quantity = 6, Unit = "เครื่อง", UnitPrice = Money.FromBaht(25_000m), Total = Money.FromBaht(150_000m), IsDurable = true, UsefulLifeYears = 5, AssetCategory = "ครุภัณฑ์คอมพิวเตอร์" },
                    new CaseItem { LineNo = 2, Description = "เครื่องพิมพ์เลเซอร์ ขาวดำ", Quantity = 3, Unit = "เครื่อง", UnitPrice = Money.FromBaht(10_000m), Total = Money.FromBaht(30_000m), IsDurable = true, UsefulLifeYears = 5, AssetCategory = "ครุภัณฑ์คอมพิวเตอร์" },
                ],
                CommitteeMembers =
                [
                    new CommitteeMember { Committee = CommitteeKind.Inspection, Name = "นายสมชาย ใจดี", Position = "ปลัดเทศบาล", Role = CommitteeRole.Chair, SortOrder = 1 },
                    new CommitteeMember { Committee = CommitteeKind.Inspection, Name = "นางสาวสุดา พากเพียร", Position = "นักวิชาการคอมพิวเตอร์", Role = CommitteeRole.Member, SortOrder = 2 },
                    new CommitteeMember { Committee = CommitteeKind.Inspection, Name = "นายวิชัย รอบคอบ", Position = "เจ้าพนักงานพัสดุ", Role = CommitteeRole.Secretary, SortOrder = 3 },
                ],
                Events =
                [
                    new CaseEvent { Stage = CaseStage.Requisition, OccurredOn = new DateOnly(2026, 1, 12), DocumentNo = CaseNo, UserName = Officer, RecordedUtc = Now },
                    new CaseEvent { Stage = CaseStage.Award, OccurredOn = new DateOnly(2026, 2, 2), UserName = "executive", RecordedUtc = Now },
                ],
            };
            db.Set<ProcurementCase>().Add(pcase);
            await db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
            caseId = pcase.Id;
        }

        db.ChangeTracker.Clear();
        var created = await workflow.CreateAsync(caseId, new ContractInput(
            AgreementKind.Contract, ContractNo, new DateOnly(2026, 2, 9), new DateOnly(2026, 2, 9), Award,
            GuaranteeKind.BankGuarantee, LatePenalty.SuggestedGuarantee(Award), "KTB-LG-2569-0042", 20, PenaltyBase.UndeliveredValue, Money.Zero,
            [
                new InstalmentInput("งวดที่ 1: เครื่องคอมพิวเตอร์ 6 เครื่อง และเครื่องพิมพ์ 1 เครื่อง", Money.FromBaht(160_000m), new DateOnly(2026, 3, 31)),
                new InstalmentInput("งวดที่ 2: เครื่องพิมพ์ 2 เครื่อง", Money.FromBaht(20_000m), new DateOnly(2026, 10, 15)),
            ]), Officer, cancellationToken);
        if (!created.Succeeded)
        {
            logger.LogWarning("Demo contract refused: {Errors}", string.Join(", ", created.Errors.Select(e => e.Key)));
            return;
        }

        var first = await db.Set<ContractInstalment>().AsNoTracking()
            .Where(i => i.No == 1 && db.Set<PurchaseContract>().Any(k => k.Id == i.ContractId && k.CaseId == caseId))
            .Select(i => i.Id).FirstAsync(cancellationToken);
        var delivered = await workflow.DeliverAsync(first, new DateOnly(2026, 4, 3), "ส่งมอบครบตามใบส่งของเลขที่ IV-0403", Officer, cancellationToken);
        var inspected = delivered.Succeeded
            ? await workflow.InspectAsync(first, new DateOnly(2026, 4, 7), true, "ตรวจรับถูกต้องครบถ้วนตามสัญญา", Officer, cancellationToken)
            : delivered;
        if (!inspected.Succeeded)
        {
            logger.LogWarning("Demo inspection refused: {Errors}", string.Join(", ", inspected.Errors.Select(e => e.Key)));
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
