namespace LocalGov.Organizations.Contracts;

/// <summary>The forms of local administrative organisation (อปท.).</summary>
public enum LaoType
{
    /// <summary>องค์การบริหารส่วนจังหวัด (อบจ.)</summary>
    ProvincialAdministrativeOrganisation = 1,

    /// <summary>เทศบาลนคร</summary>
    CityMunicipality = 2,

    /// <summary>เทศบาลเมือง</summary>
    TownMunicipality = 3,

    /// <summary>เทศบาลตำบล</summary>
    SubdistrictMunicipality = 4,

    /// <summary>องค์การบริหารส่วนตำบล (อบต.)</summary>
    SubdistrictAdministrativeOrganisation = 5,

    /// <summary>กรุงเทพมหานคร</summary>
    Bangkok = 6,

    /// <summary>เมืองพัทยา</summary>
    Pattaya = 7,
}

public static class LaoTypes
{
    /// <summary>Municipalities and PAOs have their budget approved by the governor; SAOs by the district chief.</summary>
    public static bool BudgetApprovedByDistrictChief(LaoType type) => type == LaoType.SubdistrictAdministrativeOrganisation;

    public static bool IsMunicipality(LaoType type) =>
        type is LaoType.CityMunicipality or LaoType.TownMunicipality or LaoType.SubdistrictMunicipality;

    /// <summary>The legal name of the form of organisation, in Thai or English.</summary>
    public static string DisplayName(LaoType type, bool thai) => (type, thai) switch
    {
        (LaoType.ProvincialAdministrativeOrganisation, true) => "องค์การบริหารส่วนจังหวัด",
        (LaoType.ProvincialAdministrativeOrganisation, false) => "Provincial Administrative Organisation",
        (LaoType.CityMunicipality, true) => "เทศบาลนคร",
        (LaoType.CityMunicipality, false) => "City Municipality",
        (LaoType.TownMunicipality, true) => "เทศบาลเมือง",
        (LaoType.TownMunicipality, false) => "Town Municipality",
        (LaoType.SubdistrictMunicipality, true) => "เทศบาลตำบล",
        (LaoType.SubdistrictMunicipality, false) => "Subdistrict Municipality",
        (LaoType.SubdistrictAdministrativeOrganisation, true) => "องค์การบริหารส่วนตำบล",
        (LaoType.SubdistrictAdministrativeOrganisation, false) => "Subdistrict Administrative Organisation",
        (LaoType.Bangkok, true) => "กรุงเทพมหานคร",
        (LaoType.Bangkok, false) => "Bangkok Metropolitan Administration",
        (LaoType.Pattaya, true) => "เมืองพัทยา",
        (LaoType.Pattaya, false) => "Pattaya City",
        _ => type.ToString(),
    };
}

public sealed record ProvinceDto(int Id, string Code, string NameTh, string NameEn);

public sealed record LaoDto(
    int Id,
    string Code,
    string NameTh,
    string NameEn,
    LaoType Type,
    int ProvinceId,
    int? DistrictId,
    int Population,
    decimal AreaSquareKm,
    int CouncilSize);

/// <summary>Read access to organisations for other modules.</summary>
public interface IOrganizationDirectory
{
    Task<LaoDto?> FindLaoAsync(int laoId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<LaoDto>> GetLaosAsync(IReadOnlyCollection<int> laoIds, CancellationToken cancellationToken = default);

    /// <summary>Every LAO, by id, in one query (national computations and generators).</summary>
    Task<IReadOnlyList<LaoDto>> GetAllLaosAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<int>> GetLaoIdsInProvinceAsync(int provinceId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ProvinceDto>> GetProvincesAsync(CancellationToken cancellationToken = default);

    Task<ProvinceDto?> FindProvinceAsync(int provinceId, CancellationToken cancellationToken = default);

    Task<LaoDto?> FindLaoByCodeAsync(string code, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<LaoType, int>> CountLaosByTypeAsync(CancellationToken cancellationToken = default);

    /// <summary>Number of LAOs in each province (by province id), one GROUP BY for roll-ups.</summary>
    Task<IReadOnlyDictionary<int, int>> CountLaosByProvinceAsync(CancellationToken cancellationToken = default);
}

/// <summary>Which LAO a module's read page shows: the LAO, or the LAOs to choose from (officers above LAO level).</summary>
public sealed record LaoChoice(LaoDto? Lao, IReadOnlyList<LaoDto> Choices, string? Code, bool CodeNotFound)
{
    /// <summary>Neither a LAO nor a picker: the URL names an LAO outside the user's scope (404).</summary>
    public bool NotFound => Lao is null && !ShowPicker;

    public bool ShowPicker { get; init; }
}

/// <summary>
/// The LAO a read page shows, for every module: LAO staff always their own (another id → not found); officers the
/// LAO id or code they chose within their scope, or else a picker (their province's LAOs, or a code box).
/// </summary>
public interface ILaoChooser
{
    Task<LaoChoice> ChooseAsync(int? laoId, string? code, CancellationToken cancellationToken = default);
}
