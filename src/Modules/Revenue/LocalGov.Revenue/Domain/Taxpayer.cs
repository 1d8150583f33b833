namespace LocalGov.Revenue.Domain;

/// <summary>Whether a taxpayer is a natural person (บุคคลธรรมดา) or a juristic person (นิติบุคคล).</summary>
internal enum TaxpayerKind
{
    Person = 1,
    Company = 2,
}

/// <summary>
/// A person or company in one LAO's taxpayer register (ทะเบียนผู้ชำระภาษี), identified by the 13-digit national
/// id or juristic tax id. A merged duplicate is kept (never deleted) and points to the record it was merged into,
/// so its bills, receipts and history stay readable.
/// </summary>
internal sealed class Taxpayer
{
    public int Id { get; set; }

    public int LaoId { get; set; }

    public TaxpayerKind Kind { get; set; }

    /// <summary>13 digits, checksum-valid (<see cref="LocalGov.SharedKernel.Identity.ThaiTaxId"/>).</summary>
    public string TaxId { get; set; } = "";

    /// <summary>คำนำหน้า: นาย, นาง, นางสาว, บริษัท, ห้างหุ้นส่วนจำกัด, ...</summary>
    public string Title { get; set; } = "";

    /// <summary>First name of a person, or the company's name.</summary>
    public string FirstName { get; set; } = "";

    /// <summary>Surname of a person; empty for a company.</summary>
    public string LastName { get; set; } = "";

    public string HouseNumber { get; set; } = "";

    /// <summary>หมู่ที่ (village number), if any.</summary>
    public string Village { get; set; } = "";

    public string Road { get; set; } = "";

    public string Subdistrict { get; set; } = "";

    public string District { get; set; } = "";

    public string Province { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string Phone { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>When set, this record is a merged duplicate of that taxpayer and takes no new bills.</summary>
    public int? MergedIntoId { get; set; }

    public DateTime? MergedUtc { get; set; }

    public string? MergedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public string DisplayName => string.Join(' ', new[] { Title + FirstName, LastName }.Where(s => s.Length > 0));

    public string Address => string.Join(' ', new[]
    {
        HouseNumber,
        Village.Length > 0 ? "หมู่ " + Village : "",
        Road.Length > 0 ? "ถนน" + Road : "",
        Subdistrict.Length > 0 ? "ตำบล" + Subdistrict : "",
        District.Length > 0 ? "อำเภอ" + District : "",
        Province.Length > 0 ? "จังหวัด" + Province : "",
        PostalCode,
    }.Where(s => s.Length > 0));
}
