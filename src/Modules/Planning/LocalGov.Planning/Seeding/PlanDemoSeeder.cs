using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Services;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Planning.Seeding;

/// <summary>
/// The demo LAO's development plan 2566–2570: six strategies, projects whose codes are the plan codes of the Budgeting
/// demo's lines (with those lines' amounts in FY 2569 and 2570) plus a few more; version 1 approved in 2021 and
/// version 2, an approved supplement that adds the FY 2570 road and defers the Sarika road, so the history has content.
/// The province's SAO with a FY 2570 budget gets a small approved plan holding its line's project. Built through the
/// domain's versioning methods; skipped when the LAO already has a plan for 2566.
/// </summary>
internal sealed class PlanDemoSeeder(LocalGovDbContext db, IOrganizationDirectory directory, PlanningSummaryWriter summaries, TimeProvider clock) : IDemoSeeder
{
    private const int FirstYear = 2566;
    private const string Officer = "planning";
    private const string Executive = "executive";

    public int Order => 540;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode, cancellationToken);
        if (lao is null || await db.Set<DevelopmentPlan>().AnyAsync(p => p.LaoId == lao.Id && p.FirstYear == FirstYear, cancellationToken))
        {
            return;
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await MunicipalityPlanAsync(lao.Id, cancellationToken);
        await summaries.RefreshAsync(lao.Id, 2569, cancellationToken);
        await summaries.RefreshAsync(lao.Id, 2570, cancellationToken);

        var ids = await directory.GetLaoIdsInProvinceAsync(lao.ProvinceId, cancellationToken);
        var sao = (await directory.GetLaosAsync(ids, cancellationToken))
            .Where(x => x.Type == LaoType.SubdistrictAdministrativeOrganisation).OrderBy(x => x.Code).FirstOrDefault();
        if (sao is not null && !await db.Set<DevelopmentPlan>().AnyAsync(p => p.LaoId == sao.Id && p.FirstYear == FirstYear, cancellationToken))
        {
            await SaoPlanAsync(sao.Id, cancellationToken);
            await summaries.RefreshAsync(sao.Id, 2570, cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }

    private async Task MunicipalityPlanAsync(int laoId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var plan = new DevelopmentPlan
        {
            LaoId = laoId,
            FirstYear = FirstYear,
            Vision = "นครนายกเมืองน่าอยู่ เศรษฐกิจดี สิ่งแวดล้อมยั่งยืน ประชาชนมีคุณภาพชีวิตที่ดี",
            Mission = "1. พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐานและทั่วถึง\n2. ส่งเสริมการศึกษา ศาสนา วัฒนธรรม และการกีฬา\n3. ยกระดับคุณภาพชีวิตและการสาธารณสุข\n4. ดูแลความปลอดภัยในชีวิตและทรัพย์สิน\n5. บริหารจัดการองค์กรอย่างมีธรรมาภิบาล\n6. ส่งเสริมการมีส่วนร่วมของประชาชนและการจัดการสิ่งแวดล้อม",
            CreatedBy = Officer,
            CreatedAt = now,
        };
        plan.StartVersion(PlanVersionKind.Original, "แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)", "จัดทำตามระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น", Officer, now);
        (string Name, string Goal, NationalStrategy National, string Province)[] strategies =
        [
            ("การพัฒนาโครงสร้างพื้นฐาน", "ถนน ทางระบายน้ำ และไฟฟ้าสาธารณะได้มาตรฐานครอบคลุมทุกชุมชน", NationalStrategy.Competitiveness, "พัฒนาโครงสร้างพื้นฐานและระบบโลจิสติกส์เพื่อรองรับการท่องเที่ยว"),
            ("การพัฒนาการศึกษา ศาสนา วัฒนธรรม และการกีฬา", "เด็กและเยาวชนได้รับการศึกษาที่มีคุณภาพ ประเพณีท้องถิ่นได้รับการสืบสาน", NationalStrategy.HumanCapital, "พัฒนาคนและสังคมให้มีคุณภาพ"),
            ("การพัฒนาคุณภาพชีวิตและการสาธารณสุข", "ประชาชนมีสุขภาวะที่ดี ผู้สูงอายุและผู้ด้อยโอกาสได้รับการดูแล", NationalStrategy.SocialEquality, "พัฒนาคนและสังคมให้มีคุณภาพ"),
            ("การรักษาความสงบเรียบร้อยและความปลอดภัย", "ชุมชนปลอดภัย ป้องกันและบรรเทาสาธารณภัยได้ทันท่วงที", NationalStrategy.Security, "เสริมสร้างความมั่นคงและความปลอดภัยในชีวิตและทรัพย์สิน"),
            ("การพัฒนาการบริหารจัดการองค์กร", "องค์กรบริหารงานโปร่งใส จัดเก็บรายได้ได้เต็มศักยภาพ", NationalStrategy.PublicSectorRebalancing, "บริหารจัดการภาครัฐตามหลักธรรมาภิบาล"),
            ("การมีส่วนร่วมของประชาชนและการจัดการสิ่งแวดล้อม", "ประชาชนมีส่วนร่วมในการพัฒนา ขยะและสิ่งแวดล้อมได้รับการจัดการ", NationalStrategy.GreenGrowth, "บริหารจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อมอย่างยั่งยืน"),
        ];
        for (var i = 0; i < strategies.Length; i++)
        {
            var (name, goal, national, province) = strategies[i];
            plan.Strategies.Add(new Strategy { No = i + 1, Name = name, Goal = goal, NationalStrategy = national, ProvinceStrategy = province, AddedInVersion = 1 });
        }

        db.Set<DevelopmentPlan>().Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        var strategy = plan.Strategies.ToDictionary(s => s.No, s => s.Id);

        foreach (var p in OriginalProjects())
        {
            plan.AddProject(p.Code, Revision(strategy[p.Strategy], p));
        }

        plan.ApproveDraft(new DateOnly(2021, 11, 30), "นายกเทศมนตรีเมืองนครนายก", Officer, now);
        await db.SaveChangesAsync(cancellationToken);

        // Version 2: a supplement for FY 2570 (the Ban Yai 3 road) that also defers the Sarika road resurfacing.
        plan.StartVersion(PlanVersionKind.Supplement, "แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) เพิ่มเติม ครั้งที่ 1",
            "เพิ่มโครงการก่อสร้างถนนตามความต้องการของประชาคม และเลื่อนโครงการปรับปรุงผิวจราจรถนนสาริกาที่ดำเนินการในปี 2569 แล้ว", Officer, now);
        plan.AddProject("ยุทธ1-2570-014", Revision(strategy[1], new ProjectSeed(1, "ยุทธ1-2570-014", "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยบ้านใหญ่ 3",
            "เพื่อให้ประชาชนสัญจรได้สะดวกและปลอดภัย", "ถนน คสล. กว้าง 5 ม. ยาว 480 ม. พื้นที่ไม่น้อยกว่า 2,400 ตร.ม.", "ร้อยละของประชาชนที่ได้รับความสะดวก", "ประชาชนสัญจรไปมาสะดวก", "กองช่าง",
            [0, 0, 0, 0, 2_850_000m], "ซอยบ้านใหญ่ 3 ชุมชนบ้านใหญ่", 14.2101, 101.2079)));
        var sarika = plan.Projects.Single(p => p.Code == "ยุทธ1-2569-012");
        plan.ChangeProject(sarika, r => r.Year5Amount = Money.Zero);
        plan.ApproveDraft(new DateOnly(2025, 6, 20), "นายกเทศมนตรีเมืองนครนายก", Executive, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SaoPlanAsync(int laoId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var plan = new DevelopmentPlan { LaoId = laoId, FirstYear = FirstYear, Vision = "ตำบลน่าอยู่ ประชาชนมีคุณภาพชีวิตที่ดี", CreatedBy = "province", CreatedAt = now };
        plan.StartVersion(PlanVersionKind.Original, "แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)", null, "province", now);
        plan.Strategies.Add(new Strategy { No = 1, Name = "การพัฒนาโครงสร้างพื้นฐาน", NationalStrategy = NationalStrategy.Competitiveness, ProvinceStrategy = "พัฒนาโครงสร้างพื้นฐานและระบบโลจิสติกส์เพื่อรองรับการท่องเที่ยว", AddedInVersion = 1 });
        db.Set<DevelopmentPlan>().Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        plan.AddProject("ยุทธ1-2570-003", Revision(plan.Strategies[0].Id, new ProjectSeed(1, "ยุทธ1-2570-003", "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 4",
            "เพื่อให้ประชาชนสัญจรได้สะดวก", "ถนน คสล. กว้าง 4 ม. ยาว 400 ม.", "ความยาวถนนที่ก่อสร้าง", "ประชาชนสัญจรสะดวก", "กองช่าง", [0, 0, 0, 0, 1_800_000m])));
        plan.ApproveDraft(new DateOnly(2021, 12, 15), "นายกองค์การบริหารส่วนตำบล", "province", now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record ProjectSeed(
        int Strategy, string Code, string Name, string Objective, string Target, string Indicator, string ExpectedResult, string Unit,
        decimal[] Amounts, string? Location = null, double? Latitude = null, double? Longitude = null);

    private static PlanProjectRevision Revision(int strategyId, ProjectSeed p)
    {
        var revision = new PlanProjectRevision
        {
            StrategyId = strategyId,
            Name = p.Name,
            Objective = p.Objective,
            Target = p.Target,
            Indicator = p.Indicator,
            ExpectedResult = p.ExpectedResult,
            ResponsibleUnit = p.Unit,
            Location = p.Location,
            Latitude = p.Latitude,
            Longitude = p.Longitude,
        };
        for (var i = 0; i < DevelopmentPlan.Years; i++)
        {
            revision.SetAmountForYearIndex(i, Money.FromBaht(p.Amounts[i]));
        }

        return revision;
    }

    /// <summary>Years 2566–2570; FY 2569 and 2570 hold the amounts of the Budgeting demo's lines with the same code.</summary>
    private static IEnumerable<ProjectSeed> OriginalProjects() =>
    [
        new(1, "ยุทธ1-2567-001", "โครงการก่อสร้างท่อระบายน้ำ คสล. ซอยประชาอุทิศ", "เพื่อแก้ไขปัญหาน้ำท่วมขัง", "ท่อระบายน้ำ คสล. ยาว 600 ม.", "ความยาวท่อที่ก่อสร้าง", "ลดปัญหาน้ำท่วมขังในชุมชน", "กองช่าง", [0, 2_500_000m, 0, 0, 0], "ซอยประชาอุทิศ", 14.2035, 101.2150),
        new(1, "ยุทธ1-2569-010", "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยสุวรรณศร 5", "เพื่อให้ประชาชนสัญจรได้สะดวกและปลอดภัย", "ถนน คสล. กว้าง 6 ม. ยาว 520 ม.", "ร้อยละของประชาชนที่ได้รับความสะดวก", "ประชาชนสัญจรไปมาสะดวก", "กองช่าง", [0, 0, 0, 3_800_000m, 3_800_000m], "ซอยสุวรรณศร 5", 14.2069, 101.2131),
        new(1, "ยุทธ1-2569-011", "โครงการก่อสร้างรางระบายน้ำ คสล. ถนนศรีเมือง", "เพื่อระบายน้ำได้รวดเร็ว ลดน้ำท่วมขัง", "รางระบายน้ำ คสล. ยาว 850 ม.", "ความยาวรางระบายน้ำ", "ลดปัญหาน้ำท่วมขัง", "กองช่าง", [0, 0, 0, 4_200_000m, 4_200_000m], "ถนนศรีเมือง", 14.2048, 101.2117),
        new(1, "ยุทธ1-2569-012", "โครงการปรับปรุงผิวจราจรแอสฟัลท์ติกคอนกรีต ถนนสาริกา", "เพื่อให้ผิวจราจรได้มาตรฐาน", "พื้นที่ไม่น้อยกว่า 14,000 ตร.ม.", "พื้นที่ผิวจราจรที่ปรับปรุง", "การจราจรสะดวก ลดอุบัติเหตุ", "กองช่าง", [0, 0, 0, 5_600_000m, 5_600_000m], "ถนนสาริกา", 14.2150, 101.2050),
        new(2, "ยุทธ2-2569-001", "โครงการสนับสนุนค่าใช้จ่ายการบริหารสถานศึกษา (อาหารกลางวันศูนย์พัฒนาเด็กเล็ก)", "เพื่อให้เด็กเล็กได้รับอาหารครบหมู่", "เด็กในศูนย์พัฒนาเด็กเล็ก 3 แห่ง", "ร้อยละของเด็กที่มีพัฒนาการตามวัย", "เด็กมีพัฒนาการสมวัย", "กองการศึกษา", [1_800_000m, 1_850_000m, 1_900_000m, 1_900_000m, 1_900_000m]),
        new(2, "ยุทธ2-2569-006", "โครงการแข่งขันกีฬาชุมชนสัมพันธ์", "เพื่อส่งเสริมการออกกำลังกายและความสามัคคี", "ชุมชน 20 ชุมชน", "จำนวนชุมชนที่เข้าร่วม", "ประชาชนมีสุขภาพดีและสามัคคี", "กองการศึกษา", [300_000m, 300_000m, 300_000m, 300_000m, 300_000m]),
        new(2, "ยุทธ2-2569-008", "โครงการสืบสานประเพณีลอยกระทง", "เพื่อสืบสานประเพณีท้องถิ่น", "ประชาชนเข้าร่วมไม่น้อยกว่า 5,000 คน", "จำนวนผู้เข้าร่วม", "ประเพณีได้รับการสืบสาน", "กองการศึกษา", [350_000m, 400_000m, 400_000m, 400_000m, 400_000m], "ริมแม่น้ำนครนายก"),
        new(2, "ยุทธ2-2570-010", "โครงการปรับปรุงห้องสมุดประชาชนเทศบาล", "เพื่อเป็นแหล่งเรียนรู้ของชุมชน", "ห้องสมุด 1 แห่ง", "จำนวนผู้ใช้บริการต่อปี", "ประชาชนมีแหล่งเรียนรู้", "กองการศึกษา", [0, 0, 0, 0, 600_000m]),
        new(3, "ยุทธ3-2569-004", "โครงการป้องกันและควบคุมโรคไข้เลือดออก", "เพื่อลดอัตราการป่วยด้วยโรคไข้เลือดออก", "ชุมชน 20 ชุมชน", "อัตราป่วยต่อแสนประชากร", "ลดการระบาดของโรค", "กองสาธารณสุขและสิ่งแวดล้อม", [250_000m, 250_000m, 250_000m, 250_000m, 250_000m]),
        new(3, "ยุทธ3-2569-007", "โครงการส่งเสริมคุณภาพชีวิตผู้สูงอายุ", "เพื่อให้ผู้สูงอายุมีสุขภาพกายและใจที่ดี", "ผู้สูงอายุไม่น้อยกว่า 300 คน", "จำนวนผู้สูงอายุที่เข้าร่วม", "ผู้สูงอายุมีคุณภาพชีวิตที่ดี", "กองสวัสดิการสังคม", [180_000m, 200_000m, 200_000m, 200_000m, 200_000m]),
        new(4, "ยุทธ4-2568-003", "โครงการติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) จุดเสี่ยง", "เพื่อป้องกันอาชญากรรมและอุบัติเหตุ", "กล้อง 40 จุด", "จำนวนจุดที่ติดตั้ง", "ชุมชนปลอดภัย", "สำนักปลัดเทศบาล", [0, 0, 1_200_000m, 0, 0]),
        new(4, "ยุทธ4-2569-002", "โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.)", "เพื่อเพิ่มศักยภาพ อปพร.", "อปพร. 60 คน", "จำนวน อปพร. ที่ผ่านการอบรม", "ป้องกันและบรรเทาสาธารณภัยได้ทันท่วงที", "สำนักปลัดเทศบาล", [150_000m, 150_000m, 150_000m, 150_000m, 150_000m]),
        new(5, "ยุทธ5-2569-003", "โครงการจัดทำแผนที่ภาษีและทะเบียนทรัพย์สิน", "เพื่อจัดเก็บรายได้ได้ครบถ้วน", "ข้อมูลแปลงที่ดินทั้งเขตเทศบาล", "ร้อยละของแปลงที่ดินที่ปรับปรุงข้อมูล", "รายได้ภาษีเพิ่มขึ้น", "กองคลัง", [0, 0, 300_000m, 350_000m, 350_000m]),
        new(6, "ยุทธ6-2567-002", "โครงการคัดแยกขยะมูลฝอยต้นทาง", "เพื่อลดปริมาณขยะ", "ชุมชน 20 ชุมชน", "ปริมาณขยะที่ลดลง", "ขยะลดลง สิ่งแวดล้อมดีขึ้น", "กองสาธารณสุขและสิ่งแวดล้อม", [0, 150_000m, 150_000m, 150_000m, 150_000m]),
        new(6, "ยุทธ6-2569-001", "โครงการจัดประชุมประชาคมและจัดทำแผนชุมชน", "เพื่อให้ประชาชนมีส่วนร่วมในการจัดทำแผน", "ชุมชน 20 ชุมชน", "จำนวนชุมชนที่มีแผนชุมชน", "แผนพัฒนาตรงกับความต้องการของประชาชน", "สำนักปลัดเทศบาล", [100_000m, 100_000m, 100_000m, 100_000m, 100_000m]),
    ];
}
