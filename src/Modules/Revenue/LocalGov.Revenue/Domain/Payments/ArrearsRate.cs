using LocalGov.Revenue.Contracts;

namespace LocalGov.Revenue.Domain.Payments;

/// <summary>
/// Surcharge (เบี้ยปรับ) and interest (เงินเพิ่ม) rates for late payment of one kind of revenue, in force from
/// <see cref="EffectiveFrom"/> (a later row replaces an earlier one). A bill takes the row in force on its due date.
/// Rates are in basis points (1 % = 100) so that they are exact integers on every database.
/// </summary>
internal sealed class ArrearsRate
{
    public int Id { get; set; }

    public RevenueKind Kind { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Surcharge on the unpaid tax when paid late, after any reduced period (land and building tax: 40 %).</summary>
    public int SurchargeBasisPoints { get; set; }

    /// <summary>Reduced surcharge when paid within <see cref="ReducedDays"/> days after the due date (before a warning letter).</summary>
    public int ReducedSurchargeBasisPoints { get; set; }

    public int ReducedDays { get; set; }

    /// <summary>Surcharge when paid within the warning period: the <see cref="WarningDays"/> days that follow the reduced period.</summary>
    public int WarningSurchargeBasisPoints { get; set; }

    public int WarningDays { get; set; }

    /// <summary>Interest per month or part of a month on the unpaid tax (land and building tax: 1 %).</summary>
    public int InterestBasisPointsPerMonth { get; set; }

    /// <summary>Interest at most this share of the unpaid tax (10000 = not more than the tax itself); 0 = no cap.</summary>
    public int InterestCapBasisPoints { get; set; }

    /// <summary>Surcharge for a late filing (signboard tax: 10 %), applied by the assessment, not by payments; kept here with the other rates.</summary>
    public int LateFilingSurchargeBasisPoints { get; set; }

    /// <summary>Legal source, e.g. "พ.ร.บ.ภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 ม.68–70".</summary>
    public string Source { get; set; } = "";

    /// <summary>Set when an administrator changed the row: the seeder never touches it again.</summary>
    public string? EditedBy { get; set; }

    public DateTime? EditedUtc { get; set; }

    public ArrearsTerms Terms => new(
        SurchargeBasisPoints, ReducedSurchargeBasisPoints, ReducedDays, WarningSurchargeBasisPoints, WarningDays,
        InterestBasisPointsPerMonth, InterestCapBasisPoints);
}
