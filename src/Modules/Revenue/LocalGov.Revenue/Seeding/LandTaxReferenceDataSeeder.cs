using LocalGov.Data;
using LocalGov.Revenue.Domain.LandTax;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Seeding;

/// <summary>
/// Seeds the land and building tax tables in force since tax year 2563 (Royal Decree of 2563 on the rates, kept
/// by later decrees; see docs and /shared/DOMAIN-TAX.md): progressive brackets per use with the owner-occupier
/// and individual-farmer exemptions as 0 % brackets, the vacant-land escalation, a building price table, a
/// depreciation schedule, the 90 % national relief of 2563–2564 and the payment calendar. Each table is seeded
/// only when it has no row for the seed's effective year, so an administrator's edit is never overwritten.
/// </summary>
internal sealed class LandTaxReferenceDataSeeder(LocalGovDbContext db) : IReferenceDataSeeder
{
    public const int EffectiveFrom = 2563;

    private const decimal M = 1_000_000m;

    public int Order => 310;

    /// <summary>(use, lower, upper, rate %) – the brackets of DOMAIN-TAX.md.</summary>
    public static IReadOnlyList<(TaxBucket Bucket, decimal Lower, decimal? Upper, decimal Rate)> Brackets { get; } =
    [
        (TaxBucket.Agriculture, 0, 75 * M, 0.01m),
        (TaxBucket.Agriculture, 75 * M, 100 * M, 0.03m),
        (TaxBucket.Agriculture, 100 * M, 500 * M, 0.05m),
        (TaxBucket.Agriculture, 500 * M, 1_000 * M, 0.07m),
        (TaxBucket.Agriculture, 1_000 * M, null, 0.10m),
        (TaxBucket.AgricultureIndividualFarmer, 0, 50 * M, 0m),
        (TaxBucket.AgricultureIndividualFarmer, 50 * M, 75 * M, 0.01m),
        (TaxBucket.AgricultureIndividualFarmer, 75 * M, 100 * M, 0.03m),
        (TaxBucket.AgricultureIndividualFarmer, 100 * M, 500 * M, 0.05m),
        (TaxBucket.AgricultureIndividualFarmer, 500 * M, 1_000 * M, 0.07m),
        (TaxBucket.AgricultureIndividualFarmer, 1_000 * M, null, 0.10m),
        (TaxBucket.ResidentialOwnerLandAndHouse, 0, 50 * M, 0m),
        (TaxBucket.ResidentialOwnerLandAndHouse, 50 * M, 75 * M, 0.03m),
        (TaxBucket.ResidentialOwnerLandAndHouse, 75 * M, 100 * M, 0.05m),
        (TaxBucket.ResidentialOwnerLandAndHouse, 100 * M, null, 0.10m),
        (TaxBucket.ResidentialHouseOnly, 0, 10 * M, 0m),
        (TaxBucket.ResidentialHouseOnly, 10 * M, 50 * M, 0.02m),
        (TaxBucket.ResidentialHouseOnly, 50 * M, 75 * M, 0.03m),
        (TaxBucket.ResidentialHouseOnly, 75 * M, 100 * M, 0.05m),
        (TaxBucket.ResidentialHouseOnly, 100 * M, null, 0.10m),
        (TaxBucket.ResidentialOther, 0, 50 * M, 0.02m),
        (TaxBucket.ResidentialOther, 50 * M, 75 * M, 0.03m),
        (TaxBucket.ResidentialOther, 75 * M, 100 * M, 0.05m),
        (TaxBucket.ResidentialOther, 100 * M, null, 0.10m),
        (TaxBucket.Other, 0, 50 * M, 0.3m),
        (TaxBucket.Other, 50 * M, 200 * M, 0.4m),
        (TaxBucket.Other, 200 * M, 1_000 * M, 0.5m),
        (TaxBucket.Other, 1_000 * M, 5_000 * M, 0.6m),
        (TaxBucket.Other, 5_000 * M, null, 0.7m),
        (TaxBucket.Vacant, 0, 50 * M, 0.3m),
        (TaxBucket.Vacant, 50 * M, 200 * M, 0.4m),
        (TaxBucket.Vacant, 200 * M, 1_000 * M, 0.5m),
        (TaxBucket.Vacant, 1_000 * M, 5_000 * M, 0.6m),
        (TaxBucket.Vacant, 5_000 * M, null, 0.7m),
    ];

    /// <summary>A handful of categories of the building price table (baht per m², plausible 2563–2569 figures).</summary>
    public static IReadOnlyList<(string Code, string NameTh, string NameEn, decimal Price)> BuildingTypes { get; } =
    [
        ("101", "บ้านเดี่ยว ตึก", "Detached house, masonry", 7_600m),
        ("102", "บ้านเดี่ยว ไม้", "Detached house, wood", 4_450m),
        ("103", "บ้านเดี่ยว ครึ่งตึกครึ่งไม้", "Detached house, half masonry", 6_300m),
        ("104", "ทาวน์เฮาส์ / ห้องแถว", "Townhouse / row house", 7_350m),
        ("201", "อาคารพาณิชย์ (ตึกแถว)", "Shophouse", 8_050m),
        ("202", "อาคารสำนักงาน", "Office building", 13_200m),
        ("301", "โรงงาน / คลังสินค้า", "Factory / warehouse", 5_400m),
        ("401", "โรงเรือนเกษตร / ยุ้งฉาง", "Farm building / granary", 1_900m),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await db.Set<LandTaxRateBracket>().AnyAsync(x => x.EffectiveFromYear == EffectiveFrom, cancellationToken))
        {
            db.Set<LandTaxRateBracket>().AddRange(Brackets.Select(x => new LandTaxRateBracket
            {
                Bucket = x.Bucket,
                EffectiveFromYear = EffectiveFrom,
                LowerBound = Money.FromBaht(x.Lower),
                UpperBound = x.Upper is { } upper ? Money.FromBaht(upper) : null,
                RatePercent = x.Rate,
            }));
        }

        if (!await db.Set<VacantEscalationRule>().AnyAsync(x => x.EffectiveFromYear == EffectiveFrom, cancellationToken))
        {
            db.Set<VacantEscalationRule>().Add(new VacantEscalationRule { EffectiveFromYear = EffectiveFrom, StepYears = 3, StepPercent = 0.3m, MaxTotalPercent = 3m });
        }

        if (!await db.Set<BuildingPrice>().AnyAsync(x => x.EffectiveFromYear == EffectiveFrom, cancellationToken))
        {
            db.Set<BuildingPrice>().AddRange(BuildingTypes.Select(x => new BuildingPrice
            {
                Code = x.Code,
                NameTh = x.NameTh,
                NameEn = x.NameEn,
                EffectiveFromYear = EffectiveFrom,
                PricePerSquareMetre = Money.FromBaht(x.Price),
            }));
        }

        if (!await db.Set<BuildingDepreciationStep>().AnyAsync(x => x.EffectiveFromYear == EffectiveFrom, cancellationToken))
        {
            // 2 % a year of age, at most 76 % (from 38 years).
            db.Set<BuildingDepreciationStep>().AddRange(Enumerable.Range(0, 39).Select(age => new BuildingDepreciationStep
            {
                EffectiveFromYear = EffectiveFrom,
                FromAge = age,
                Percent = Math.Min(age * 2m, 76m),
            }));
        }

        if (!await db.Set<LandTaxRelief>().AnyAsync(x => x.LaoId == null, cancellationToken))
        {
            db.Set<LandTaxRelief>().Add(new LandTaxRelief
            {
                Name = "พ.ร.ฎ. ลดภาษีที่ดินและสิ่งปลูกสร้าง ร้อยละ 90 (พ.ศ. 2563–2564)",
                FromYear = 2563,
                ToYear = 2564,
                ReductionPercent = 90m,
            });
        }

        if (!await db.Set<LandTaxCalendar>().AnyAsync(x => x.EffectiveFromYear == EffectiveFrom, cancellationToken))
        {
            db.Set<LandTaxCalendar>().Add(new LandTaxCalendar
            {
                EffectiveFromYear = EffectiveFrom,
                DueMonth = 4,
                DueDay = 30,
                InstalmentMinimum = Money.FromBaht(3_000m),
                InstalmentCount = 3,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
