using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.LandTax;
using LocalGov.Revenue.Services.LandTax;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Seeding;

/// <summary>
/// Demo parcels of the demo LAO (เทศบาลเมืองนครนายก): a house of its owner, a rented townhouse, a shophouse with a
/// flat above, a farmer's rice field, land left vacant since 2560 and a factory; owned by the first taxpayers of
/// the register (the taxpayers seeder, order 300), or by a few created here when the register is empty. Then runs
/// the assessment of the current tax year, so the assessment pages and bills have data. Skips when the LAO has
/// parcels already.
/// </summary>
internal sealed class LandTaxDemoSeeder(
    LocalGovDbContext db,
    IOrganizationDirectory directory,
    LandTaxAssessmentRun run,
    TimeProvider clock) : IDemoSeeder
{
    public int Order => 310;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode, cancellationToken);
        if (lao is null || await db.Set<Parcel>().AnyAsync(p => p.LaoId == lao.Id, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var owners = await db.Set<Taxpayer>().Where(t => t.LaoId == lao.Id && t.MergedIntoId == null).OrderBy(t => t.Id).Take(5).ToListAsync(cancellationToken);
        (string Title, string First, string Last)[] names =
        [
            ("นาย", "สมชาย", "ใจดี"), ("นาง", "มาลี", "ศรีสุข"), ("นาย", "ประเสริฐ", "ทองดี"), ("นางสาว", "วิไล", "บุญมา"), ("บริษัท ", "นครนายกอุตสาหกรรม จำกัด", ""),
        ];
        for (var i = owners.Count; i < names.Length; i++)
        {
            var company = names[i].Last.Length == 0;
            var taxpayer = new Taxpayer
            {
                LaoId = lao.Id,
                Kind = company ? TaxpayerKind.Company : TaxpayerKind.Person,
                TaxId = LandTaxBenchmark.TaxId(company ? "0" : "3", 310, i),
                Title = names[i].Title,
                FirstName = names[i].First,
                LastName = names[i].Last,
                HouseNumber = (10 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Village = "1",
                Subdistrict = "นครนายก",
                District = "เมืองนครนายก",
                Province = "นครนายก",
                PostalCode = "26000",
                CreatedUtc = now,
            };
            db.Add(taxpayer);
            owners.Add(taxpayer);
        }

        await db.SaveChangesAsync(cancellationToken);

        Parcel P(int owner, string deed, int rai, int ngan, decimal wah, decimal price, params (UseKind Kind, decimal Area, int? Since, bool Farmer)[] uses)
        {
            var parcel = new Parcel
            {
                LaoId = lao.Id,
                OwnerTaxpayerId = owners[owner].Id,
                DeedType = DeedType.Chanote,
                DeedNumber = deed,
                LandNumber = deed[^3..],
                Rai = rai,
                Ngan = ngan,
                SquareWah = wah,
                VillageNo = "1",
                Subdistrict = "นครนายก",
                PricePerSquareWah = Money.FromBaht(price),
                PriceEffectiveYear = 2566,
                CreatedUtc = now,
            };
            parcel.Uses.AddRange(uses.Select(u => new ParcelUse { Kind = u.Kind, AreaSquareWah = u.Area, VacantSinceYear = u.Since, IndividualFarmer = u.Farmer }));
            return parcel;
        }

        static Building B(string type, decimal floor, int built, params (UseKind Kind, decimal Area)[] uses)
        {
            var building = new Building { BuildingTypeCode = type, FloorAreaSquareMetres = floor, YearBuilt = built };
            building.Uses.AddRange(uses.Select(u => new BuildingUse { Kind = u.Kind, FloorAreaSquareMetres = u.Area }));
            return building;
        }

        var house = P(0, "10231", 0, 1, 20m, 12_000m, (UseKind.ResidentialOwnerLandAndHouse, 120m, null, false));
        house.Buildings.Add(B("101", 180m, 2548, (UseKind.ResidentialOwnerLandAndHouse, 180m)));
        var rented = P(1, "10232", 0, 0, 24m, 15_000m, (UseKind.ResidentialOther, 24m, null, false));
        rented.Buildings.Add(B("104", 96m, 2555, (UseKind.ResidentialOther, 96m)));
        var shop = P(2, "10233", 0, 0, 20m, 45_000m, (UseKind.Other, 20m, null, false));
        shop.Buildings.Add(B("201", 240m, 2550, (UseKind.Other, 80m), (UseKind.ResidentialOwnerLandAndHouse, 160m)));
        var field = P(3, "20451", 15, 2, 0m, 600m, (UseKind.Agriculture, 6_200m, null, true));
        var vacant = P(1, "20452", 2, 0, 0m, 2_500m, (UseKind.Vacant, 800m, 2560, false));
        var factory = P(4, "30011", 12, 0, 0m, 3_500m, (UseKind.Other, 4_000m, null, false), (UseKind.Vacant, 800m, 2563, false));
        factory.Buildings.Add(B("301", 6_000m, 2545, (UseKind.Other, 6_000m)));
        db.AddRange(house, rented, shop, field, vacant, factory);
        await db.SaveChangesAsync(cancellationToken);

        var taxYear = ThaiDate.ToThailandTime(now).Year + ThaiDate.BuddhistEraOffset;
        await run.RunAsync(lao.Id, taxYear, "system", cancellationToken);
    }
}
