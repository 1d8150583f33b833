using LocalGov.Data;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Procurement.Seeding;

/// <summary>
/// Seeds the method thresholds and value limits in force since the Public Procurement Act B.E. 2560 took effect
/// (23 August 2017). Idempotent: a table that has any row is left alone, so an administrator's edit or a newer row
/// is never overwritten. The values follow DOMAIN.md; the ministerial regulation's figures are marked to confirm there.
/// </summary>
internal sealed class MethodRuleSeeder(LocalGovDbContext db) : IReferenceDataSeeder
{
    public static readonly DateOnly EffectiveFrom = new(2017, 8, 23);

    private const string Regulation = "ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560";
    private const string Ministerial = "กฎกระทรวงกำหนดวงเงินการจัดซื้อจัดจ้างพัสดุโดยวิธีเฉพาะเจาะจง ... พ.ศ. 2560";
    private const string Act = "พ.ร.บ.การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 มาตรา 56";

    private static readonly Money FiveHundredThousand = Money.FromBaht(500_000m);
    private static readonly Money FiveMillion = Money.FromBaht(5_000_000m);
    private static readonly Money OneHundredThousand = Money.FromBaht(100_000m);

    internal static IEnumerable<MethodRule> Rules() =>
    [
        Rule(ProcurementMethod.Specific, Money.Zero, FiveHundredThousand, CatalogueCondition.Any, false, Ministerial),
        Rule(ProcurementMethod.Specific, FiveHundredThousand, null, CatalogueCondition.Any, true, Act + " (2)"),
        Rule(ProcurementMethod.EMarket, FiveHundredThousand, FiveMillion, CatalogueCondition.CatalogueOnly, false, Regulation + " ข้อ 32"),
        Rule(ProcurementMethod.EBidding, FiveHundredThousand, null, CatalogueCondition.NotInCatalogue, false, Regulation + " ข้อ 43"),
        Rule(ProcurementMethod.EBidding, FiveMillion, null, CatalogueCondition.CatalogueOnly, false, Regulation + " ข้อ 32"),
        Rule(ProcurementMethod.PriceQuotation, FiveHundredThousand, FiveMillion, CatalogueCondition.Any, true, Regulation + " ข้อ 55"),
        Rule(ProcurementMethod.Selection, Money.Zero, null, CatalogueCondition.Any, true, Act + " (1)"),
    ];

    internal static IEnumerable<ProcurementLimit> Limits() =>
    [
        new() { Kind = LimitKind.WrittenContractAbove, Amount = OneHundredThousand, EffectiveFrom = EffectiveFrom, Source = Regulation + " ข้อ 162, 175" },
        new() { Kind = LimitKind.InspectionCommitteeAbove, Amount = OneHundredThousand, EffectiveFrom = EffectiveFrom, Source = Regulation + " ข้อ 26" },
        new() { Kind = LimitKind.PublishReferencePriceAbove, Amount = FiveHundredThousand, EffectiveFrom = EffectiveFrom, Source = "หนังสือกรมบัญชีกลาง ว 116 ลงวันที่ 5 เมษายน 2561" },
    ];

    public int Order => 500;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await db.Set<MethodRule>().AnyAsync(cancellationToken))
        {
            db.Set<MethodRule>().AddRange(Rules());
        }

        if (!await db.Set<ProcurementLimit>().AnyAsync(cancellationToken))
        {
            db.Set<ProcurementLimit>().AddRange(Limits());
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static MethodRule Rule(ProcurementMethod method, Money above, Money? upTo, CatalogueCondition catalogue, bool reason, string source) =>
        new() { Method = method, AboveAmount = above, UpToAmount = upTo, Catalogue = catalogue, RequiresReason = reason, EffectiveFrom = EffectiveFrom, Source = source };
}
