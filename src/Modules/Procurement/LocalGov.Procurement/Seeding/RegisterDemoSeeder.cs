using System.Globalization;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Services;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Procurement.Seeding;

/// <summary>
/// Demo register of the demo LAO: six vendors (one blacklisted), the published FY 2569 procurement plan and five
/// older assets entered by hand. Skips when the LAO already has a vendor.
/// </summary>
internal sealed class RegisterDemoSeeder(LocalGovDbContext db, IOrganizationDirectory directory) : IDemoSeeder
{
    private const string Officer = "procurement";

    public int Order => 500;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode, cancellationToken);
        if (lao is null || await db.Set<Vendor>().AnyAsync(v => v.LaoId == lao.Id, cancellationToken))
        {
            return;
        }

        var now = DateTime.UtcNow;
        Vendor NewVendor(string first12, string name, string address, string contact, string phone, string bank, string account) => new()
        {
            LaoId = lao.Id,
            TaxId = WithCheckDigit(first12),
            Kind = VendorKinds.FromTaxId(first12),
            Name = name,
            BranchNo = first12[0] == '0' ? "00000" : null,
            Address = address,
            ContactName = contact,
            Phone = phone,
            BankName = bank,
            BankAccountNo = account,
            BankAccountName = name,
            CreatedUtc = now,
            CreatedBy = Officer,
        };

        var blacklisted = NewVendor("010553601234", "บริษัท ก่อสร้างรวดเร็ว จำกัด", "88 ถ.รังสิต-นครนายก ต.คลองหก อ.ธัญบุรี จ.ปทุมธานี", "นายรวดเร็ว ทันใจ", "02-555-0106", "ธนาคารกรุงไทย", "123-4-56789-0");
        blacklisted.Blacklistings.Add(new VendorBlacklisting
        {
            FromDate = new DateOnly(2026, 2, 1),
            Reason = "ทิ้งงานโครงการก่อสร้างรางระบายน้ำ หมู่ 3 ตามหนังสือกรมบัญชีกลาง แจ้งเวียนชื่อผู้ทิ้งงาน",
            RecordedBy = Officer,
            RecordedUtc = now,
        });
        db.Set<Vendor>().AddRange(
            NewVendor("026355100123", "ห้างหุ้นส่วนจำกัด นครนายกก่อสร้าง", "12 ถ.สุวรรณศร ต.นครนายก อ.เมืองนครนายก จ.นครนายก", "นายสมชาย ก่อสร้าง", "037-311-111", "ธนาคารกรุงไทย", "301-1-23456-7"),
            NewVendor("010554501234", "บริษัท ไอทีซัพพลาย จำกัด", "99/9 ถ.พหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพมหานคร", "นางสาววิภา คอมพิวเตอร์", "02-123-4567", "ธนาคารกรุงเทพ", "101-2-34567-8"),
            NewVendor("026355200456", "ห้างหุ้นส่วนจำกัด นครนายกเครื่องเขียน", "45 ถ.ศรีนาวา ต.นครนายก อ.เมืองนครนายก จ.นครนายก", "นางมาลี เครื่องเขียน", "037-312-222", "ธนาคารออมสิน", "020-0-11223-3"),
            NewVendor("310070012345", "นายประสิทธิ์ ซ่อมดี", "7 หมู่ 2 ต.บ้านใหญ่ อ.เมืองนครนายก จ.นครนายก", "นายประสิทธิ์ ซ่อมดี", "081-234-5678", "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร", "020-1-55667-8"),
            NewVendor("010555809876", "บริษัท สยามยานยนต์ จำกัด", "200 ถ.วิภาวดีรังสิต แขวงจตุจักร เขตจตุจักร กรุงเทพมหานคร", "นายยนต์ ขับดี", "02-987-6543", "ธนาคารกสิกรไทย", "555-2-00001-1"),
            blacklisted);

        var plan = new ProcurementPlan
        {
            LaoId = lao.Id,
            FiscalYear = 2569,
            Status = PlanStatus.Published,
            PublishedOn = new DateOnly(2025, 10, 20),
            PublishedBy = Officer,
        };
        var items = new (string Title, ProcurementCategory Category, decimal Amount, ProcurementMethod Method, int Year, int Month)[]
        {
            ("จัดซื้อเครื่องคอมพิวเตอร์สำนักงาน จำนวน 5 เครื่อง", ProcurementCategory.Goods, 110_000m, ProcurementMethod.Specific, 2025, 12),
            ("จัดซื้อวัสดุสำนักงาน", ProcurementCategory.Goods, 60_000m, ProcurementMethod.Specific, 2025, 11),
            ("จ้างเหมาบริการทำความสะอาดอาคารสำนักงาน", ProcurementCategory.Services, 240_000m, ProcurementMethod.Specific, 2025, 10),
            ("จัดซื้อรถบรรทุกขยะ ขนาด 6 ตัน", ProcurementCategory.Goods, 2_500_000m, ProcurementMethod.EBidding, 2026, 2),
            ("ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ 4", ProcurementCategory.Works, 1_850_000m, ProcurementMethod.EBidding, 2026, 3),
            ("จ้างซ่อมแซมรางระบายน้ำ หมู่ 3", ProcurementCategory.Works, 450_000m, ProcurementMethod.Specific, 2026, 5),
        };
        var line = 0;
        foreach (var (title, category, amount, method, year, month) in items)
        {
            plan.Items.Add(new ProcurementPlanItem
            {
                LineNo = ++line,
                Title = title,
                Category = category,
                EstimatedAmount = Money.FromBaht(amount),
                Method = method,
                ExpectedOn = new DateOnly(year, month, 1),
            });
        }

        db.Set<ProcurementPlan>().Add(plan);

        var assets = new (string Code, string Name, string Category, int Year, int Month, int Day, decimal Cost, int Life, string Location, string Custodian)[]
        {
            ("COM-2566-0001", "เครื่องคอมพิวเตอร์โน้ตบุ๊ก", "ครุภัณฑ์คอมพิวเตอร์", 2023, 3, 15, 24_000m, 3, "กองคลัง", "นางสาวสุดา ใจดี"),
            ("OFF-2565-0001", "โต๊ะทำงานพร้อมเก้าอี้", "ครุภัณฑ์สำนักงาน", 2022, 6, 1, 8_500m, 8, "สำนักปลัด", "นายสมศักดิ์ รักงาน"),
            ("VEH-2564-0001", "รถยนต์บรรทุก (ดีเซล) ขนาด 1 ตัน", "ครุภัณฑ์ยานพาหนะและขนส่ง", 2021, 1, 20, 850_000m, 8, "กองช่าง", "นายช่าง ขยันดี"),
            ("ELE-2567-0001", "เครื่องปรับอากาศ ขนาด 24,000 บีทียู", "ครุภัณฑ์ไฟฟ้าและวิทยุ", 2024, 5, 10, 38_900m, 5, "ห้องประชุมสภา", "นายสมศักดิ์ รักงาน"),
            ("ADV-2568-0001", "เครื่องขยายเสียงพร้อมลำโพง", "ครุภัณฑ์โฆษณาและเผยแพร่", 2025, 8, 5, 15_750m, 5, "สำนักปลัด", "นางสาวสุดา ใจดี"),
        };
        foreach (var a in assets)
        {
            var on = new DateOnly(a.Year, a.Month, a.Day);
            var asset = new Asset
            {
                LaoId = lao.Id,
                AssetCode = a.Code,
                Name = a.Name,
                Category = a.Category,
                AcquiredOn = on,
                Cost = Money.FromBaht(a.Cost),
                SalvageValue = AssetRegister.StandardSalvage,
                UsefulLifeYears = a.Life,
                Location = a.Location,
                Custodian = a.Custodian,
            };
            asset.Events.Add(new AssetEvent
            {
                Kind = AssetEventKind.Acquired,
                OccurredOn = on,
                ToLocation = a.Location,
                ToCustodian = a.Custodian,
                Amount = asset.Cost,
                Note = "นำเข้าทะเบียนครุภัณฑ์เดิม",
                UserName = Officer,
                RecordedUtc = now,
            });
            db.Set<Asset>().Add(asset);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Appends the mod-11 check digit of the Thai tax id to its first 12 digits.</summary>
    internal static string WithCheckDigit(string first12)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (first12[i] - '0') * (13 - i);
        }

        return first12 + ((11 - (sum % 11)) % 10).ToString(CultureInfo.InvariantCulture);
    }
}
