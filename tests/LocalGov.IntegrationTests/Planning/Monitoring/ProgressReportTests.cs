using System.Net;
using LocalGov.IntegrationTests.Finance.Vouchers;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Services.Monitoring;
using LocalGov.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Planning.Monitoring;

/// <summary>
/// Reports of FY 2568 (long past, untouched by the demo seeders: every quarter is overdue until submitted) and
/// FY 2570's later quarters (not started yet on the machine's date, 5 Dec 2026 in FY 2570's first quarter).
/// </summary>
[Collection(MonitoringCollection.Name)]
public sealed class ProgressReportTests(LocalGovFactory factory)
{
    private const int PastYear = 2568;

    [Fact]
    public async Task Submitting_a_quarter_snapshots_the_action_plan_once_and_refreshes_the_summary()
    {
        var (code, _) = await MonitoringTestData.LinkedProjectAsync(factory);
        var id = await MonitoringTestData.EntryAsync(factory, code, PastYear);
        await MonitoringTestData.EntryAsync(factory, MonitoringTestData.UnlinkedCode, PastYear);
        var lao = (await MonitoringTestData.LoadEntryAsync(factory, id)).LaoId;
        var entries = await factory.WithDbAsync(db => db.Set<ActionPlanEntry>().AsNoTracking().Where(e => e.LaoId == lao && e.FiscalYear == PastYear).ToListAsync());
        using var browser = new Browser(factory);
        await browser.SignInAsync("planning");

        var (preview, previewPage) = await browser.GetAsync($"/Planning/Reports/Preview?year={PastYear}&quarter=1");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("false", previewPage.GetElementById("report-document")!.GetAttribute("data-submitted"));
        Assert.Equal(entries.Count, previewPage.QuerySelectorAll("#report-lines tbody tr").Length);

        var (submitted, _) = await browser.SubmitAsync($"/Planning/Reports?year={PastYear}", new Dictionary<string, string>(), $"/Planning/Reports/Submit?year={PastYear}&quarter=1");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var report = await factory.WithDbAsync(db => db.Set<ProgressReport>().AsNoTracking().Include(r => r.Lines)
            .SingleAsync(r => r.LaoId == lao && r.FiscalYear == PastYear && r.Quarter == 1));
        Assert.Equal(new DateOnly(2025, 1, 15), report.DueOn);
        Assert.True(report.IsLate);
        Assert.Equal("planning", report.SubmittedBy);
        Assert.Equal(entries.Count, report.Projects);
        Assert.Equal(
            entries.Select(e => (e.ProjectId, e.Status, e.PercentComplete)).Order(),
            report.Lines.Select(l => (l.ProjectId, l.Status, l.PercentComplete)).Order());
        Assert.Contains(report.Lines, l => l.ProjectCode == code);

        var (_, details) = await browser.GetAsync(Browser.PathOf(submitted));
        Assert.Equal("true", details.GetElementById("report-document")!.GetAttribute("data-submitted"));
        Assert.NotNull(details.GetElementById("late-flag"));

        // A snapshot: a later change of the project does not move the submitted report.
        var (updated, _) = await browser.SubmitAsync($"/Planning/ActionPlans/Project/{id}", ActionPlanTests.Progress("InProgress", "45"), "/Planning/ActionPlans/Progress");
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        var projectId = entries.Single(e => e.Id == id).ProjectId;
        var again = await factory.WithDbAsync(db => db.Set<ProgressReportLine>().AsNoTracking().SingleAsync(l => l.ReportId == report.Id && l.ProjectId == projectId));
        Assert.Equal(report.Lines.Single(l => l.ProjectCode == code).PercentComplete, again.PercentComplete);

        // Twice refused.
        var token = await VoucherTestData.TokenAsync(browser);
        var (twice, _) = await browser.PostAsync($"/Planning/Reports/Submit?year={PastYear}&quarter=1", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<ProgressReport>().CountAsync(r => r.LaoId == lao && r.FiscalYear == PastYear && r.Quarter == 1)));

        // The summary row counts the reports: Q1 late (submitted today), Q2 on time (submitted before its date), Q3 overdue; Q4 is
        // never on time either way (another test may submit it today).
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<ProgressReports>().SubmitAsync(lao, PastYear, 2, "planning", default, new DateOnly(2025, 4, 10));
            Assert.True(result.Succeeded, result.Error.ToString());
        }

        var summary = await factory.WithDbAsync(db => db.Set<PlanningYearSummary>().AsNoTracking().SingleAsync(s => s.LaoId == lao && s.FiscalYear == PastYear));
        Assert.Equal((4, 1, 3, entries.Count), (summary.ReportsDue, summary.ReportsOnTime, summary.ReportsLate, summary.ProjectsInActionPlan));

        var (_, quarters) = await browser.GetAsync($"/Planning/Reports?year={PastYear}");
        var states = quarters.QuerySelectorAll("#quarters tbody tr").Select(tr => tr.GetAttribute("data-state")!).ToList();
        Assert.Equal(["SubmittedLate", "SubmittedOnTime", "Overdue"], states[..3]);
    }

    [Fact]
    public async Task A_quarter_that_has_not_started_cannot_be_submitted()
    {
        await MonitoringTestData.ApprovedPlanAsync(factory);
        var lao = await MonitoringTestData.DemoLaoIdAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("planning");
        var (_, page) = await browser.GetAsync("/Planning/Reports?year=2570");
        Assert.NotNull(page.GetElementById("submit-1"));
        Assert.Null(page.GetElementById("submit-3"));
        Assert.Equal("NotYetDue", page.QuerySelector("#quarters tr[data-quarter='3']")!.GetAttribute("data-state"));

        var token = await VoucherTestData.TokenAsync(browser);
        var (refused, _) = await browser.PostAsync("/Planning/Reports/Submit?year=2570&quarter=3", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<ProgressReport>().AnyAsync(r => r.LaoId == lao && r.FiscalYear == 2570 && r.Quarter == 3)));
    }

    [Fact]
    public async Task Province_reads_a_submitted_report_and_its_Excel_but_cannot_submit_and_another_LAO_finds_nothing()
    {
        var id = await MonitoringTestData.EntryAsync(factory, MonitoringTestData.UnlinkedCode, PastYear);
        var lao = (await MonitoringTestData.LoadEntryAsync(factory, id)).LaoId;
        int reportId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var reports = scope.ServiceProvider.GetRequiredService<ProgressReports>();
            var result = await reports.SubmitAsync(lao, PastYear, 4, "planning", default);
            reportId = result.ReportId ?? await factory.WithDbAsync(db => db.Set<ProgressReport>().Where(r => r.LaoId == lao && r.FiscalYear == PastYear && r.Quarter == 4).Select(r => r.Id).SingleAsync());
        }

        using var province = new Browser(factory);
        await province.SignInAsync("province");
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/Planning/Reports/Details/{reportId}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/Planning/Reports/Print/{reportId}")).Response.StatusCode);
        var excel = await province.Client.GetAsync($"/Planning/Reports/Excel/{reportId}");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        Assert.Equal(ProgressReportWorkbook.ContentType, excel.Content.Headers.ContentType!.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await excel.Content.ReadAsByteArrayAsync())[..2]);
        var (quarters, quartersPage) = await province.GetAsync($"/Planning/Reports?year={PastYear}&laoId={lao}");
        Assert.Equal(HttpStatusCode.OK, quarters.StatusCode);
        Assert.Null(quartersPage.QuerySelector("#quarters form"));
        var token = await VoucherTestData.TokenAsync(province);
        Assert.Equal(HttpStatusCode.Forbidden, (await province.PostAsync($"/Planning/Reports/Submit?year={PastYear}&quarter=3", new Dictionary<string, string> { ["__RequestVerificationToken"] = token })).Response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<ProgressReport>().AnyAsync(r => r.LaoId == lao && r.FiscalYear == PastYear && r.Quarter == 3)));

        var other = await MonitoringTestData.OtherLaoIdAsync(factory, lao);
        await VoucherTestData.CreateUserAsync(factory, "planning-other-reports", other, Roles.LaoPlanningOfficer);
        using var stranger = new Browser(factory);
        await stranger.SignInAsync("planning-other-reports");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Planning/Reports/Details/{reportId}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/Planning/Reports/Excel/{reportId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Planning/Reports/Preview?year={PastYear}&quarter=1&laoId={lao}")).Response.StatusCode);
    }
}
