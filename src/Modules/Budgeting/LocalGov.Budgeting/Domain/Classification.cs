using LocalGov.Budgeting.Contracts;
namespace LocalGov.Budgeting.Domain;

/// <summary>
/// One entry of the budget classification, effective-dated by fiscal year so a later change by the DLA does
/// not rewrite past budgets: แผนงาน → งาน for the programme structure, งบ → หมวด for the economic structure,
/// and the revenue classification (หมวดรายได้).
/// </summary>
internal sealed class Classification
{
    public int Id { get; set; }
    public ClassificationKind Kind { get; set; }

    /// <summary>The DLA code (e.g. แผนงาน 00100, งาน 00110); unique within a kind for overlapping years.</summary>
    public required string Code { get; set; }

    public required string NameTh { get; set; }
    public required string NameEn { get; set; }

    /// <summary>The parent: a งาน's แผนงาน, a หมวด's งบ.</summary>
    public int? ParentId { get; set; }

    public Classification? Parent { get; set; }

    /// <summary>Personnel spending (งบบุคลากร and personnel items of งบกลาง) counts toward the 40 % ceiling.</summary>
    public bool IsPersonnel { get; set; }

    /// <summary>Capital items (ค่าครุภัณฑ์, ค่าที่ดินและสิ่งก่อสร้าง): transfers creating or changing them need the council.</summary>
    public bool IsCapital { get; set; }

    /// <summary>For revenue categories: own-source, shared tax or grant.</summary>
    public RevenueSource? RevenueSource { get; set; }

    /// <summary>First fiscal year (B.E.) the entry applies to.</summary>
    public int EffectiveFromYear { get; set; }

    /// <summary>Last fiscal year (B.E.) it applies to; null while in force.</summary>
    public int? EffectiveToYear { get; set; }

    public int SortOrder { get; set; }

    public bool AppliesTo(int fiscalYear) => EffectiveFromYear <= fiscalYear && (EffectiveToYear is null || fiscalYear <= EffectiveToYear);
}

internal enum ClassificationKind
{
    /// <summary>แผนงาน</summary>
    Programme = 1,

    /// <summary>งาน</summary>
    WorkUnit = 2,

    /// <summary>งบ</summary>
    ExpenditureGroup = 3,

    /// <summary>หมวด / ประเภท</summary>
    ExpenditureCategory = 4,

    /// <summary>หมวดรายได้</summary>
    RevenueCategory = 5,
}

