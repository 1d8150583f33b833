using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Procurement.Domain;

internal enum AssetStatus
{
    InUse = 1,
    UnderRepair = 2,
    Disposed = 3,
}

internal enum AssetEventKind
{
    Acquired = 1,
    Transferred = 2,
    Repaired = 3,
    Disposed = 4,
}

internal enum DisposalMethod
{
    Sale = 1,
    Auction = 2,
    Exchange = 3,
    Transfer = 4,
    WriteOff = 5,
}

/// <summary>
/// ครุภัณฑ์: a durable good in the LAO's register with its code, location, custodian and straight-line depreciation
/// over its useful life (to its salvage value). Enters from an accepted instalment, or by hand for older assets.
/// </summary>
internal sealed class Asset
{
    public int Id { get; set; }
    public int LaoId { get; set; }

    /// <summary>The register code (เลขทะเบียนครุภัณฑ์), unique per LAO.</summary>
    public required string AssetCode { get; set; }

    public required string Name { get; set; }
    public required string Category { get; set; }
    public int? CaseId { get; set; }
    public int? InstalmentId { get; set; }
    public int? VendorId { get; set; }
    public DateOnly AcquiredOn { get; set; }
    public Money Cost { get; set; }
    public Money SalvageValue { get; set; }
    public int UsefulLifeYears { get; set; }
    public required string Location { get; set; }
    public required string Custodian { get; set; }
    public AssetStatus Status { get; set; } = AssetStatus.InUse;
    public DateOnly? DisposedOn { get; set; }
    public DisposalMethod? DisposalMethod { get; set; }
    public Money? DisposalProceeds { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    public List<AssetEvent> Events { get; set; } = [];
}

/// <summary>The asset's history: acquisition, transfers between locations or custodians, repairs, disposal.</summary>
internal sealed class AssetEvent
{
    public int Id { get; set; }
    public int AssetId { get; set; }
    public AssetEventKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }
    public string? FromLocation { get; set; }
    public string? ToLocation { get; set; }
    public string? FromCustodian { get; set; }
    public string? ToCustodian { get; set; }

    /// <summary>Repair cost, or disposal proceeds.</summary>
    public Money? Amount { get; set; }

    public string? Note { get; set; }
    public required string UserName { get; set; }
    public DateTime RecordedUtc { get; set; }
}
