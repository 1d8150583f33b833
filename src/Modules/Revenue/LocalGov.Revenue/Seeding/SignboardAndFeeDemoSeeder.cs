using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Fees;
using LocalGov.Revenue.Domain.Signboards;
using LocalGov.Revenue.Services.Fees;
using LocalGov.Revenue.Services.Signboards;
using LocalGov.SharedKernel.Seeding;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Seeding;

/// <summary>
/// Demo signs, fee catalogue and licences of เทศบาลเมืองนครนายก: twelve signs of the demo taxpayers (one put up this
/// year, one taken down), this year's signboard tax run, the standard catalogue, licences of which some expire within
/// a month or have expired, and a year of waste collection billed to two shops. Skips when the LAO has a catalogue.
/// </summary>
internal sealed class SignboardAndFeeDemoSeeder(
    LocalGovDbContext db,
    IOrganizationDirectory directory,
    SignboardAssessmentService signboard,
    LicenceService licences,
    TimeProvider clock) : IDemoSeeder
{
    public int Order => 320;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode, cancellationToken);
        if (lao is null || await db.Set<FeeItem>().AnyAsync(f => f.LaoId == lao.Id, cancellationToken))
        {
            return;
        }

        var taxpayers = await db.Set<Taxpayer>().AsNoTracking().Where(t => t.LaoId == lao.Id && t.MergedIntoId == null)
            .OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(cancellationToken);
        if (taxpayers.Count < 25)
        {
            return;
        }

        var today = ThaiDate.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var lastYear = new DateOnly(today.Year - 1, 1, 1);

        // Companies (ids 19–25 in seed order) and shopkeepers own most signs.
        (int Owner, SignType Type, bool Moving, int W, int H, string Text, string Location, DateOnly Installed, DateOnly? Removed)[] signs =
        [
            (18, SignType.ThaiOnly, false, 300, 100, "นครนายกค้าวัสดุ วัสดุก่อสร้างครบวงจร", "หน้าร้าน 99 ถนนสุวรรณศร", lastYear.AddYears(-3), null),
            (18, SignType.ThaiMixed, false, 200, 80, "นครนายกค้าวัสดุ HOME MART", "ริมถนนสุวรรณศร", lastYear.AddYears(-2), null),
            (21, SignType.NoThaiOrThaiBelow, false, 400, 150, "THAI MART Retail ไทยมาร์ท", "หน้าห้าง 300 ถนนสุวรรณศร", lastYear.AddYears(-4), null),
            (21, SignType.NoThaiOrThaiBelow, true, 250, 120, "THAI MART LED", "หน้าห้าง 300 ถนนสุวรรณศร", lastYear.AddYears(-1), null),
            (22, SignType.ThaiMixed, false, 180, 60, "รุ่งเรืองยานยนต์ ซ่อมรถทุกชนิด (โลโก้)", "หน้าอู่ 18/9 ถนนนครนายก-บ้านนา", lastYear.AddYears(-5), null),
            (23, SignType.ThaiMixed, true, 500, 200, "วังตะไคร้รีสอร์ท WANG TAKRAI RESORT", "ทางเข้ารีสอร์ท ตำบลหินตั้ง", lastYear.AddYears(-2), null),
            (0, SignType.ThaiOnly, false, 120, 60, "ร้านสมชายก๋วยเตี๋ยวเรือ", "หน้าร้าน 12/3 ถนนสุวรรณศร", lastYear.AddYears(-6), null),
            (2, SignType.ThaiOnly, false, 50, 40, "วันดีตัดเสื้อ", "หน้าบ้าน 88/1 ถนนศรีเมือง", lastYear.AddYears(-1), null),
            (14, SignType.ThaiMixed, false, 150, 90, "เอกชัยมินิมาร์ท 24 ชม.", "หน้าร้าน 77 ถนนนครนายก-บ้านนา", new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1), null),
            (9, SignType.ThaiOnly, true, 100, 50, "จันทร์เพ็ญดอกไม้สด ป้ายไฟวิ่ง", "หน้าร้าน 33/5 ถนนศรีเมือง", lastYear.AddYears(-2), null),
            (19, SignType.ThaiOnly, false, 240, 120, "หจก.เขาใหญ่การโยธา รับเหมาก่อสร้าง", "หน้าสำนักงาน 150/2 ถนนสุวรรณศร", lastYear.AddYears(-3), null),
            (20, SignType.ThaiMixed, false, 300, 120, "สวนส้มโอนครนายก POMELO FARM", "ริมทางหมู่ 3 ตำบลบ้านใหญ่", lastYear.AddYears(-3), lastYear.AddDays(-30)),
        ];
        foreach (var s in signs)
        {
            db.Set<Sign>().Add(new Sign
            {
                LaoId = lao.Id,
                TaxpayerId = taxpayers[s.Owner],
                Type = s.Type,
                Moving = s.Moving,
                WidthCm = s.W,
                HeightCm = s.H,
                Text = s.Text,
                Location = s.Location,
                InstalledOn = s.Installed,
                RemovedOn = s.Removed,
                CreatedUtc = now,
            });
        }

        foreach (var entry in FeeCatalogDefaults.Entries)
        {
            db.Set<FeeItem>().Add(FeeCatalogDefaults.ToItem(entry, lao.Id));
        }

        await db.SaveChangesAsync(cancellationToken);

        // This year's signboard tax, assessed in February (or today, early in the year).
        var taxYear = ThaiDate.ToBuddhistYear(today.Year);
        var runOn = today.Month >= 2 ? new DateOnly(today.Year, 2, 1) : today;
        await signboard.RunAsync(lao.Id, taxYear, runOn, cancellationToken);

        var items = await db.Set<FeeItem>().AsNoTracking().Where(f => f.LaoId == lao.Id).ToDictionaryAsync(f => f.Code, f => f.Id, cancellationToken);
        (int Owner, string Code, int DaysAgo, string Premises)[] issued =
        [
            (0, "F04", 350, "ร้านสมชายก๋วยเตี๋ยวเรือ 12/3 ถนนสุวรรณศร"),
            (14, "F04", 340, "เอกชัยมินิมาร์ท 77 ถนนนครนายก-บ้านนา"),
            (22, "F03", 400, "อู่รุ่งเรืองยานยนต์ 18/9 ถนนนครนายก-บ้านนา"),
            (9, "F05", 120, "แผงดอกไม้หน้าตลาดสดเทศบาล"),
            (23, "F03", 60, "วังตะไคร้รีสอร์ท ตำบลหินตั้ง"),
            (20, "F06", 30, "โรงคัดแยกส้มโอ หมู่ 3 ตำบลบ้านใหญ่"),
            (18, "F03", 420, "โกดังวัสดุก่อสร้าง 99 ถนนสุวรรณศร"),
        ];
        foreach (var (owner, code, daysAgo, premises) in issued)
        {
            await licences.IssueAsync(lao.Id, taxpayers[owner], items[code], today.AddDays(-daysAgo), premises, cancellationToken);
        }

        // The warehouse licence was renewed on time; the garage's has lapsed (expired filter).
        var warehouse = await db.Set<Licence>().AsNoTracking()
            .Where(l => l.LaoId == lao.Id && l.TaxpayerId == taxpayers[18]).Select(l => new { l.Id, l.ConcurrencyStamp }).FirstAsync(cancellationToken);
        await licences.RenewAsync(lao.Id, warehouse.Id, warehouse.ConcurrencyStamp, cancellationToken);

        await licences.BillFeeAsync(lao.Id, taxpayers[18], items["F02"], 1, today.AddDays(-20), cancellationToken);
        await licences.BillFeeAsync(lao.Id, taxpayers[21], items["F02"], 1, today.AddDays(-20), cancellationToken);
        await licences.BillFeeAsync(lao.Id, taxpayers[1], items["F01"], 12, today.AddDays(-10), cancellationToken);
    }
}
