namespace LocalGov.OpenData.Services.Datasets;

/// <summary>How a column's values are written: CSV text, JSON value, XLSX cell and the Frictionless field type.</summary>
internal enum ColumnType
{
    String = 1,
    Integer = 2,

    /// <summary>Baht with two decimals (satang exact); a dot as decimal separator, no thousands separator.</summary>
    Amount = 3,

    /// <summary>Any other decimal number (ratios, percentiles, areas).</summary>
    Number = 4,

    /// <summary>ISO 8601 date (yyyy-MM-dd, Christian Era).</summary>
    Date = 5,

    /// <summary>ISO 8601 UTC date and time.</summary>
    DateTime = 6,

    Boolean = 7,
}

/// <summary>One column of a dataset, described once for the dictionary page, the downloads, DCAT and the Fiscal Data Package.</summary>
internal sealed record DatasetColumn(string Name, string LabelTh, string LabelEn, ColumnType Type, string DescriptionTh, string DescriptionEn, string Example)
{
    /// <summary>The Frictionless Table Schema type.</summary>
    public string SchemaType => Type switch
    {
        ColumnType.Integer => "integer",
        ColumnType.Amount or ColumnType.Number => "number",
        ColumnType.Date => "date",
        ColumnType.DateTime => "datetime",
        ColumnType.Boolean => "boolean",
        _ => "string",
    };
}

/// <summary>Which filter a dataset needs before it is served (the national budget lines are millions of rows).</summary>
internal enum DatasetScope
{
    /// <summary>Any filter, or none.</summary>
    Open = 0,

    /// <summary>A fiscal year is required (the values are computed per year).</summary>
    NeedsYear = 1,

    /// <summary>A fiscal year and a province or an LAO are required.</summary>
    NeedsYearAndPlace = 2,
}

/// <summary>
/// A published dataset. Titles, descriptions and column labels are published metadata in both languages at once (the
/// JSON and XLSX downloads, DCAT and the Fiscal Data Package carry Thai and English together), so they live here with
/// the columns rather than in the UI resources.
/// </summary>
internal sealed record DatasetDefinition(
    string Name,
    string TitleTh,
    string TitleEn,
    string DescriptionTh,
    string DescriptionEn,
    string UpdateRuleTh,
    string UpdateRuleEn,
    IReadOnlyList<string> KeywordsTh,
    IReadOnlyList<string> KeywordsEn,
    DatasetScope Scope,
    string ApiPath,
    IReadOnlyList<DatasetColumn> Columns)
{
    public string Title(bool thai) => thai ? TitleTh : TitleEn;

    public string Description(bool thai) => thai ? DescriptionTh : DescriptionEn;

    public string UpdateRule(bool thai) => thai ? UpdateRuleTh : UpdateRuleEn;

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == column)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(column), column, "No such column");
    }
}

/// <summary>
/// The datasets of the open data portal and their data dictionary: the one place a dataset or a column is described.
/// The row order of <see cref="DatasetRows"/> follows the column order here.
/// </summary>
internal static class DatasetRegistry
{
    public const string Organisations = "organisations";
    public const string Budgets = "budgets";
    public const string BudgetLines = "budget-lines";
    public const string RevenueEstimates = "revenue-estimates";
    public const string Projects = "projects";
    public const string IndicatorValues = "indicator-values";

    /// <summary>
    /// Open Data Commons Attribution: the licence Thailand's government open data portal (data.go.th) uses by default,
    /// so LocalGov data can be combined with other Thai government datasets under the same terms.
    /// </summary>
    public const string LicenseUrl = "https://opendatacommons.org/licenses/by/1-0/";

    public const string LicenseName = "Open Data Commons Attribution License (ODC-By) 1.0";

    private const string PublishedByLao = "เผยแพร่โดย อปท. แต่ละแห่ง ปรับปรุงเมื่อ อปท. เผยแพร่ข้อมูลใหม่หรือถอนการเผยแพร่";
    private const string PublishedByLaoEn = "Published by each LAO; updated whenever it publishes or withdraws its data.";

    private static readonly DatasetColumn FiscalYear = new("fiscal_year", "ปีงบประมาณ (พ.ศ.)", "Fiscal year (B.E.)", ColumnType.Integer,
        "ปีงบประมาณ พ.ศ. (1 ต.ค. – 30 ก.ย.)", "Buddhist Era fiscal year (1 Oct – 30 Sep); 2569 = Oct 2025 – Sep 2026.", "2569");

    private static readonly DatasetColumn LaoCode = new("lao_code", "รหัส อปท.", "LAO code", ColumnType.String,
        "รหัสองค์กรปกครองส่วนท้องถิ่น", "Code of the local administrative organisation.", "3260101");

    private static readonly DatasetColumn LaoName = new("lao_name_th", "ชื่อ อปท.", "LAO name (Thai)", ColumnType.String,
        "ชื่อ อปท. ภาษาไทย", "Name of the LAO in Thai.", "เทศบาลเมืองนครนายก");

    private static readonly DatasetColumn ProvinceCode = new("province_code", "รหัสจังหวัด", "Province code", ColumnType.String,
        "รหัสจังหวัดตามกรมการปกครอง", "Official province code.", "26");

    private static readonly DatasetColumn LaoType = new("lao_type", "ประเภท อปท.", "LAO type", ColumnType.String,
        "รูปแบบ อปท. (ชื่อภาษาอังกฤษคงที่)", "Form of LAO (stable English identifier).", "TownMunicipality");

    private static readonly string[] BudgetKeywordsTh = ["งบประมาณ", "ข้อบัญญัติงบประมาณ", "องค์กรปกครองส่วนท้องถิ่น"];
    private static readonly string[] BudgetKeywordsEn = ["budget", "local government", "Thailand"];

    public static IReadOnlyList<DatasetDefinition> All { get; } =
    [
        new(Organisations, "องค์กรปกครองส่วนท้องถิ่น", "Local administrative organisations",
            "รายชื่อ อปท. ทุกแห่ง พร้อมประเภท จังหวัด ประชากร และพื้นที่", "Every LAO with its type, province, registered population and area.",
            "ปรับปรุงโดยกรมส่งเสริมการปกครองท้องถิ่นเมื่อข้อมูลองค์กรเปลี่ยน", "Maintained by the DLA; updated when an organisation changes.",
            ["อปท.", "เทศบาล", "อบต."], ["local government", "municipality", "organisations"], DatasetScope.Open, "/api/v1/organisations",
            [
                LaoCode,
                new("name_th", "ชื่อ (ไทย)", "Name (Thai)", ColumnType.String, "ชื่อ อปท. ภาษาไทย", "Name in Thai.", "เทศบาลเมืองนครนายก"),
                new("name_en", "ชื่อ (อังกฤษ)", "Name (English)", ColumnType.String, "ชื่อ อปท. ภาษาอังกฤษ", "Name in English.", "Nakhon Nayok Town Municipality"),
                LaoType,
                new("lao_type_th", "ประเภท อปท. (ไทย)", "LAO type (Thai)", ColumnType.String, "รูปแบบ อปท. ภาษาไทย", "Form of LAO in Thai.", "เทศบาลเมือง"),
                ProvinceCode,
                new("province_name_th", "จังหวัด", "Province (Thai)", ColumnType.String, "ชื่อจังหวัดภาษาไทย", "Province name in Thai.", "นครนายก"),
                new("province_name_en", "จังหวัด (อังกฤษ)", "Province (English)", ColumnType.String, "ชื่อจังหวัดภาษาอังกฤษ", "Province name in English.", "Nakhon Nayok"),
                new("population", "จำนวนประชากร", "Population", ColumnType.Integer, "ประชากรตามทะเบียนราษฎร", "Registered population.", "20154"),
                new("area_sq_km", "พื้นที่ (ตร.กม.)", "Area (km²)", ColumnType.Number, "พื้นที่ ตารางกิโลเมตร", "Area in square kilometres.", "12.51"),
                new("council_size", "จำนวนสมาชิกสภา", "Council size", ColumnType.Integer, "จำนวนสมาชิกสภาท้องถิ่น", "Number of local council members.", "18"),
            ]),
        new(Budgets, "งบประมาณรายจ่ายประจำปี (ภาพรวม)", "Annual budgets (totals)",
            "ยอดรวมของข้อบัญญัติ/เทศบัญญัติงบประมาณที่มีผลใช้บังคับและ อปท. เผยแพร่แล้ว หนึ่งแถวต่อ อปท. ต่อปี",
            "Totals of each budget ordinance in force that its LAO has published: one row per LAO and fiscal year.",
            PublishedByLao, PublishedByLaoEn, BudgetKeywordsTh, BudgetKeywordsEn, DatasetScope.Open, "/api/v1/budgets",
            [
                FiscalYear, LaoCode, LaoName, ProvinceCode, LaoType,
                new("population", "จำนวนประชากร", "Population", ColumnType.Integer, "ประชากรตามทะเบียนราษฎร ณ วันเผยแพร่", "Registered population at publication.", "20154"),
                new("status", "สถานะ", "Status", ColumnType.String, "Approved (อนุมัติ) หรือ Promulgated (ประกาศใช้)", "Approved or Promulgated.", "Promulgated"),
                new("promulgated_on", "วันประกาศใช้", "Promulgated on", ColumnType.Date, "วันที่ประกาศใช้ข้อบัญญัติ (ค.ศ. ISO 8601)", "Date the ordinance was promulgated (ISO 8601).", "2025-09-15"),
                new("revenue_total", "ประมาณการรายรับ (บาท)", "Estimated revenue (baht)", ColumnType.Amount, "ประมาณการรายรับรวม", "Total estimated revenue.", "95000000.00"),
                new("expenditure_total", "งบประมาณรายจ่าย (บาท)", "Expenditure (baht)", ColumnType.Amount, "งบประมาณรายจ่ายรวม", "Total appropriated expenditure.", "95000000.00"),
                new("personnel_total", "งบบุคลากร (บาท)", "Personnel (baht)", ColumnType.Amount, "รวมงบบุคลากร", "Total of the personnel group.", "30000000.00"),
                new("capital_total", "งบลงทุน (บาท)", "Capital (baht)", ColumnType.Amount, "รวมงบลงทุน", "Total of the capital group.", "15000000.00"),
                new("published_at", "วันเวลาที่เผยแพร่", "Published at", ColumnType.DateTime, "เวลาที่ อปท. เผยแพร่ (UTC)", "When the LAO published it (UTC).", "2026-11-20T03:00:00Z"),
                new("version", "ฉบับที่", "Version", ColumnType.Integer, "เพิ่มขึ้นทุกครั้งที่เผยแพร่ซ้ำ", "Increases at each re-publication.", "1"),
            ]),
        new(BudgetLines, "รายการงบประมาณรายจ่าย", "Budget lines",
            "รายการงบประมาณรายจ่ายตามข้อบัญญัติที่มีผลใช้บังคับ จำแนกตามแผนงาน งาน งบ และหมวด พร้อมงบประมาณตั้งไว้และงบประมาณหลังโอน/แก้ไข",
            "The expenditure lines of each published budget in force, by programme, work unit, group and category, with the original and current amounts.",
            PublishedByLao, PublishedByLaoEn, [.. BudgetKeywordsTh, "รายจ่าย"], [.. BudgetKeywordsEn, "expenditure"], DatasetScope.NeedsYearAndPlace, "/api/v1/budget-lines",
            [
                FiscalYear, LaoCode, ProvinceCode, LaoType,
                new("line_no", "ลำดับ", "Line no.", ColumnType.Integer, "ลำดับรายการในข้อบัญญัติ", "Line number in ordinance order.", "1"),
                new("programme_code", "รหัสแผนงาน", "Programme code", ColumnType.String, "รหัสแผนงาน (การจำแนกตามหน้าที่/งาน)", "Programme (administrative/functional classification).", "00110"),
                new("programme_name_th", "แผนงาน", "Programme (Thai)", ColumnType.String, "ชื่อแผนงาน", "Programme name in Thai.", "แผนงานบริหารงานทั่วไป"),
                new("programme_name_en", "แผนงาน (อังกฤษ)", "Programme (English)", ColumnType.String, "ชื่อแผนงานภาษาอังกฤษ", "Programme name in English.", "General administration"),
                new("work_unit_code", "รหัสงาน", "Work unit code", ColumnType.String, "รหัสงานภายใต้แผนงาน", "Work unit within the programme.", "00111"),
                new("work_unit_name_th", "งาน", "Work unit (Thai)", ColumnType.String, "ชื่องาน", "Work unit name in Thai.", "งานบริหารทั่วไป"),
                new("work_unit_name_en", "งาน (อังกฤษ)", "Work unit (English)", ColumnType.String, "ชื่องานภาษาอังกฤษ", "Work unit name in English.", "General administration work"),
                new("group_code", "รหัสงบ", "Group code", ColumnType.String, "รหัสงบ (การจำแนกตามลักษณะเศรษฐกิจ)", "Expenditure group (economic classification).", "510000"),
                new("group_name_th", "งบ", "Group (Thai)", ColumnType.String, "ชื่องบ เช่น งบบุคลากร งบลงทุน", "Group name in Thai.", "งบบุคลากร"),
                new("group_name_en", "งบ (อังกฤษ)", "Group (English)", ColumnType.String, "ชื่องบภาษาอังกฤษ", "Group name in English.", "Personnel"),
                new("category_code", "รหัสหมวด", "Category code", ColumnType.String, "รหัสหมวด/ประเภทรายจ่าย", "Expenditure category.", "522000"),
                new("category_name_th", "หมวด", "Category (Thai)", ColumnType.String, "ชื่อหมวดรายจ่าย", "Category name in Thai.", "เงินเดือน (ฝ่ายประจำ)"),
                new("category_name_en", "หมวด (อังกฤษ)", "Category (English)", ColumnType.String, "ชื่อหมวดรายจ่ายภาษาอังกฤษ", "Category name in English.", "Salaries (staff)"),
                new("item_name", "รายการ", "Item", ColumnType.String, "ชื่อรายการตามข้อบัญญัติ", "Item as named in the ordinance.", "เงินเดือนพนักงาน"),
                new("is_project", "เป็นโครงการ", "Is a project", ColumnType.Boolean, "true เมื่อรายการเป็นโครงการตามแผนพัฒนา", "true when the line is a development-plan project.", "false"),
                new("plan_project_code", "รหัสโครงการในแผน", "Plan project code", ColumnType.String, "รหัสโครงการในแผนดำเนินงาน (ถ้ามี)", "Code of the action-plan project, if any.", "P2569-001"),
                new("original_amount", "งบประมาณตั้งไว้ (บาท)", "Original amount (baht)", ColumnType.Amount, "จำนวนเงินตามข้อบัญญัติ", "Amount as the ordinance set it.", "1250000.00"),
                new("current_amount", "งบประมาณหลังโอน/แก้ไข (บาท)", "Current amount (baht)", ColumnType.Amount, "จำนวนเงินหลังโอนและแก้ไข ณ วันเผยแพร่", "Amount after transfers and amendments, at publication.", "1300000.00"),
            ]),
        new(RevenueEstimates, "ประมาณการรายรับ", "Revenue estimates",
            "ประมาณการรายรับตามข้อบัญญัติที่เผยแพร่ จำแนกตามหมวดรายได้และแหล่งที่มา (รายได้จัดเก็บเอง ภาษีจัดสรร เงินอุดหนุน)",
            "The estimated revenue of each published budget, by revenue category and source (own-source, shared taxes, grants).",
            PublishedByLao, PublishedByLaoEn, [.. BudgetKeywordsTh, "รายได้"], [.. BudgetKeywordsEn, "revenue"], DatasetScope.NeedsYearAndPlace, "/api/v1/revenue-estimates",
            [
                FiscalYear, LaoCode, ProvinceCode, LaoType,
                new("line_no", "ลำดับ", "Line no.", ColumnType.Integer, "ลำดับรายการ", "Line number.", "1"),
                new("category_code", "รหัสหมวดรายได้", "Revenue category code", ColumnType.String, "รหัสหมวดรายได้", "Revenue category code.", "411000"),
                new("category_name_th", "หมวดรายได้", "Revenue category (Thai)", ColumnType.String, "ชื่อหมวดรายได้", "Revenue category in Thai.", "หมวดภาษีอากร"),
                new("category_name_en", "หมวดรายได้ (อังกฤษ)", "Revenue category (English)", ColumnType.String, "ชื่อหมวดรายได้ภาษาอังกฤษ", "Revenue category in English.", "Taxes"),
                new("source", "แหล่งรายได้", "Source", ColumnType.String, "OwnSource, SharedTax, GeneralGrant หรือ SpecificGrant", "OwnSource, SharedTax, GeneralGrant or SpecificGrant.", "OwnSource"),
                new("item_name", "รายการ", "Item", ColumnType.String, "ชื่อรายการรายได้", "Revenue item.", "ภาษีที่ดินและสิ่งปลูกสร้าง"),
                new("amount", "ประมาณการ (บาท)", "Amount (baht)", ColumnType.Amount, "จำนวนเงินที่ประมาณการ", "Estimated amount.", "3500000.00"),
            ]),
        new(Projects, "โครงการตามแผนการดำเนินงาน", "Action-plan projects",
            "โครงการในแผนการดำเนินงานที่ อปท. เผยแพร่ พร้อมความก้าวหน้า งบประมาณ และการเบิกจ่าย ณ วันเผยแพร่",
            "The projects of each published action plan with their progress, budget and disbursement at publication.",
            PublishedByLao, PublishedByLaoEn, ["โครงการ", "แผนการดำเนินงาน"], ["projects", "action plan", "local government"], DatasetScope.NeedsYearAndPlace, "/api/v1/projects",
            [
                FiscalYear, LaoCode, ProvinceCode, LaoType,
                new("project_code", "รหัสโครงการ", "Project code", ColumnType.String, "รหัสโครงการในแผน", "Project code in the plan.", "P2569-001"),
                new("name", "ชื่อโครงการ", "Project name", ColumnType.String, "ชื่อโครงการ", "Project name.", "โครงการก่อสร้างถนน คสล."),
                new("strategy_no", "ยุทธศาสตร์ที่", "Strategy no.", ColumnType.Integer, "ลำดับยุทธศาสตร์การพัฒนา", "Development strategy number.", "1"),
                new("strategy_name", "ยุทธศาสตร์", "Strategy", ColumnType.String, "ชื่อยุทธศาสตร์การพัฒนา", "Development strategy name.", "ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน"),
                new("start_month", "เดือนเริ่ม", "Start month", ColumnType.Integer, "เดือนของปีงบประมาณ (1 = ต.ค. … 12 = ก.ย.)", "Month of the fiscal year (1 = October … 12 = September).", "2"),
                new("end_month", "เดือนสิ้นสุด", "End month", ColumnType.Integer, "เดือนของปีงบประมาณ (1 = ต.ค. … 12 = ก.ย.)", "Month of the fiscal year (1 = October … 12 = September).", "6"),
                new("status", "สถานะ", "Status", ColumnType.String, "NotStarted, Procurement, InProgress, Done หรือ Cancelled", "NotStarted, Procurement, InProgress, Done or Cancelled.", "InProgress"),
                new("percent_complete", "ความก้าวหน้า (%)", "Percent complete", ColumnType.Integer, "ร้อยละความก้าวหน้า 0–100", "Progress in percent (0–100).", "40"),
                new("planned_amount", "งบตามแผน (บาท)", "Planned (baht)", ColumnType.Amount, "งบประมาณตามแผน", "Amount in the plan.", "500000.00"),
                new("budgeted_amount", "งบตามข้อบัญญัติ (บาท)", "Budgeted (baht)", ColumnType.Amount, "งบประมาณที่ตั้งไว้ในข้อบัญญัติ", "Amount in the budget.", "480000.00"),
                new("disbursed_amount", "เบิกจ่ายแล้ว (บาท)", "Disbursed (baht)", ColumnType.Amount, "จำนวนเงินที่เบิกจ่ายแล้ว ณ วันเผยแพร่", "Disbursed at publication.", "120000.00"),
                new("last_updated_on", "วันที่ปรับปรุงล่าสุด", "Last updated on", ColumnType.Date, "วันที่รายงานความก้าวหน้าล่าสุด", "Date of the last progress report.", "2026-03-31"),
            ]),
        new(IndicatorValues, "ตัวชี้วัดเปรียบเทียบ อปท.", "Benchmarking indicator values",
            "ค่าตัวชี้วัดการเงินการคลังของ อปท. แต่ละแห่งต่อปี พร้อมอันดับระดับประเทศ จังหวัด และกลุ่มเทียบเคียง (คำนวณจากงบประมาณที่มีผลใช้บังคับเท่านั้น)",
            "Each LAO's fiscal indicators per year with national, provincial and peer-group ranks (computed from budgets in force only).",
            "คำนวณโดยกรมส่งเสริมการปกครองท้องถิ่นจากข้อมูลสรุปของแต่ละระบบ ปรับปรุงเมื่อคำนวณใหม่", "Computed by the DLA from the modules' summary figures; updated at each recomputation.",
            ["ตัวชี้วัด", "เปรียบเทียบ", "การคลังท้องถิ่น"], ["indicators", "benchmarking", "local finance"], DatasetScope.NeedsYear, "/api/v1/indicator-values",
            [
                FiscalYear, LaoCode, ProvinceCode, LaoType,
                new("indicator_code", "รหัสตัวชี้วัด", "Indicator code", ColumnType.String, "รหัสตัวชี้วัด", "Indicator code.", "OSR_SHARE"),
                new("indicator_name_th", "ตัวชี้วัด", "Indicator (Thai)", ColumnType.String, "ชื่อตัวชี้วัด", "Indicator name in Thai.", "สัดส่วนรายได้จัดเก็บเอง"),
                new("indicator_name_en", "ตัวชี้วัด (อังกฤษ)", "Indicator (English)", ColumnType.String, "ชื่อตัวชี้วัดภาษาอังกฤษ", "Indicator name in English.", "Own-source revenue share"),
                new("unit", "หน่วย", "Unit", ColumnType.String, "Percent, Baht, BahtPerResident, PerThousandResidents, Ratio, Count", "Unit of the value.", "Percent"),
                new("value", "ค่า", "Value", ColumnType.Number, "ค่าตัวชี้วัด ว่างเมื่อข้อมูลไม่ครบ", "Value; empty when an input is missing.", "12.5"),
                new("national_rank", "อันดับประเทศ", "National rank", ColumnType.Integer, "อันดับในระดับประเทศ", "Rank among all LAOs.", "1520"),
                new("province_rank", "อันดับจังหวัด", "Province rank", ColumnType.Integer, "อันดับในจังหวัด", "Rank within the province.", "3"),
                new("peer_rank", "อันดับกลุ่มเทียบเคียง", "Peer rank", ColumnType.Integer, "อันดับในกลุ่มเทียบเคียง", "Rank within the peer group.", "12"),
                new("peer_percentile", "เปอร์เซ็นไทล์ในกลุ่ม", "Peer percentile", ColumnType.Number, "เปอร์เซ็นไทล์ในกลุ่มเทียบเคียง", "Percentile within the peer group.", "75.5"),
                new("missing_inputs", "ข้อมูลที่ขาด", "Missing inputs", ColumnType.String, "ตัวเลขที่ขาด คั่นด้วย ;", "Missing input figures, separated by ;.", ""),
            ]),
    ];

    public static DatasetDefinition? Find(string? name) =>
        name is null ? null : All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));
}
