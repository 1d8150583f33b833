using System.Globalization;
using LocalGov.Planning.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Services;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Planning.Seeding;

/// <summary>One LAO's generated planning: the plan (whole), the action-plan entries, the progress reports and the summary rows.</summary>
internal sealed record GeneratedPlanning(
    DevelopmentPlan Plan,
    IReadOnlyList<ActionPlanEntry> Entries,
    IReadOnlyList<ProgressReport> Reports,
    IReadOnlyList<PlanningYearSummary> Years,
    IReadOnlyList<PlanningStrategySummary> Strategies);

/// <summary>
/// The national synthetic planning of one LAO, in memory, deterministic for a seed: a plan 2566–2570 (version 1 approved,
/// a third of the LAOs with an approved amendment that revises some projects' amounts), 4–6 strategies, 15–40 projects;
/// action plans of <see cref="ActionYears"/> for about half the year's projects with a spread of statuses; the quarterly
/// reports of the first of those years (some late, some missing); and the summary rows computed with the rules of
/// <see cref="PlanningSummaryWriter"/> (<see cref="PlanQueries.ProjectsForYear"/>, <see cref="ProgressReportSchedule"/>).
/// <para>
/// Budgeted and disbursed amounts are derived from the generated plan amounts and statuses: the national dataset's budget
/// lines carry no plan project codes, so the writer's source (lines linked by code, the control ledger) has nothing to
/// link. A <c>rebuild planning-summaries</c> on the national dataset therefore sets them to zero.
/// </para>
/// </summary>
internal static class PlanningNationalGenerator
{
    public const int FirstYear = 2566;
    public static readonly int[] ActionYears = [2569, 2570];

    private static readonly string[] StrategyNames =
    [
        "การพัฒนาโครงสร้างพื้นฐาน", "การพัฒนาคุณภาพชีวิตและสังคม", "การพัฒนาเศรษฐกิจและการท่องเที่ยว", "การจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม",
        "การพัฒนาการศึกษา ศาสนาและวัฒนธรรม", "การบริหารจัดการที่ดี",
    ];

    private static readonly string[] ProjectKinds =
    [
        "ก่อสร้างถนนคอนกรีตเสริมเหล็ก", "ปรับปรุงระบบประปาหมู่บ้าน", "ขุดลอกคลองและลำห้วย", "ติดตั้งไฟฟ้าส่องสว่าง", "ส่งเสริมอาชีพกลุ่มสตรี",
        "จัดงานประเพณีท้องถิ่น", "พัฒนาศูนย์พัฒนาเด็กเล็ก", "ป้องกันและควบคุมโรคไข้เลือดออก", "ฝึกอบรมอาสาสมัครป้องกันภัย", "จัดการขยะชุมชน",
    ];

    public static GeneratedPlanning Generate(int laoId, int provinceId, int randomSeed, DateOnly today, DateTimeOffset now)
    {
        var random = new Random(unchecked((randomSeed * 31) ^ (laoId * 104_729) ^ 0x504C414E));
        var plan = new DevelopmentPlan
        {
            LaoId = laoId,
            FirstYear = FirstYear,
            Vision = "ท้องถิ่นน่าอยู่ ประชาชนมีคุณภาพชีวิตที่ดี เศรษฐกิจชุมชนเข้มแข็ง",
            CreatedBy = "national-seed",
            CreatedAt = now,
        };
        plan.StartVersion(PlanVersionKind.Original, $"แผนพัฒนาท้องถิ่น (พ.ศ. {FirstYear}–{FirstYear + 4})", null, "national-seed", now);

        var strategyCount = 4 + random.Next(3);
        for (var s = 1; s <= strategyCount; s++)
        {
            plan.Strategies.Add(new Strategy
            {
                Id = s,
                No = s,
                Name = StrategyNames[(s - 1) % StrategyNames.Length],
                NationalStrategy = (NationalStrategy)(1 + random.Next(6)),
                AddedInVersion = 1,
            });
        }

        var projectCount = 15 + random.Next(26);
        for (var i = 1; i <= projectCount; i++)
        {
            var strategy = plan.Strategies[random.Next(strategyCount)];
            var revision = new PlanProjectRevision
            {
                StrategyId = strategy.Id,
                Name = $"โครงการ{ProjectKinds[random.Next(ProjectKinds.Length)]} {i.ToString(CultureInfo.InvariantCulture)}",
                Target = "ประชาชนในพื้นที่",
                Indicator = "ร้อยละความพึงพอใจของประชาชน",
                ResponsibleUnit = "กองช่าง",
            };
            for (var y = 0; y < DevelopmentPlan.Years; y++)
            {
                // About one project-year in four has no budget planned.
                revision.SetAmountForYearIndex(y, random.Next(4) == 0 ? Money.Zero : Money.FromBaht(1_000m * (100 + random.Next(4_900))));
            }

            plan.AddProject($"ยุทธ{strategy.No.ToString(CultureInfo.InvariantCulture)}-{i.ToString("000", CultureInfo.InvariantCulture)}", revision)!.Id = i;
        }

        plan.ApproveDraft(new DateOnly(2022, 6, 30), "นายกองค์กรปกครองส่วนท้องถิ่น", "national-seed", now);

        // A third of the LAOs amended the plan: a few projects' amounts from 2569 on.
        if (random.Next(3) == 0)
        {
            plan.StartVersion(PlanVersionKind.Amendment, "แผนพัฒนาท้องถิ่น แก้ไข ครั้งที่ 1", "ปรับงบประมาณตามสถานการณ์", "national-seed", now);
            foreach (var project in plan.Projects.Where(_ => random.Next(5) == 0).ToList())
            {
                var amount = Money.FromBaht(1_000m * (100 + random.Next(4_900)));
                plan.ChangeProject(project, r =>
                {
                    r.SetAmountForYearIndex(3, amount);
                    r.SetAmountForYearIndex(4, amount);
                });
            }

            plan.ApproveDraft(new DateOnly(2025, 8, 15), "นายกองค์กรปกครองส่วนท้องถิ่น", "national-seed", now);
        }

        var entries = new List<ActionPlanEntry>();
        var budgets = new Dictionary<ActionPlanEntry, (Money Budgeted, Money Disbursed)>();
        foreach (var year in ActionYears)
        {
            var index = plan.YearIndex(year);
            var past = new SharedKernel.Time.FiscalYear(year).End < today;
            foreach (var (project, revision, _) in plan.ProjectsForYear(year).Where(_ => random.Next(2) == 0))
            {
                var (status, percent) = past ? PastStatus(random) : CurrentStatus(random);
                var start = 1 + random.Next(9);
                var entry = new ActionPlanEntry
                {
                    LaoId = laoId,
                    FiscalYear = year,
                    ProjectId = project.Id,
                    StartMonth = start,
                    EndMonth = start + random.Next(13 - start),
                    Status = status,
                    PercentComplete = percent,
                };
                entries.Add(entry);
                var budgeted = revision.AmountForYearIndex(index).Satang * (85 + random.Next(16)) / 100 / 10_000 * 10_000;
                var disbursed = status switch
                {
                    ProjectStatus.Done => budgeted * (90 + random.Next(11)) / 100,
                    ProjectStatus.InProgress => budgeted * percent * 8 / 1_000,
                    _ => 0,
                };
                budgets[entry] = (Money.FromSatang(budgeted), Money.FromSatang(disbursed / 100 * 100));
            }
        }

        var reports = Reports(laoId, ActionYears[0], entries.Where(e => e.FiscalYear == ActionYears[0]).ToList(), budgets, plan, random, today);
        var (years, strategies) = Summaries(plan, provinceId, entries, reports, budgets, today, now);
        return new GeneratedPlanning(plan, entries, reports, years, strategies);
    }

    /// <summary>A finished year: mostly done, some stuck in progress, a few cancelled or never started.</summary>
    private static (ProjectStatus, int) PastStatus(Random random) => random.Next(100) switch
    {
        < 70 => (ProjectStatus.Done, 100),
        < 85 => (ProjectStatus.InProgress, 40 + random.Next(60)),
        < 93 => (ProjectStatus.Cancelled, 0),
        _ => (ProjectStatus.NotStarted, 0),
    };

    /// <summary>Early in the current year: mostly not started or in procurement.</summary>
    private static (ProjectStatus, int) CurrentStatus(Random random) => random.Next(100) switch
    {
        < 45 => (ProjectStatus.NotStarted, 0),
        < 70 => (ProjectStatus.Procurement, 0),
        < 92 => (ProjectStatus.InProgress, 5 + random.Next(50)),
        < 97 => (ProjectStatus.Done, 100),
        _ => (ProjectStatus.Cancelled, 0),
    };

    /// <summary>The reports due by today: ~75 % on time, ~15 % late, ~10 % missing; each a snapshot at that quarter.</summary>
    private static List<ProgressReport> Reports(
        int laoId, int year, List<ActionPlanEntry> entries, Dictionary<ActionPlanEntry, (Money Budgeted, Money Disbursed)> budgets,
        DevelopmentPlan plan, Random random, DateOnly today)
    {
        var reports = new List<ProgressReport>();
        var projects = plan.Projects.ToDictionary(p => p.Id);
        var strategies = plan.Strategies.ToDictionary(s => s.Id);
        foreach (var quarter in ProgressReportSchedule.DueBy(year, today))
        {
            var roll = random.Next(100);
            if (roll >= 90)
            {
                continue;
            }

            var due = ProgressReportSchedule.DueOn(year, quarter);
            var submitted = roll < 75 ? due.AddDays(-random.Next(10)) : due.AddDays(1 + random.Next(40));
            if (submitted > today)
            {
                submitted = today;
            }

            var lines = entries.Select(e =>
            {
                var project = projects[e.ProjectId];
                var revision = project.RevisionAt(plan.CurrentVersionNo)!;
                var (budgeted, disbursed) = budgets[e];

                // The snapshot of quarter q shows q quarters of the year's final progress.
                var status = quarter == 4 || e.Status is ProjectStatus.Cancelled or ProjectStatus.NotStarted ? e.Status : ProjectStatus.InProgress;
                return new ProgressReportLine
                {
                    ProjectId = e.ProjectId,
                    ProjectCode = project.Code,
                    ProjectName = revision.Name,
                    StrategyName = strategies[revision.StrategyId].Name,
                    Status = status,
                    PercentComplete = e.PercentComplete * quarter / 4,
                    Budgeted = budgeted,
                    Disbursed = Money.FromSatang(disbursed.Satang * quarter / 4 / 100 * 100),
                };
            }).ToList();
            var counted = lines.Where(l => l.Status != ProjectStatus.Cancelled).ToList();
            reports.Add(new ProgressReport
            {
                LaoId = laoId,
                FiscalYear = year,
                Quarter = quarter,
                DueOn = due,
                SubmittedOn = submitted,
                SubmittedBy = "national-seed",
                Projects = lines.Count,
                NotStarted = lines.Count(l => l.Status == ProjectStatus.NotStarted),
                InProgress = lines.Count(l => l.Status is ProjectStatus.InProgress or ProjectStatus.Procurement),
                Done = lines.Count(l => l.Status == ProjectStatus.Done),
                Cancelled = lines.Count(l => l.Status == ProjectStatus.Cancelled),
                Budgeted = Money.Sum(lines.Select(l => l.Budgeted)),
                Disbursed = Money.Sum(lines.Select(l => l.Disbursed)),
                AveragePercentComplete = counted.Count == 0 ? 0m : Math.Round((decimal)counted.Sum(l => l.PercentComplete) / counted.Count, 2, MidpointRounding.AwayFromZero),
                Lines = lines,
            });
        }

        return reports;
    }

    /// <summary>The summary rows of every year of the plan, by the rules of <see cref="PlanningSummaryWriter"/> (participation: none generated).</summary>
    internal static (List<PlanningYearSummary> Years, List<PlanningStrategySummary> Strategies) Summaries(
        DevelopmentPlan plan, int provinceId, IReadOnlyList<ActionPlanEntry> entries, IReadOnlyList<ProgressReport> reports,
        IReadOnlyDictionary<ActionPlanEntry, (Money Budgeted, Money Disbursed)> budgets, DateOnly today, DateTimeOffset now)
    {
        var years = new List<PlanningYearSummary>();
        var strategies = new List<PlanningStrategySummary>();
        for (var year = plan.FirstYear; year <= plan.LastYear; year++)
        {
            var index = plan.YearIndex(year);
            var planned = plan.ProjectsForYear(year).ToList();
            var ofYear = entries.Where(e => e.FiscalYear == year).ToList();
            var due = ProgressReportSchedule.DueBy(year, today).ToList();
            var onTime = due.Count(q => reports.Any(r => r.FiscalYear == year && r.Quarter == q && r.SubmittedOn <= r.DueOn));
            years.Add(new PlanningYearSummary
            {
                LaoId = plan.LaoId,
                ProvinceId = provinceId,
                FiscalYear = year,
                HasApprovedPlan = plan.CurrentVersionNo > 0,
                ProjectsInPlan = planned.Count,
                PlannedAmount = Money.Sum(planned.Select(p => p.Revision.AmountForYearIndex(index))),
                ProjectsInActionPlan = ofYear.Count,
                ProjectsNotStarted = ofYear.Count(e => e.Status == ProjectStatus.NotStarted),
                ProjectsInProgress = ofYear.Count(e => e.Status is ProjectStatus.InProgress or ProjectStatus.Procurement),
                ProjectsDone = ofYear.Count(e => e.Status == ProjectStatus.Done),
                ProjectsCancelled = ofYear.Count(e => e.Status == ProjectStatus.Cancelled),
                PercentCompleteTotal = ofYear.Where(e => e.Status != ProjectStatus.Cancelled).Sum(e => e.PercentComplete),
                BudgetedAmount = Money.Sum(ofYear.Select(e => budgets[e].Budgeted)),
                DisbursedAmount = Money.Sum(ofYear.Select(e => budgets[e].Disbursed)),
                ReportsDue = due.Count,
                ReportsOnTime = onTime,
                ReportsLate = due.Count - onTime,
                UpdatedAt = now,
            });
            strategies.AddRange(planned.GroupBy(p => p.Strategy.NationalStrategy).Select(g => new PlanningStrategySummary
            {
                LaoId = plan.LaoId,
                ProvinceId = provinceId,
                FiscalYear = year,
                NationalStrategy = g.Key,
                Projects = g.Count(),
                PlannedAmount = Money.Sum(g.Select(p => p.Revision.AmountForYearIndex(index))),
            }));
        }

        return (years, strategies);
    }
}
