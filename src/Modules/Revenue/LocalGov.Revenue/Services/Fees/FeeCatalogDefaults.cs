using LocalGov.Revenue.Domain.Fees;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Revenue.Services.Fees;

/// <summary>A catalogue entry as first loaded for an LAO (amounts within the usual ministerial ceilings; each LAO edits its own).</summary>
internal sealed record FeeCatalogEntry(string Code, string NameTh, string NameEn, decimal AmountBaht, FeePeriod Period, int? LicenceMonths);

/// <summary>The common fees and licences of a Thai municipality, loaded into an LAO's empty catalogue on request (and in the demo).</summary>
internal static class FeeCatalogDefaults
{
    public static readonly IReadOnlyList<FeeCatalogEntry> Entries =
    [
        new("F01", "ค่าเก็บและขนขยะมูลฝอย (บ้านพักอาศัย)", "Waste collection (household)", 20m, FeePeriod.Monthly, null),
        new("F02", "ค่าเก็บและขนขยะมูลฝอย (ร้านค้า สถานประกอบการ)", "Waste collection (shop or business)", 480m, FeePeriod.Yearly, null),
        new("F03", "ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ", "Licence for a business harmful to health", 1_000m, FeePeriod.Yearly, 12),
        new("F04", "ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหารหรือสถานที่สะสมอาหาร", "Licence for a food shop or food store", 500m, FeePeriod.Yearly, 12),
        new("F05", "ใบอนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ", "Licence to sell goods in a public place", 300m, FeePeriod.Yearly, 12),
        new("F06", "ใบอนุญาตก่อสร้างอาคาร", "Building permit", 2_000m, FeePeriod.OneOff, 12),
        new("F07", "ใบอนุญาตดัดแปลงหรือรื้อถอนอาคาร", "Permit to alter or demolish a building", 1_000m, FeePeriod.OneOff, 12),
        new("F08", "ค่าเช่าแผงตลาดสด", "Fresh-market stall rent", 600m, FeePeriod.Monthly, null),
        new("F09", "ใบอนุญาตจัดตั้งตลาด", "Licence to run a market", 2_000m, FeePeriod.Yearly, 12),
        new("F10", "ใบอนุญาตโฆษณาด้วยการปิด ทิ้ง หรือโปรยแผ่นประกาศ", "Permit for posters and leaflets", 200m, FeePeriod.OneOff, 1),
        new("F11", "ค่าธรรมเนียมการฆ่าสัตว์ (โค กระบือ)", "Slaughter fee (cattle, buffalo)", 20m, FeePeriod.OneOff, null),
        new("F12", "ค่าธรรมเนียมคัดสำเนาเอกสาร", "Copies of documents", 10m, FeePeriod.OneOff, null),
    ];

    public static FeeItem ToItem(FeeCatalogEntry entry, int laoId) => new()
    {
        LaoId = laoId,
        Code = entry.Code,
        NameTh = entry.NameTh,
        NameEn = entry.NameEn,
        Amount = Money.FromBaht(entry.AmountBaht),
        Period = entry.Period,
        IssuesLicence = entry.LicenceMonths is not null,
        ValidityMonths = entry.LicenceMonths,
        Active = true,
    };
}
