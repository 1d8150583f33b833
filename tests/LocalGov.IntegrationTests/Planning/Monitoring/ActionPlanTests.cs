using System.Net;
using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.IntegrationTests.Finance.Vouchers;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Planning.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Services;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Planning.Monitoring;

[Collection(MonitoringCollection.Name)]
public sealed class ActionPlanTests(LocalGovFactory factory)
{
    private const string Year = "2569";

    [Fact]
    public async Task Build_from_the_plan_preselects_linked_projects_and_warns_about_project_lines_not_in_the_plan()
    {
        var plan = await MonitoringTestData.ApprovedPlanAsync(factory);
        var lines = await LinesAsync(plan.LaoId);
        var planCodes = plan.ProjectsForYear(MonitoringTestData.Year, withAmountOnly: false).Select(x => x.Project.Code).ToHashSet();
        var expectedWarnings = lines.Where(l => l.IsProject && (string.IsNullOrWhiteSpace(l.PlanProjectCode) || !planCodes.Contains(l.PlanProjectCode.Trim())))
            .Select(l => l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.NotEmpty(expectedWarnings);
        var linkedCodes = lines.Where(l => l.PlanProjectCode is not null).Select(l => l.PlanProjectCode!.Trim()).ToHashSet();

        using var browser = new Browser(factory);
        await browser.SignInAsync("planning");
        var (response, page) = await browser.GetAsync($"/Planning/ActionPlans/Build?year={Year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#candidates tbody tr").ToList();
        Assert.NotEmpty(rows);
        var entries = await EntryProjectIdsAsync(plan.LaoId);
        foreach (var row in rows)
        {
            var code = row.GetAttribute("data-code")!;
            var projectId = int.Parse(row.GetAttribute("data-project-id")!, System.Globalization.CultureInfo.InvariantCulture);
            var isChecked = row.QuerySelector("input[type=checkbox]")!.HasAttribute("checked");
            Assert.Equal(linkedCodes.Contains(code), row.GetAttribute("data-linked") == "true");
            Assert.Equal(linkedCodes.Contains(code) || entries.Contains(projectId), isChecked);
        }

        Assert.Contains(rows, r => r.GetAttribute("data-linked") == "true");
        Assert.Equal(expectedWarnings, page.QuerySelectorAll("#unplanned-lines li").Select(li => li.GetAttribute("data-line-id")!).Order().ToList());

        // Saving the preselection puts exactly the linked projects (and any earlier entries) in the action plan.
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].QuerySelector("input[type=checkbox]")!.HasAttribute("checked"))
            {
                fields[$"Projects[{i}].Selected"] = "true";
            }
        }

        var (saved, _) = await browser.SubmitAsync($"/Planning/ActionPlans/Build?year={Year}", fields, "/Planning/ActionPlans/Build");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var linkedProjects = rows.Where(r => r.GetAttribute("data-linked") == "true")
            .Select(r => int.Parse(r.GetAttribute("data-project-id")!, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Superset(linkedProjects, (await EntryProjectIdsAsync(plan.LaoId)).ToHashSet());

        var (_, index) = await browser.GetAsync($"/Planning/ActionPlans?year={Year}");
        Assert.Equal(expectedWarnings, index.QuerySelectorAll("#unplanned-lines li").Select(li => li.GetAttribute("data-line-id")!).Order().ToList());
        Assert.Equal(linkedProjects.Count, index.QuerySelectorAll("#action-plan tr[data-entry-id]").Count(tr => linkedCodes.Contains(tr.GetAttribute("data-code")!)));
    }

    [Fact]
    public async Task An_entry_with_progress_history_cannot_be_removed_from_the_action_plan()
    {
        var id = await MonitoringTestData.EntryAsync(factory, MonitoringTestData.UnlinkedCode);
        using var browser = new Browser(factory);
        await browser.SignInAsync("planning");
        var (recorded, _) = await browser.SubmitAsync($"/Planning/ActionPlans/Project/{id}", Progress("InProgress", "30"), "/Planning/ActionPlans/Progress");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        // The form without the unlinked project selected: every other row keeps its preselection.
        var (_, build) = await browser.GetAsync($"/Planning/ActionPlans/Build?year={Year}");
        var rows = build.QuerySelectorAll("#candidates tbody tr").ToList();
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].GetAttribute("data-code") != MonitoringTestData.UnlinkedCode && rows[i].QuerySelector("input[type=checkbox]")!.HasAttribute("checked"))
            {
                fields[$"Projects[{i}].Selected"] = "true";
            }
        }

        var before = await EntryProjectIdsAsync((await MonitoringTestData.LoadEntryAsync(factory, id)).LaoId);
        var (refused, page) = await browser.SubmitAsync($"/Planning/ActionPlans/Build?year={Year}", fields, "/Planning/ActionPlans/Build");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(MonitoringTestData.UnlinkedCode, page.GetElementById("build-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await EntryProjectIdsAsync((await MonitoringTestData.LoadEntryAsync(factory, id)).LaoId));
    }

    [Fact]
    public async Task Progress_update_is_kept_in_the_history_updates_the_entry_and_the_summary()
    {
        var (code, _) = await MonitoringTestData.LinkedProjectAsync(factory);
        var id = await MonitoringTestData.EntryAsync(factory, code);
        var before = await MonitoringTestData.LoadEntryAsync(factory, id);
        using var browser = new Browser(factory);
        await browser.SignInAsync("planning");

        var (wrong, wrongPage) = await browser.SubmitAsync($"/Planning/ActionPlans/Project/{id}", Progress("Done", "80"), "/Planning/ActionPlans/Progress");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(wrongPage.GetElementById("Percent-error")!.TextContent));
        var (cancel, cancelPage) = await browser.SubmitAsync($"/Planning/ActionPlans/Project/{id}", Progress("Cancelled", "10"), "/Planning/ActionPlans/Progress");
        Assert.Equal(HttpStatusCode.BadRequest, cancel.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(cancelPage.GetElementById("Problems-error")!.TextContent));
        Assert.Equal(before.Updates.Count, (await MonitoringTestData.LoadEntryAsync(factory, id)).Updates.Count);

        var (ok, _) = await browser.SubmitAsync($"/Planning/ActionPlans/Project/{id}", Progress("Done", "100"), "/Planning/ActionPlans/Progress");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var after = await MonitoringTestData.LoadEntryAsync(factory, id);
        Assert.Equal((ProjectStatus.Done, 100, before.Updates.Count + 1), (after.Status, after.PercentComplete, after.Updates.Count));
        Assert.Equal("ส่งมอบงานแล้ว", after.Updates.OrderBy(u => u.Id).Last().Note);
        Assert.NotEqual(before.ConcurrencyStamp, after.ConcurrencyStamp);

        var (summary, done) = await factory.WithDbAsync(async db => (
            await db.Set<PlanningYearSummary>().AsNoTracking().SingleAsync(s => s.LaoId == after.LaoId && s.FiscalYear == MonitoringTestData.Year),
            await db.Set<ActionPlanEntry>().CountAsync(e => e.LaoId == after.LaoId && e.FiscalYear == MonitoringTestData.Year && e.Status == ProjectStatus.Done)));
        Assert.Equal(done, summary.ProjectsDone);
        Assert.True(summary.ProjectsDone >= 1);

        // A stale form (the stamp of before the update) is refused with the concurrency message.
        var (_, pageNow) = await browser.GetAsync($"/Planning/ActionPlans/Project/{id}");
        var token = pageNow.QuerySelector("#progress-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var stale = Progress("InProgress", "50");
        stale["__RequestVerificationToken"] = token;
        stale["Stamp"] = before.ConcurrencyStamp.ToString();
        stale["RecordedOn"] = Today();
        var (conflict, conflictPage) = await browser.PostAsync($"/Planning/ActionPlans/Progress/{id}", stale);
        Assert.Equal(HttpStatusCode.BadRequest, conflict.StatusCode);
        Assert.Contains("มีผู้อื่นแก้ไขข้อมูลนี้ก่อนท่าน", conflictPage.GetElementById("page-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ProjectStatus.Done, (await MonitoringTestData.LoadEntryAsync(factory, id)).Status);
    }

    [Fact]
    public async Task Disbursement_shown_is_the_control_ledgers_after_reserving_and_disbursing_on_a_linked_line()
    {
        var (code, lines) = await MonitoringTestData.LinkedProjectAsync(factory);
        var id = await MonitoringTestData.EntryAsync(factory, code);
        var laoId = lines[0].LaoId;
        using var browser = new Browser(factory);
        await browser.SignInAsync("planning");
        var (_, beforePage) = await browser.GetAsync($"/Planning/ActionPlans/Project/{id}");
        var disbursedBefore = long.Parse(beforePage.GetElementById("disbursed")!.GetAttribute("data-satang")!, System.Globalization.CultureInfo.InvariantCulture);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            var control = scope.ServiceProvider.GetRequiredService<IBudgetControl>();
            await using var tx = await db.Database.BeginTransactionAsync();
            var reserved = await control.ReserveAsync(new BudgetControlRequest(laoId, lines[0].Id, Money.FromBaht(1_000m), "Planning.Test", "T-PLAN-1"));
            Assert.True(reserved.Succeeded, reserved.Error.ToString());
            var paid = await control.DisburseCommittedAsync(new BudgetControlRequest(laoId, lines[0].Id, Money.FromBaht(600m), "Planning.Test", "T-PLAN-1"));
            Assert.True(paid.Succeeded, paid.Error.ToString());
            await tx.CommitAsync();
        }

        var balances = await LedgerAsync(laoId);
        var linkedIds = lines.Select(l => l.Id).ToHashSet();
        var ledger = balances.Where(b => linkedIds.Contains(b.BudgetLineId)).ToList();
        var (_, page) = await browser.GetAsync($"/Planning/ActionPlans/Project/{id}");
        var shown = long.Parse(page.GetElementById("disbursed")!.GetAttribute("data-satang")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Money.Sum(ledger.Select(b => b.Disbursed)).Satang, shown);
        Assert.Equal(disbursedBefore + Money.FromBaht(600m).Satang, shown);
        Assert.Equal(Money.Sum(ledger.Select(b => b.Committed)).Satang, long.Parse(page.GetElementById("committed")!.GetAttribute("data-satang")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Money.Sum(ledger.Select(b => b.Allocated)).Satang, long.Parse(page.GetElementById("allocated")!.GetAttribute("data-satang")!, System.Globalization.CultureInfo.InvariantCulture));

        // The action plan's row shows the same disbursed amount.
        var (_, index) = await browser.GetAsync($"/Planning/ActionPlans?year={Year}");
        Assert.Equal(shown.ToString(System.Globalization.CultureInfo.InvariantCulture), index.QuerySelector($"#action-plan tr[data-entry-id='{id}'] td[data-disbursed]")!.GetAttribute("data-disbursed"));
    }

    [Fact]
    public async Task Project_with_coordinates_prints_them_and_carries_the_map_attributes()
    {
        var id = await MonitoringTestData.EntryAsync(factory, MonitoringTestData.UnlinkedCode);
        using var browser = new Browser(factory);
        await browser.SignInAsync("planning");
        var (_, page) = await browser.GetAsync($"/Planning/ActionPlans/Project/{id}");
        Assert.Contains("14.204567", page.GetElementById("coordinates")!.TextContent, StringComparison.Ordinal);
        var map = page.GetElementById("project-map")!;
        Assert.Equal(("14.204567", "101.213456"), (map.GetAttribute("data-map-lat"), map.GetAttribute("data-map-lng")));
        Assert.NotNull(page.QuerySelector("script[src^='/lib/leaflet/leaflet.js']"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/planning-map.js']"));

        // A project without a position (the demo plan gives some projects one) has no map, only the words.
        var plan = await MonitoringTestData.ApprovedPlanAsync(factory);
        var withoutPosition = plan.ProjectsForYear(MonitoringTestData.Year).First(x => x.Revision.Latitude is null).Project.Code;
        var (_, otherPage) = await browser.GetAsync($"/Planning/ActionPlans/Project/{await MonitoringTestData.EntryAsync(factory, withoutPosition)}");
        Assert.NotNull(otherPage.GetElementById("no-coordinates"));
        Assert.Null(otherPage.GetElementById("project-map"));
    }

    [Fact]
    public async Task Province_reads_the_project_but_cannot_change_it_and_another_LAOs_officer_finds_nothing()
    {
        var id = await MonitoringTestData.EntryAsync(factory, MonitoringTestData.UnlinkedCode);
        var entry = await MonitoringTestData.LoadEntryAsync(factory, id);
        using var province = new Browser(factory);
        await province.SignInAsync("province");
        var (read, page) = await province.GetAsync($"/Planning/ActionPlans/Project/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Null(page.GetElementById("progress-form"));
        Assert.Null(page.GetElementById("upload-form"));
        var (list, _) = await province.GetAsync($"/Planning/ActionPlans?year={Year}&laoId={entry.LaoId}");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var post = Progress("InProgress", "40");
        post["__RequestVerificationToken"] = await VoucherTestData.TokenAsync(province);
        post["Stamp"] = entry.ConcurrencyStamp.ToString();
        Assert.Equal(HttpStatusCode.Forbidden, (await province.PostAsync($"/Planning/ActionPlans/Progress/{id}", post)).Response.StatusCode);

        var other = await MonitoringTestData.OtherLaoIdAsync(factory, entry.LaoId);
        await VoucherTestData.CreateUserAsync(factory, "planning-other-mon", other, Roles.LaoPlanningOfficer);
        using var stranger = new Browser(factory);
        await stranger.SignInAsync("planning-other-mon");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Planning/ActionPlans/Project/{id}")).Response.StatusCode);
        post["__RequestVerificationToken"] = await VoucherTestData.TokenAsync(stranger);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/Planning/ActionPlans/Progress/{id}", post)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Planning/ActionPlans?year={Year}&laoId={entry.LaoId}")).Response.StatusCode);
        Assert.Equal(entry.Updates.Count, (await MonitoringTestData.LoadEntryAsync(factory, id)).Updates.Count);
    }

    internal static Dictionary<string, string> Progress(string status, string percent) => new()
    {
        ["RecordedOn"] = Today(),
        ["Status"] = status,
        ["Percent"] = percent,
        ["Note"] = "ส่งมอบงานแล้ว",
    };

    private static string Today() => LocalGov.SharedKernel.Time.ThaiDate.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<IReadOnlyList<BudgetLineInfo>> LinesAsync(int laoId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IBudgetLineDirectory>().GetLinesInForceAsync(laoId, MonitoringTestData.Year);
    }

    private async Task<IReadOnlyList<BudgetLineBalance>> LedgerAsync(int laoId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IBudgetLineDirectory>().GetBalancesAsync(laoId, MonitoringTestData.Year);
    }

    private Task<List<int>> EntryProjectIdsAsync(int laoId) => factory.WithDbAsync(db =>
        db.Set<ActionPlanEntry>().Where(e => e.LaoId == laoId && e.FiscalYear == MonitoringTestData.Year).Select(e => e.ProjectId).OrderBy(x => x).ToListAsync());
}
