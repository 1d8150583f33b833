using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Revenue.Domain.Fees;

/// <summary>How often a fee is charged.</summary>
internal enum FeePeriod
{
    OneOff = 1,
    Yearly = 2,
    Monthly = 3,
}

/// <summary>
/// An item of one LAO's fee catalogue (ค่าธรรมเนียม ใบอนุญาต): what it costs, how often, and whether paying it issues a
/// licence valid for some months. Each LAO sets its own amounts by local ordinance (เทศบัญญัติ / ข้อบัญญัติ).
/// </summary>
internal sealed class FeeItem
{
    public int Id { get; set; }

    public int LaoId { get; set; }

    public string Code { get; set; } = "";

    public string NameTh { get; set; } = "";

    public string NameEn { get; set; } = "";

    public Money Amount { get; set; }

    public FeePeriod Period { get; set; }

    public bool IssuesLicence { get; set; }

    /// <summary>Months a licence stays valid (when <see cref="IssuesLicence"/>).</summary>
    public int? ValidityMonths { get; set; }

    public bool Active { get; set; } = true;

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

internal enum LicenceStatus
{
    /// <summary>In force until its expiry date (past it, it is shown as expired).</summary>
    Active = 1,

    /// <summary>Replaced by a renewal.</summary>
    Renewed = 2,

    /// <summary>Withdrawn; kept, never deleted.</summary>
    Revoked = 3,
}

/// <summary>A licence (ใบอนุญาต) issued to a taxpayer for a fee item, numbered per LAO and year ("12/2570").</summary>
internal sealed class Licence
{
    public int Id { get; set; }

    public int LaoId { get; set; }

    public int TaxpayerId { get; set; }

    public int FeeItemId { get; set; }

    /// <summary>B.E. year of the number (the year of <see cref="IssuedOn"/>).</summary>
    public int Year { get; set; }

    public int Sequence { get; set; }

    /// <summary>"{Sequence}/{Year}", as printed.</summary>
    public string Number { get; set; } = "";

    /// <summary>The business or premises the licence is for.</summary>
    public string Premises { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    /// <summary>Last day the licence is valid (inclusive).</summary>
    public DateOnly ExpiresOn { get; set; }

    public LicenceStatus Status { get; set; } = LicenceStatus.Active;

    public int? RenewedFromId { get; set; }

    public int? BillId { get; set; }

    public string IssuedBy { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>Validity: from <paramref name="from"/> for <paramref name="months"/> months, the last day inclusive.</summary>
    public static DateOnly ExpiryFor(DateOnly from, int months) => from.AddMonths(months).AddDays(-1);

    public bool IsExpired(DateOnly today) => Status == LicenceStatus.Active && ExpiresOn < today;

    public bool IsExpiringWithin(DateOnly today, int days) => Status == LicenceStatus.Active && ExpiresOn >= today && ExpiresOn <= today.AddDays(days);
}
