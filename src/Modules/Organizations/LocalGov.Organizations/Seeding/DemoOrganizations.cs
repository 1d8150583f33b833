using System.Globalization;
using LocalGov.Organizations.Contracts;
using LocalGov.Organizations.Domain;

namespace LocalGov.Organizations.Seeding;

/// <summary>
/// The demo province, นครนายก (Nakhon Nayok, 26), with its four real districts and its LAOs.
/// <para>
/// Sources and certainty (compiled from general knowledge, without access to the DLA register; check against it
/// before relying on the details): the province, its district codes and names, the PAO and เทศบาลเมืองนครนายก
/// are real. The subdistricts (ตำบล) the other LAOs are named after are the real ตำบล of each district as far as
/// known (Mueang 13, Pak Phli 7, Ban Na 9, Ongkharak 11). Which ตำบล is served by a เทศบาลตำบล and which by an
/// อบต. is a plausible reconstruction (SAOs are upgraded to subdistrict municipalities every year), and one
/// LAO per ตำบล simplifies reality. Populations, areas and village counts are plausible figures of the right
/// size (the province has about 260,000 inhabitants on 2,122 km²), not official statistics. An administrator
/// corrects them in the UI.
/// </para>
/// </summary>
internal static class DemoOrganizations
{
    internal const string DemoProvinceCode = DemoData.DemoProvinceCode;

    /// <summary>เทศบาลเมืองนครนายก.</summary>
    internal const string DemoLaoCode = DemoData.DemoLaoCode;

    /// <summary>Area of the province (km²), the PAO's area.</summary>
    private const decimal ProvinceAreaSquareKm = 2_122.00m;

    /// <summary>The four districts, by their official sequence within the province (2601–2604).</summary>
    internal static IReadOnlyList<(int Seq, string NameTh, string NameEn)> Districts { get; } =
    [
        (1, "เมืองนครนายก", "Mueang Nakhon Nayok"),
        (2, "ปากพลี", "Pak Phli"),
        (3, "บ้านนา", "Ban Na"),
        (4, "องครักษ์", "Ongkharak"),
    ];

    /// <summary>
    /// The LAOs below the PAO, named after the ตำบล they serve. Villages only matter for SAOs
    /// (council = 2 per village).
    /// </summary>
    private static readonly DemoLao[] Laos =
    [
        // 2601 เมืองนครนายก
        new(1, LaoType.TownMunicipality, "นครนายก", "Nakhon Nayok", 22_800, 10.50m, 0),
        new(1, LaoType.SubdistrictMunicipality, "พรหมณี", "Phrommani", 10_800, 33.40m, 0),
        new(1, LaoType.SubdistrictMunicipality, "ท่าช้าง", "Tha Chang", 8_600, 24.80m, 0),
        new(1, LaoType.SubdistrictMunicipality, "บ้านใหญ่", "Ban Yai", 9_900, 18.20m, 0),
        new(1, LaoType.SubdistrictAdministrativeOrganisation, "วังกระโจม", "Wang Krachom", 6_700, 21.50m, 7),
        new(1, LaoType.SubdistrictAdministrativeOrganisation, "ท่าทราย", "Tha Sai", 4_600, 26.30m, 8),
        new(1, LaoType.SubdistrictAdministrativeOrganisation, "ดอนยอ", "Don Yo", 5_800, 31.70m, 10),
        new(1, LaoType.SubdistrictAdministrativeOrganisation, "ศรีจุฬา", "Si Chula", 7_400, 42.60m, 11),
        new(1, LaoType.SubdistrictAdministrativeOrganisation, "ดงละคร", "Dong Lakhon", 6_200, 58.90m, 12),
        new(1, LaoType.SubdistrictAdministrativeOrganisation, "ศรีนาวา", "Si Nawa", 4_400, 29.80m, 7),
        new(1, LaoType.SubdistrictAdministrativeOrganisation, "สาริกา", "Sarika", 8_900, 98.50m, 10),
        new(1, LaoType.SubdistrictAdministrativeOrganisation, "หินตั้ง", "Hin Tang", 5_100, 235.40m, 9),
        new(1, LaoType.SubdistrictAdministrativeOrganisation, "เขาพระ", "Khao Phra", 4_300, 61.20m, 8),

        // 2602 ปากพลี
        new(2, LaoType.SubdistrictMunicipality, "ปากพลี", "Pak Phli", 6_200, 35.40m, 0),
        new(2, LaoType.SubdistrictMunicipality, "เกาะหวาย", "Ko Wai", 5_100, 28.60m, 0),
        new(2, LaoType.SubdistrictAdministrativeOrganisation, "เกาะโพธิ์", "Ko Pho", 4_300, 32.10m, 8),
        new(2, LaoType.SubdistrictAdministrativeOrganisation, "โคกกรวด", "Khok Kruat", 3_600, 41.80m, 9),
        new(2, LaoType.SubdistrictAdministrativeOrganisation, "ท่าเรือ", "Tha Ruea", 4_900, 38.20m, 10),
        new(2, LaoType.SubdistrictAdministrativeOrganisation, "หนองแสง", "Nong Saeng", 3_200, 27.50m, 6),
        new(2, LaoType.SubdistrictAdministrativeOrganisation, "นาหินลาด", "Na Hin Lat", 4_400, 262.70m, 11),

        // 2603 บ้านนา
        new(3, LaoType.SubdistrictMunicipality, "บ้านนา", "Ban Na", 9_800, 21.30m, 0),
        new(3, LaoType.SubdistrictMunicipality, "บ้านพริก", "Ban Phrik", 8_400, 38.60m, 0),
        new(3, LaoType.SubdistrictMunicipality, "ศรีกะอาง", "Si Ka-ang", 7_200, 46.90m, 0),
        new(3, LaoType.SubdistrictAdministrativeOrganisation, "อาษา", "Asa", 4_900, 39.70m, 8),
        new(3, LaoType.SubdistrictAdministrativeOrganisation, "ทองหลาง", "Thonglang", 5_700, 54.20m, 11),
        new(3, LaoType.SubdistrictAdministrativeOrganisation, "บางอ้อ", "Bang O", 4_300, 27.40m, 7),
        new(3, LaoType.SubdistrictAdministrativeOrganisation, "พิกุลออก", "Phikun Ok", 4_600, 31.50m, 8),
        new(3, LaoType.SubdistrictAdministrativeOrganisation, "ป่าขะ", "Pa Kha", 6_100, 42.80m, 10),
        new(3, LaoType.SubdistrictAdministrativeOrganisation, "เขาเพิ่ม", "Khao Phoem", 5_200, 68.30m, 9),

        // 2604 องครักษ์
        new(4, LaoType.SubdistrictMunicipality, "องครักษ์", "Ongkharak", 7_900, 19.80m, 0),
        new(4, LaoType.SubdistrictMunicipality, "ทรายมูล", "Sai Mun", 7_100, 43.50m, 0),
        new(4, LaoType.SubdistrictMunicipality, "บางลูกเสือ", "Bang Luk Suea", 6_800, 48.20m, 0),
        new(4, LaoType.SubdistrictAdministrativeOrganisation, "พระอาจารย์", "Phra Achan", 6_600, 61.40m, 12),
        new(4, LaoType.SubdistrictAdministrativeOrganisation, "บึงศาล", "Bueng San", 4_400, 52.70m, 8),
        new(4, LaoType.SubdistrictAdministrativeOrganisation, "ศีรษะกระบือ", "Sisa Krabue", 5_800, 47.30m, 11),
        new(4, LaoType.SubdistrictAdministrativeOrganisation, "โพธิ์แทน", "Pho Thaen", 5_100, 44.60m, 10),
        new(4, LaoType.SubdistrictAdministrativeOrganisation, "บางสมบูรณ์", "Bang Sombun", 4_700, 58.10m, 9),
        new(4, LaoType.SubdistrictAdministrativeOrganisation, "บางปลากด", "Bang Pla Kot", 3_900, 36.90m, 6),
        new(4, LaoType.SubdistrictAdministrativeOrganisation, "ชุมพล", "Chumphon", 5_300, 55.20m, 9),
        new(4, LaoType.SubdistrictAdministrativeOrganisation, "คลองใหญ่", "Khlong Yai", 4_500, 39.80m, 7),
    ];

    internal static ProvinceInfo Province => ProvinceCatalog.Get(DemoProvinceCode);

    /// <summary>Official district Id/code: province code × 100 + sequence (2601).</summary>
    internal static int DistrictId(int seq) => (Province.Id * 100) + seq;

    /// <summary>New, untracked entities for the demo province's four districts.</summary>
    internal static List<District> CreateDistricts() =>
        Districts.Select(d => new District
        {
            Id = DistrictId(d.Seq),
            Code = DistrictId(d.Seq).ToString(CultureInfo.InvariantCulture),
            ProvinceId = Province.Id,
            NameTh = d.NameTh,
            NameEn = d.NameEn,
        }).ToList();

    /// <summary>New, untracked entities for the PAO and every LAO of the demo province (41 in all).</summary>
    internal static List<Lao> CreateLaos()
    {
        var province = Province;
        var result = new List<Lao>(Laos.Length + 1);
        var seqs = new Dictionary<(int District, LaoType Type), int>();
        foreach (var row in Laos)
        {
            var seq = seqs.GetValueOrDefault((row.DistrictSeq, row.Type)) + 1;
            seqs[(row.DistrictSeq, row.Type)] = seq;
            result.Add(new Lao
            {
                Code = LaoCode.Create(row.Type, province.Code, row.DistrictSeq, seq),
                NameTh = LaoNaming.NameTh(row.Type, row.PlaceTh),
                NameEn = LaoNaming.NameEn(row.Type, row.PlaceEn),
                Type = row.Type,
                ProvinceId = province.Id,
                DistrictId = DistrictId(row.DistrictSeq),
                Population = row.Population,
                AreaSquareKm = row.AreaSquareKm,
                CouncilSize = row.Type == LaoType.SubdistrictAdministrativeOrganisation
                    ? LaoNaming.SaoCouncilSize(row.Villages)
                    : LaoNaming.MunicipalCouncilSize(row.Type),
            });
        }

        var population = result.Sum(l => l.Population);
        result.Insert(0, province.NewPao(population, ProvinceAreaSquareKm));
        return result;
    }

    private sealed record DemoLao(
        int DistrictSeq, LaoType Type, string PlaceTh, string PlaceEn, int Population, decimal AreaSquareKm, int Villages);
}
