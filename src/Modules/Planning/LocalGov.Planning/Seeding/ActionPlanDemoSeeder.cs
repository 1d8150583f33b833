using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Services;
using LocalGov.Planning.Services.Monitoring;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LocalGov.Planning.Seeding;

/// <summary>
/// The demo LAO's FY 2569 and FY 2570 action plans from its development plan's projects that budget lines link to,
/// a few progress updates (done, in progress, one with problems), the four FY 2569 quarterly reports (the second one
/// late) and the summaries. Skips quietly when the LAO has no approved plan, and when it already has an action plan.
/// </summary>
internal sealed class ActionPlanDemoSeeder(
    LocalGovDbContext db,
    IOrganizationDirectory directory,
    IBudgetLineDirectory budgetLines,
    ProgressReports reports,
    PlanningSummaryWriter summaries,
    TimeProvider clock,
    ILogger<ActionPlanDemoSeeder> logger) : IDemoSeeder
{
    private const string Officer = "planning";
    private static readonly int[] Years = [2569, 2570];

    public int Order => 545;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode, cancellationToken);
        if (lao is null || await db.Set<ActionPlanEntry>().AnyAsync(e => e.LaoId == lao.Id, cancellationToken))
        {
            return;
        }

        var linked = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var year in Years)
        {
            foreach (var line in await budgetLines.GetLinesInForceAsync(lao.Id, year, cancellationToken))
            {
                if (line.PlanProjectCode is { } code)
                {
                    linked.Add(code);
                }
            }
        }

        var seeded = 0;
        foreach (var year in Years)
        {
            var plan = await db.LoadCoveringAsync(lao.Id, year, tracking: false, cancellationToken);
            if (plan is null || plan.CurrentVersionNo == 0)
            {
                continue;
            }

            var projects = plan.ProjectsForYear(year).Where(x => linked.Contains(x.Project.Code)).Select(x => x.Project).ToList();
            if (projects.Count == 0)
            {
                // FY 2570's budget is still a draft (no lines in force): take the year's first projects of the plan.
                projects = [.. plan.ProjectsForYear(year).Take(6).Select(x => x.Project)];
            }

            if (projects.Count == 0)
            {
                continue;
            }

            AddEntries(lao.Id, year, projects);
            await db.SaveChangesAsync(cancellationToken);
            await summaries.RefreshAsync(lao.Id, year, cancellationToken);
            seeded += projects.Count;
        }

        if (seeded == 0)
        {
            logger.LogInformation("Action plan demo skipped: LAO {Code} has no approved development plan with projects for FY 2569–2570.", DemoData.DemoLaoCode);
            return;
        }

        // FY 2569's four quarterly reports: Q2 was sent five days after its due date.
        if (await db.Set<ActionPlanEntry>().AnyAsync(e => e.LaoId == lao.Id && e.FiscalYear == 2569, cancellationToken))
        {
            (int Quarter, DateOnly On)[] submissions = [(1, new(2026, 1, 12)), (2, new(2026, 4, 20)), (3, new(2026, 7, 10)), (4, new(2026, 10, 14))];
            foreach (var (quarter, on) in submissions)
            {
                await reports.SubmitAsync(lao.Id, 2569, quarter, Officer, cancellationToken, on);
            }
        }

        logger.LogInformation("Action plan demo: {Count} projects for LAO {Code}.", seeded, DemoData.DemoLaoCode);
    }

    private void AddEntries(int laoId, int year, List<PlanProject> projects)
    {
        var christian = year - 543;
        var now = clock.GetUtcNow();
        for (var i = 0; i < projects.Count; i++)
        {
            var start = 1 + (i * 2 % 9);
            var entry = new ActionPlanEntry
            {
                LaoId = laoId,
                FiscalYear = year,
                ProjectId = projects[i].Id,
                StartMonth = start,
                EndMonth = Math.Min(12, start + 3 + (i % 4)),
            };
            db.Set<ActionPlanEntry>().Add(entry);

            // FY 2569 is over: two projects done, two in progress (one with problems), one in procurement, the rest not started.
            // FY 2570 has just started: a couple of projects under way.
            (ProjectStatus Status, int Percent, string? Problems, string? Remedies)? state = (year, i) switch
            {
                (2569, 0 or 1) => (ProjectStatus.Done, 100, null, null),
                (2569, 2) => (ProjectStatus.InProgress, 70, "ผู้รับจ้างขาดแคลนแรงงาน งานล่าช้ากว่าแผนประมาณ 30 วัน", "เร่งรัดผู้รับจ้างเป็นหนังสือ และพิจารณาขยายเวลาตามสัญญา"),
                (2569, 3) => (ProjectStatus.InProgress, 50, null, null),
                (2569, 4) => (ProjectStatus.Procurement, 10, null, null),
                (2570, 0) => (ProjectStatus.Procurement, 5, null, null),
                (2570, 1) => (ProjectStatus.InProgress, 20, null, null),
                _ => null,
            };
            if (state is not { } s)
            {
                continue;
            }

            var recordedOn = year == 2569 ? new DateOnly(christian, 8, 28) : new DateOnly(christian - 1, 11, 25);
            if (s.Status == ProjectStatus.Done)
            {
                entry.Updates.Add(new ProgressUpdate { RecordedOn = recordedOn.AddMonths(-3), Status = ProjectStatus.InProgress, PercentComplete = 50, Note = "ดำเนินการตามแผน", RecordedBy = Officer, RecordedAt = now });
            }

            entry.Updates.Add(new ProgressUpdate
            {
                RecordedOn = recordedOn,
                Status = s.Status,
                PercentComplete = s.Percent,
                Note = s.Status == ProjectStatus.Done ? "ตรวจรับงานครบถ้วน" : "ดำเนินการตามแผน",
                Problems = s.Problems,
                Remedies = s.Remedies,
                RecordedBy = Officer,
                RecordedAt = now,
            });
            entry.Status = s.Status;
            entry.PercentComplete = s.Percent;
            entry.Problems = s.Problems;
            entry.Remedies = s.Remedies;
            entry.LastUpdatedOn = recordedOn;
            entry.LastUpdatedBy = Officer;
        }
    }
}
