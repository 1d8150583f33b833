namespace LocalGov.Organizations.Seeding;

/// <summary>A place name in Thai with its RTGS romanisation.</summary>
internal readonly record struct PlaceName(string Th, string En);

/// <summary>
/// Builds plausible Thai place names the way real ones are built: a landscape word (หนอง pond, โคก knoll,
/// บาง waterside village, ...), a plant, animal or thing, and sometimes a qualifier — หนอง + บัว + ทอง =
/// หนองบัวทอง "Nong Bua Thong". Synthetic: any resemblance to a real ตำบล is chance (and likely, as real
/// names are built the same way).
/// </summary>
internal static class ThaiPlaceNames
{
    private static readonly PlaceName[] Heads =
    [
        new("บ้าน", "Ban"), new("หนอง", "Nong"), new("นา", "Na"), new("โคก", "Khok"), new("ดอน", "Don"),
        new("ห้วย", "Huai"), new("บาง", "Bang"), new("ท่า", "Tha"), new("วัง", "Wang"), new("ทุ่ง", "Thung"),
        new("เขา", "Khao"), new("โนน", "Non"), new("คลอง", "Khlong"), new("สระ", "Sa"), new("บึง", "Bueng"),
        new("ป่า", "Pa"), new("แม่", "Mae"), new("ลำ", "Lam"), new("หัว", "Hua"), new("ไร่", "Rai"),
        new("เวียง", "Wiang"), new("ปาก", "Pak"), new("ดง", "Dong"), new("สวน", "Suan"), new("บ่อ", "Bo"),
        new("กุด", "Kut"), new("โพน", "Phon"), new("ซับ", "Sap"),
    ];

    private static readonly PlaceName[] Cores =
    [
        new("บัว", "Bua"), new("ไผ่", "Phai"), new("ยาง", "Yang"), new("ม่วง", "Muang"), new("ขาม", "Kham"),
        new("แก", "Kae"), new("สะแก", "Sakae"), new("ตาล", "Tan"), new("มะขาม", "Makham"), new("โพธิ์", "Pho"),
        new("ไทร", "Sai"), new("จาน", "Chan"), new("หว้า", "Wa"), new("ตะเคียน", "Takhian"), new("กระทุ่ม", "Krathum"),
        new("ช้าง", "Chang"), new("ม้า", "Ma"), new("เสือ", "Suea"), new("ปลา", "Pla"), new("กุ้ง", "Kung"),
        new("หิน", "Hin"), new("ทราย", "Sai"), new("เกลือ", "Kluea"), new("ข้าว", "Khao"), new("อ้อย", "Oi"),
        new("งิ้ว", "Ngio"), new("แค", "Khae"), new("มะม่วง", "Mamuang"), new("ขี้เหล็ก", "Khilek"), new("สำโรง", "Samrong"),
        new("ตะโก", "Tako"), new("จิก", "Chik"), new("กอก", "Kok"), new("เต่า", "Tao"), new("ค้อ", "Kho"),
        new("หมาก", "Mak"), new("พริก", "Phrik"), new("บก", "Bok"),
    ];

    private static readonly PlaceName[] Qualifiers =
    [
        new("ใหญ่", "Yai"), new("น้อย", "Noi"), new("ทอง", "Thong"), new("แก้ว", "Kaeo"), new("งาม", "Ngam"),
        new("สูง", "Sung"), new("กลาง", "Klang"), new("ใหม่", "Mai"), new("เหนือ", "Nuea"), new("ใต้", "Tai"),
        new("แดง", "Daeng"), new("ขาว", "Khao"), new("หลวง", "Luang"), new("เงิน", "Ngoen"), new("พัฒนา", "Phatthana"),
        new("เจริญ", "Charoen"), new("สมบูรณ์", "Sombun"), new("ชัย", "Chai"), new("คำ", "Kham"), new("เหลือง", "Lueang"),
    ];

    /// <summary>About 24,000 different names.</summary>
    public static PlaceName Next(Random rng)
    {
        var head = Heads[rng.Next(Heads.Length)];
        var core = Cores[rng.Next(Cores.Length)];
        if (rng.NextDouble() < 0.4)
        {
            var qualifier = Qualifiers[rng.Next(Qualifiers.Length)];
            return new(head.Th + core.Th + qualifier.Th, $"{head.En} {core.En} {qualifier.En}");
        }

        return new(head.Th + core.Th, $"{head.En} {core.En}");
    }

    /// <summary>A name not yet in <paramref name="used"/> (Thai spelling), which it is then added to.</summary>
    public static PlaceName NextUnique(Random rng, HashSet<string> used)
    {
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var name = Next(rng);
            if (used.Add(name.Th))
            {
                return name;
            }
        }

        throw new InvalidOperationException("Ran out of distinct synthetic place names.");
    }
}
