using LocalGov.Planning.Domain;
using LocalGov.Planning.Services.Plans;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Planning.Plans;

/// <summary>The plan's versioning methods and what <see cref="PlanVersionChanges"/> reads from them.</summary>
public sealed class PlanVersioningTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 3, 0, 0, TimeSpan.Zero);

    private static Money B(decimal baht) => Money.FromBaht(baht);

    private static PlanProjectRevision Content(string name, int strategyId, params decimal[] amounts)
    {
        var r = new PlanProjectRevision { Name = name, StrategyId = strategyId, Target = "เป้าหมายเดิม" };
        for (var i = 0; i < amounts.Length; i++)
        {
            r.SetAmountForYearIndex(i, B(amounts[i]));
        }

        return r;
    }

    /// <summary>Version 1 approved with two projects (ids 1 and 2) in two strategies (ids 10 and 20).</summary>
    private static DevelopmentPlan ApprovedPlan()
    {
        var plan = new DevelopmentPlan { Id = 1, LaoId = 5, FirstYear = 2566, Vision = "v", CreatedBy = "planning" };
        plan.StartVersion(PlanVersionKind.Original, "ฉบับแรก", null, "planning", Now);
        plan.Strategies.Add(new Strategy { Id = 10, No = 1, Name = "โครงสร้างพื้นฐาน", AddedInVersion = 1 });
        plan.Strategies.Add(new Strategy { Id = 20, No = 2, Name = "การศึกษา", AddedInVersion = 1 });
        plan.AddProject("P-1", Content("ถนน", 10, 0, 0, 0, 1_000_000, 1_000_000))!.Id = 1;
        plan.AddProject("P-2", Content("ห้องสมุด", 20, 100, 100, 100, 100, 100))!.Id = 2;
        Assert.True(plan.ApproveDraft(new DateOnly(2021, 11, 30), "นายก", "planning", Now));
        return plan;
    }

    [Fact]
    public void Changes_in_a_draft_leave_the_content_in_force_as_approved()
    {
        var plan = ApprovedPlan();
        var road = plan.Projects.Single(p => p.Code == "P-1");
        plan.StartVersion(PlanVersionKind.Amendment, "แก้ไขครั้งที่ 1", "ปรับงบ", "planning", Now);
        Assert.True(plan.ChangeProject(road, r => r.Year5Amount = B(1_500_000)));

        Assert.Equal(1, plan.CurrentVersionNo);
        Assert.Equal(B(1_000_000), PlanContent.At(plan, plan.CurrentVersionNo).Rows.Single(r => r.Project.Code == "P-1").Revision.Year5Amount);
        Assert.Equal(B(1_500_000), PlanContent.At(plan, 2).Rows.Single(r => r.Project.Code == "P-1").Revision.Year5Amount);

        Assert.True(plan.ApproveDraft(new DateOnly(2026, 12, 1), "นายก", "executive", Now));
        Assert.Equal(B(1_500_000), PlanContent.At(plan, plan.CurrentVersionNo).Rows.Single(r => r.Project.Code == "P-1").Revision.Year5Amount);
    }

    [Fact]
    public void A_second_draft_is_refused_while_one_is_open()
    {
        var plan = ApprovedPlan();
        Assert.NotNull(plan.StartVersion(PlanVersionKind.Supplement, "เพิ่มเติม", null, "planning", Now));
        Assert.Null(plan.StartVersion(PlanVersionKind.Amendment, "แก้ไข", null, "planning", Now));
    }

    [Fact]
    public void A_code_used_in_the_plan_cannot_be_added_again_in_any_case()
    {
        var plan = ApprovedPlan();
        plan.StartVersion(PlanVersionKind.Supplement, "เพิ่มเติม", null, "planning", Now);
        Assert.Null(plan.AddProject("p-1", Content("อีกถนน", 10, 0, 0, 0, 0, 1)));
        Assert.NotNull(plan.AddProject("P-3", Content("ลานกีฬา", 20, 0, 0, 0, 0, 900_000)));
    }

    [Fact]
    public void Discarding_a_draft_restores_the_plan_exactly()
    {
        var plan = ApprovedPlan();
        var before = Snapshot(plan);
        plan.StartVersion(PlanVersionKind.Amendment, "แก้ไข", null, "planning", Now);
        plan.ChangeProject(plan.Projects.Single(p => p.Code == "P-1"), r => r.Name = "ถนนใหม่");
        plan.RemoveProject(plan.Projects.Single(p => p.Code == "P-2"));
        plan.AddProject("P-3", Content("ลานกีฬา", 20, 0, 0, 0, 0, 900_000));

        Assert.True(plan.DiscardDraft());
        Assert.Null(plan.Draft);
        Assert.Equal(before, Snapshot(plan));
    }

    [Fact]
    public void Changes_list_added_removed_and_each_changed_field_with_old_and_new_values()
    {
        var plan = ApprovedPlan();
        plan.StartVersion(PlanVersionKind.Amendment, "แก้ไข", null, "planning", Now);
        plan.ChangeProject(plan.Projects.Single(p => p.Code == "P-1"), r =>
        {
            r.Year5Amount = B(1_250_000);
            r.StrategyId = 20;
            r.Target = "เป้าหมายใหม่";
        });
        plan.RemoveProject(plan.Projects.Single(p => p.Code == "P-2"));
        plan.AddProject("P-3", Content("ลานกีฬา", 20, 0, 0, 0, 0, 900_000));

        var changes = PlanVersionChanges.For(plan, 2);

        Assert.Equal(["P-3"], changes.Added.Select(a => a.Code));
        Assert.Equal(B(900_000), changes.Added[0].Total);
        Assert.Equal(["P-2"], changes.Removed.Select(a => a.Code));
        var road = Assert.Single(changes.Changed);
        Assert.Equal("P-1", road.Code);
        Assert.Equal(3, road.Fields.Count);
        var amount = Assert.Single(road.Fields, f => f.Field == PlanVersionChanges.Amount);
        Assert.Equal(2570, amount.Year);
        Assert.Equal(BahtFormat.Format(B(1_000_000)), amount.Old);
        Assert.Equal(BahtFormat.Format(B(1_250_000)), amount.New);
        var strategy = Assert.Single(road.Fields, f => f.Field == PlanVersionChanges.StrategyField);
        Assert.Equal(("1. โครงสร้างพื้นฐาน", "2. การศึกษา"), (strategy.Old, strategy.New));
        Assert.Contains(road.Fields, f => f is { Field: PlanVersionChanges.Target, Old: "เป้าหมายเดิม", New: "เป้าหมายใหม่" });
    }

    [Fact]
    public void The_original_version_lists_every_project_as_added_and_a_change_back_to_the_same_value_is_no_change()
    {
        var plan = ApprovedPlan();
        Assert.Equal(["P-1", "P-2"], PlanVersionChanges.For(plan, 1).Added.Select(a => a.Code));

        plan.StartVersion(PlanVersionKind.Amendment, "แก้ไข", null, "planning", Now);
        plan.ChangeProject(plan.Projects.Single(p => p.Code == "P-2"), r => r.Year1Amount = B(100));
        Assert.True(PlanVersionChanges.For(plan, 2).IsEmpty);
    }

    [Fact]
    public void Content_groups_projects_by_strategy_with_subtotals_that_add_up_to_the_total()
    {
        var plan = ApprovedPlan();
        var content = PlanContent.At(plan, 1);
        Assert.Equal([1, 2], content.Strategies.Select(s => s.Strategy.No));
        Assert.Equal(B(1_000_000), content.Strategies[0].AmountForYearIndex(4));
        Assert.Equal(B(1_000_100), content.AmountForYearIndex(4));
        Assert.Equal(B(2_000_500), content.Total);
    }

    private static string Snapshot(DevelopmentPlan plan) => string.Join(" | ",
        plan.Projects.OrderBy(p => p.Code).Select(p => $"{p.Code}:{p.AddedInVersion}:{p.RemovedInVersion}:" + string.Join(",",
            p.Revisions.OrderBy(r => r.FromVersion).Select(r => $"{r.FromVersion}-{r.ToVersion}-{r.Name}-{r.StrategyId}-{r.Total.Satang}"))))
        + $" v{plan.CurrentVersionNo} n{plan.Versions.Count} s{plan.Strategies.Count}";
}
