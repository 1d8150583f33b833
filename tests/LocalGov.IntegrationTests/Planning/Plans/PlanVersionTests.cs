using System.Net;
using ClosedXML.Excel;
using LocalGov.IntegrationTests.Finance.Vouchers;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Planning.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Services.Plans;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Planning.Plans;

/// <summary>Plan versions through the pages: drafts invisible until approved, history, discard, approval rules, scope, export.</summary>
public sealed class PlanVersionTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private static DateOnly Today => ThaiDate.Today(TimeProvider.System);

    private async Task<IReadOnlyList<PlanProjectRef>> DirectoryAsync(int laoId, int year)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IPlanProjectDirectory>().GetProjectsForYearAsync(laoId, year);
    }

    private async Task<(int Lao, int Plan, int Project)> AmendedPlanAsync(int firstYear, string newAmount, Browser planning)
    {
        var lao = await PlanTestData.DemoLaoIdAsync(factory);
        var plan = await PlanTestData.ApprovedPlanAsync(factory, lao, firstYear);
        var project = await PlanTestData.ProjectIdAsync(factory, plan, PlanTestData.Code(firstYear));
        await planning.SignInAsync("planning");
        Assert.Equal(HttpStatusCode.Redirect, (await PlanTestData.StartAmendmentAsync(planning, plan)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PlanTestData.ChangeAmountAsync(planning, plan, project, 2, newAmount)).Response.StatusCode);
        return (lao, plan, project);
    }

    [Fact]
    public async Task An_amended_amount_stays_the_old_one_until_approval_then_is_the_new_one()
    {
        using var planning = new Browser(factory);
        var (lao, plan, _) = await AmendedPlanAsync(2601, "1,250,000.50", planning);
        var year = 2603;

        // Before approval: the directory, the page in force and the summary still show the approved amount.
        Assert.Equal(Money.FromBaht(1_000_000m), Assert.Single(await DirectoryAsync(lao, year)).PlannedAmount);
        var (_, inForce) = await planning.GetAsync($"/Planning/Plans/Details/{plan}");
        Assert.NotNull(inForce.GetElementById("in-force-marker"));
        Assert.Equal(BahtFormat.Format(1_000_000m), PlanTestData.GrandTotals(inForce)[year]);
        var (_, draft) = await planning.GetAsync($"/Planning/Plans/Details/{plan}?draft=true");
        Assert.NotNull(draft.GetElementById("draft-marker"));
        Assert.Equal(BahtFormat.Format(1_250_000.50m), PlanTestData.GrandTotals(draft)[year]);

        using var executive = new Browser(factory);
        await executive.SignInAsync("executive");
        var (approved, _) = await PlanTestData.ApproveAsync(executive, plan, Today);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        Assert.Equal(Money.FromBaht(1_250_000.50m), Assert.Single(await DirectoryAsync(lao, year)).PlannedAmount);
        var (_, after) = await planning.GetAsync($"/Planning/Plans/Details/{plan}");
        Assert.Equal(BahtFormat.Format(1_250_000.50m), PlanTestData.GrandTotals(after)[year]);
        var saved = await PlanTestData.LoadAsync(factory, plan);
        Assert.Equal(2, saved.CurrentVersionNo);
        var version = saved.Versions.Single(v => v.Number == 2);
        Assert.Equal((Today, "นายกเทศมนตรีเมืองนครนายก", "executive"), (version.ApprovedOn!.Value, version.ApprovedBy!, version.RecordedBy!));
        var summary = await factory.WithDbAsync(db => db.Set<PlanningYearSummary>().AsNoTracking().SingleAsync(s => s.LaoId == lao && s.FiscalYear == year));
        Assert.Equal(Money.FromBaht(1_250_000.50m), summary.PlannedAmount);
    }

    [Fact]
    public async Task A_new_project_in_a_draft_is_not_offered_to_budgeting_until_approved()
    {
        var lao = await PlanTestData.DemoLaoIdAsync(factory);
        var plan = await PlanTestData.ApprovedPlanAsync(factory, lao, 2606);
        using var planning = new Browser(factory);
        await planning.SignInAsync("planning");
        await PlanTestData.StartAmendmentAsync(planning, plan);
        var (added, _) = await VoucherTestData.SubmitFormAsync(planning, $"/Planning/Plans/Project/{plan}", "project-form", new Dictionary<string, string>
        {
            ["Code"] = "NEW-2606",
            ["Name"] = "โครงการใหม่",
            ["Amount1"] = "500000",
            ["Latitude"] = "14.2",
            ["Longitude"] = "101.21",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.DoesNotContain(await DirectoryAsync(lao, 2606), p => p.Code == "NEW-2606");
        var (_, inForce) = await planning.GetAsync($"/Planning/Plans/Details/{plan}");
        Assert.Null(inForce.QuerySelector("tr[data-code='NEW-2606']"));

        using var executive = new Browser(factory);
        await executive.SignInAsync("executive");
        await PlanTestData.ApproveAsync(executive, plan, Today);
        Assert.Contains(await DirectoryAsync(lao, 2606), p => p.Code == "NEW-2606" && p.PlannedAmount == Money.FromBaht(500_000m));
    }

    [Fact]
    public async Task History_lists_the_changed_amount_with_its_old_and_new_value()
    {
        using var planning = new Browser(factory);
        var (_, plan, _) = await AmendedPlanAsync(2611, "800000", planning);
        var (response, page) = await planning.GetAsync($"/Planning/Plans/History/{plan}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelector($"#version-2 tr[data-code='{PlanTestData.Code(2611)}'][data-field='Amount'][data-year='2613']");
        Assert.NotNull(row);
        Assert.Equal(BahtFormat.Format(1_000_000m), row!.QuerySelector(".old")!.TextContent.Trim());
        Assert.Equal(BahtFormat.Format(800_000m), row.QuerySelector(".new")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"#version-1 .projects-added li[data-code='{PlanTestData.Code(2611)}']"));
    }

    [Fact]
    public async Task Discarding_the_draft_restores_the_plan_exactly()
    {
        using var planning = new Browser(factory);
        var (_, plan, project) = await AmendedPlanAsync(2616, "1", planning);
        var before = await PlanTestData.LoadAsync(factory, plan);
        Assert.NotNull(before.Draft);

        var (_, draftPage) = await planning.GetAsync($"/Planning/Plans/Details/{plan}?draft=true");
        var (removed, _) = await VoucherTestData.SubmitFormAsync(planning, $"/Planning/Plans/Details/{plan}?draft=true", "discard-form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        var after = await PlanTestData.LoadAsync(factory, plan);
        Assert.Null(after.Draft);
        Assert.Equal(1, after.CurrentVersionNo);
        var p = Assert.Single(after.Projects);
        var revision = Assert.Single(p.Revisions);
        Assert.Equal((1, (int?)null, Money.FromBaht(1_000_000m)), (revision.FromVersion, revision.ToVersion, revision.Year3Amount));
        Assert.Equal(project, p.Id);
        Assert.Single(after.Versions);
        Assert.NotNull(draftPage.GetElementById("discard-form"));
    }

    [Fact]
    public async Task A_second_draft_is_refused_while_one_is_open()
    {
        using var planning = new Browser(factory);
        var (_, plan, _) = await AmendedPlanAsync(2621, "2", planning);
        var (_, page) = await planning.GetAsync($"/Planning/Plans/Details/{plan}");
        Assert.Null(page.GetElementById("version-form"));
        var token = await VoucherTestData.TokenAsync(planning);
        var (response, _) = await planning.PostAsync($"/Planning/Plans/StartVersion/{plan}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Kind"] = "Supplement",
            ["Title"] = "เพิ่มเติม",
            ["Reason"] = "ทดสอบ",
            ["ConcurrencyStamp"] = (await PlanTestData.LoadAsync(factory, plan)).ConcurrencyStamp.ToString(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(2, (await PlanTestData.LoadAsync(factory, plan)).Versions.Count);
    }

    [Fact]
    public async Task Only_the_executive_of_the_same_LAO_approves()
    {
        using var planning = new Browser(factory);
        var (lao, plan, _) = await AmendedPlanAsync(2626, "3", planning);

        var (officer, _) = await planning.GetAsync($"/Planning/Plans/Approve/{plan}");
        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        var token = await VoucherTestData.TokenAsync(planning);
        var (officerPost, _) = await planning.PostAsync($"/Planning/Plans/Approve/{plan}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["ApprovedOn"] = PlanTestData.Iso(Today),
            ["ApprovedBy"] = "x",
        });
        Assert.Equal(HttpStatusCode.Forbidden, officerPost.StatusCode);

        var other = await PlanTestData.OtherLaoIdAsync(factory, lao);
        await VoucherTestData.CreateUserAsync(factory, "plan-other-exec", other, Roles.LaoExecutive);
        using var otherExecutive = new Browser(factory);
        await otherExecutive.SignInAsync("plan-other-exec");
        var (otherGet, _) = await otherExecutive.GetAsync($"/Planning/Plans/Approve/{plan}");
        Assert.Equal(HttpStatusCode.NotFound, otherGet.StatusCode);
        var (otherPage, _) = await otherExecutive.GetAsync($"/Planning/Plans/Details/{plan}");
        Assert.Equal(HttpStatusCode.NotFound, otherPage.StatusCode);

        Assert.Equal(1, (await PlanTestData.LoadAsync(factory, plan)).CurrentVersionNo);
    }

    [Fact]
    public async Task An_approval_date_in_the_future_is_refused_with_a_field_message()
    {
        using var planning = new Browser(factory);
        var (_, plan, _) = await AmendedPlanAsync(2631, "4", planning);
        using var executive = new Browser(factory);
        await executive.SignInAsync("executive");
        var (response, page) = await PlanTestData.ApproveAsync(executive, plan, Today.AddDays(1));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById("ApprovedOn-error")!.TextContent));
        Assert.Equal(1, (await PlanTestData.LoadAsync(factory, plan)).CurrentVersionNo);
    }

    [Fact]
    public async Task A_duplicate_project_code_gets_a_field_message_and_nothing_is_added()
    {
        using var planning = new Browser(factory);
        var (_, plan, _) = await AmendedPlanAsync(2636, "5", planning);
        var (response, page) = await VoucherTestData.SubmitFormAsync(planning, $"/Planning/Plans/Project/{plan}", "project-form", new Dictionary<string, string>
        {
            ["Code"] = PlanTestData.Code(2636).ToLowerInvariant(),
            ["Name"] = "ซ้ำ",
            ["Amount1"] = "10",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(PlanTestData.Code(2636).ToLowerInvariant(), page.GetElementById("Code-error")!.TextContent, StringComparison.Ordinal);
        Assert.Single((await PlanTestData.LoadAsync(factory, plan)).Projects);
    }

    [Fact]
    public async Task Out_of_range_coordinates_and_negative_amounts_get_field_messages()
    {
        using var planning = new Browser(factory);
        var (_, plan, _) = await AmendedPlanAsync(2641, "6", planning);
        var (response, page) = await VoucherTestData.SubmitFormAsync(planning, $"/Planning/Plans/Project/{plan}", "project-form", new Dictionary<string, string>
        {
            ["Code"] = "X-1",
            ["Name"] = "พิกัดผิด",
            ["Latitude"] = "95",
            ["Longitude"] = "101",
            ["Amount2"] = "-1",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById("Latitude-error")!.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById("Amount2-error")!.TextContent));
    }

    [Fact]
    public async Task A_stale_form_is_refused_with_a_message_and_nothing_is_written()
    {
        using var planning = new Browser(factory);
        var (_, plan, project) = await AmendedPlanAsync(2646, "7", planning);
        var (_, form) = await planning.GetAsync($"/Planning/Plans/Project/{plan}?projectId={project}");
        var staleStamp = form.QuerySelector("input[name=ConcurrencyStamp]")!.GetAttribute("value")!;
        var strategyId = form.QuerySelector("#StrategyId option")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await PlanTestData.ChangeAmountAsync(planning, plan, project, 0, "9")).Response.StatusCode);

        var token = await VoucherTestData.TokenAsync(planning);
        var (response, page) = await planning.PostAsync($"/Planning/Plans/Project/{plan}?projectId={project}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["ConcurrencyStamp"] = staleStamp,
            ["Code"] = PlanTestData.Code(2646),
            ["Name"] = "ชื่อใหม่",
            ["StrategyId"] = strategyId,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.GetElementById("form-errors"));
        var saved = await PlanTestData.LoadAsync(factory, plan);
        var revision = saved.Projects.Single().RevisionAt(2)!;
        Assert.Equal(("โครงการทดสอบ", Money.FromBaht(9m)), (revision.Name, revision.Year1Amount));
    }

    [Fact]
    public async Task A_province_officer_reads_the_plan_but_cannot_edit_it()
    {
        using var planning = new Browser(factory);
        var (_, plan, project) = await AmendedPlanAsync(2651, "8", planning);
        using var province = new Browser(factory);
        await province.SignInAsync("province");
        var (read, page) = await province.GetAsync($"/Planning/Plans/Details/{plan}?draft=true");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Null(page.GetElementById("add-project"));
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/Planning/Plans/History/{plan}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await province.GetAsync($"/Planning/Plans/Project/{plan}?projectId={project}")).Response.StatusCode);
        var token = await VoucherTestData.TokenAsync(province);
        var (post, _) = await province.PostAsync($"/Planning/Plans/Discard/{plan}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.NotNull((await PlanTestData.LoadAsync(factory, plan)).Draft);
    }

    [Fact]
    public async Task The_Excel_export_has_the_same_totals_as_the_page()
    {
        var lao = await PlanTestData.DemoLaoIdAsync(factory);
        var planId = await factory.WithDbAsync(db => db.Set<DevelopmentPlan>().Where(p => p.LaoId == lao && p.FirstYear == 2566).Select(p => p.Id).SingleAsync());
        using var browser = new Browser(factory);
        await browser.SignInAsync("planning");
        var (_, page) = await browser.GetAsync($"/Planning/Plans/Details/{planId}");
        var totals = PlanTestData.GrandTotals(page);
        Assert.Equal(5, totals.Count);

        var response = await browser.Client.GetAsync($"/Planning/Plans/Excel/{planId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = book.Worksheet(1);
        var last = sheet.LastRowUsed()!.RowNumber();
        for (var i = 0; i < 5; i++)
        {
            var cell = sheet.Cell(last, PlanWorkbook.FirstAmountColumn + i).GetValue<decimal>();
            Assert.Equal(totals[2566 + i], BahtFormat.Format(cell));
        }

        // The demo plan in force (version 2) for 2570: the budget lines' amounts, the supplement's road, the deferred Sarika road.
        Assert.Equal(BahtFormat.Format(Money.FromBaht(15_250_000m)), totals[2570]);
    }
}
