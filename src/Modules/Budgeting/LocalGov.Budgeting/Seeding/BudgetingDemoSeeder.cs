using LocalGov.Budgeting.Areas.Budgeting.Features.Budgets;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Services;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Budgeting.Seeding;

/// <summary>
/// Demo budgets: เทศบาลเมืองนครนายก's FY 2569 ordinance (promulgated, with its history and allocation ledger), its
/// FY 2570 draft copied from 2569 with changes, and one SAO of the province with a FY 2570 budget waiting for the
/// supervisor (so the provincial officer has something to approve). Skips when any budget exists.
/// </summary>
internal sealed class BudgetingDemoSeeder(
    LocalGovDbContext db,
    IOrganizationDirectory directory,
    BudgetWorkflowService workflow,
    BudgetSummaryUpdater summaries,
    TimeProvider clock) : IDemoSeeder
{
    private const string Finance = "finance";
    private const string Province = "province";

    public int Order => 50;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Budget>().AnyAsync(cancellationToken))
        {
            return;
        }

        var lao = await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode, cancellationToken);
        if (lao is null)
        {
            return;
        }

        var classes = await db.Set<Classification>().ToListAsync(cancellationToken);
        if (classes.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;

        // FY 2569: prepared, passed, approved by the governor and promulgated in Aug–Sep 2025.
        var fy2569 = BudgetCopier.NewAnnual(lao, 2569, now);
        AddLines(fy2569, classes, MunicipalityLines(), withActuals: true);
        AddRevenues(fy2569, classes, MunicipalityRevenues(), withActuals: true);
        Balance(fy2569, classes);
        db.Set<Budget>().Add(fy2569);
        await db.SaveChangesAsync(cancellationToken);
        await StepAsync(fy2569, BudgetStatus.SubmittedToCouncil, new DateOnly(2025, 8, 5), Finance, cancellationToken);
        await ReadingAsync(fy2569, 1, new DateOnly(2025, 8, 12), cancellationToken);
        await ReadingAsync(fy2569, 2, new DateOnly(2025, 8, 26), cancellationToken);
        await StepAsync(fy2569, BudgetStatus.PassedByCouncil, new DateOnly(2025, 8, 26), Finance, cancellationToken);
        await StepAsync(fy2569, BudgetStatus.SubmittedToSupervisor, new DateOnly(2025, 8, 29), Finance, cancellationToken);
        await StepAsync(fy2569, BudgetStatus.Approved, new DateOnly(2025, 9, 17), Province, cancellationToken);
        await StepAsync(fy2569, BudgetStatus.Promulgated, new DateOnly(2025, 9, 22), Finance, cancellationToken);

        // FY 2570: a draft copied from 2569 with this year's changes, still balanced.
        var fy2570 = BudgetCopier.NewAnnual(lao, 2570, now);
        BudgetCopier.CopyContent(fy2569, fy2570);
        ChangeFor2570(fy2570, classes);
        Balance(fy2570, classes);
        db.Set<Budget>().Add(fy2570);
        await db.SaveChangesAsync(cancellationToken);
        await summaries.RefreshAsync(fy2570.LaoId, fy2570.FiscalYear, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // An SAO of the province, FY 2570, before the district chief (recorded by the provincial officer).
        var ids = await directory.GetLaoIdsInProvinceAsync(lao.ProvinceId, cancellationToken);
        var sao = (await directory.GetLaosAsync(ids, cancellationToken))
            .Where(x => x.Type == LaoType.SubdistrictAdministrativeOrganisation).OrderBy(x => x.Code).FirstOrDefault();
        if (sao is null)
        {
            return;
        }

        var saoBudget = BudgetCopier.NewAnnual(sao, 2570, now);
        AddLines(saoBudget, classes, SaoLines(), withActuals: false);
        AddRevenues(saoBudget, classes, SaoRevenues(), withActuals: false);
        Balance(saoBudget, classes);
        db.Set<Budget>().Add(saoBudget);
        await db.SaveChangesAsync(cancellationToken);
        await StepAsync(saoBudget, BudgetStatus.SubmittedToCouncil, new DateOnly(2026, 8, 10), Finance, cancellationToken);
        await ReadingAsync(saoBudget, 1, new DateOnly(2026, 8, 14), cancellationToken);
        await ReadingAsync(saoBudget, 2, new DateOnly(2026, 8, 21), cancellationToken);
        await StepAsync(saoBudget, BudgetStatus.PassedByCouncil, new DateOnly(2026, 8, 21), Finance, cancellationToken);
        await StepAsync(saoBudget, BudgetStatus.SubmittedToSupervisor, new DateOnly(2026, 8, 25), Finance, cancellationToken);
    }

    private async Task StepAsync(Budget budget, BudgetStatus to, DateOnly date, string userName, CancellationToken cancellationToken)
    {
        var error = await workflow.TransitionAsync(budget, to, date, null, userName, cancellationToken);
        if (error is not null)
        {
            throw new InvalidOperationException($"Demo budget step to {to} refused: {error.Key}");
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ReadingAsync(Budget budget, int reading, DateOnly date, CancellationToken cancellationToken)
    {
        var error = await workflow.RecordReadingAsync(budget, reading, date, Finance, cancellationToken);
        if (error is not null)
        {
            throw new InvalidOperationException($"Demo council reading {reading} refused: {error.Key}");
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Classification Find(List<Classification> classes, ClassificationKind kind, string code) =>
        classes.First(c => c.Kind == kind && c.Code == code);

    private static Money Baht(decimal baht) => Money.FromBaht(baht);

    /// <summary>Plausible comparison figures: the actuals of earlier years a little below this year's amount.</summary>
    private static Money Actual(decimal baht, decimal share) => Money.FromBaht(decimal.Round(baht * share / 1000m, 0) * 1000m);

    private static void AddLines(Budget budget, List<Classification> classes, IEnumerable<LineSeed> seeds, bool withActuals)
    {
        var no = budget.Lines.Count == 0 ? 0 : budget.Lines.Max(l => l.LineNo);
        foreach (var s in seeds)
        {
            var unit = Find(classes, ClassificationKind.WorkUnit, s.WorkUnit);
            var category = Find(classes, ClassificationKind.ExpenditureCategory, s.Category);
            budget.Lines.Add(new BudgetLine
            {
                LineNo = ++no,
                ProgrammeId = unit.ParentId!.Value,
                WorkUnitId = unit.Id,
                GroupId = category.ParentId!.Value,
                CategoryId = category.Id,
                ItemName = s.Item,
                IsProject = s.Project,
                PlanProjectCode = s.PlanCode,
                OriginalAmount = Baht(s.Amount),
                CurrentAmount = Baht(s.Amount),
                Explanation = s.Explanation,
                ActualTwoYearsAgo = withActuals ? Actual(s.Amount, 0.91m) : null,
                ActualLastYear = withActuals ? Actual(s.Amount, 0.95m) : null,
            });
        }
    }

    private static void AddRevenues(Budget budget, List<Classification> classes, IEnumerable<RevenueSeed> seeds, bool withActuals)
    {
        var no = 0;
        foreach (var s in seeds)
        {
            budget.Revenues.Add(new RevenueEstimate
            {
                LineNo = ++no,
                CategoryId = Find(classes, ClassificationKind.RevenueCategory, s.Category).Id,
                ItemName = s.Item,
                Amount = Baht(s.Amount),
                Explanation = s.Explanation,
                ActualTwoYearsAgo = withActuals ? Actual(s.Amount, 0.93m) : null,
                ActualLastYear = withActuals ? Actual(s.Amount, 0.97m) : null,
            });
        }
    }

    /// <summary>The contingency reserve (เงินสำรองจ่าย) takes what the estimates leave, as LAOs do in practice.</summary>
    private static void Balance(Budget budget, List<Classification> classes)
    {
        var reserve = budget.Lines.FirstOrDefault(l => l.ItemName == ReserveItem);
        if (reserve is null)
        {
            AddLines(budget, classes, [new LineSeed("00411", "511000", ReserveItem, 0m, "เพื่อจ่ายเป็นเงินสำรองจ่ายกรณีเกิดสาธารณภัยหรือกรณีฉุกเฉินเพื่อบรรเทาปัญหาความเดือดร้อนของประชาชน")], withActuals: false);
            reserve = budget.Lines[^1];
        }

        var others = Money.Sum(budget.Lines.Where(l => l != reserve).Select(l => l.CurrentAmount));
        var amount = budget.RevenueTotal - others;
        if (amount.IsNegative)
        {
            throw new InvalidOperationException("Demo budget lines exceed the estimates.");
        }

        reserve.OriginalAmount = amount;
        reserve.CurrentAmount = amount;
    }

    private const string ReserveItem = "เงินสำรองจ่าย";

    private static void ChangeFor2570(Budget budget, List<Classification> classes)
    {
        var vat = budget.Revenues.First(r => r.ItemName.StartsWith("ภาษีมูลค่าเพิ่มตาม", StringComparison.Ordinal));
        vat.Amount += Baht(1_000_000m);
        var land = budget.Revenues.First(r => r.ItemName.StartsWith("ภาษีที่ดิน", StringComparison.Ordinal));
        land.Amount += Baht(500_000m);

        var elderly = budget.Lines.First(l => l.ItemName.StartsWith("เบี้ยยังชีพผู้สูงอายุ", StringComparison.Ordinal));
        elderly.OriginalAmount = elderly.CurrentAmount = Baht(20_400_000m);
        var road = budget.Lines.First(l => l.ItemName.StartsWith("โครงการปรับปรุงผิวจราจร", StringComparison.Ordinal));
        budget.Lines.Remove(road);
        AddLines(budget, classes,
        [
            new LineSeed("00312", "542000", "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยบ้านใหญ่ 3", 2_850_000m,
                "ก่อสร้างถนน คสล. กว้าง 5 เมตร ยาว 480 เมตร หนา 0.15 เมตร หรือพื้นที่ไม่น้อยกว่า 2,400 ตารางเมตร ตามแบบแปลนของเทศบาล", true, "ยุทธ1-2570-014"),
            new LineSeed("00262", "542000", "โครงการก่อสร้างลานกีฬาอเนกประสงค์ ชุมชนวัดอุดมธานี", 900_000m,
                "ก่อสร้างลานกีฬาอเนกประสงค์ ขนาด 20 x 32 เมตร พร้อมเสาและแป้นบาสเกตบอล ตามแบบแปลนของเทศบาล", true),
        ], withActuals: false);
    }

    private sealed record LineSeed(string WorkUnit, string Category, string Item, decimal Amount, string Explanation, bool Project = false, string? PlanCode = null);

    private sealed record RevenueSeed(string Category, string Item, decimal Amount, string Explanation);

    /// <summary>A town municipality of about 23,000 people: ~123 M baht, personnel about a third.</summary>
    private static IEnumerable<LineSeed> MunicipalityLines() =>
    [
        new("00111", "521000", "เงินเดือนนายกเทศมนตรีและรองนายกเทศมนตรี", 1_060_000m, "เพื่อจ่ายเป็นเงินเดือนนายกเทศมนตรี 1 อัตรา และรองนายกเทศมนตรี 2 อัตรา จำนวน 12 เดือน"),
        new("00111", "521000", "เงินค่าตอบแทนประจำตำแหน่งนายกเทศมนตรีและรองนายกเทศมนตรี", 180_000m, "เพื่อจ่ายเป็นเงินค่าตอบแทนประจำตำแหน่งนายกเทศมนตรีและรองนายกเทศมนตรี จำนวน 12 เดือน"),
        new("00111", "521000", "เงินค่าตอบแทนสมาชิกสภาเทศบาล", 2_200_000m, "เพื่อจ่ายเป็นเงินค่าตอบแทนประธานสภา รองประธานสภา และสมาชิกสภาเทศบาล รวม 18 คน จำนวน 12 เดือน"),
        new("00111", "522000", "เงินเดือนพนักงาน", 11_500_000m, "เพื่อจ่ายเป็นเงินเดือนและเงินปรับปรุงเงินเดือนพนักงานเทศบาล สำนักปลัดเทศบาล จำนวน 12 เดือน"),
        new("00111", "522000", "เงินเพิ่มต่าง ๆ ของพนักงาน", 420_000m, "เพื่อจ่ายเป็นเงินเพิ่มค่าครองชีพชั่วคราวและเงินประจำตำแหน่งของพนักงานเทศบาล"),
        new("00111", "522000", "ค่าจ้างพนักงานจ้าง", 4_300_000m, "เพื่อจ่ายเป็นค่าตอบแทนพนักงานจ้างตามภารกิจและพนักงานจ้างทั่วไป สำนักปลัดเทศบาล"),
        new("00111", "522000", "เงินเพิ่มต่าง ๆ ของพนักงานจ้าง", 360_000m, "เพื่อจ่ายเป็นเงินเพิ่มค่าครองชีพชั่วคราวของพนักงานจ้าง"),
        new("00111", "531000", "ค่าตอบแทนผู้ปฏิบัติราชการอันเป็นประโยชน์แก่องค์กรปกครองส่วนท้องถิ่น", 900_000m, "เพื่อจ่ายเป็นเงินประโยชน์ตอบแทนอื่นเป็นกรณีพิเศษ (เงินรางวัลประจำปี) ของพนักงานเทศบาลและพนักงานจ้าง"),
        new("00111", "532000", "รายจ่ายเพื่อให้ได้มาซึ่งบริการ", 3_200_000m, "เพื่อจ่ายเป็นค่าจ้างเหมาบริการรักษาความปลอดภัย ทำความสะอาดอาคาร ค่าถ่ายเอกสาร ค่าโฆษณาและเผยแพร่"),
        new("00111", "532000", "ค่าใช้จ่ายในการเดินทางไปราชการ", 450_000m, "เพื่อจ่ายเป็นค่าเบี้ยเลี้ยง ค่าพาหนะ ค่าเช่าที่พัก และค่าลงทะเบียนในการเดินทางไปราชการ"),
        new("00111", "532000", "ค่าบำรุงรักษาและซ่อมแซม", 600_000m, "เพื่อจ่ายเป็นค่าบำรุงรักษาและซ่อมแซมครุภัณฑ์และทรัพย์สินของเทศบาล"),
        new("00111", "533000", "วัสดุสำนักงาน", 350_000m, "เพื่อจ่ายเป็นค่าจัดซื้อวัสดุสำนักงาน เช่น กระดาษ แฟ้ม ปากกา หมึกพิมพ์"),
        new("00111", "533000", "วัสดุเชื้อเพลิงและหล่อลื่น", 900_000m, "เพื่อจ่ายเป็นค่าน้ำมันเชื้อเพลิงและน้ำมันหล่อลื่นสำหรับรถยนต์ส่วนกลาง"),
        new("00111", "534000", "ค่าไฟฟ้า", 2_600_000m, "เพื่อจ่ายเป็นค่าไฟฟ้าสำนักงานเทศบาล อาคารในความดูแล และไฟฟ้าสาธารณะ"),
        new("00111", "534000", "ค่าน้ำประปา ค่าน้ำบาดาล", 300_000m, "เพื่อจ่ายเป็นค่าน้ำประปาสำนักงานเทศบาลและอาคารในความดูแล"),
        new("00111", "534000", "ค่าบริการสื่อสารและโทรคมนาคม", 180_000m, "เพื่อจ่ายเป็นค่าบริการอินเทอร์เน็ต ค่าโทรศัพท์ และค่าเช่าพื้นที่เว็บไซต์"),
        new("00111", "541000", "ครุภัณฑ์คอมพิวเตอร์ เครื่องคอมพิวเตอร์โน้ตบุ๊ก", 240_000m, "เพื่อจัดซื้อเครื่องคอมพิวเตอร์โน้ตบุ๊กสำหรับงานประมวลผล จำนวน 10 เครื่อง ตามเกณฑ์ราคากลางและคุณลักษณะพื้นฐานครุภัณฑ์คอมพิวเตอร์ของกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"),
        new("00112", "522000", "เงินเดือนพนักงาน", 2_100_000m, "เพื่อจ่ายเป็นเงินเดือนพนักงานเทศบาล กองยุทธศาสตร์และงบประมาณ จำนวน 12 เดือน"),
        new("00113", "522000", "เงินเดือนพนักงาน", 4_600_000m, "เพื่อจ่ายเป็นเงินเดือนพนักงานเทศบาล กองคลัง จำนวน 12 เดือน"),
        new("00113", "532000", "โครงการจัดทำแผนที่ภาษีและทะเบียนทรัพย์สิน", 350_000m, "เพื่อจ่ายเป็นค่าใช้จ่ายในการสำรวจและปรับปรุงข้อมูลแผนที่ภาษีและทะเบียนทรัพย์สินให้เป็นปัจจุบัน", true, "ยุทธ5-2569-003"),
        new("00123", "522000", "เงินเดือนพนักงาน", 2_900_000m, "เพื่อจ่ายเป็นเงินเดือนพนักงานเทศบาล งานป้องกันและบรรเทาสาธารณภัย จำนวน 12 เดือน"),
        new("00123", "532000", "โครงการฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.)", 150_000m, "เพื่อจ่ายเป็นค่าใช้จ่ายในการฝึกอบรมทบทวน อปพร. จำนวน 60 คน", true, "ยุทธ4-2569-002"),
        new("00123", "541000", "ครุภัณฑ์ยานพาหนะและขนส่ง รถบรรทุกน้ำดับเพลิง", 3_600_000m, "เพื่อจัดซื้อรถบรรทุกน้ำดับเพลิง ขนาดบรรจุน้ำไม่น้อยกว่า 6,000 ลิตร จำนวน 1 คัน"),
        new("00211", "522000", "เงินเดือนพนักงาน", 6_200_000m, "เพื่อจ่ายเป็นเงินเดือนพนักงานเทศบาลและพนักงานครูเทศบาล กองการศึกษา จำนวน 12 เดือน"),
        new("00212", "533000", "ค่าอาหารเสริม (นม)", 3_100_000m, "เพื่อจ่ายเป็นค่าอาหารเสริม (นม) ให้เด็กนักเรียนโรงเรียนสังกัด สพฐ. และศูนย์พัฒนาเด็กเล็ก จำนวน 260 วัน"),
        new("00212", "561000", "เงินอุดหนุนโครงการอาหารกลางวันเด็กนักเรียน", 6_800_000m, "เพื่ออุดหนุนโรงเรียนสังกัด สพฐ. ในเขตเทศบาล เป็นค่าอาหารกลางวันนักเรียนอนุบาลถึงประถมศึกษาปีที่ 6 จำนวน 200 วัน"),
        new("00212", "532000", "โครงการสนับสนุนค่าใช้จ่ายการบริหารสถานศึกษา (อาหารกลางวันศูนย์พัฒนาเด็กเล็ก)", 1_900_000m, "เพื่อจ่ายเป็นค่าอาหารกลางวัน ค่าจัดการเรียนการสอน และค่าวัสดุการศึกษาของศูนย์พัฒนาเด็กเล็ก 3 แห่ง", true, "ยุทธ2-2569-001"),
        new("00221", "522000", "เงินเดือนพนักงาน", 3_400_000m, "เพื่อจ่ายเป็นเงินเดือนพนักงานเทศบาล กองสาธารณสุขและสิ่งแวดล้อม จำนวน 12 เดือน"),
        new("00223", "532000", "โครงการป้องกันและควบคุมโรคไข้เลือดออก", 250_000m, "เพื่อจ่ายเป็นค่าทรายกำจัดลูกน้ำ น้ำยาพ่นหมอกควัน และค่ารณรงค์ในชุมชน 20 ชุมชน", true, "ยุทธ3-2569-004"),
        new("00223", "561000", "เงินอุดหนุนโครงการตามพระราชดำริด้านสาธารณสุข", 400_000m, "เพื่ออุดหนุนคณะกรรมการชุมชน 20 ชุมชน ชุมชนละ 20,000 บาท ในการดำเนินโครงการตามพระราชดำริด้านสาธารณสุข"),
        new("00232", "532000", "โครงการส่งเสริมคุณภาพชีวิตผู้สูงอายุ", 200_000m, "เพื่อจ่ายเป็นค่าใช้จ่ายในการจัดกิจกรรมโรงเรียนผู้สูงอายุและการตรวจสุขภาพผู้สูงอายุ", true, "ยุทธ3-2569-007"),
        new("00241", "522000", "เงินเดือนพนักงาน", 3_900_000m, "เพื่อจ่ายเป็นเงินเดือนพนักงานเทศบาล กองช่าง จำนวน 12 เดือน"),
        new("00242", "541000", "ครุภัณฑ์ไฟฟ้าและวิทยุ โคมไฟถนนแอลอีดี", 1_200_000m, "เพื่อจัดซื้อโคมไฟถนนแอลอีดีพร้อมอุปกรณ์ จำนวน 150 ชุด ติดตั้งแทนโคมเดิมในเขตเทศบาล"),
        new("00244", "532000", "ค่าจ้างเหมาเก็บขนขยะมูลฝอย", 4_800_000m, "เพื่อจ่ายเป็นค่าจ้างเหมาเก็บขนขยะมูลฝอยและนำไปกำจัดยังสถานที่กำจัดขยะ จำนวน 12 เดือน"),
        new("00244", "533000", "วัสดุเชื้อเพลิงและหล่อลื่น (รถเก็บขยะ)", 1_200_000m, "เพื่อจ่ายเป็นค่าน้ำมันเชื้อเพลิงสำหรับรถบรรทุกขยะของเทศบาล จำนวน 6 คัน"),
        new("00244", "541000", "ครุภัณฑ์ยานพาหนะและขนส่ง รถบรรทุกขยะแบบอัดท้าย", 2_500_000m, "เพื่อจัดซื้อรถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ แบบอัดท้าย ปริมาตรกระบะไม่น้อยกว่า 10 ลูกบาศก์หลา จำนวน 1 คัน"),
        new("00252", "532000", "โครงการจัดประชุมประชาคมและจัดทำแผนชุมชน", 100_000m, "เพื่อจ่ายเป็นค่าใช้จ่ายในการจัดประชุมประชาคมเมืองและปรับปรุงแผนชุมชน 20 ชุมชน", true, "ยุทธ6-2569-001"),
        new("00262", "532000", "โครงการแข่งขันกีฬาชุมชนสัมพันธ์", 300_000m, "เพื่อจ่ายเป็นค่าใช้จ่ายในการจัดการแข่งขันกีฬาระหว่างชุมชนในเขตเทศบาล", true, "ยุทธ2-2569-006"),
        new("00263", "532000", "โครงการสืบสานประเพณีลอยกระทง", 400_000m, "เพื่อจ่ายเป็นค่าใช้จ่ายในการจัดงานประเพณีลอยกระทง ณ ริมแม่น้ำนครนายก", true, "ยุทธ2-2569-008"),
        new("00263", "532000", "โครงการสืบสานประเพณีสงกรานต์", 350_000m, "เพื่อจ่ายเป็นค่าใช้จ่ายในการจัดงานประเพณีสงกรานต์และรดน้ำขอพรผู้สูงอายุ", true),
        new("00312", "542000", "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยสุวรรณศร 5", 3_800_000m, "ก่อสร้างถนน คสล. กว้าง 6 เมตร ยาว 520 เมตร หนา 0.15 เมตร หรือพื้นที่ไม่น้อยกว่า 3,120 ตารางเมตร ตามแบบแปลนของเทศบาล", true, "ยุทธ1-2569-010"),
        new("00312", "542000", "โครงการก่อสร้างรางระบายน้ำ คสล. ถนนศรีเมือง", 4_200_000m, "ก่อสร้างรางระบายน้ำ คสล. รูปตัวยู พร้อมฝาปิด ยาว 850 เมตร ตามแบบแปลนของเทศบาล", true, "ยุทธ1-2569-011"),
        new("00312", "542000", "โครงการปรับปรุงผิวจราจรแอสฟัลท์ติกคอนกรีต ถนนสาริกา", 5_600_000m, "ปรับปรุงผิวจราจรแอสฟัลท์ติกคอนกรีต หนา 0.05 เมตร พื้นที่ไม่น้อยกว่า 14,000 ตารางเมตร ตามแบบแปลนของเทศบาล", true, "ยุทธ1-2569-012"),
        new("00411", "511000", "เบี้ยยังชีพผู้สูงอายุ", 19_800_000m, "เพื่อจ่ายเป็นเบี้ยยังชีพผู้สูงอายุแบบขั้นบันไดตามช่วงอายุ จำนวนประมาณ 2,600 คน"),
        new("00411", "511000", "เบี้ยยังชีพคนพิการ", 4_900_000m, "เพื่อจ่ายเป็นเบี้ยยังชีพคนพิการที่มีสิทธิ เดือนละ 800–1,000 บาท จำนวนประมาณ 480 คน"),
        new("00411", "511000", "เบี้ยยังชีพผู้ป่วยเอดส์", 60_000m, "เพื่อจ่ายเป็นเบี้ยยังชีพผู้ป่วยเอดส์ที่แพทย์รับรอง เดือนละ 500 บาท จำนวน 10 คน"),
        new("00411", "512000", "เงินสมทบกองทุนบำเหน็จบำนาญข้าราชการส่วนท้องถิ่น (กบท.)", 1_500_000m, "เพื่อจ่ายเป็นเงินสมทบ กบท. ร้อยละ 3 ของประมาณการรายรับ (ไม่รวมเงินกู้ เงินจ่ายขาดเงินสะสม และเงินอุดหนุน)"),
        new("00411", "512000", "เงินสมทบกองทุนประกันสังคม", 420_000m, "เพื่อจ่ายเป็นเงินสมทบกองทุนประกันสังคมของพนักงานจ้าง ร้อยละ 5 ของค่าจ้าง"),
    ];

    private static IEnumerable<RevenueSeed> MunicipalityRevenues() =>
    [
        new("411000", "ภาษีที่ดินและสิ่งปลูกสร้าง", 9_500_000m, "ประมาณการตามบัญชีรายการที่ดินและสิ่งปลูกสร้างและผลการจัดเก็บปีที่ผ่านมา"),
        new("411000", "ภาษีป้าย", 1_200_000m, "ประมาณการตามทะเบียนป้ายและผลการจัดเก็บปีที่ผ่านมา"),
        new("412000", "ค่าธรรมเนียมเก็บและขนมูลฝอย", 2_400_000m, "ประมาณการตามจำนวนครัวเรือนและสถานประกอบการที่รับบริการ"),
        new("412000", "ค่าธรรมเนียมใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ", 450_000m, "ประมาณการตามจำนวนผู้ประกอบการที่ขออนุญาต"),
        new("413000", "ดอกเบี้ยเงินฝากธนาคาร", 800_000m, "ประมาณการจากยอดเงินฝากและอัตราดอกเบี้ย"),
        new("413000", "ค่าเช่าหรือค่าบริการสถานที่ (ตลาดสดเทศบาล)", 1_100_000m, "ประมาณการตามสัญญาเช่าแผงตลาดสดเทศบาล"),
        new("415000", "ค่าขายแบบแปลน", 50_000m, "ประมาณการตามจำนวนโครงการที่จะประกวดราคา"),
        new("421000", "ภาษีมูลค่าเพิ่มตาม พ.ร.บ. กำหนดแผนฯ", 32_000_000m, "ประมาณการตามที่กรมส่งเสริมการปกครองท้องถิ่นแจ้งและผลการจัดสรรปีที่ผ่านมา"),
        new("421000", "ภาษีมูลค่าเพิ่ม 1 ใน 9", 14_000_000m, "ประมาณการตามผลการจัดสรรปีที่ผ่านมา"),
        new("421000", "ภาษีธุรกิจเฉพาะ", 1_500_000m, "ประมาณการตามผลการจัดสรรปีที่ผ่านมา"),
        new("421000", "ภาษีสรรพสามิต", 13_000_000m, "ประมาณการตามผลการจัดสรรปีที่ผ่านมา"),
        new("421000", "ค่าธรรมเนียมจดทะเบียนสิทธิและนิติกรรมตามประมวลกฎหมายที่ดิน", 6_500_000m, "ประมาณการตามผลการจัดเก็บของสำนักงานที่ดินจังหวัดปีที่ผ่านมา"),
        new("421000", "ภาษีและค่าธรรมเนียมรถยนต์", 3_000_000m, "ประมาณการตามผลการจัดสรรปีที่ผ่านมา"),
        new("431000", "เงินอุดหนุนทั่วไป", 38_000_000m, "ประมาณการตามที่กรมส่งเสริมการปกครองท้องถิ่นแจ้ง สำหรับการดำเนินงานตามอำนาจหน้าที่และภารกิจถ่ายโอน"),
    ];

    /// <summary>A small SAO of about 6,700 people: ~26 M baht.</summary>
    private static IEnumerable<LineSeed> SaoLines() =>
    [
        new("00111", "521000", "เงินเดือนนายกองค์การบริหารส่วนตำบลและรองนายก", 520_000m, "เพื่อจ่ายเป็นเงินเดือนนายก อบต. 1 อัตรา และรองนายก อบต. 2 อัตรา จำนวน 12 เดือน"),
        new("00111", "521000", "เงินค่าตอบแทนสมาชิกสภาองค์การบริหารส่วนตำบล", 1_100_000m, "เพื่อจ่ายเป็นค่าตอบแทนประธานสภา รองประธานสภา เลขานุการสภา และสมาชิกสภา อบต."),
        new("00111", "522000", "เงินเดือนพนักงาน", 3_600_000m, "เพื่อจ่ายเป็นเงินเดือนพนักงานส่วนตำบล สำนักปลัด จำนวน 12 เดือน"),
        new("00111", "522000", "ค่าจ้างพนักงานจ้าง", 1_500_000m, "เพื่อจ่ายเป็นค่าตอบแทนพนักงานจ้างตามภารกิจและพนักงานจ้างทั่วไป"),
        new("00113", "522000", "เงินเดือนพนักงาน", 1_400_000m, "เพื่อจ่ายเป็นเงินเดือนพนักงานส่วนตำบล กองคลัง จำนวน 12 เดือน"),
        new("00111", "532000", "รายจ่ายเพื่อให้ได้มาซึ่งบริการ", 900_000m, "เพื่อจ่ายเป็นค่าจ้างเหมาบริการต่าง ๆ ค่าถ่ายเอกสาร และค่าธรรมเนียม"),
        new("00111", "534000", "ค่าไฟฟ้า", 600_000m, "เพื่อจ่ายเป็นค่าไฟฟ้าที่ทำการ อบต. และไฟฟ้าสาธารณะ"),
        new("00212", "533000", "ค่าอาหารเสริม (นม)", 1_100_000m, "เพื่อจ่ายเป็นค่าอาหารเสริม (นม) ให้เด็กนักเรียนและเด็กในศูนย์พัฒนาเด็กเล็ก"),
        new("00212", "561000", "เงินอุดหนุนโครงการอาหารกลางวันเด็กนักเรียน", 1_900_000m, "เพื่ออุดหนุนโรงเรียนสังกัด สพฐ. ในตำบล เป็นค่าอาหารกลางวันนักเรียน"),
        new("00312", "542000", "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 4", 1_800_000m, "ก่อสร้างถนน คสล. กว้าง 4 เมตร ยาว 400 เมตร หนา 0.15 เมตร ตามแบบแปลนของ อบต.", true, "ยุทธ1-2570-003"),
        new("00322", "542000", "โครงการขุดลอกคลองส่งน้ำเพื่อการเกษตร หมู่ที่ 7", 650_000m, "ขุดลอกคลองส่งน้ำ ยาว 1,200 เมตร เพื่อการเกษตรและบรรเทาอุทกภัย", true),
        new("00411", "511000", "เบี้ยยังชีพผู้สูงอายุ", 6_900_000m, "เพื่อจ่ายเป็นเบี้ยยังชีพผู้สูงอายุแบบขั้นบันไดตามช่วงอายุ จำนวนประมาณ 900 คน"),
        new("00411", "511000", "เบี้ยยังชีพคนพิการ", 1_700_000m, "เพื่อจ่ายเป็นเบี้ยยังชีพคนพิการ จำนวนประมาณ 170 คน"),
        new("00411", "512000", "เงินสมทบกองทุนบำเหน็จบำนาญข้าราชการส่วนท้องถิ่น (กบท.)", 350_000m, "เพื่อจ่ายเป็นเงินสมทบ กบท. ตามที่กฎหมายกำหนด"),
    ];

    private static IEnumerable<RevenueSeed> SaoRevenues() =>
    [
        new("411000", "ภาษีที่ดินและสิ่งปลูกสร้าง", 900_000m, "ประมาณการตามบัญชีรายการที่ดินและสิ่งปลูกสร้าง"),
        new("412000", "ค่าธรรมเนียมเก็บและขนมูลฝอย", 150_000m, "ประมาณการตามจำนวนครัวเรือนที่รับบริการ"),
        new("413000", "ดอกเบี้ยเงินฝากธนาคาร", 150_000m, "ประมาณการจากยอดเงินฝากและอัตราดอกเบี้ย"),
        new("421000", "ภาษีมูลค่าเพิ่มตาม พ.ร.บ. กำหนดแผนฯ", 7_000_000m, "ประมาณการตามผลการจัดสรรปีที่ผ่านมา"),
        new("421000", "ภาษีสรรพสามิต", 3_200_000m, "ประมาณการตามผลการจัดสรรปีที่ผ่านมา"),
        new("421000", "ค่าธรรมเนียมจดทะเบียนสิทธิและนิติกรรมตามประมวลกฎหมายที่ดิน", 1_400_000m, "ประมาณการตามผลการจัดสรรปีที่ผ่านมา"),
        new("431000", "เงินอุดหนุนทั่วไป", 11_500_000m, "ประมาณการตามที่กรมส่งเสริมการปกครองท้องถิ่นแจ้ง"),
    ];
}
