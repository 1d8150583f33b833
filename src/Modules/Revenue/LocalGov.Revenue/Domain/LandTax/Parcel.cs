namespace LocalGov.Revenue.Domain.LandTax;

/// <summary>The document of title of a parcel (เอกสารสิทธิ์).</summary>
internal enum DeedType
{
    /// <summary>โฉนดที่ดิน (title deed).</summary>
    Chanote = 1,

    /// <summary>น.ส.3ก (certificate of use, surveyed on the aerial map).</summary>
    NorSor3Kor = 2,

    /// <summary>น.ส.3 (certificate of use).</summary>
    NorSor3 = 3,

    /// <summary>ส.ป.ก. 4-01 (agricultural land reform).</summary>
    SorPorKor = 4,

    /// <summary>Any other document or none (ภ.บ.ท.5, ...).</summary>
    Other = 9,
}

/// <summary>What a part of a parcel or building is used for on 1 January of the tax year.</summary>
internal enum UseKind
{
    /// <summary>ประกอบเกษตรกรรม.</summary>
    Agriculture = 1,

    /// <summary>Residence of the owner of both land and house, named in the house registration (บ้านหลังหลัก).</summary>
    ResidentialOwnerLandAndHouse = 2,

    /// <summary>Residence of the owner of the house only (the land is someone else's), named in the house registration.</summary>
    ResidentialHouseOnly = 3,

    /// <summary>Other residence: second homes, houses rented out.</summary>
    ResidentialOther = 4,

    /// <summary>Commercial, industrial and any other use.</summary>
    Other = 5,

    /// <summary>Left vacant or unused (ทิ้งไว้ว่างเปล่า).</summary>
    Vacant = 6,
}

/// <summary>
/// A parcel of land (แปลงที่ดิน) in one LAO's survey, owned by one taxpayer. Area in rai-ngan-square wah
/// (1 rai = 4 ngan = 400 square wah; 1 ngan = 100 square wah), priced by the official appraisal per square wah.
/// The deed (type + number) is unique within the LAO.
/// </summary>
internal sealed class Parcel
{
    public int Id { get; set; }

    public int LaoId { get; set; }

    /// <summary>The owner (holder) on 1 January of the tax year.</summary>
    public int OwnerTaxpayerId { get; set; }

    public DeedType DeedType { get; set; }

    /// <summary>เลขที่เอกสารสิทธิ์.</summary>
    public string DeedNumber { get; set; } = "";

    /// <summary>เลขที่ดิน (land number on the survey sheet).</summary>
    public string LandNumber { get; set; } = "";

    public int Rai { get; set; }

    /// <summary>0–3.</summary>
    public int Ngan { get; set; }

    /// <summary>0–99.99.</summary>
    public decimal SquareWah { get; set; }

    /// <summary>หมู่ที่.</summary>
    public string VillageNo { get; set; } = "";

    /// <summary>ตำบล.</summary>
    public string Subdistrict { get; set; } = "";

    /// <summary>Official appraised price of the land per square wah (ราคาประเมินทุนทรัพย์).</summary>
    public SharedKernel.Amounts.Money PricePerSquareWah { get; set; }

    /// <summary>Tax year (B.E.) from which <see cref="PricePerSquareWah"/> applies.</summary>
    public int PriceEffectiveYear { get; set; }

    public DateTime CreatedUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<ParcelUse> Uses { get; } = [];

    public List<Building> Buildings { get; } = [];

    public decimal AreaSquareWah => LandArea.ToSquareWah(Rai, Ngan, SquareWah);
}

/// <summary>A part of a parcel's land with one use.</summary>
internal sealed class ParcelUse
{
    public int Id { get; set; }

    public int ParcelId { get; set; }

    public UseKind Kind { get; set; }

    /// <summary>The part's area in square wah.</summary>
    public decimal AreaSquareWah { get; set; }

    /// <summary>For <see cref="UseKind.Vacant"/>: the first tax year (B.E.) the part was left unused.</summary>
    public int? VacantSinceYear { get; set; }

    /// <summary>For <see cref="UseKind.Agriculture"/>: the owner is an individual farming the land (first 50 M exempt).</summary>
    public bool IndividualFarmer { get; set; }
}

/// <summary>A building (สิ่งปลูกสร้าง) on a parcel, valued by the official building price table less depreciation by age.</summary>
internal sealed class Building
{
    public int Id { get; set; }

    public int ParcelId { get; set; }

    /// <summary>The owner when not the land's owner (a house on someone else's land); null = the parcel's owner.</summary>
    public int? OwnerTaxpayerId { get; set; }

    /// <summary>Code of the building price table (<see cref="BuildingPrice.Code"/>).</summary>
    public string BuildingTypeCode { get; set; } = "";

    public decimal FloorAreaSquareMetres { get; set; }

    /// <summary>Year built (B.E.); the age for depreciation is the tax year minus this.</summary>
    public int YearBuilt { get; set; }

    public string Description { get; set; } = "";

    public List<BuildingUse> Uses { get; } = [];
}

/// <summary>A part of a building's floor area with one use.</summary>
internal sealed class BuildingUse
{
    public int Id { get; set; }

    public int BuildingId { get; set; }

    public UseKind Kind { get; set; }

    public decimal FloorAreaSquareMetres { get; set; }

    public int? VacantSinceYear { get; set; }

    public bool IndividualFarmer { get; set; }
}

/// <summary>Thai land measures: 1 rai = 4 ngan = 400 square wah.</summary>
internal static class LandArea
{
    public const int SquareWahPerRai = 400;
    public const int SquareWahPerNgan = 100;

    public static decimal ToSquareWah(int rai, int ngan, decimal squareWah) => (rai * SquareWahPerRai) + (ngan * SquareWahPerNgan) + squareWah;

    /// <summary>Splits square wah into rai, ngan and square wah (e.g. 1,650.5 → 4-0-50.5).</summary>
    public static (int Rai, int Ngan, decimal SquareWah) FromSquareWah(decimal total)
    {
        var rai = (int)decimal.Floor(total / SquareWahPerRai);
        var rest = total - (rai * SquareWahPerRai);
        var ngan = (int)decimal.Floor(rest / SquareWahPerNgan);
        return (rai, ngan, rest - (ngan * SquareWahPerNgan));
    }
}
