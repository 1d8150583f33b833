using LocalGov.Data;
using LocalGov.Revenue.Domain.Signboards;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Seeding;

/// <summary>
/// The signboard tax rates of the ministerial regulation of B.E. 2563 (baht per 500 cm²; minimum 200 baht per sign).
/// Adds only the (type, moving, effective date) rows that are missing, so an administrator's correction of a seeded
/// row is never overwritten; a new regulation is a new row with its own effective date.
/// </summary>
internal sealed class SignboardRateSeeder(LocalGovDbContext db) : IReferenceDataSeeder
{
    public const string Source = "กฎกระทรวงกำหนดอัตราภาษีป้าย พ.ศ. 2563";

    public static readonly DateOnly EffectiveFrom = new(2020, 1, 1);

    public static readonly IReadOnlyList<(SignType Type, bool Moving, decimal Rate)> Rates =
    [
        (SignType.ThaiOnly, true, 10m),
        (SignType.ThaiOnly, false, 5m),
        (SignType.ThaiMixed, true, 52m),
        (SignType.ThaiMixed, false, 26m),
        (SignType.NoThaiOrThaiBelow, true, 52m),
        (SignType.NoThaiOrThaiBelow, false, 50m),
    ];

    public const decimal MinimumPerSign = 200m;

    public int Order => 300;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Set<SignboardRate>().Where(r => r.EffectiveFrom == EffectiveFrom)
            .Select(r => new { r.Type, r.Moving }).ToListAsync(cancellationToken);
        var added = false;
        foreach (var (type, moving, rate) in Rates)
        {
            if (existing.Any(e => e.Type == type && e.Moving == moving))
            {
                continue;
            }

            db.Set<SignboardRate>().Add(new SignboardRate
            {
                Type = type,
                Moving = moving,
                EffectiveFrom = EffectiveFrom,
                RatePer500Cm2 = Money.FromBaht(rate),
                MinimumPerSign = Money.FromBaht(MinimumPerSign),
                Source = Source,
            });
            added = true;
        }

        if (added)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
