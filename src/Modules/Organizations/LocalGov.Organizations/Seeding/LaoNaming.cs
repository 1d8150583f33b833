using System.Globalization;
using LocalGov.Organizations.Contracts;

namespace LocalGov.Organizations.Seeding;

/// <summary>
/// LocalGov's seven-character LAO code: <c>{type}{province:2}{district:2}{seq:2}</c>.
/// <list type="bullet">
/// <item><c>type</c>: 1 PAO, 2 city municipality, 3 town municipality, 4 subdistrict municipality, 5 SAO,
/// 6 Bangkok, 7 Pattaya.</item>
/// <item><c>province</c>: the official two-digit province code (26 = Nakhon Nayok).</item>
/// <item><c>district</c>: the last two digits of the official district code (2601 → 01); 00 for organisations
/// that cover a whole province (PAO, Bangkok).</item>
/// <item><c>seq</c>: 01–99, numbering the organisations of one type within one district.</item>
/// </list>
/// The layout mirrors the DLA's (สถ.) seven-digit organisation codes — type, province, district, running
/// number — but it is LocalGov's own: the digits are not the DLA's and must not be matched against them.
/// Example: 3260101 = the first town municipality in district 2601 of province 26 (เทศบาลเมืองนครนายก).
/// </summary>
internal static class LaoCode
{
    public const int Length = 7;

    public static string Create(LaoType type, string provinceCode, int districtSeq, int seq)
    {
        if (provinceCode.Length != 2 || !provinceCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"A province code has two digits, not '{provinceCode}'.", nameof(provinceCode));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(districtSeq);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(districtSeq, 99);
        ArgumentOutOfRangeException.ThrowIfLessThan(seq, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seq, 99);
        return string.Create(CultureInfo.InvariantCulture, $"{TypeDigit(type)}{provinceCode}{districtSeq:00}{seq:00}");
    }

    public static int TypeDigit(LaoType type) => type switch
    {
        LaoType.ProvincialAdministrativeOrganisation => 1,
        LaoType.CityMunicipality => 2,
        LaoType.TownMunicipality => 3,
        LaoType.SubdistrictMunicipality => 4,
        LaoType.SubdistrictAdministrativeOrganisation => 5,
        LaoType.Bangkok => 6,
        LaoType.Pattaya => 7,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown LAO type."),
    };
}

/// <summary>Names and council sizes by LAO type.</summary>
internal static class LaoNaming
{
    public const string BangkokTh = "กรุงเทพมหานคร";
    public const string BangkokEn = "Bangkok Metropolitan Administration";
    public const string PattayaTh = "เมืองพัทยา";
    public const string PattayaEn = "Pattaya City";

    /// <summary>The Thai name: type prefix + place (e.g. เทศบาลตำบล + ปากพลี).</summary>
    public static string NameTh(LaoType type, string placeTh) => type switch
    {
        LaoType.ProvincialAdministrativeOrganisation => "องค์การบริหารส่วนจังหวัด" + placeTh,
        LaoType.CityMunicipality => "เทศบาลนคร" + placeTh,
        LaoType.TownMunicipality => "เทศบาลเมือง" + placeTh,
        LaoType.SubdistrictMunicipality => "เทศบาลตำบล" + placeTh,
        LaoType.SubdistrictAdministrativeOrganisation => "องค์การบริหารส่วนตำบล" + placeTh,
        LaoType.Bangkok => BangkokTh,
        LaoType.Pattaya => PattayaTh,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown LAO type."),
    };

    /// <summary>The English name: place + type (e.g. "Pak Phli Subdistrict Municipality").</summary>
    public static string NameEn(LaoType type, string placeEn) => type switch
    {
        LaoType.ProvincialAdministrativeOrganisation => placeEn + " Provincial Administrative Organisation",
        LaoType.CityMunicipality => placeEn + " City Municipality",
        LaoType.TownMunicipality => placeEn + " Town Municipality",
        LaoType.SubdistrictMunicipality => placeEn + " Subdistrict Municipality",
        LaoType.SubdistrictAdministrativeOrganisation => placeEn + " Subdistrict Administrative Organisation",
        LaoType.Bangkok => BangkokEn,
        LaoType.Pattaya => PattayaEn,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown LAO type."),
    };

    /// <summary>
    /// Council members of a PAO by the province's population (PAO Act B.E. 2540 s.9): up to 500,000 → 24;
    /// up to 1 M → 30; up to 1.5 M → 36; up to 2 M → 42; above → 48.
    /// </summary>
    public static int PaoCouncilSize(int population) => population switch
    {
        <= 500_000 => 24,
        <= 1_000_000 => 30,
        <= 1_500_000 => 36,
        <= 2_000_000 => 42,
        _ => 48,
    };

    /// <summary>Municipal councils by tier: subdistrict 12, town 18, city 24.</summary>
    public static int MunicipalCouncilSize(LaoType type) => type switch
    {
        LaoType.CityMunicipality => 24,
        LaoType.TownMunicipality => 18,
        LaoType.SubdistrictMunicipality => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a municipality."),
    };

    /// <summary>An SAO council has two members per village (หมู่บ้าน); at least six.</summary>
    public static int SaoCouncilSize(int villages) => Math.Max(6, 2 * villages);

    /// <summary>สภากรุงเทพมหานคร: one member per เขต (50).</summary>
    public const int BangkokCouncilSize = 50;

    /// <summary>สภาเมืองพัทยา.</summary>
    public const int PattayaCouncilSize = 24;
}
