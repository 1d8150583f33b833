using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;

namespace LocalGov.Budgeting.Seeding;

/// <summary>
/// The budget classification LAOs use (DLA budget-preparation rules as applied in e-LAAS), in force from FY 2560.
/// The codes follow the e-LAAS layout as far as we know it – *confirm* against the current DLA letter; they are
/// data, and administrators correct or supersede them (with a new effective year) without a release.
/// </summary>
internal static class ClassificationCatalog
{
    public const int EffectiveFrom = 2560;

    /// <summary>(code, Thai, English, parent code, personnel, capital, revenue source).</summary>
    public static IReadOnlyList<Entry> Entries { get; } = Build();

    private static List<Entry> Build()
    {
        var list = new List<Entry>();
        void Programme(string code, string th, string en, params (string Code, string Th, string En)[] units)
        {
            list.Add(new Entry(ClassificationKind.Programme, code, th, en, null));
            list.AddRange(units.Select(u => new Entry(ClassificationKind.WorkUnit, u.Code, u.Th, u.En, code)));
        }

        Programme("00110", "แผนงานบริหารงานทั่วไป", "General administration",
            ("00111", "งานบริหารทั่วไป", "General administration"),
            ("00112", "งานวางแผนสถิติและวิชาการ", "Planning, statistics and technical work"),
            ("00113", "งานบริหารงานคลัง", "Fiscal administration"));
        Programme("00120", "แผนงานการรักษาความสงบภายใน", "Internal security",
            ("00121", "งานบริหารทั่วไปเกี่ยวกับการรักษาความสงบภายใน", "Internal security administration"),
            ("00122", "งานเทศกิจ", "Municipal order"),
            ("00123", "งานป้องกันภัยฝ่ายพลเรือนและระงับอัคคีภัย", "Civil defence and fire fighting"));
        Programme("00210", "แผนงานการศึกษา", "Education",
            ("00211", "งานบริหารทั่วไปเกี่ยวกับการศึกษา", "Education administration"),
            ("00212", "งานระดับก่อนวัยเรียนและประถมศึกษา", "Pre-school and primary education"),
            ("00213", "งานระดับมัธยมศึกษา", "Secondary education"),
            ("00214", "งานศึกษาไม่กำหนดระดับ", "Education not defined by level"));
        Programme("00220", "แผนงานสาธารณสุข", "Public health",
            ("00221", "งานบริหารทั่วไปเกี่ยวกับสาธารณสุข", "Public health administration"),
            ("00222", "งานโรงพยาบาล", "Hospitals"),
            ("00223", "งานบริการสาธารณสุขและงานสาธารณสุขอื่น", "Public health services"));
        Programme("00230", "แผนงานสังคมสงเคราะห์", "Social welfare",
            ("00231", "งานบริหารทั่วไปเกี่ยวกับสังคมสงเคราะห์", "Social welfare administration"),
            ("00232", "งานสวัสดิการสังคมและสังคมสงเคราะห์", "Social welfare services"));
        Programme("00240", "แผนงานเคหะและชุมชน", "Housing and community",
            ("00241", "งานบริหารทั่วไปเกี่ยวกับเคหะและชุมชน", "Housing and community administration"),
            ("00242", "งานไฟฟ้าถนน", "Street lighting and roads"),
            ("00243", "งานสวนสาธารณะ", "Public parks"),
            ("00244", "งานกำจัดขยะมูลฝอยและสิ่งปฏิกูล", "Solid waste disposal"),
            ("00245", "งานบำบัดน้ำเสีย", "Wastewater treatment"));
        Programme("00250", "แผนงานสร้างความเข้มแข็งของชุมชน", "Community strengthening",
            ("00251", "งานบริหารทั่วไปเกี่ยวกับสร้างความเข้มแข็งของชุมชน", "Community strengthening administration"),
            ("00252", "งานส่งเสริมและสนับสนุนความเข้มแข็งชุมชน", "Community support"));
        Programme("00260", "แผนงานการศาสนาวัฒนธรรมและนันทนาการ", "Religion, culture and recreation",
            ("00261", "งานบริหารทั่วไปเกี่ยวกับศาสนาวัฒนธรรมและนันทนาการ", "Religion, culture and recreation administration"),
            ("00262", "งานกีฬาและนันทนาการ", "Sport and recreation"),
            ("00263", "งานศาสนาวัฒนธรรมท้องถิ่น", "Religion and local culture"),
            ("00264", "งานวิชาการวางแผนและส่งเสริมการท่องเที่ยว", "Tourism promotion"));
        Programme("00310", "แผนงานอุตสาหกรรมและการโยธา", "Industry and public works",
            ("00311", "งานบริหารทั่วไปเกี่ยวกับอุตสาหกรรมและการโยธา", "Public works administration"),
            ("00312", "งานก่อสร้างโครงสร้างพื้นฐาน", "Infrastructure construction"));
        Programme("00320", "แผนงานการเกษตร", "Agriculture",
            ("00321", "งานส่งเสริมการเกษตร", "Agricultural promotion"),
            ("00322", "งานอนุรักษ์แหล่งน้ำและป่าไม้", "Water and forest conservation"));
        Programme("00330", "แผนงานการพาณิชย์", "Commerce",
            ("00331", "งานกิจการประปา", "Water supply"),
            ("00332", "งานตลาดสด", "Fresh markets"),
            ("00333", "งานโรงฆ่าสัตว์", "Slaughterhouses"));
        Programme("00410", "แผนงานงบกลาง", "Central fund",
            ("00411", "งบกลาง", "Central fund"));

        void Group(string code, string th, string en, bool personnel, bool capital, params (string Code, string Th, string En, bool Personnel)[] categories)
        {
            list.Add(new Entry(ClassificationKind.ExpenditureGroup, code, th, en, null, personnel, capital));
            list.AddRange(categories.Select(c => new Entry(ClassificationKind.ExpenditureCategory, c.Code, c.Th, c.En, code, c.Personnel, capital)));
        }

        Group("510000", "งบกลาง", "Central fund", false, false,
            ("511000", "เงินช่วยเหลือ สวัสดิการ และสำรองจ่าย", "Aid, welfare and contingency reserve", false),
            ("512000", "เงินสมทบกองทุนและบำเหน็จบำนาญ", "Fund contributions and pensions", true));
        Group("520000", "งบบุคลากร", "Personnel", true, false,
            ("521000", "เงินเดือน (ฝ่ายการเมือง)", "Salaries (political office holders)", true),
            ("522000", "เงินเดือน (ฝ่ายประจำ)", "Salaries (permanent staff)", true));
        Group("530000", "งบดำเนินงาน", "Operations", false, false,
            ("531000", "ค่าตอบแทน", "Remuneration", false),
            ("532000", "ค่าใช้สอย", "Services and expenses", false),
            ("533000", "ค่าวัสดุ", "Materials", false),
            ("534000", "ค่าสาธารณูปโภค", "Utilities", false));
        Group("540000", "งบลงทุน", "Capital investment", false, true,
            ("541000", "ค่าครุภัณฑ์", "Equipment", false),
            ("542000", "ค่าที่ดินและสิ่งก่อสร้าง", "Land and construction", false));
        Group("550000", "งบรายจ่ายอื่น", "Other expenditure", false, false,
            ("551000", "รายจ่ายอื่น", "Other expenditure", false));
        Group("560000", "งบเงินอุดหนุน", "Subsidies", false, false,
            ("561000", "เงินอุดหนุน", "Subsidies", false));

        void Revenue(string code, string th, string en, RevenueSource source) =>
            list.Add(new Entry(ClassificationKind.RevenueCategory, code, th, en, null, Source: source));

        Revenue("411000", "หมวดภาษีอากร", "Taxes", RevenueSource.OwnSource);
        Revenue("412000", "หมวดค่าธรรมเนียม ค่าปรับ และใบอนุญาต", "Fees, fines and licences", RevenueSource.OwnSource);
        Revenue("413000", "หมวดรายได้จากทรัพย์สิน", "Income from property", RevenueSource.OwnSource);
        Revenue("414000", "หมวดรายได้จากสาธารณูปโภคและการพาณิชย์", "Income from utilities and commerce", RevenueSource.OwnSource);
        Revenue("415000", "หมวดรายได้เบ็ดเตล็ด", "Miscellaneous income", RevenueSource.OwnSource);
        Revenue("416000", "หมวดรายได้จากทุน", "Capital income", RevenueSource.OwnSource);
        Revenue("421000", "หมวดภาษีจัดสรร", "Shared taxes", RevenueSource.SharedTax);
        Revenue("431000", "หมวดเงินอุดหนุนทั่วไป", "General grants", RevenueSource.GeneralGrant);
        Revenue("441000", "หมวดเงินอุดหนุนเฉพาะกิจ", "Specific grants", RevenueSource.SpecificGrant);
        return list;
    }

    internal sealed record Entry(
        ClassificationKind Kind,
        string Code,
        string NameTh,
        string NameEn,
        string? ParentCode,
        bool IsPersonnel = false,
        bool IsCapital = false,
        RevenueSource? Source = null);
}
