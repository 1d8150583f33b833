namespace LocalGov.Revenue.Domain.Signboards;

/// <summary>The three signboard types of the Signboard Tax Act (พ.ร.บ.ภาษีป้าย พ.ศ. 2510, s.17).</summary>
internal enum SignType
{
    /// <summary>ป้ายประเภทที่ 1: Thai text only.</summary>
    ThaiOnly = 1,

    /// <summary>ป้ายประเภทที่ 2: Thai mixed with foreign text, or with pictures or marks.</summary>
    ThaiMixed = 2,

    /// <summary>ป้ายประเภทที่ 3: no Thai text, or Thai text below or after the foreign text.</summary>
    NoThaiOrThaiBelow = 3,
}

/// <summary>
/// A sign (ป้าย) on the LAO's register: who owns it, its type, size and where it stands. It is taxed every calendar
/// year it stands; the year it goes up, by the quarters left.
/// </summary>
internal sealed class Sign
{
    public int Id { get; set; }

    public int LaoId { get; set; }

    public int TaxpayerId { get; set; }

    public SignType Type { get; set; }

    /// <summary>Moving or changeable text (ป้ายที่มีอักษร ภาพ หรือเครื่องหมายที่เคลื่อนที่หรือเปลี่ยนเป็นข้อความอื่นได้).</summary>
    public bool Moving { get; set; }

    public int WidthCm { get; set; }

    public int HeightCm { get; set; }

    /// <summary>The text on the sign or a description of it.</summary>
    public string Text { get; set; } = "";

    public string Location { get; set; } = "";

    public DateOnly InstalledOn { get; set; }

    public DateOnly? RemovedOn { get; set; }

    public DateTime CreatedUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public long AreaCm2 => (long)WidthCm * HeightCm;
}

/// <summary>
/// The signboard tax rate in force from <see cref="EffectiveFrom"/> for one type and moving flag: baht per 500 cm²
/// and the minimum per sign. Reference data (ministerial regulation), corrected by an administrator, not code.
/// </summary>
internal sealed class SignboardRate
{
    public int Id { get; set; }

    public SignType Type { get; set; }

    public bool Moving { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Baht per 500 cm².</summary>
    public LocalGov.SharedKernel.Amounts.Money RatePer500Cm2 { get; set; }

    /// <summary>The least a sign pays for a year (ป้ายละ 200 บาท).</summary>
    public LocalGov.SharedKernel.Amounts.Money MinimumPerSign { get; set; }

    /// <summary>Where the figure comes from (the regulation).</summary>
    public string Source { get; set; } = "";

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
