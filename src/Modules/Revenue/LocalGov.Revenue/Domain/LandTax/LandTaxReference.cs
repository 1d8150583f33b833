using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Revenue.Domain.LandTax;

/// <summary>
/// The rate table a part's value is taxed by: the use, and for agriculture and residence the owner-occupier
/// variants that carry their own exemption (a 0 % first bracket).
/// </summary>
internal enum TaxBucket
{
    Agriculture = 1,
    AgricultureIndividualFarmer = 2,
    ResidentialOwnerLandAndHouse = 3,
    ResidentialHouseOnly = 4,
    ResidentialOther = 5,
    Other = 6,
    Vacant = 7,
}

/// <summary>
/// One bracket of the progressive rate table of a use (Royal Decree on land and building tax rates): the rate
/// applies to the part of the taxpayer's total value of that use between <see cref="LowerBound"/> and
/// <see cref="UpperBound"/> (open-ended when null). An exemption is a 0 % bracket. Effective-dated: for a tax
/// year, the brackets of the latest <see cref="EffectiveFromYear"/> not after it apply.
/// </summary>
internal sealed class LandTaxRateBracket
{
    public int Id { get; set; }

    public TaxBucket Bucket { get; set; }

    /// <summary>First tax year (B.E.) this table applies to.</summary>
    public int EffectiveFromYear { get; set; }

    public Money LowerBound { get; set; }

    public Money? UpperBound { get; set; }

    /// <summary>Rate in percent, e.g. 0.3 for 0.3 %.</summary>
    public decimal RatePercent { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTime? UpdatedUtc { get; set; }
}

/// <summary>The vacant-land escalation (s.37): +<see cref="StepPercent"/> for every <see cref="StepYears"/> consecutive years left unused, the total rate at most <see cref="MaxTotalPercent"/>.</summary>
internal sealed class VacantEscalationRule
{
    public int Id { get; set; }

    public int EffectiveFromYear { get; set; }

    public int StepYears { get; set; } = 3;

    public decimal StepPercent { get; set; } = 0.3m;

    public decimal MaxTotalPercent { get; set; } = 3m;

    public string? UpdatedBy { get; set; }

    public DateTime? UpdatedUtc { get; set; }
}

/// <summary>The official building price table (บัญชีราคาประเมินสิ่งปลูกสร้าง): baht per m² by building type.</summary>
internal sealed class BuildingPrice
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string NameTh { get; set; } = "";

    public string NameEn { get; set; } = "";

    public int EffectiveFromYear { get; set; }

    public Money PricePerSquareMetre { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTime? UpdatedUtc { get; set; }
}

/// <summary>Depreciation of buildings by age: from <see cref="FromAge"/> years old, <see cref="Percent"/> of the value; the last step is the cap.</summary>
internal sealed class BuildingDepreciationStep
{
    public int Id { get; set; }

    public int EffectiveFromYear { get; set; }

    public int FromAge { get; set; }

    public decimal Percent { get; set; }
}

/// <summary>
/// A named, dated reduction of the tax (a national relief decree, or a reduction the LAO granted): applied
/// after the bracket tax, in the years <see cref="FromYear"/>–<see cref="ToYear"/>, to one use or to all.
/// </summary>
internal sealed class LandTaxRelief
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The LAO that granted it; null for a national decree.</summary>
    public int? LaoId { get; set; }

    /// <summary>The use it applies to; null for all.</summary>
    public TaxBucket? Bucket { get; set; }

    public int FromYear { get; set; }

    public int ToYear { get; set; }

    /// <summary>Reduction in percent of the tax, e.g. 90.</summary>
    public decimal ReductionPercent { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTime? UpdatedUtc { get; set; }
}

/// <summary>The yearly calendar: last payment day and when instalments are offered.</summary>
internal sealed class LandTaxCalendar
{
    public int Id { get; set; }

    public int EffectiveFromYear { get; set; }

    public int DueMonth { get; set; } = 4;

    public int DueDay { get; set; } = 30;

    /// <summary>Instalments are offered when the tax is at least this.</summary>
    public Money InstalmentMinimum { get; set; } = Money.FromBaht(3_000m);

    public int InstalmentCount { get; set; } = 3;

    public DateOnly DueDate(int taxYear)
    {
        var year = taxYear - SharedKernel.Time.ThaiDate.BuddhistEraOffset;
        return new DateOnly(year, DueMonth, Math.Min(DueDay, DateTime.DaysInMonth(year, DueMonth)));
    }

    /// <summary>Instalment n (1-based) falls due n−1 months after the due date, on the month's last day when the due day is the last.</summary>
    public DateOnly InstalmentDueDate(int taxYear, int number)
    {
        var first = DueDate(taxYear);
        var month = first.AddDays(1 - first.Day).AddMonths(number - 1);
        var lastDay = DateTime.DaysInMonth(month.Year, month.Month);
        var day = DueDay >= DateTime.DaysInMonth(first.Year, first.Month) ? lastDay : Math.Min(DueDay, lastDay);
        return new DateOnly(month.Year, month.Month, day);
    }
}
