using System.Globalization;
using LocalGov.Organizations.Contracts;
using LocalGov.Organizations.Domain;

namespace LocalGov.Organizations.Seeding;

/// <summary>One province of the catalogue.</summary>
/// <param name="Code">Official two-digit code (Ministry of Interior / TIS 1099), 10 = Bangkok.</param>
/// <param name="NameTh">Thai name.</param>
/// <param name="NameEn">Usual English name (RTGS).</param>
/// <param name="Region">Region in the six-region geographic scheme.</param>
/// <param name="DistrictCount">Number of districts (อำเภอ; เขต in Bangkok).</param>
internal sealed record ProvinceInfo(string Code, string NameTh, string NameEn, Region Region, int DistrictCount)
{
    /// <summary>The province's key: its official code as a number.</summary>
    public int Id => int.Parse(Code, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The province's PAO (อบจ.): it covers the whole province, so it has no district.</summary>
    public Lao NewPao(int population, decimal areaSquareKm) => new()
    {
        Code = LaoCode.Create(LaoType.ProvincialAdministrativeOrganisation, Code, 0, 1),
        NameTh = LaoNaming.NameTh(LaoType.ProvincialAdministrativeOrganisation, NameTh),
        NameEn = LaoNaming.NameEn(LaoType.ProvincialAdministrativeOrganisation, NameEn),
        Type = LaoType.ProvincialAdministrativeOrganisation,
        ProvinceId = Id,
        DistrictId = null,
        Population = population,
        AreaSquareKm = areaSquareKm,
        CouncilSize = LaoNaming.PaoCouncilSize(population),
    };

    public Province ToEntity() => new()
    {
        Id = Id,
        Code = Code,
        NameTh = NameTh,
        NameEn = NameEn,
        Region = Region,
    };
}

/// <summary>
/// The 77 provinces (76 จังหวัด + กรุงเทพมหานคร) with their official two-digit codes, the six-region scheme of
/// the National Geographical Committee (North 9, Northeast 20, Central 22 incl. Bangkok, East 7, West 5,
/// South 14) and the number of districts of each (878 อำเภอ + 50 เขต of Bangkok = 928).
/// </summary>
internal static class ProvinceCatalog
{
    public const string BangkokCode = "10";
    public const string ChonBuriCode = "20";
    public const string BuengKanCode = "38";

    public static IReadOnlyList<ProvinceInfo> All { get; } =
    [
        new("10", "กรุงเทพมหานคร", "Bangkok", Region.Central, 50),
        new("11", "สมุทรปราการ", "Samut Prakan", Region.Central, 6),
        new("12", "นนทบุรี", "Nonthaburi", Region.Central, 6),
        new("13", "ปทุมธานี", "Pathum Thani", Region.Central, 7),
        new("14", "พระนครศรีอยุธยา", "Phra Nakhon Si Ayutthaya", Region.Central, 16),
        new("15", "อ่างทอง", "Ang Thong", Region.Central, 7),
        new("16", "ลพบุรี", "Lop Buri", Region.Central, 11),
        new("17", "สิงห์บุรี", "Sing Buri", Region.Central, 6),
        new("18", "ชัยนาท", "Chai Nat", Region.Central, 8),
        new("19", "สระบุรี", "Saraburi", Region.Central, 13),
        new("20", "ชลบุรี", "Chon Buri", Region.East, 11),
        new("21", "ระยอง", "Rayong", Region.East, 8),
        new("22", "จันทบุรี", "Chanthaburi", Region.East, 10),
        new("23", "ตราด", "Trat", Region.East, 7),
        new("24", "ฉะเชิงเทรา", "Chachoengsao", Region.East, 11),
        new("25", "ปราจีนบุรี", "Prachin Buri", Region.East, 7),
        new("26", "นครนายก", "Nakhon Nayok", Region.Central, 4),
        new("27", "สระแก้ว", "Sa Kaeo", Region.East, 9),
        new("30", "นครราชสีมา", "Nakhon Ratchasima", Region.Northeast, 32),
        new("31", "บุรีรัมย์", "Buri Ram", Region.Northeast, 23),
        new("32", "สุรินทร์", "Surin", Region.Northeast, 17),
        new("33", "ศรีสะเกษ", "Si Sa Ket", Region.Northeast, 22),
        new("34", "อุบลราชธานี", "Ubon Ratchathani", Region.Northeast, 25),
        new("35", "ยโสธร", "Yasothon", Region.Northeast, 9),
        new("36", "ชัยภูมิ", "Chaiyaphum", Region.Northeast, 16),
        new("37", "อำนาจเจริญ", "Amnat Charoen", Region.Northeast, 7),
        new("38", "บึงกาฬ", "Bueng Kan", Region.Northeast, 8),
        new("39", "หนองบัวลำภู", "Nong Bua Lam Phu", Region.Northeast, 6),
        new("40", "ขอนแก่น", "Khon Kaen", Region.Northeast, 26),
        new("41", "อุดรธานี", "Udon Thani", Region.Northeast, 20),
        new("42", "เลย", "Loei", Region.Northeast, 14),
        new("43", "หนองคาย", "Nong Khai", Region.Northeast, 9),
        new("44", "มหาสารคาม", "Maha Sarakham", Region.Northeast, 13),
        new("45", "ร้อยเอ็ด", "Roi Et", Region.Northeast, 20),
        new("46", "กาฬสินธุ์", "Kalasin", Region.Northeast, 18),
        new("47", "สกลนคร", "Sakon Nakhon", Region.Northeast, 18),
        new("48", "นครพนม", "Nakhon Phanom", Region.Northeast, 12),
        new("49", "มุกดาหาร", "Mukdahan", Region.Northeast, 7),
        new("50", "เชียงใหม่", "Chiang Mai", Region.North, 25),
        new("51", "ลำพูน", "Lamphun", Region.North, 8),
        new("52", "ลำปาง", "Lampang", Region.North, 13),
        new("53", "อุตรดิตถ์", "Uttaradit", Region.North, 9),
        new("54", "แพร่", "Phrae", Region.North, 8),
        new("55", "น่าน", "Nan", Region.North, 15),
        new("56", "พะเยา", "Phayao", Region.North, 9),
        new("57", "เชียงราย", "Chiang Rai", Region.North, 18),
        new("58", "แม่ฮ่องสอน", "Mae Hong Son", Region.North, 7),
        new("60", "นครสวรรค์", "Nakhon Sawan", Region.Central, 15),
        new("61", "อุทัยธานี", "Uthai Thani", Region.Central, 8),
        new("62", "กำแพงเพชร", "Kamphaeng Phet", Region.Central, 11),
        new("63", "ตาก", "Tak", Region.West, 9),
        new("64", "สุโขทัย", "Sukhothai", Region.Central, 9),
        new("65", "พิษณุโลก", "Phitsanulok", Region.Central, 9),
        new("66", "พิจิตร", "Phichit", Region.Central, 12),
        new("67", "เพชรบูรณ์", "Phetchabun", Region.Central, 11),
        new("70", "ราชบุรี", "Ratchaburi", Region.West, 10),
        new("71", "กาญจนบุรี", "Kanchanaburi", Region.West, 13),
        new("72", "สุพรรณบุรี", "Suphan Buri", Region.Central, 10),
        new("73", "นครปฐม", "Nakhon Pathom", Region.Central, 7),
        new("74", "สมุทรสาคร", "Samut Sakhon", Region.Central, 3),
        new("75", "สมุทรสงคราม", "Samut Songkhram", Region.Central, 3),
        new("76", "เพชรบุรี", "Phetchaburi", Region.West, 8),
        new("77", "ประจวบคีรีขันธ์", "Prachuap Khiri Khan", Region.West, 8),
        new("80", "นครศรีธรรมราช", "Nakhon Si Thammarat", Region.South, 23),
        new("81", "กระบี่", "Krabi", Region.South, 8),
        new("82", "พังงา", "Phangnga", Region.South, 8),
        new("83", "ภูเก็ต", "Phuket", Region.South, 3),
        new("84", "สุราษฎร์ธานี", "Surat Thani", Region.South, 19),
        new("85", "ระนอง", "Ranong", Region.South, 5),
        new("86", "ชุมพร", "Chumphon", Region.South, 8),
        new("90", "สงขลา", "Songkhla", Region.South, 16),
        new("91", "สตูล", "Satun", Region.South, 7),
        new("92", "ตรัง", "Trang", Region.South, 10),
        new("93", "พัทลุง", "Phatthalung", Region.South, 11),
        new("94", "ปัตตานี", "Pattani", Region.South, 12),
        new("95", "ยะลา", "Yala", Region.South, 8),
        new("96", "นราธิวาส", "Narathiwat", Region.South, 13),
    ];

    /// <summary>The 50 เขต of Bangkok with their official codes 1001–1050 (index 0 = 1001).</summary>
    public static IReadOnlyList<(string NameTh, string NameEn)> BangkokDistricts { get; } =
    [
        ("พระนคร", "Phra Nakhon"),
        ("ดุสิต", "Dusit"),
        ("หนองจอก", "Nong Chok"),
        ("บางรัก", "Bang Rak"),
        ("บางเขน", "Bang Khen"),
        ("บางกะปิ", "Bang Kapi"),
        ("ปทุมวัน", "Pathum Wan"),
        ("ป้อมปราบศัตรูพ่าย", "Pom Prap Sattru Phai"),
        ("พระโขนง", "Phra Khanong"),
        ("มีนบุรี", "Min Buri"),
        ("ลาดกระบัง", "Lat Krabang"),
        ("ยานนาวา", "Yan Nawa"),
        ("สัมพันธวงศ์", "Samphanthawong"),
        ("พญาไท", "Phaya Thai"),
        ("ธนบุรี", "Thon Buri"),
        ("บางกอกใหญ่", "Bangkok Yai"),
        ("ห้วยขวาง", "Huai Khwang"),
        ("คลองสาน", "Khlong San"),
        ("ตลิ่งชัน", "Taling Chan"),
        ("บางกอกน้อย", "Bangkok Noi"),
        ("บางขุนเทียน", "Bang Khun Thian"),
        ("ภาษีเจริญ", "Phasi Charoen"),
        ("หนองแขม", "Nong Khaem"),
        ("ราษฎร์บูรณะ", "Rat Burana"),
        ("บางพลัด", "Bang Phlat"),
        ("ดินแดง", "Din Daeng"),
        ("บึงกุ่ม", "Bueng Kum"),
        ("สาทร", "Sathon"),
        ("บางซื่อ", "Bang Sue"),
        ("จตุจักร", "Chatuchak"),
        ("บางคอแหลม", "Bang Kho Laem"),
        ("ประเวศ", "Prawet"),
        ("คลองเตย", "Khlong Toei"),
        ("สวนหลวง", "Suan Luang"),
        ("จอมทอง", "Chom Thong"),
        ("ดอนเมือง", "Don Mueang"),
        ("ราชเทวี", "Ratchathewi"),
        ("ลาดพร้าว", "Lat Phrao"),
        ("วัฒนา", "Watthana"),
        ("บางแค", "Bang Khae"),
        ("หลักสี่", "Lak Si"),
        ("สายไหม", "Sai Mai"),
        ("คันนายาว", "Khan Na Yao"),
        ("สะพานสูง", "Saphan Sung"),
        ("วังทองหลาง", "Wang Thonglang"),
        ("คลองสามวา", "Khlong Sam Wa"),
        ("บางนา", "Bang Na"),
        ("ทวีวัฒนา", "Thawi Watthana"),
        ("ทุ่งครุ", "Thung Khru"),
        ("บางบอน", "Bang Bon"),
    ];

    public static ProvinceInfo Get(string code) =>
        All.FirstOrDefault(p => p.Code == code) ?? throw new ArgumentOutOfRangeException(nameof(code), code, "No province has this code.");

    /// <summary>New, untracked entities for all 77 provinces (Id = numeric code), in code order.</summary>
    public static List<Province> CreateProvinces() => All.Select(p => p.ToEntity()).ToList();
}
