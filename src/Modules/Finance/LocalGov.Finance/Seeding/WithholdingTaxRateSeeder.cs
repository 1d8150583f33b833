using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Seeding;

/// <summary>
/// Seeds the withholding tax rates of government payers (Revenue Department order ท.ป.4/2528 as LAOs apply it).
/// Idempotent: adds an income type's row only when the type has no row at all, so an administrator's edit or a
/// newer row is never overwritten. The values must be confirmed against the current order (Domain/README.md).
/// </summary>
internal sealed class WithholdingTaxRateSeeder(LocalGovDbContext db) : IReferenceDataSeeder
{
    /// <summary>From the first fiscal year of the seeded chart of accounts (FY 2561).</summary>
    public static readonly DateOnly EffectiveFrom = new(2017, 10, 1);

    public static readonly Money Threshold = Money.FromBaht(10_000m);

    private const string Order4 = "คำสั่งกรมสรรพากร ที่ ท.ป.4/2528";

    internal static readonly (string Code, string Th, string En, int BasisPoints)[] Rates =
    [
        ("GOODS", "ซื้อสินค้า", "Purchase of goods", 100),
        ("HIRE", "จ้างทำของ", "Hire of work", 100),
        ("SERVICE", "ค่าบริการ", "Services", 100),
        ("TRANSPORT", "ค่าขนส่ง", "Transport", 100),
        ("ADVERTISING", "ค่าโฆษณา", "Advertising", 200),
        ("PROFESSIONAL", "ค่าวิชาชีพอิสระ", "Professional fees", 300),
        ("RENT", "ค่าเช่า", "Rent", 500),
        ("PRIZE", "ค่ารางวัล", "Prizes", 500),
        (IncomeTypes.None, "ไม่หักภาษี ณ ที่จ่าย", "No withholding", 0),
    ];

    public int Order => 420;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Set<WithholdingTaxRate>().Select(r => r.IncomeTypeCode).Distinct().ToListAsync(cancellationToken);
        var order = 0;
        foreach (var (code, th, en, basisPoints) in Rates)
        {
            order += 10;
            if (existing.Contains(code))
            {
                continue;
            }

            db.Set<WithholdingTaxRate>().Add(new WithholdingTaxRate
            {
                IncomeTypeCode = code,
                NameTh = th,
                NameEn = en,
                RateBasisPoints = basisPoints,
                MinimumPayment = basisPoints == 0 ? Money.Zero : Threshold,
                EffectiveFrom = EffectiveFrom,
                Source = Order4,
                SortOrder = order,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
