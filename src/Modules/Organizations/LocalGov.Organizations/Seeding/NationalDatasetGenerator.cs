using System.Globalization;
using LocalGov.Organizations.Contracts;
using LocalGov.Organizations.Domain;
using LocalGov.SharedKernel.Seeding;

namespace LocalGov.Organizations.Seeding;

/// <summary>The national synthetic dataset: new, untracked entities, LAOs ordered by province and code.</summary>
internal sealed record NationalDataset(IReadOnlyList<Province> Provinces, IReadOnlyList<District> Districts, IReadOnlyList<Lao> Laos);

/// <summary>How many LAOs of each type a dataset has.</summary>
internal sealed record LaoTypeCounts(int Pao, int Bangkok, int Pattaya, int City, int Town, int SubdistrictMunicipality, int Sao)
{
    public int Total => Pao + Bangkok + Pattaya + City + Town + SubdistrictMunicipality + Sao;

    public int Of(LaoType type) => type switch
    {
        LaoType.ProvincialAdministrativeOrganisation => Pao,
        LaoType.Bangkok => Bangkok,
        LaoType.Pattaya => Pattaya,
        LaoType.CityMunicipality => City,
        LaoType.TownMunicipality => Town,
        LaoType.SubdistrictMunicipality => SubdistrictMunicipality,
        LaoType.SubdistrictAdministrativeOrganisation => Sao,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown LAO type."),
    };
}

/// <summary>
/// Generates the national synthetic dataset for benchmarks: all 77 real provinces, their districts (the real
/// number per province; real names for Bangkok's 50 เขต, the Mueang districts, Nakhon Nayok and the districts
/// of the real cities, syllable-built names for the rest) and <see cref="NationalSeedOptions.LaoCount"/> LAOs
/// with the real mix of types. Pure: no database, no clock, no <see cref="Guid.NewGuid"/>; the same
/// <see cref="NationalSeedOptions.RandomSeed"/> gives the same output.
/// </summary>
internal static class NationalDatasetGenerator
{
    /// <summary>The real mix at 7,850 LAOs (DLA figures, rounded).</summary>
    public static LaoTypeCounts RealMix { get; } = new(Pao: 76, Bangkok: 1, Pattaya: 1, City: 30, Town: 195, SubdistrictMunicipality: 2_247, Sao: 5_300);

    /// <summary>76 PAOs + Bangkok + Pattaya: the fixed part of every dataset.</summary>
    public const int MinimumLaoCount = 78;

    /// <summary>Keeps every district below 99 LAOs of one type (the two-digit sequence of the code).</summary>
    public const int MaximumLaoCount = 40_000;

    /// <summary>Pattaya lies in บางละมุง (Bang Lamung), district 2004 of Chon Buri.</summary>
    private const int PattayaDistrictSeq = 4;

    private static readonly int RealScalable = RealMix.Total - MinimumLaoCount;

    /// <summary>
    /// Real city municipalities (เทศบาลนคร) with the district they lie in, in the order a smaller dataset takes
    /// them. Beyond this list a larger dataset adds synthetic ones.
    /// </summary>
    private static readonly (string Province, int DistrictSeq, string Th, string En)[] RealCities =
    [
        ("50", 1, "เชียงใหม่", "Chiang Mai"),
        ("40", 1, "ขอนแก่น", "Khon Kaen"),
        ("30", 1, "นครราชสีมา", "Nakhon Ratchasima"),
        ("41", 1, "อุดรธานี", "Udon Thani"),
        ("90", 11, "หาดใหญ่", "Hat Yai"),
        ("80", 1, "นครศรีธรรมราช", "Nakhon Si Thammarat"),
        ("12", 1, "นนทบุรี", "Nonthaburi"),
        ("12", 6, "ปากเกร็ด", "Pak Kret"),
        ("34", 1, "อุบลราชธานี", "Ubon Ratchathani"),
        ("65", 1, "พิษณุโลก", "Phitsanulok"),
        ("60", 1, "นครสวรรค์", "Nakhon Sawan"),
        ("57", 1, "เชียงราย", "Chiang Rai"),
        ("52", 1, "ลำปาง", "Lampang"),
        ("83", 1, "ภูเก็ต", "Phuket"),
        ("84", 1, "สุราษฎร์ธานี", "Surat Thani"),
        ("90", 1, "สงขลา", "Songkhla"),
        ("21", 1, "ระยอง", "Rayong"),
        ("13", 3, "รังสิต", "Rangsit"),
        ("14", 1, "พระนครศรีอยุธยา", "Phra Nakhon Si Ayutthaya"),
        ("11", 1, "สมุทรปราการ", "Samut Prakan"),
        ("74", 1, "สมุทรสาคร", "Samut Sakhon"),
        ("73", 1, "นครปฐม", "Nakhon Pathom"),
        ("20", 7, "แหลมฉบัง", "Laem Chabang"),
        ("20", 7, "เจ้าพระยาสุรศักดิ์", "Chao Phraya Surasak"),
        ("74", 2, "อ้อมน้อย", "Om Noi"),
        ("47", 1, "สกลนคร", "Sakon Nakhon"),
        ("92", 1, "ตรัง", "Trang"),
        ("95", 1, "ยะลา", "Yala"),
        ("84", 4, "เกาะสมุย", "Ko Samui"),
        ("63", 6, "แม่สอด", "Mae Sot"),
    ];

    /// <summary>Real names of districts the generator places real organisations in (official codes).</summary>
    private static readonly Dictionary<int, PlaceName> KnownDistricts = new()
    {
        [1206] = new("ปากเกร็ด", "Pak Kret"),
        [1303] = new("ธัญบุรี", "Thanyaburi"),
        [1401] = new("พระนครศรีอยุธยา", "Phra Nakhon Si Ayutthaya"),
        [2004] = new("บางละมุง", "Bang Lamung"),
        [2007] = new("ศรีราชา", "Si Racha"),
        [6306] = new("แม่สอด", "Mae Sot"),
        [7402] = new("กระทุ่มแบน", "Krathum Baen"),
        [8404] = new("เกาะสมุย", "Ko Samui"),
        [9011] = new("หาดใหญ่", "Hat Yai"),
    };

    /// <summary>
    /// The counts by type for <paramref name="laoCount"/> LAOs: PAO, Bangkok and Pattaya fixed; the other types
    /// scaled from the real mix (each at least one when there is room), SAOs taking the remainder.
    /// </summary>
    public static LaoTypeCounts CountsFor(int laoCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(laoCount, MinimumLaoCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(laoCount, MaximumLaoCount);
        var rest = laoCount - MinimumLaoCount;
        int Scale(int real)
        {
            var scaled = (int)Math.Round((double)real * rest / RealScalable, MidpointRounding.AwayFromZero);
            return rest >= 4 ? Math.Max(1, scaled) : scaled;
        }

        var city = Scale(RealMix.City);
        var town = Scale(RealMix.Town);
        var subdistrict = Scale(RealMix.SubdistrictMunicipality);
        return new LaoTypeCounts(RealMix.Pao, 1, 1, city, town, subdistrict, rest - city - town - subdistrict);
    }

    public static NationalDataset Generate(NationalSeedOptions options)
    {
        var counts = CountsFor(options.LaoCount);
        var rng = new Random(options.RandomSeed);
        var provinces = ProvinceCatalog.CreateProvinces();
        var slots = CreateDistricts(rng);
        var local = slots.Where(s => s.Province.Code != ProvinceCatalog.BangkokCode).ToList();
        var laos = new List<Lao>(counts.Total);

        laos.Add(CreateBangkok(rng));
        laos.Add(CreatePattaya(rng, Slot(slots, ProvinceCatalog.ChonBuriCode, PattayaDistrictSeq)));
        AddCities(rng, counts.City, slots, local, laos);
        AddTowns(rng, counts.Town, local, laos);
        AddSubdistrictMunicipalities(rng, counts.SubdistrictMunicipality, local, laos);
        AddSaos(rng, counts.Sao, local, laos);
        AddPaos(rng, counts, laos);

        laos.Sort((a, b) => a.ProvinceId != b.ProvinceId ? a.ProvinceId.CompareTo(b.ProvinceId) : string.CompareOrdinal(a.Code, b.Code));
        return new NationalDataset(provinces, slots.ConvertAll(s => s.District), laos);
    }

    private static List<DistrictSlot> CreateDistricts(Random rng)
    {
        var slots = new List<DistrictSlot>(928);
        foreach (var province in ProvinceCatalog.All)
        {
            var usedNames = new HashSet<string>(StringComparer.Ordinal);
            for (var seq = 1; seq <= province.DistrictCount; seq++)
            {
                var id = (province.Id * 100) + seq;
                var name = province.Code switch
                {
                    ProvinceCatalog.BangkokCode => ToPlace(ProvinceCatalog.BangkokDistricts[seq - 1]),
                    DemoOrganizations.DemoProvinceCode => ToPlace(DemoOrganizations.Districts[seq - 1]),
                    _ when KnownDistricts.TryGetValue(id, out var known) => known,
                    _ when seq == 1 => new PlaceName("เมือง" + province.NameTh, "Mueang " + province.NameEn),
                    _ => ThaiPlaceNames.NextUnique(rng, usedNames),
                };
                usedNames.Add(name.Th);
                var district = new District
                {
                    Id = id,
                    Code = id.ToString(CultureInfo.InvariantCulture),
                    ProvinceId = province.Id,
                    NameTh = name.Th,
                    NameEn = name.En,
                };
                slots.Add(new DistrictSlot(province, district, seq, name));
            }
        }

        return slots;
    }

    private static PlaceName ToPlace((string NameTh, string NameEn) name) => new(name.NameTh, name.NameEn);

    private static PlaceName ToPlace((int Seq, string NameTh, string NameEn) name) => new(name.NameTh, name.NameEn);

    private static DistrictSlot Slot(List<DistrictSlot> slots, string provinceCode, int seq) =>
        slots.First(s => s.Province.Code == provinceCode && s.Seq == seq);

    private static Lao CreateBangkok(Random rng)
    {
        var bangkok = ProvinceCatalog.Get(ProvinceCatalog.BangkokCode);
        return new Lao
        {
            Code = LaoCode.Create(LaoType.Bangkok, bangkok.Code, 0, 1),
            NameTh = LaoNaming.BangkokTh,
            NameEn = LaoNaming.BangkokEn,
            Type = LaoType.Bangkok,
            ProvinceId = bangkok.Id,
            DistrictId = null,
            Population = rng.Next(5_450_000, 5_550_001),
            AreaSquareKm = 1_568.74m,
            CouncilSize = LaoNaming.BangkokCouncilSize,
            ConcurrencyStamp = NewStamp(rng),
        };
    }

    private static Lao CreatePattaya(Random rng, DistrictSlot slot)
    {
        slot.UsedNames.Add("พัทยา");
        return NewLao(
            rng,
            LaoType.Pattaya,
            slot,
            new PlaceName(LaoNaming.PattayaTh, LaoNaming.PattayaEn),
            population: rng.Next(110_000, 125_001),
            area: 208.10m, // land and sea within the city limits
            councilSize: LaoNaming.PattayaCouncilSize);
    }

    private static void AddCities(Random rng, int count, List<DistrictSlot> slots, List<DistrictSlot> local, List<Lao> laos)
    {
        for (var i = 0; i < count; i++)
        {
            DistrictSlot slot;
            PlaceName place;
            if (i < RealCities.Length)
            {
                var city = RealCities[i];
                slot = Slot(slots, city.Province, city.DistrictSeq);
                place = new PlaceName(city.Th, city.En);
                slot.UsedNames.Add(place.Th);
            }
            else
            {
                slot = local[rng.Next(local.Count)];
                place = ThaiPlaceNames.NextUnique(rng, slot.UsedNames);
            }

            slot.HasCity = true;
            laos.Add(NewLao(
                rng, LaoType.CityMunicipality, slot, place, Skewed(rng, 50_000, 300_000, 2.2), SkewedArea(rng, 10, 230, 2.0),
                LaoNaming.MunicipalCouncilSize(LaoType.CityMunicipality)));
        }
    }

    /// <summary>First the provincial capitals that are not city municipalities (เทศบาลเมือง + province), then synthetic towns.</summary>
    private static void AddTowns(Random rng, int count, List<DistrictSlot> local, List<Lao> laos)
    {
        var capitals = local.Where(s => s.Seq == 1 && !s.HasCity).ToList();
        for (var i = 0; i < count; i++)
        {
            DistrictSlot slot;
            PlaceName place;
            if (i < capitals.Count)
            {
                slot = capitals[i];
                place = new PlaceName(slot.Province.NameTh, slot.Province.NameEn);
                slot.UsedNames.Add(place.Th);
            }
            else
            {
                slot = local[rng.Next(local.Count)];
                place = NameAfterDistrictOrNew(rng, slot);
            }

            laos.Add(NewLao(
                rng, LaoType.TownMunicipality, slot, place, Skewed(rng, 10_000, 60_000, 1.6), SkewedArea(rng, 3, 80, 1.5),
                LaoNaming.MunicipalCouncilSize(LaoType.TownMunicipality)));
        }
    }

    private static void AddSubdistrictMunicipalities(Random rng, int count, List<DistrictSlot> local, List<Lao> laos)
    {
        // Municipalities gather around district seats; the Mueang district has more of them.
        var perDistrict = Apportion(count, local.Select(s => 0.5 + rng.NextDouble() + (s.Seq == 1 ? 0.5 : 0)).ToArray());
        for (var d = 0; d < local.Count; d++)
        {
            var slot = local[d];
            for (var k = 0; k < perDistrict[d]; k++)
            {
                laos.Add(NewLao(
                    rng, LaoType.SubdistrictMunicipality, slot, NameAfterDistrictOrNew(rng, slot),
                    Skewed(rng, 3_000, 20_000, 1.8), SkewedArea(rng, 1.5, 120, 1.8),
                    LaoNaming.MunicipalCouncilSize(LaoType.SubdistrictMunicipality)));
            }
        }
    }

    private static void AddSaos(Random rng, int count, List<DistrictSlot> local, List<Lao> laos)
    {
        var perDistrict = Apportion(count, local.Select(_ => 0.5 + rng.NextDouble()).ToArray());
        for (var d = 0; d < local.Count; d++)
        {
            var slot = local[d];
            for (var k = 0; k < perDistrict[d]; k++)
            {
                var place = ThaiPlaceNames.NextUnique(rng, slot.UsedNames);
                var villages = rng.Next(3, 13);
                laos.Add(NewLao(
                    rng, LaoType.SubdistrictAdministrativeOrganisation, slot, place,
                    Skewed(rng, 2_000, 15_000, 1.8), SkewedArea(rng, 10, 250, 2.2), LaoNaming.SaoCouncilSize(villages)));
            }
        }
    }

    /// <summary>
    /// One PAO per province outside Bangkok. At full scale it covers the population and area of the province's
    /// other LAOs; a smaller dataset has too few LAOs for that, so the PAO gets a province-sized figure instead.
    /// </summary>
    private static void AddPaos(Random rng, LaoTypeCounts counts, List<Lao> laos)
    {
        var fullScale = counts.Total >= RealMix.Total;
        var byProvince = laos.GroupBy(l => l.ProvinceId).ToDictionary(
            g => g.Key, g => (Population: g.Sum(l => (long)l.Population), Area: g.Sum(l => l.AreaSquareKm)));
        foreach (var province in ProvinceCatalog.All.Where(p => p.Code != ProvinceCatalog.BangkokCode))
        {
            var (population, area) = byProvince.GetValueOrDefault(province.Id);
            var paoPopulation = fullScale && population > 0 ? (int)population : Skewed(rng, 180_000, 2_600_000, 2.0);
            var paoArea = fullScale && area > 0 ? area : SkewedArea(rng, 400, 20_000, 1.6);
            var pao = province.NewPao(paoPopulation, paoArea);
            pao.ConcurrencyStamp = NewStamp(rng);
            laos.Add(pao);
        }
    }

    /// <summary>The district's own name for its first municipality (the district seat), else a new name.</summary>
    private static PlaceName NameAfterDistrictOrNew(Random rng, DistrictSlot slot) =>
        slot.Seq != 1 && slot.UsedNames.Add(slot.Name.Th) ? slot.Name : ThaiPlaceNames.NextUnique(rng, slot.UsedNames);

    private static Lao NewLao(Random rng, LaoType type, DistrictSlot slot, PlaceName place, int population, decimal area, int councilSize) => new()
    {
        Code = LaoCode.Create(type, slot.Province.Code, slot.Seq, slot.NextSequence(type)),
        NameTh = LaoNaming.NameTh(type, place.Th),
        NameEn = LaoNaming.NameEn(type, place.En),
        Type = type,
        ProvinceId = slot.Province.Id,
        DistrictId = slot.District.Id,
        Population = population,
        AreaSquareKm = area,
        CouncilSize = councilSize,
        ConcurrencyStamp = NewStamp(rng),
    };

    /// <summary>Largest-remainder apportionment of <paramref name="total"/> by <paramref name="weights"/>; ties by index.</summary>
    private static int[] Apportion(int total, double[] weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => total * w / sum).ToArray();
        var result = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var remaining = total - result.Sum();
        var byRemainder = Enumerable.Range(0, weights.Length).OrderByDescending(i => exact[i] - result[i]).ThenBy(i => i);
        foreach (var i in byRemainder.Take(remaining))
        {
            result[i]++;
        }

        return result;
    }

    /// <summary>A value in [min, max], skewed towards min for power &gt; 1 (many small LAOs, few large).</summary>
    private static int Skewed(Random rng, int min, int max, double power) =>
        min + (int)Math.Round((max - min) * Math.Pow(rng.NextDouble(), power));

    private static decimal SkewedArea(Random rng, double min, double max, double power) =>
        Math.Round((decimal)(min + ((max - min) * Math.Pow(rng.NextDouble(), power))), 2);

    /// <summary>A concurrency stamp drawn from the seeded generator, so that the output is fully deterministic.</summary>
    private static Guid NewStamp(Random rng)
    {
        Span<byte> bytes = stackalloc byte[16];
        rng.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>A district while it is being filled: its names in use and the next sequence number per type.</summary>
    private sealed class DistrictSlot(ProvinceInfo province, District district, int seq, PlaceName name)
    {
        private readonly Dictionary<LaoType, int> _sequences = [];

        public ProvinceInfo Province { get; } = province;

        public District District { get; } = district;

        /// <summary>The district's sequence within its province (2604 → 4).</summary>
        public int Seq { get; } = seq;

        public PlaceName Name { get; } = name;

        /// <summary>Thai place names already given to an LAO here (membership tests only; never enumerated).</summary>
        public HashSet<string> UsedNames { get; } = new(StringComparer.Ordinal);

        public bool HasCity { get; set; }

        public int NextSequence(LaoType type)
        {
            var next = _sequences.GetValueOrDefault(type) + 1;
            if (next > 99)
            {
                throw new InvalidOperationException($"District {District.Code} would get more than 99 LAOs of type {type}.");
            }

            _sequences[type] = next;
            return next;
        }
    }
}
