using LocalGov.Organizations.Contracts;

namespace LocalGov.Organizations.Domain;

/// <summary>องค์กรปกครองส่วนท้องถิ่น (อปท.): a local administrative organisation.</summary>
internal sealed class Lao
{
    public int Id { get; set; }

    /// <summary>Seven-digit organisation code, unique nationally.</summary>
    public required string Code { get; set; }

    public required string NameTh { get; set; }
    public required string NameEn { get; set; }
    public LaoType Type { get; set; }
    public int ProvinceId { get; set; }
    public Province? Province { get; set; }

    /// <summary>Null for a PAO (covers the whole province) and for Bangkok.</summary>
    public int? DistrictId { get; set; }

    public District? District { get; set; }
    public int Population { get; set; }
    public decimal AreaSquareKm { get; set; }

    /// <summary>Members of the local council (สมาชิกสภาท้องถิ่น).</summary>
    public int CouncilSize { get; set; }

    /// <summary>Changed on every edit so that two administrators cannot overwrite each other unseen.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public LaoDto ToDto() => new(Id, Code, NameTh, NameEn, Type, ProvinceId, DistrictId, Population, AreaSquareKm, CouncilSize);
}
