namespace LocalGov.Organizations.Domain;

/// <summary>จังหวัด. <see cref="Code"/> is the official two-digit province code (10 = Bangkok).</summary>
internal sealed class Province
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameTh { get; set; }
    public required string NameEn { get; set; }
    public Region Region { get; set; }
    public List<District> Districts { get; set; } = [];
}

/// <summary>The six regions of the official geographic grouping.</summary>
internal enum Region
{
    North = 1,
    Northeast = 2,
    Central = 3,
    East = 4,
    West = 5,
    South = 6,
}
