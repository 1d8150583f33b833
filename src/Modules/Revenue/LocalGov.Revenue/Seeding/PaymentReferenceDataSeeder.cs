using LocalGov.Data;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain.Payments;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Seeding;

/// <summary>
/// The arrears rates in force (DOMAIN-TAX.md; *confirm* against the Acts): adds a row for each kind and effective
/// date that is missing, never changes an existing row (an administrator may have corrected it).
/// </summary>
internal sealed class PaymentReferenceDataSeeder(LocalGovDbContext db) : IReferenceDataSeeder
{
    public int Order => 330;

    /// <summary>The rows this version knows; a change in the law is a new row with a later effective date.</summary>
    public static IReadOnlyList<ArrearsRate> Rates { get; } =
    [
        // Land and building tax, Act B.E. 2562 (tax year 2563 = 2020 onwards): surcharge 40 % of the unpaid tax,
        // 10 % when paid before a warning letter (taken as within 30 days of the due date), 20 % when paid within
        // the warning period (the next 30 days); interest 1 % a month or part of a month, at most the tax.
        new()
        {
            Kind = RevenueKind.LandAndBuildingTax, EffectiveFrom = new DateOnly(2020, 1, 1),
            SurchargeBasisPoints = 4000, ReducedSurchargeBasisPoints = 1000, ReducedDays = 30, WarningSurchargeBasisPoints = 2000, WarningDays = 30,
            InterestBasisPointsPerMonth = 100, InterestCapBasisPoints = 10000,
            Source = "พ.ร.บ.ภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 (เบี้ยปรับ เงินเพิ่ม)",
        },

        // Signboard tax, Act B.E. 2510: 2 % a month (or part) for late payment, no cap; the 10 % surcharge is for a
        // late filing and belongs to the assessment.
        new()
        {
            Kind = RevenueKind.SignboardTax, EffectiveFrom = new DateOnly(2020, 1, 1),
            InterestBasisPointsPerMonth = 200, LateFilingSurchargeBasisPoints = 1000,
            Source = "พ.ร.บ.ภาษีป้าย พ.ศ. 2510 (เงินเพิ่ม)",
        },

        // Fees and licences: no surcharge or interest unless an LAO regulation says so (an administrator adds a row).
        new()
        {
            Kind = RevenueKind.Fee, EffectiveFrom = new DateOnly(2020, 1, 1),
            Source = "ค่าธรรมเนียม: ไม่มีเบี้ยปรับหรือเงินเพิ่ม เว้นแต่ข้อบัญญัติกำหนด",
        },
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Set<ArrearsRate>().AsNoTracking().Select(r => new { r.Kind, r.EffectiveFrom }).ToListAsync(cancellationToken);
        var added = false;
        foreach (var rate in Rates)
        {
            if (existing.Any(e => e.Kind == rate.Kind && e.EffectiveFrom == rate.EffectiveFrom))
            {
                continue;
            }

            db.Set<ArrearsRate>().Add(new ArrearsRate
            {
                Kind = rate.Kind,
                EffectiveFrom = rate.EffectiveFrom,
                SurchargeBasisPoints = rate.SurchargeBasisPoints,
                ReducedSurchargeBasisPoints = rate.ReducedSurchargeBasisPoints,
                ReducedDays = rate.ReducedDays,
                WarningSurchargeBasisPoints = rate.WarningSurchargeBasisPoints,
                WarningDays = rate.WarningDays,
                InterestBasisPointsPerMonth = rate.InterestBasisPointsPerMonth,
                InterestCapBasisPoints = rate.InterestCapBasisPoints,
                LateFilingSurchargeBasisPoints = rate.LateFilingSurchargeBasisPoints,
                Source = rate.Source,
            });
            added = true;
        }

        if (added)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
