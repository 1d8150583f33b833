using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Revenue.Domain.LandTax;

/// <summary>
/// One taxpayer's land and building tax for one tax year in one LAO (the ภ.ด.ส.6/7 figures), produced by the
/// annual run. Unique per LAO, year and taxpayer; a re-run replaces the lines only when the result changed
/// (<see cref="ResultHash"/>), and bills through the source key <see cref="SourceKey"/>. New assessments and
/// their lines are written set-based (docs/adr/0007).
/// </summary>
internal sealed class Assessment
{
    public int Id { get; set; }

    public int LaoId { get; set; }

    public int TaxYear { get; set; }

    public int TaxpayerId { get; set; }

    public int ParcelCount { get; set; }

    public int BuildingCount { get; set; }

    /// <summary>Appraised value of all parts (land and buildings), before exemptions.</summary>
    public Money TotalValue { get; set; }

    /// <summary>The tax to pay: the sum of the per-use taxes, each rounded to satang.</summary>
    public Money Tax { get; set; }

    /// <summary>"LBT:{year}:T{taxpayerId}", the bill's source key.</summary>
    public string SourceKey { get; set; } = "";

    /// <summary>A fingerprint of the lines; equal on a re-run with unchanged data.</summary>
    public string ResultHash { get; set; } = "";

    public DateTime ComputedUtc { get; set; }

    public string ComputedBy { get; set; } = "";

    public List<AssessmentLine> Lines { get; } = [];
}

/// <summary>What an explanation line says.</summary>
internal enum AssessmentLineKind
{
    /// <summary>A part of a parcel's land: area × price per square wah.</summary>
    LandValue = 1,

    /// <summary>A part of a building: floor area × price per m² × (1 − depreciation).</summary>
    BuildingValue = 2,

    /// <summary>The taxpayer's total value of one use.</summary>
    UseTotal = 3,

    /// <summary>The part of the total inside one bracket, taxed at its rate.</summary>
    Bracket = 4,

    /// <summary>Vacant-land escalation on parts unused for years.</summary>
    Escalation = 5,

    /// <summary>A relief (reduction) applied after the bracket tax.</summary>
    Relief = 6,

    /// <summary>The use's tax, rounded to satang.</summary>
    UseTax = 7,
}

/// <summary>
/// One line of the explanation. Amounts are shown to satang (half away from zero); the per-use tax
/// (<see cref="AssessmentLineKind.UseTax"/>) is the exact sum rounded once, so the shown lines may differ from it
/// by a satang.
/// </summary>
internal sealed class AssessmentLine
{
    public int Id { get; set; }

    public int AssessmentId { get; set; }

    public int No { get; set; }

    public AssessmentLineKind Kind { get; set; }

    public TaxBucket Bucket { get; set; }

    public int? ParcelId { get; set; }

    /// <summary>Deed or building label, relief name, or bracket range as printed.</summary>
    public string Label { get; set; } = "";

    /// <summary>Area (square wah or m²) for value lines.</summary>
    public decimal? Quantity { get; set; }

    /// <summary>Unit price (per square wah or m²) for value lines.</summary>
    public Money? UnitPrice { get; set; }

    /// <summary>Depreciation, escalation or relief percent, or the bracket rate.</summary>
    public decimal? Percent { get; set; }

    /// <summary>The value a rate applies to (value lines: the value itself).</summary>
    public Money Base { get; set; }

    /// <summary>The amount the line yields (tax, escalation, relief – negative); zero for value lines.</summary>
    public Money Amount { get; set; }
}
