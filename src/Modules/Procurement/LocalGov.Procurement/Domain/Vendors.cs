namespace LocalGov.Procurement.Domain;

internal enum VendorKind
{
    /// <summary>นิติบุคคล: tax id starts with 0.</summary>
    Company = 1,

    /// <summary>บุคคลธรรมดา.</summary>
    Person = 2,
}

/// <summary>
/// A company or person the LAO buys from, identified by its 13-digit tax id (validated with ThaiTaxId, unique per
/// LAO so the same vendor is never entered twice).
/// </summary>
internal sealed class Vendor
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public required string TaxId { get; set; }
    public VendorKind Kind { get; set; }
    public required string Name { get; set; }

    /// <summary>สาขา: "00000" for the head office.</summary>
    public string? BranchNo { get; set; }

    public string? Address { get; set; }
    public string? ContactName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? BankName { get; set; }
    public string? BankAccountNo { get; set; }
    public string? BankAccountName { get; set; }
    public DateTime CreatedUtc { get; set; }
    public required string CreatedBy { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    public List<VendorBlacklisting> Blacklistings { get; set; } = [];

    /// <summary>True when a blacklisting covers <paramref name="on"/> (from ≤ on ≤ to, open-ended when no end).</summary>
    public bool IsBlacklistedOn(DateOnly on) => Blacklistings.Any(b => b.Covers(on));
}

/// <summary>ผู้ทิ้งงาน: a vendor barred from bidding and awards for a period, with the reason.</summary>
internal sealed class VendorBlacklisting
{
    public int Id { get; set; }
    public int VendorId { get; set; }
    public DateOnly FromDate { get; set; }

    /// <summary>Null: until lifted.</summary>
    public DateOnly? ToDate { get; set; }

    public required string Reason { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedUtc { get; set; }

    public bool Covers(DateOnly on) => FromDate <= on && (ToDate is null || on <= ToDate);
}
