namespace LocalGov.Organizations.Domain;

/// <summary>อำเภอ (เขต in Bangkok). <see cref="Code"/> is the official four-digit code (province + district).</summary>
internal sealed class District
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int ProvinceId { get; set; }
    public Province? Province { get; set; }
    public required string NameTh { get; set; }
    public required string NameEn { get; set; }
}
