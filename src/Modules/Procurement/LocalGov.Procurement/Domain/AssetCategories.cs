namespace LocalGov.Procurement.Domain;

/// <summary>A category of durable goods (ประเภทครุภัณฑ์): the short code used in asset codes and the default useful life.</summary>
internal sealed record AssetCategory(string Code, string NameTh, int DefaultLifeYears);

/// <summary>
/// The categories the register knows, with the default useful life used when a case item does not state one. The
/// lives follow the Comptroller General's table of useful lives for government assets (หนังสือกรมบัญชีกลาง
/// ว 410 ลงวันที่ 22 ตุลาคม 2545, อายุการใช้งานของสินทรัพย์), taking a middle value where the table gives a
/// range; they are only defaults (the officer enters the life of each asset). Anything else: 5 years.
/// </summary>
internal static class AssetCategories
{
    public const int FallbackLifeYears = 5;
    public const string FallbackCode = "ASSET";

    public static IReadOnlyList<AssetCategory> All { get; } =
    [
        new("OFF", "ครุภัณฑ์สำนักงาน", 8),
        new("VEH", "ครุภัณฑ์ยานพาหนะและขนส่ง", 8),
        new("ELE", "ครุภัณฑ์ไฟฟ้าและวิทยุ", 5),
        new("ADV", "ครุภัณฑ์โฆษณาและเผยแพร่", 5),
        new("AGR", "ครุภัณฑ์การเกษตร", 5),
        new("CON", "ครุภัณฑ์ก่อสร้าง", 5),
        new("SCI", "ครุภัณฑ์วิทยาศาสตร์และการแพทย์", 5),
        new("COM", "ครุภัณฑ์คอมพิวเตอร์", 3),
        new("EDU", "ครุภัณฑ์การศึกษา", 5),
        new("HOM", "ครุภัณฑ์งานบ้านงานครัว", 5),
        new("SPO", "ครุภัณฑ์กีฬา", 5),
        new("MUS", "ครุภัณฑ์ดนตรีและนาฏศิลป์", 5),
        new("FIR", "ครุภัณฑ์ดับเพลิง", 8),
    ];

    /// <summary>The known category named by <paramref name="category"/> (its code or its Thai name), or null.</summary>
    public static AssetCategory? Find(string? category)
    {
        var text = category?.Trim();
        return string.IsNullOrEmpty(text)
            ? null
            : All.FirstOrDefault(c => string.Equals(c.Code, text, StringComparison.OrdinalIgnoreCase) || c.NameTh == text);
    }

    /// <summary>The code used in asset codes: the known category's code, else <see cref="FallbackCode"/>.</summary>
    public static string CodeOf(string? category) => Find(category)?.Code ?? FallbackCode;

    public static int DefaultLifeOf(string? category) => Find(category)?.DefaultLifeYears ?? FallbackLifeYears;
}
