using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.SharedKernel.Amounts;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Procurement.OpenData;

public enum CaseStageForTest
{
    Planning,
    Announced,
    Awarded,
    Contracted,
    Cancelled,
}

/// <summary>Cases at each stage written directly through the DbContext (the case and contract workflows are other areas).</summary>
internal static class OpenDataTestData
{
    public static async Task<LaoDto> DemoLaoAsync(LocalGovFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindLaoByCodeAsync(DemoData.DemoLaoCode))!;
    }

    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static string TaxId() => "0" + string.Concat(Enumerable.Range(0, 12).Select(_ => Random.Shared.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>A case at <paramref name="stage"/>; contracted cases have two instalments: the first accepted 5 days late and paid, the second past due.</summary>
    public static async Task<ProcurementCase> CreateCaseAsync(
        LocalGovFactory factory, int laoId, CaseStageForTest stage, bool published = true, ProcurementMethod method = ProcurementMethod.EBidding,
        decimal baht = 600_000m, int fiscalYear = 2569, string? title = null)
    {
        var caseNo = Unique("T");
        return await factory.WithDbAsync(async db =>
        {
            var vendors = Enumerable.Range(1, 2).Select(i => new Vendor
            {
                LaoId = laoId,
                TaxId = TaxId(),
                Kind = VendorKind.Company,
                Name = $"บริษัท ทดสอบ {caseNo}-{i} จำกัด",
                CreatedBy = "test",
                CreatedUtc = DateTime.UtcNow,
            }).ToList();
            db.AddRange(vendors);
            await db.SaveChangesAsync();

            var year = 2569 - fiscalYear;
            DateOnly D(int month, int day) => new(2026 - year - (month >= 10 ? 1 : 0), month, day);
            var amount = Money.FromBaht(baht);
            var announced = stage != CaseStageForTest.Planning;
            var awarded = stage is CaseStageForTest.Awarded or CaseStageForTest.Contracted;
            var c = new ProcurementCase
            {
                LaoId = laoId,
                FiscalYear = fiscalYear,
                CaseNo = caseNo,
                Title = title ?? "จัดซื้อครุภัณฑ์ทดสอบ " + caseNo,
                Category = ProcurementCategory.Goods,
                Justification = "เพื่อใช้ในการปฏิบัติงาน",
                BudgetLineId = 1,
                RequisitionAmount = amount,
                Reserved = amount,
                RequestedOn = D(1, 5),
                RequestedBy = "procurement",
                Status = stage switch
                {
                    CaseStageForTest.Planning => ProcurementCaseStatus.Approved,
                    CaseStageForTest.Announced => ProcurementCaseStatus.Announced,
                    CaseStageForTest.Awarded => ProcurementCaseStatus.Awarded,
                    CaseStageForTest.Contracted => ProcurementCaseStatus.Contracted,
                    _ => ProcurementCaseStatus.Cancelled,
                },
                ReferencePrice = amount,
                ReferencePriceOn = D(1, 6),
                Method = method,
                MethodReason = method == ProcurementMethod.Specific ? "มีผู้ประกอบการรายเดียว" : null,
                ApprovedBy = "executive",
                ApprovedOn = D(1, 8),
                PublishedOn = published ? D(1, 8) : null,
                AnnouncementNo = announced ? "ANN-" + caseNo : null,
                AnnouncedOn = announced ? D(1, 15) : null,
                BidsCloseOn = announced ? D(1, 25) : null,
                AwardedVendorId = awarded ? vendors[0].Id : null,
                AwardAmount = awarded ? amount : null,
                AwardedOn = awarded ? D(2, 1) : null,
                CancelledOn = stage == CaseStageForTest.Cancelled ? D(1, 30) : null,
                CancelReason = stage == CaseStageForTest.Cancelled ? "ไม่มีผู้เสนอราคา" : null,
                CreatedUtc = DateTime.UtcNow,
                UpdatedUtc = DateTime.UtcNow,
                Items =
                [
                    new CaseItem { LineNo = 1, Description = "เครื่องคอมพิวเตอร์", Quantity = 2, Unit = "เครื่อง", UnitPrice = Money.FromBaht(baht / 2), Total = amount },
                ],
            };
            if (announced)
            {
                c.Bids = [.. vendors.Select((v, i) => new Bid { VendorId = v.Id, SubmittedOn = D(1, 24), Price = Money.FromBaht(baht - i), IsResponsive = true, Rank = i + 1 })];
            }

            db.Add(c);
            await db.SaveChangesAsync();
            if (stage == CaseStageForTest.Contracted)
            {
                var half = Money.FromSatang(amount.Satang / 2);
                db.Add(new PurchaseContract
                {
                    CaseId = c.Id,
                    LaoId = laoId,
                    Kind = AgreementKind.Contract,
                    ContractNo = "K-" + caseNo,
                    VendorId = vendors[0].Id,
                    SignedOn = D(2, 10),
                    Amount = amount,
                    StartOn = D(2, 10),
                    DueOn = D(5, 10),
                    PenaltyBasisPointsPerDay = 10,
                    PenaltyBase = PenaltyBase.UndeliveredValue,
                    SignedBy = "executive",
                    CreatedUtc = DateTime.UtcNow,
                    Instalments =
                    [
                        new ContractInstalment
                        {
                            No = 1, Description = "งวดที่ 1", Amount = half, DueOn = D(3, 10), DeliveredOn = D(3, 15), InspectedOn = D(3, 16), Accepted = true,
                            LateDays = 5, Penalty = Money.FromSatang(half.Satang / 200), PaymentVoucherNo = "PV-" + caseNo, PaymentRequestedOn = D(3, 20),
                        },
                        new ContractInstalment { No = 2, Description = "งวดที่ 2", Amount = amount - half, DueOn = D(5, 10) },
                    ],
                });
                await db.SaveChangesAsync();
            }

            return c;
        });
    }
}
