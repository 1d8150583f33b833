using System.Globalization;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.LandTax;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services.LandTax;

/// <summary>
/// The benchmark's data and timing: a deterministic large municipality (about 0.4 owners per parcel; residential,
/// commercial, agricultural, vacant and mixed-use parcels, some large enough to reach the upper brackets) and the
/// assessment run as the page runs it.
/// </summary>
internal sealed class LandTaxBenchmark(LocalGovDbContext db, IOrganizationDirectory directory, LandTaxAssessmentRun run, TimeProvider clock) : ILandTaxBenchmark
{
    public const string DeedPrefix = "BM";

    public async Task<int> GenerateAsync(string laoCode, int parcels, int randomSeed, CancellationToken cancellationToken = default)
    {
        var lao = await directory.FindLaoByCodeAsync(laoCode, cancellationToken)
            ?? throw new InvalidOperationException($"No LAO with code {laoCode}.");
        if (parcels is < 1 or > 1_000_000)
        {
            throw new InvalidOperationException("--parcels must be between 1 and 1,000,000.");
        }

        if (await db.Set<Parcel>().AnyAsync(p => p.LaoId == lao.Id && p.DeedNumber.StartsWith(DeedPrefix), cancellationToken))
        {
            return 0;
        }

        var random = new Random(randomSeed);
        var now = clock.GetUtcNow().UtcDateTime;
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ownerCount = Math.Max(1, parcels * 2 / 5);
            var owners = new List<Taxpayer>(ownerCount);
            string[] first = ["สมชาย", "สมหญิง", "ประเสริฐ", "วิไล", "สุริยา", "มาลี", "อนันต์", "กาญจนา", "ธนพล", "ปราณี"];
            string[] last = ["ใจดี", "รักไทย", "ศรีสุข", "มั่นคง", "ทองดี", "บุญมา", "แก้วใส", "สุขสวัสดิ์"];
            for (var i = 0; i < ownerCount; i++)
            {
                var company = random.Next(100) < 5;
                owners.Add(new Taxpayer
                {
                    LaoId = lao.Id,
                    Kind = company ? TaxpayerKind.Company : TaxpayerKind.Person,
                    TaxId = TaxId(company ? "0" : "5", randomSeed, i),
                    Title = company ? "บริษัท " : (random.Next(2) == 0 ? "นาย" : "นาง"),
                    FirstName = company ? $"ทดสอบพัฒนา {i} จำกัด" : first[random.Next(first.Length)],
                    LastName = company ? "" : $"{last[random.Next(last.Length)]} {i}",
                    Village = random.Next(1, 13).ToString(CultureInfo.InvariantCulture),
                    Subdistrict = "นครนายก",
                    District = "เมืองนครนายก",
                    Province = "นครนายก",
                    CreatedUtc = now,
                });
            }

            db.AddRange(owners);
            await db.SaveChangesAsync(cancellationToken);

            for (var i = 0; i < parcels; i++)
            {
                var owner = owners[i < ownerCount ? i : random.Next(ownerCount)];
                db.Add(NewParcel(lao.Id, owner.Id, i, random, now));
                if ((i + 1) % 2_000 == 0)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return parcels;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    public async Task<LandTaxRunSummary> RunAssessmentAsync(string laoCode, int taxYear, CancellationToken cancellationToken = default)
    {
        var lao = await directory.FindLaoByCodeAsync(laoCode, cancellationToken)
            ?? throw new InvalidOperationException($"No LAO with code {laoCode}.");
        var r = await run.RunAsync(lao.Id, taxYear, "benchmark", cancellationToken);
        return new LandTaxRunSummary(
            r.Parcels, r.Taxpayers, r.AssessmentsCreated, r.AssessmentsChanged, r.AssessmentsUnchanged,
            r.Bills.Created, r.Bills.Updated, r.Bills.Unchanged, r.TotalTax.Satang, r.ResultHash, r.ElapsedMilliseconds);
    }

    /// <summary>A valid 13-digit id: the prefix digit, 11 digits from the seed and index, and the mod-11 check digit.</summary>
    public static string TaxId(string prefix, int seed, int index)
    {
        var body = prefix + ((Math.Abs(seed) % 1000 * 100_000_000L) + index).ToString("00000000000", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (body[i] - '0') * (13 - i);
        }

        return body + ((11 - (sum % 11)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    private static Parcel NewParcel(int laoId, int ownerId, int index, Random random, DateTime now)
    {
        var kind = random.Next(100);
        decimal area;
        decimal price;
        var parcel = new Parcel
        {
            LaoId = laoId,
            OwnerTaxpayerId = ownerId,
            DeedType = random.Next(10) < 8 ? DeedType.Chanote : DeedType.NorSor3Kor,
            DeedNumber = DeedPrefix + index.ToString("000000", CultureInfo.InvariantCulture),
            LandNumber = random.Next(1, 999).ToString(CultureInfo.InvariantCulture),
            VillageNo = random.Next(1, 13).ToString(CultureInfo.InvariantCulture),
            Subdistrict = "นครนายก",
            PriceEffectiveYear = 2566,
            CreatedUtc = now,
        };
        if (kind < 55)
        {
            area = random.Next(40, 200);
            price = random.Next(30, 250) * 100;
            parcel.Uses.Add(new ParcelUse { Kind = random.Next(10) < 6 ? UseKind.ResidentialOwnerLandAndHouse : UseKind.ResidentialOther, AreaSquareWah = area });
            parcel.Buildings.Add(Building(random.Next(3) == 0 ? "104" : "101", random.Next(60, 250), random, parcel.Uses[0].Kind));
        }
        else if (kind < 70)
        {
            area = random.Next(16, 60);
            price = random.Next(150, 600) * 100;
            parcel.Uses.Add(new ParcelUse { Kind = UseKind.Other, AreaSquareWah = area });
            parcel.Buildings.Add(Building("201", random.Next(150, 450), random, UseKind.Other));
        }
        else if (kind < 90)
        {
            area = random.Next(2, 40) * 400;
            price = random.Next(3, 20) * 100;
            parcel.Uses.Add(new ParcelUse { Kind = UseKind.Agriculture, AreaSquareWah = area, IndividualFarmer = random.Next(10) < 7 });
        }
        else if (kind < 97)
        {
            area = random.Next(1, 6) * 400;
            price = random.Next(5, 40) * 100;
            parcel.Uses.Add(new ParcelUse { Kind = UseKind.Vacant, AreaSquareWah = area, VacantSinceYear = random.Next(2550, 2570) });
        }
        else
        {
            // Mixed use, and now and then a large factory that reaches the upper commercial brackets.
            var factory = random.Next(5) == 0;
            area = factory ? random.Next(20, 120) * 400 : random.Next(40, 120);
            price = factory ? random.Next(20, 80) * 100 : random.Next(100, 400) * 100;
            var half = decimal.Floor(area / 2);
            parcel.Uses.Add(new ParcelUse { Kind = UseKind.Other, AreaSquareWah = area - half });
            parcel.Uses.Add(new ParcelUse { Kind = factory ? UseKind.Vacant : UseKind.ResidentialOwnerLandAndHouse, AreaSquareWah = half, VacantSinceYear = factory ? 2560 : null });
            var building = Building(factory ? "301" : "201", factory ? random.Next(2_000, 20_000) : 240, random, UseKind.Other);
            if (!factory)
            {
                building.Uses.Clear();
                building.Uses.Add(new BuildingUse { Kind = UseKind.Other, FloorAreaSquareMetres = 80 });
                building.Uses.Add(new BuildingUse { Kind = UseKind.ResidentialOwnerLandAndHouse, FloorAreaSquareMetres = 160 });
            }

            parcel.Buildings.Add(building);
        }

        var (rai, ngan, wah) = LandArea.FromSquareWah(area);
        parcel.Rai = rai;
        parcel.Ngan = ngan;
        parcel.SquareWah = wah;
        parcel.PricePerSquareWah = Money.FromBaht(price);
        return parcel;
    }

    private static Building Building(string type, decimal floor, Random random, UseKind use)
    {
        var building = new Building { BuildingTypeCode = type, FloorAreaSquareMetres = floor, YearBuilt = random.Next(2520, 2568) };
        building.Uses.Add(new BuildingUse { Kind = use, FloorAreaSquareMetres = floor });
        return building;
    }
}
