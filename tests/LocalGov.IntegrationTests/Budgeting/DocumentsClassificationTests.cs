using System.Globalization;
using System.Net;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Auditing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.IntegrationTests.Budgeting;

/// <summary>Classification administration: administrators only, codes unique for overlapping years, parents of the right kind.</summary>
public sealed class DocumentsClassificationTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const string CreateUrl = "/Budgeting/Classifications/Create";

    private async Task<Browser> AdminAsync()
    {
        var browser = new Browser(factory);
        await browser.SignInAsync("admin");
        return browser;
    }

    private Task<int> IdOfAsync(ClassificationKind kind, string code) =>
        factory.WithDbAsync(db => db.Set<Classification>().Where(c => c.Kind == kind && c.Code == code).Select(c => c.Id).FirstAsync());

    private Task<int> CountAsync(ClassificationKind kind, string code) =>
        factory.WithDbAsync(db => db.Set<Classification>().CountAsync(c => c.Kind == kind && c.Code == code));

    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Administrator_sees_the_seeded_list_filtered_by_kind_and_year()
    {
        using var browser = await AdminAsync();

        var (response, page) = await browser.GetAsync("/Budgeting/Classifications?kind=Programme&year=2570");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var codes = page.QuerySelectorAll("#classification-list tbody tr td:nth-child(2)").Select(td => td.TextContent).ToList();
        Assert.Contains("00110", codes);
        Assert.DoesNotContain("00111", codes);
        Assert.Equal(12, codes.Count);
    }

    [Fact]
    public async Task Non_administrators_may_not_manage_the_classification()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.Client.GetAsync("/Budgeting/Classifications")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.Client.GetAsync(CreateUrl)).StatusCode);
    }

    [Fact]
    public async Task A_code_already_in_force_for_overlapping_years_is_refused()
    {
        using var browser = await AdminAsync();

        var (response, page) = await browser.SubmitAsync(CreateUrl, new Dictionary<string, string>
        {
            ["Kind"] = nameof(ClassificationKind.Programme),
            ["Code"] = "00110",
            ["NameTh"] = "แผนงานซ้ำ",
            ["NameEn"] = "Duplicate",
            ["EffectiveFromYear"] = "2575",
        }, CreateUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for=Code]")?.TextContent ?? "");
        Assert.Equal(1, await CountAsync(ClassificationKind.Programme, "00110"));
    }

    [Fact]
    public async Task A_work_unit_needs_a_programme_as_its_parent()
    {
        using var browser = await AdminAsync();
        var group = await IdOfAsync(ClassificationKind.ExpenditureGroup, "530000");
        var fields = new Dictionary<string, string>
        {
            ["Kind"] = nameof(ClassificationKind.WorkUnit),
            ["Code"] = "00119",
            ["NameTh"] = "งานใหม่",
            ["NameEn"] = "New work unit",
            ["ParentId"] = "",
            ["EffectiveFromYear"] = "2572",
        };

        var (noParent, noParentPage) = await browser.SubmitAsync(CreateUrl, fields, CreateUrl);
        fields["ParentId"] = S(group);
        var (wrongParent, wrongParentPage) = await browser.SubmitAsync(CreateUrl, fields, CreateUrl);

        Assert.Equal(HttpStatusCode.OK, noParent.StatusCode);
        Assert.NotEmpty(noParentPage.QuerySelector("[data-valmsg-for=ParentId]")?.TextContent ?? "");
        Assert.Equal(HttpStatusCode.OK, wrongParent.StatusCode);
        Assert.NotEmpty(wrongParentPage.QuerySelector("[data-valmsg-for=ParentId]")?.TextContent ?? "");
        Assert.Equal(0, await CountAsync(ClassificationKind.WorkUnit, "00119"));
    }

    [Fact]
    public async Task Administrator_adds_a_work_unit_under_a_programme_and_the_change_is_audited()
    {
        using var browser = await AdminAsync();
        var programme = await IdOfAsync(ClassificationKind.Programme, "00120");

        var (response, _) = await browser.SubmitAsync(CreateUrl, new Dictionary<string, string>
        {
            ["Kind"] = nameof(ClassificationKind.WorkUnit),
            ["Code"] = "00124",
            ["NameTh"] = "งานป้องกันและบรรเทาสาธารณภัย",
            ["NameEn"] = "Disaster prevention",
            ["ParentId"] = S(programme),
            ["EffectiveFromYear"] = "2572",
        }, CreateUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = await factory.WithDbAsync(db => db.Set<Classification>().SingleAsync(c => c.Kind == ClassificationKind.WorkUnit && c.Code == "00124"));
        Assert.Equal(programme, entry.ParentId);
        Assert.Equal(2572, entry.EffectiveFromYear);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Classification" && a.Action == AuditAction.Added && a.UserName == "admin")));
    }

    [Fact]
    public async Task Administrator_ends_an_entry_and_may_not_end_it_before_it_began()
    {
        using var browser = await AdminAsync();
        var id = await IdOfAsync(ClassificationKind.RevenueCategory, "416000");
        var url = $"/Budgeting/Classifications/Edit/{id}";

        var (tooEarly, tooEarlyPage) = await browser.SubmitAsync(url, new Dictionary<string, string> { ["EffectiveToYear"] = "2559" }, url);
        var (ended, _) = await browser.SubmitAsync(url, new Dictionary<string, string> { ["EffectiveToYear"] = "2575", ["NameTh"] = "หมวดรายได้จากทุน (แก้ไข)" }, url);

        Assert.Equal(HttpStatusCode.OK, tooEarly.StatusCode);
        Assert.NotEmpty(tooEarlyPage.QuerySelector("[data-valmsg-for=EffectiveToYear]")?.TextContent ?? "");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var entry = await factory.WithDbAsync(db => db.Set<Classification>().SingleAsync(c => c.Id == id));
        Assert.Equal(2575, entry.EffectiveToYear);
        Assert.Equal("หมวดรายได้จากทุน (แก้ไข)", entry.NameTh);
        Assert.Equal(RevenueSource.OwnSource, entry.RevenueSource);
        Assert.Equal("416000", entry.Code);
    }

    [Fact]
    public async Task Classification_pages_meet_the_accessibility_basics()
    {
        using var browser = await AdminAsync();
        var id = await IdOfAsync(ClassificationKind.WorkUnit, "00111");

        foreach (var url in new[] { "/Budgeting/Classifications", CreateUrl, $"/Budgeting/Classifications/Edit/{id}" })
        {
            var (response, page) = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            DocumentsTestData.AssertAccessibleBasics(page, url);
        }
    }
}
