using System.Globalization;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Seeding;

/// <summary>
/// About 25 persons and companies of เทศบาลเมืองนครนายก with checksum-valid 13-digit ids (the check digit is computed
/// here from the first twelve) and addresses in Mueang Nakhon Nayok. Skips when the LAO already has taxpayers.
/// </summary>
internal sealed class TaxpayerDemoSeeder(LocalGovDbContext db, IOrganizationDirectory directory, TimeProvider clock) : IDemoSeeder
{
    public int Order => 300;

    /// <summary>Kind, first twelve digits, title, first name (or company name), surname, house no, village, road, subdistrict, phone.</summary>
    internal static readonly IReadOnlyList<(TaxpayerKind Kind, string First12, string Title, string First, string Last, string House, string Village, string Road, string Subdistrict, string Phone)> People =
    [
        (TaxpayerKind.Person, "310060012345", "นาย", "สมชาย", "ใจดี", "12/3", "", "สุวรรณศร", "นครนายก", "081-234-5678"),
        (TaxpayerKind.Person, "326010045678", "นาง", "สมศรี", "มีสุข", "45", "2", "", "ท่าช้าง", "089-765-4321"),
        (TaxpayerKind.Person, "326019900123", "นางสาว", "วันดี", "รักถิ่น", "88/1", "", "ศรีเมือง", "นครนายก", "086-111-2233"),
        (TaxpayerKind.Person, "310150033221", "นาย", "ประเสริฐ", "ทองคำ", "101", "5", "", "บ้านใหญ่", "081-999-0001"),
        (TaxpayerKind.Person, "326010077881", "นาง", "บุญเรือน", "ศรีสวัสดิ์", "7", "1", "", "วังกระโจม", "085-222-3344"),
        (TaxpayerKind.Person, "326020011447", "นาย", "อำนาจ", "พึ่งบุญ", "56/2", "", "สุวรรณศร", "ท่าช้าง", "087-456-1212"),
        (TaxpayerKind.Person, "110040056789", "นาย", "ธนากร", "วงศ์ใหญ่", "9", "3", "", "ดงละคร", "090-123-4567"),
        (TaxpayerKind.Person, "326010088990", "นางสาว", "กนกวรรณ", "แสงทอง", "23", "", "นครนายก-บ้านนา", "นครนายก", "091-555-6677"),
        (TaxpayerKind.Person, "326019912340", "นาย", "วิชัย", "เกษตรกร", "150", "7", "", "ศรีจุฬา", "084-321-7788"),
        (TaxpayerKind.Person, "326010099001", "นาง", "จันทร์เพ็ญ", "ดอกไม้", "33/5", "", "ศรีเมือง", "นครนายก", "082-777-8899"),
        (TaxpayerKind.Person, "310120067812", "นาย", "สุรชัย", "บุญมา", "64", "4", "", "ดอนยอ", "089-111-4455"),
        (TaxpayerKind.Person, "326010012093", "นางสาว", "พิมพ์ชนก", "ใจงาม", "19", "", "สุวรรณศร", "บ้านใหญ่", "093-444-5566"),
        (TaxpayerKind.Person, "326029988776", "นาย", "มานพ", "ช่างไม้", "201", "6", "", "ศรีนาวา", "080-666-7788"),
        (TaxpayerKind.Person, "326010034562", "นาง", "ละเอียด", "พรหมมา", "5/1", "2", "", "พรหมณี", "086-999-1122"),
        (TaxpayerKind.Person, "310170023456", "นาย", "เอกชัย", "ค้าขาย", "77", "", "นครนายก-บ้านนา", "ท่าช้าง", "081-888-2233"),
        (TaxpayerKind.Person, "326010056783", "นางสาว", "สุดารัตน์", "ร่มเย็น", "14", "8", "", "สาริกา", "092-333-4455"),
        (TaxpayerKind.Person, "326019934215", "นาย", "บุญชู", "ไร่นา", "120", "9", "", "หินตั้ง", "087-222-9900"),
        (TaxpayerKind.Person, "326010067124", "นาง", "ประนอม", "เย็นใจ", "8/8", "", "ศรีเมือง", "นครนายก", "083-555-0099"),
        (TaxpayerKind.Company, "026555001234", "บริษัท", "นครนายกค้าวัสดุ จำกัด", "", "99", "", "สุวรรณศร", "นครนายก", "037-311-111"),
        (TaxpayerKind.Company, "026355002345", "ห้างหุ้นส่วนจำกัด", "เขาใหญ่การโยธา", "", "150/2", "", "สุวรรณศร", "ท่าช้าง", "037-312-222"),
        (TaxpayerKind.Company, "026556003456", "บริษัท", "สวนส้มโอนครนายก จำกัด", "", "42", "3", "", "บ้านใหญ่", "037-313-333"),
        (TaxpayerKind.Company, "010555604567", "บริษัท", "ไทยมาร์ทรีเทล จำกัด", "", "300", "", "สุวรรณศร", "นครนายก", "02-123-4567"),
        (TaxpayerKind.Company, "026356005678", "ห้างหุ้นส่วนจำกัด", "รุ่งเรืองยานยนต์", "", "18/9", "", "นครนายก-บ้านนา", "นครนายก", "037-314-444"),
        (TaxpayerKind.Company, "026557006789", "บริษัท", "วังตะไคร้รีสอร์ท จำกัด", "", "250", "1", "", "หินตั้ง", "037-315-555"),
        (TaxpayerKind.Company, "026558007890", "บริษัท", "นครนายกฟาร์มสุข จำกัด", "", "77/1", "4", "", "ศรีจุฬา", "037-316-666"),
    ];

    /// <summary>The 13-digit id: the twelve digits and their mod-11 check digit.</summary>
    internal static string WithCheckDigit(string first12)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (first12[i] - '0') * (13 - i);
        }

        return first12 + ((11 - (sum % 11)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode, cancellationToken);
        if (lao is null || await db.Set<Taxpayer>().AnyAsync(t => t.LaoId == lao.Id, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var p in People)
        {
            db.Set<Taxpayer>().Add(new Taxpayer
            {
                LaoId = lao.Id,
                Kind = p.Kind,
                TaxId = WithCheckDigit(p.First12),
                Title = p.Title,
                FirstName = p.First,
                LastName = p.Last,
                HouseNumber = p.House,
                Village = p.Village,
                Road = p.Road,
                Subdistrict = p.Subdistrict,
                District = "เมืองนครนายก",
                Province = "นครนายก",
                PostalCode = "26000",
                Phone = p.Phone,
                Email = p.Kind == TaxpayerKind.Company ? "account" + p.First12[^4..] + "@example.co.th" : "",
                CreatedUtc = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
