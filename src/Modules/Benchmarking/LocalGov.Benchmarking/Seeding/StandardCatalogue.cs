using System.Globalization;
using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Domain;
using LocalGov.Organizations.Contracts;

namespace LocalGov.Benchmarking.Seeding;

/// <summary>The standard fiscal indicators and peer bands every database starts with (DOMAIN.md, benchmarking).</summary>
internal static class StandardCatalogue
{
    public const int FromYear = 2560;

    public static IReadOnlyList<Indicator> Indicators() =>
    [
        New("OSR_SHARE", "สัดส่วนรายได้จัดเก็บเอง", "Own-source revenue share",
            "รายได้ที่ อปท. จัดเก็บเองคิดเป็นร้อยละของรายได้ทั้งหมด ยิ่งสูงยิ่งพึ่งตนเองทางการคลังได้มาก",
            "Own-source revenue collected as a percentage of total revenue: the higher, the more fiscally autonomous the LAO.",
            "revenue_collected / finance_revenue * 100", IndicatorUnit.Percent, 2, IndicatorDirection.HigherIsBetter, "Revenue"),
        New("OSR_PER_CAPITA", "รายได้จัดเก็บเองต่อประชากร", "Own-source revenue per capita",
            "รายได้จัดเก็บเองต่อประชากรตามทะเบียนราษฎรหนึ่งคน (บาท)",
            "Own-source revenue collected per registered resident (baht).",
            "revenue_collected / population", IndicatorUnit.BahtPerResident, 2, IndicatorDirection.HigherIsBetter, "Revenue"),
        New("COLLECTION_EFFICIENCY", "ประสิทธิภาพการจัดเก็บรายได้", "Collection efficiency",
            "รายได้ที่จัดเก็บได้คิดเป็นร้อยละของรายได้ที่ประเมินหรือออกใบแจ้ง",
            "Revenue collected as a percentage of revenue assessed (billed).",
            "revenue_collected / revenue_assessed * 100", IndicatorUnit.Percent, 2, IndicatorDirection.HigherIsBetter, "Revenue"),
        New("BUDGET_EXECUTION", "อัตราการเบิกจ่ายงบประมาณ", "Budget execution rate",
            "เงินที่เบิกจ่ายจากงบประมาณคิดเป็นร้อยละของงบประมาณรายจ่ายที่อนุมัติ",
            "Amount disbursed from the budget as a percentage of the approved expenditure budget.",
            "finance_disbursed / budget_expenditure * 100", IndicatorUnit.Percent, 2, IndicatorDirection.HigherIsBetter, "Finance"),
        New("CAPITAL_SHARE", "สัดส่วนงบลงทุน", "Capital expenditure share",
            "งบลงทุนคิดเป็นร้อยละของงบประมาณรายจ่ายที่อนุมัติ",
            "Capital budget as a percentage of the approved expenditure budget.",
            "budget_capital / budget_expenditure * 100", IndicatorUnit.Percent, 2, IndicatorDirection.HigherIsBetter, "Budgeting"),
        New("PERSONNEL_RATIO", "สัดส่วนค่าใช้จ่ายด้านบุคคล", "Personnel cost ratio",
            "งบบุคลากรคิดเป็นร้อยละของงบประมาณรายจ่าย ต้องไม่เกินร้อยละ 40 ตามพระราชบัญญัติระเบียบบริหารงานบุคคลส่วนท้องถิ่น",
            "Personnel budget as a percentage of the expenditure budget; capped at 40 % by the Local Personnel Administration Act.",
            "budget_personnel / budget_expenditure * 100", IndicatorUnit.Percent, 2, IndicatorDirection.LowerIsBetter, "Budgeting", threshold: 40m),
        New("RESERVE_LEVEL", "ระดับเงินสะสม", "Reserve level",
            "เงินสะสมและเงินทุนสำรองเงินสะสมคิดเป็นร้อยละของงบประมาณรายจ่าย",
            "Accumulated funds and reserve as a percentage of the expenditure budget.",
            "finance_reserves / budget_expenditure * 100", IndicatorUnit.Percent, 2, IndicatorDirection.HigherIsBetter, "Finance"),
        New("DEBT_SERVICE", "ภาระการชำระหนี้", "Debt service ratio",
            "เงินต้นและดอกเบี้ยเงินกู้ที่ชำระคิดเป็นร้อยละของรายได้",
            "Loan principal and interest paid as a percentage of revenue.",
            "finance_debt_service / finance_revenue * 100", IndicatorUnit.Percent, 2, IndicatorDirection.LowerIsBetter, "Finance"),
        New("BUDGET_ON_TIME", "ประกาศใช้ข้อบัญญัติงบประมาณทันเวลา", "Budget promulgated on time",
            "100 เมื่อประกาศใช้ข้อบัญญัติงบประมาณก่อนวันที่ 1 ตุลาคม ซึ่งเป็นวันเริ่มปีงบประมาณ มิฉะนั้น 0",
            "100 when the budget ordinance was promulgated before 1 October, the start of the fiscal year; otherwise 0.",
            "budget_on_time * 100", IndicatorUnit.Percent, 0, IndicatorDirection.HigherIsBetter, "Budgeting"),
        New("REPORTS_ON_TIME", "การส่งรายงานผลการดำเนินงานทันเวลา", "Progress reports on time",
            "รายงานผลการดำเนินงานที่ส่งทันกำหนดคิดเป็นร้อยละของรายงานที่ถึงกำหนด",
            "Progress reports submitted on time as a percentage of the reports due.",
            "planning_reports_on_time / planning_reports_due * 100", IndicatorUnit.Percent, 2, IndicatorDirection.HigherIsBetter, "Planning"),
        New("PARTICIPATION", "การมีส่วนร่วมของประชาชน", "Citizen participation",
            "จำนวนผู้เสนอหรือสนับสนุนข้อเสนอในการจัดทำแผน ต่อประชากร 1,000 คน",
            "People who proposed or supported a proposal for the plan, per 1,000 registered residents.",
            "planning_participants / population * 1000", IndicatorUnit.PerThousandResidents, 2, IndicatorDirection.HigherIsBetter, "Planning"),
        New("SPECIFIC_METHOD_SHARE", "สัดส่วนการจัดซื้อจัดจ้างวิธีเฉพาะเจาะจง", "Specific-method procurement share",
            "มูลค่าสัญญาที่จัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจงคิดเป็นร้อยละของมูลค่าสัญญาทั้งหมด ยิ่งต่ำยิ่งมีการแข่งขันมาก",
            "Contract value bought by the specific method as a percentage of all contracted value: the lower, the more competition.",
            "procurement_specific_value / procurement_contracted_value * 100", IndicatorUnit.Percent, 2, IndicatorDirection.LowerIsBetter, "Procurement"),
    ];

    public static IReadOnlyList<PeerBand> PeerBands() =>
    [
        .. Bands(LaoType.SubdistrictAdministrativeOrganisation, SizeBasis.Population, "อบต.", "SAO", 0, 5_000, 10_000, 20_000),
        .. Bands(LaoType.SubdistrictMunicipality, SizeBasis.Population, "เทศบาลตำบล", "Subdistrict municipality", 0, 10_000, 20_000),
        .. Bands(LaoType.TownMunicipality, SizeBasis.Population, "เทศบาลเมือง", "Town municipality", 0, 30_000, 60_000),
        .. Bands(LaoType.CityMunicipality, SizeBasis.Revenue, "เทศบาลนคร", "City municipality", 0, 1_000_000_000),
        .. Bands(LaoType.ProvincialAdministrativeOrganisation, SizeBasis.Population, "อบจ.", "PAO", 0, 500_000, 1_000_000),
        new PeerBand { LaoType = LaoType.Bangkok, Basis = SizeBasis.Population, LowerBound = 0, NameTh = "กรุงเทพมหานคร", NameEn = "Bangkok" },
        new PeerBand { LaoType = LaoType.Pattaya, Basis = SizeBasis.Population, LowerBound = 0, NameTh = "เมืองพัทยา", NameEn = "Pattaya City" },
    ];

    private static Indicator New(
        string code, string nameTh, string nameEn, string descriptionTh, string descriptionEn, string formula, IndicatorUnit unit, int decimals,
        IndicatorDirection direction, string source, decimal? threshold = null) => new()
        {
            Code = code,
            NameTh = nameTh,
            NameEn = nameEn,
            DescriptionTh = descriptionTh,
            DescriptionEn = descriptionEn,
            Formula = formula,
            Unit = unit,
            Decimals = decimals,
            Direction = direction,
            SourceModule = source,
            FromYear = FromYear,
            Threshold = threshold,
        };

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Bands from the lower bounds: "SAO, population under 5,000", "..., 5,000–9,999", "..., 20,000 and more".</summary>
    private static IEnumerable<PeerBand> Bands(LaoType type, SizeBasis basis, string typeTh, string typeEn, params long[] lowerBounds)
    {
        var (measureTh, measureEn, unitTh, unitEn) = basis == SizeBasis.Population
            ? ("ประชากร", "population", "คน", "")
            : ("รายได้", "revenue", "บาท", " baht");
        for (var i = 0; i < lowerBounds.Length; i++)
        {
            var low = lowerBounds[i];
            var (rangeTh, rangeEn) = (i == 0, i == lowerBounds.Length - 1) switch
            {
                (true, true) => ("ทุกขนาด", "all sizes"),
                (true, false) => ($"{measureTh}ต่ำกว่า {N(lowerBounds[1])} {unitTh}", $"{measureEn} under {N(lowerBounds[1])}{unitEn}"),
                (false, true) => ($"{measureTh} {N(low)} {unitTh}ขึ้นไป", $"{measureEn} {N(low)}{unitEn} and more"),
                _ => ($"{measureTh} {N(low)}–{N(lowerBounds[i + 1] - 1)} {unitTh}", $"{measureEn} {N(low)}–{N(lowerBounds[i + 1] - 1)}{unitEn}"),
            };
            yield return new PeerBand { LaoType = type, Basis = basis, LowerBound = low, NameTh = $"{typeTh} {rangeTh}", NameEn = $"{typeEn}, {rangeEn}" };
        }
    }
}
