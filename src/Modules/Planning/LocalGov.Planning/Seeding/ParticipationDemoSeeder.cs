using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Services;
using LocalGov.Planning.Services.Participation;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Planning.Seeding;

/// <summary>
/// Participatory budgeting of the demo LAO: the FY 2571 process open for proposals in December 2026, two verified
/// citizens (citizen1/citizen2@example.org, password LocalGov2569), one community representative, five proposals with
/// comments; and the finished FY 2570 process with its results (one proposal accepted when a plan covering 2570 is
/// approved). Skips when the FY 2571 process exists.
/// </summary>
internal sealed class ParticipationDemoSeeder(LocalGovDbContext db, IOrganizationDirectory directory, PlanningSummaryWriter summaries) : IDemoSeeder
{
    public const string DemoPassword = "LocalGov2569";
    private const string Officer = "planning";

    public int Order => 550;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode, cancellationToken);
        if (lao is null || await db.Set<ParticipationProcess>().AnyAsync(p => p.LaoId == lao.Id && p.FiscalYear == 2571, cancellationToken))
        {
            return;
        }

        var now = new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);
        var citizen1 = Person(lao.Id, "citizen1@example.org", "สมศรี ใจดี", null, ParticipantKind.Citizen, now);
        var citizen2 = Person(lao.Id, "citizen2@example.org", "ประยูร รักถิ่น", null, ParticipantKind.Citizen, now);
        var representative = Person(lao.Id, "village3@example.org", "นายบุญมี ผู้แทนชุมชน", "หมู่ที่ 3 บ้านท่าช้าง", ParticipantKind.CommunityRepresentative, now);
        representative.AddedBy = Officer;
        db.Set<Participant>().AddRange(citizen1, citizen2, representative);

        var current = new ParticipationProcess
        {
            LaoId = lao.Id,
            FiscalYear = 2571,
            Title = "งบประมาณแบบมีส่วนร่วม ปีงบประมาณ 2571",
            Description = "ร่วมเสนอโครงการที่ชุมชนต้องการ เพื่อบรรจุในแผนพัฒนาท้องถิ่นและงบประมาณรายจ่ายประจำปี 2571",
            ProposalsFrom = new DateOnly(2026, 11, 15),
            ProposalsUntil = new DateOnly(2027, 1, 31),
            ReviewUntil = new DateOnly(2027, 2, 28),
            SupportUntil = new DateOnly(2027, 3, 31),
            ResultsOn = new DateOnly(2027, 4, 15),
            FollowUpFrom = new DateOnly(2027, 6, 1),
            SupportsPerPerson = 3,
            CreatedBy = Officer,
            CreatedAt = now,
        };
        var finished = new ParticipationProcess
        {
            LaoId = lao.Id,
            FiscalYear = 2570,
            Title = "งบประมาณแบบมีส่วนร่วม ปีงบประมาณ 2570",
            ProposalsFrom = new DateOnly(2025, 11, 1),
            ProposalsUntil = new DateOnly(2025, 12, 31),
            ReviewUntil = new DateOnly(2026, 1, 31),
            SupportUntil = new DateOnly(2026, 2, 28),
            ResultsOn = new DateOnly(2026, 3, 15),
            FollowUpFrom = new DateOnly(2026, 6, 1),
            SupportsPerPerson = 3,
            CreatedBy = Officer,
            CreatedAt = now.AddYears(-1),
        };
        db.Set<ParticipationProcess>().AddRange(current, finished);
        await db.SaveChangesAsync(cancellationToken);

        var proposals = new[]
        {
            Proposal(current, citizen1, "ซ่อมถนนลูกรังเข้าหมู่บ้าน หมู่ 3", "ถนนเป็นหลุมบ่อ น้ำท่วมขังช่วงฤดูฝน รถจักรยานยนต์ล้มบ่อย", ProposalCategory.RoadsAndInfrastructure, "ซอยบ้านท่าช้าง หมู่ 3", 450_000m, now),
            Proposal(current, citizen2, "ขุดลอกคลองระบายน้ำ", "คลองตื้นเขิน น้ำระบายไม่ทันเมื่อฝนตกหนัก", ProposalCategory.WaterAndDrainage, "คลองหลังตลาดสด", 300_000m, now),
            Proposal(current, representative, "ไฟส่องสว่างทางเดินริมคลอง", "ทางเดินมืด ไม่ปลอดภัยสำหรับนักเรียนที่กลับบ้านค่ำ", ProposalCategory.Safety, "ทางเดินริมคลอง ชุมชนวัดพราหมณ์", 180_000m, now),
            Proposal(current, citizen1, "ลานกีฬาเอนกประสงค์สำหรับเยาวชน", "เยาวชนไม่มีพื้นที่ออกกำลังกาย", ProposalCategory.CultureAndSport, "ที่ดินสาธารณะ หมู่ 5", 650_000m, now),
            Proposal(current, citizen2, "คัดแยกขยะต้นทางในชุมชน", "จัดถังแยกขยะและอบรมการคัดแยก ลดปริมาณขยะที่ต้องกำจัด", ProposalCategory.Environment, "ทุกชุมชนในเขตเทศบาล", 120_000m, now),
        };
        var older = new[]
        {
            Proposal(finished, citizen1, "ซ่อมแซมรางระบายน้ำ หมู่ 3", "รางระบายน้ำชำรุด น้ำท่วมขังหน้าบ้าน", ProposalCategory.WaterAndDrainage, "หมู่ 3", 450_000m, now.AddYears(-1)),
            Proposal(finished, citizen2, "ศูนย์พัฒนาเด็กเล็กจัดซื้อของเล่นเสริมพัฒนาการ", "ของเล่นเดิมชำรุด", ProposalCategory.Education, "ศูนย์พัฒนาเด็กเล็กเทศบาล", 80_000m, now.AddYears(-1)),
            Proposal(finished, representative, "ตลาดนัดชุมชนวันเสาร์", "ส่งเสริมรายได้ของผู้ผลิตในชุมชน", ProposalCategory.Economy, "ลานหน้าสำนักงานเทศบาล", 60_000m, now.AddYears(-1)),
        };
        foreach (var p in older)
        {
            p.Status = ProposalStatus.Feasible;
            p.ReviewedCost = p.EstimatedCost;
        }

        db.Set<Proposal>().AddRange(proposals);
        db.Set<Proposal>().AddRange(older);
        await db.SaveChangesAsync(cancellationToken);

        db.Set<ProposalComment>().AddRange(
            Comment(proposals[0], citizen2, "เห็นด้วยครับ ช่วงหน้าฝนผ่านลำบากมาก", now.AddDays(1)),
            Comment(proposals[0], representative, "ชาวบ้านหมู่ 3 ลงชื่อสนับสนุนแล้วกว่า 40 ครัวเรือน", now.AddDays(2)),
            Comment(proposals[1], citizen1, "ควรทำก่อนฤดูฝนปีหน้า", now.AddDays(3)),
            Comment(proposals[4], representative, "ชุมชนพร้อมให้ความร่วมมือ", now.AddDays(3)));
        var supporters = new[] { citizen1, citizen2, representative };
        foreach (var (proposal, count) in new[] { (older[0], 3), (older[1], 2), (older[2], 1) })
        {
            foreach (var supporter in supporters.Take(count))
            {
                db.Set<ProposalSupport>().Add(new ProposalSupport { ProcessId = finished.Id, ProposalId = proposal.Id, ParticipantId = supporter.Id, CreatedAt = now.AddYears(-1).AddDays(90) });
            }

            proposal.SupportCount = count;
        }

        // The most supported proposal of 2570 points at a project of the approved plan, when there is one.
        var plan = await db.LoadCoveringAsync(lao.Id, 2570, tracking: false, cancellationToken);
        if (plan?.ProjectsForYear(2570).FirstOrDefault() is { Project: { } project })
        {
            older[0].Status = ProposalStatus.Accepted;
            older[0].PlanProjectId = project.Id;
            older[0].ModeratedBy = Officer;
            older[0].ModeratedAt = now.AddYears(-1).AddDays(110);
        }

        await db.SaveChangesAsync(cancellationToken);
        await summaries.RefreshAsync(lao.Id, 2570, cancellationToken);
        await summaries.RefreshAsync(lao.Id, 2571, cancellationToken);
    }

    private static Participant Person(int laoId, string email, string name, string? village, ParticipantKind kind, DateTimeOffset now)
    {
        var person = new Participant { LaoId = laoId, Kind = kind, Email = email, DisplayName = name, Village = village, CreatedAt = now, EmailVerifiedAt = now };
        person.PasswordHash = ParticipantAccounts.HashPassword(person, DemoPassword);
        return person;
    }

    private static Proposal Proposal(ParticipationProcess process, Participant by, string title, string description, ProposalCategory category, string location, decimal baht, DateTimeOffset at) => new()
    {
        ProcessId = process.Id,
        LaoId = process.LaoId,
        ParticipantId = by.Id,
        Title = title,
        Description = description,
        Category = category,
        Location = location,
        EstimatedCost = Money.FromBaht(baht),
        CreatedAt = at,
    };

    private static ProposalComment Comment(Proposal proposal, Participant by, string text, DateTimeOffset at) =>
        new() { ProposalId = proposal.Id, ParticipantId = by.Id, Text = text, CreatedAt = at };
}
