using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Services;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Planning.Monitoring;

/// <summary>
/// Plan data for the monitoring tests, built with the domain methods: an approved plan of the demo LAO covering
/// FY 2566–2570 whose projects carry the codes the FY 2569 budget lines link to — except <see cref="LeftOutCode"/>, so
/// that line is "should be in the plan and is not" — plus one project no line links to, with a map position.
/// When the LAO already has an approved plan covering 2569 (the plan demo seeder), that plan is used as it is.
/// </summary>
internal static class MonitoringTestData
{
    public const int Year = 2569;
    public const string LeftOutCode = "ยุทธ1-2569-012";
    public const string UnlinkedCode = "ทดสอบ-2569-900";
    public const double Latitude = 14.204567;
    public const double Longitude = 101.213456;
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static Task<int> DemoLaoIdAsync(LocalGovFactory factory) => factory.WithDbAsync(async db =>
        (await db.Users.SingleAsync(u => u.UserName == "planning")).LaoId!.Value);

    public static Task<int> OtherLaoIdAsync(LocalGovFactory factory, int own) => factory.WithDbAsync(db =>
        db.Database.SqlQuery<int>($"SELECT Id AS Value FROM org_Lao WHERE Id <> {own} ORDER BY Id LIMIT 1").SingleAsync());

    /// <summary>The approved plan covering <see cref="Year"/> (created on first use), loaded whole, read-only.</summary>
    public static async Task<DevelopmentPlan> ApprovedPlanAsync(LocalGovFactory factory)
    {
        await Gate.WaitAsync();
        try
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            var lao = await DemoLaoIdAsync(factory);
            if (await db.LoadCoveringAsync(lao, Year, tracking: true, default) is { CurrentVersionNo: > 0 } existing)
            {
                await EnsureUnlinkedProjectAsync(db, existing);
                return (await db.LoadCoveringAsync(lao, Year, tracking: false, default))!;
            }

            var lines = await scope.ServiceProvider.GetRequiredService<IBudgetLineDirectory>().GetLinesInForceAsync(lao, Year);
            var codes = lines.Where(l => !string.IsNullOrWhiteSpace(l.PlanProjectCode)).Select(l => (Code: l.PlanProjectCode!.Trim(), l.ItemName, l.CurrentAmount))
                .Where(x => x.Code != LeftOutCode).DistinctBy(x => x.Code).ToList();
            Assert.NotEmpty(codes);
            var now = DateTimeOffset.UtcNow;
            var plan = new DevelopmentPlan { LaoId = lao, FirstYear = 2566, Vision = "เมืองน่าอยู่ ทดสอบ", CreatedBy = "planning", CreatedAt = now };
            Assert.NotNull(plan.StartVersion(PlanVersionKind.Original, "แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570)", null, "planning", now));
            for (var no = 1; no <= 6; no++)
            {
                plan.Strategies.Add(new Strategy { No = no, Name = $"ยุทธศาสตร์ทดสอบ {no}", NationalStrategy = (NationalStrategy)no, AddedInVersion = 1 });
            }

            db.Set<DevelopmentPlan>().Add(plan);
            await db.SaveChangesAsync();
            int StrategyOf(string code) => plan.Strategies.Single(s => s.No == (int.TryParse(code.AsSpan(4, 1), out var n) && n is >= 1 and <= 6 ? n : 1)).Id;
            foreach (var (code, name, amount) in codes)
            {
                Assert.NotNull(plan.AddProject(code, new PlanProjectRevision
                {
                    StrategyId = StrategyOf(code),
                    Name = name,
                    Year4Amount = amount,
                    Year5Amount = amount,
                }));
            }

            Assert.NotNull(plan.AddProject(UnlinkedCode, new PlanProjectRevision
            {
                StrategyId = StrategyOf("ยุทธ1"),
                Name = "โครงการทดสอบที่ไม่มีรายการงบประมาณ",
                Location = "ชุมชนทดสอบ",
                Latitude = Latitude,
                Longitude = Longitude,
                Year4Amount = Money.FromBaht(100_000m),
            }));
            Assert.True(plan.ApproveDraft(new DateOnly(2025, 6, 30), "นายกเทศมนตรีเมืองนครนายก", "planning", now));
            await db.SaveChangesAsync();
            return (await db.LoadCoveringAsync(lao, Year, tracking: false, default))!;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Adds <see cref="UnlinkedCode"/> to an existing approved plan (the demo seeder's) through an approved supplement.</summary>
    private static async Task EnsureUnlinkedProjectAsync(LocalGovDbContext db, DevelopmentPlan plan)
    {
        if (plan.Projects.Any(p => p.Code == UnlinkedCode))
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        Assert.True(plan.Draft is not null || plan.StartVersion(PlanVersionKind.Supplement, "เพิ่มเติมแผน (ทดสอบ)", null, "planning", now) is not null);
        var revision = new PlanProjectRevision
        {
            StrategyId = plan.Strategies.OrderBy(s => s.No).First().Id,
            Name = "โครงการทดสอบที่ไม่มีรายการงบประมาณ",
            Location = "ชุมชนทดสอบ",
            Latitude = Latitude,
            Longitude = Longitude,
        };
        revision.SetAmountForYearIndex(plan.YearIndex(Year), Money.FromBaht(100_000m));
        Assert.NotNull(plan.AddProject(UnlinkedCode, revision));
        Assert.True(plan.ApproveDraft(new DateOnly(2025, 6, 30), "นายกเทศมนตรีเมืองนครนายก", "planning", now));
        await db.SaveChangesAsync();
    }

    /// <summary>An action-plan entry of the year for <paramref name="code"/> (created directly when missing); returns its id.</summary>
    public static async Task<int> EntryAsync(LocalGovFactory factory, string code, int year = Year)
    {
        var plan = await ApprovedPlanAsync(factory);
        var project = plan.Projects.Single(p => p.Code == code);
        return await factory.WithDbAsync(async db =>
        {
            var entry = await db.Set<ActionPlanEntry>().FirstOrDefaultAsync(e => e.LaoId == plan.LaoId && e.FiscalYear == year && e.ProjectId == project.Id);
            if (entry is null)
            {
                entry = new ActionPlanEntry { LaoId = plan.LaoId, FiscalYear = year, ProjectId = project.Id, StartMonth = 2, EndMonth = 6 };
                db.Set<ActionPlanEntry>().Add(entry);
                await db.SaveChangesAsync();
            }

            return entry.Id;
        });
    }

    public static Task<ActionPlanEntry> LoadEntryAsync(LocalGovFactory factory, int id) => factory.WithDbAsync(db =>
        db.Set<ActionPlanEntry>().AsNoTracking().Include(e => e.Updates).SingleAsync(e => e.Id == id));

    /// <summary>A linked project whose code a budget line of the year links to (the first in code order).</summary>
    public static async Task<(string Code, IReadOnlyList<BudgetLineInfo> Lines)> LinkedProjectAsync(LocalGovFactory factory)
    {
        var plan = await ApprovedPlanAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var lines = await scope.ServiceProvider.GetRequiredService<IBudgetLineDirectory>().GetLinesInForceAsync(plan.LaoId, Year);
        var code = plan.ProjectsForYear(Year).Select(x => x.Project.Code)
            .First(c => lines.Any(l => string.Equals(l.PlanProjectCode?.Trim(), c, StringComparison.OrdinalIgnoreCase)));
        return (code, [.. lines.Where(l => string.Equals(l.PlanProjectCode?.Trim(), code, StringComparison.OrdinalIgnoreCase))]);
    }
}
