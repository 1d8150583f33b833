using System.Net;
using LocalGov.Data.Identity;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Auditing;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.IntegrationTests;

/// <summary>Scope is checked on the server: a URL with another LAO's id neither shows nor changes its data.</summary>
public sealed class ScopeAndAuditTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private async Task<(int Own, int Other)> DemoLaoIdsAsync() => await factory.WithDbAsync(async db =>
    {
        var finance = await db.Users.SingleAsync(u => u.UserName == "finance");
        var otherLao = await db.Database.SqlQuery<int>($"SELECT Id AS Value FROM org_Lao WHERE Id <> {finance.LaoId!.Value} ORDER BY Id LIMIT 1").SingleAsync();
        return (finance.LaoId!.Value, otherLao);
    });

    [Fact]
    public async Task Lao_officer_cannot_open_another_LAOs_edit_form()
    {
        var (_, other) = await DemoLaoIdsAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        var (response, page) = await browser.GetAsync($"/Organizations/Laos/Edit/{other}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("403", page.QuerySelector("#error-page")?.GetAttribute("data-status"));
    }

    [Fact]
    public async Task Lao_officer_cannot_change_another_LAO_by_posting_its_id()
    {
        var (own, other) = await DemoLaoIdsAsync();
        var before = await PopulationAsync(other);
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");

        // A valid form (with a real token) from the officer's own LAO, posted to another LAO's URL.
        var (_, form) = await browser.GetAsync($"/Organizations/Laos/Edit/{own}");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var (response, _) = await browser.PostAsync($"/Organizations/Laos/Edit/{other}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Code"] = "9999999", ["NameTh"] = "x", ["NameEn"] = "x", ["Type"] = nameof(LaoType.SubdistrictAdministrativeOrganisation),
            ["ProvinceId"] = "26", ["DistrictId"] = "2601", ["Population"] = "1", ["AreaSquareKm"] = "1", ["CouncilSize"] = "6",
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await PopulationAsync(other));
    }

    [Fact]
    public async Task Lao_officer_updates_own_profile_and_the_change_is_audited()
    {
        var (own, _) = await DemoLaoIdsAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        var (response, _) = await browser.SubmitAsync($"/Organizations/Laos/Edit/{own}", new Dictionary<string, string> { ["Population"] = "23456" }, "/Organizations/Laos/Edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(23456, await PopulationAsync(own));
        var audit = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == "Lao" && a.EntityKey == own.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == AuditAction.Modified)
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal("finance", audit.UserName);
        Assert.Contains("\"Population\"", audit.Changes, StringComparison.Ordinal);
        Assert.Contains("23456", audit.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lao_officer_cannot_rename_their_LAO_even_by_crafting_the_form()
    {
        var (own, _) = await DemoLaoIdsAsync();
        var nameBefore = await factory.WithDbAsync(db => db.Database.SqlQuery<string>($"SELECT NameTh AS Value FROM org_Lao WHERE Id = {own}").SingleAsync());
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        await browser.SubmitAsync($"/Organizations/Laos/Edit/{own}", new Dictionary<string, string> { ["NameTh"] = "ชื่อปลอม" }, "/Organizations/Laos/Edit");
        var nameAfter = await factory.WithDbAsync(db => db.Database.SqlQuery<string>($"SELECT NameTh AS Value FROM org_Lao WHERE Id = {own}").SingleAsync());
        Assert.Equal(nameBefore, nameAfter);
    }

    [Fact]
    public async Task Malformed_number_gets_a_field_message_not_an_error_page()
    {
        var (own, _) = await DemoLaoIdsAsync();
        var before = await PopulationAsync(own);
        using var browser = new Browser(factory);
        await browser.SignInAsync("executive");
        var (response, page) = await browser.SubmitAsync($"/Organizations/Laos/Edit/{own}", new Dictionary<string, string> { ["Population"] = "abc", ["AreaSquareKm"] = "-5" }, "/Organizations/Laos/Edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ค่า 'abc' ไม่ถูกต้อง", page.QuerySelector("[data-valmsg-for=Population]")?.TextContent.Trim());
        Assert.Contains("พื้นที่ต้องอยู่ระหว่าง", page.QuerySelector("[data-valmsg-for=AreaSquareKm]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await PopulationAsync(own));
    }

    [Fact]
    public async Task Lao_officer_is_refused_user_administration()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("revenue");
        var response = await browser.Client.GetAsync("/Users");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Administrator_creates_a_provincial_officer_with_scope()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("admin");
        var (weak, weakPage) = await browser.SubmitAsync("/Users/Create", new Dictionary<string, string>
        {
            ["UserName"] = "nakhonnayok.officer", ["DisplayName"] = "ท้องถิ่นจังหวัดนครนายก", ["Role"] = "ProvincialDlaOfficer", ["ProvinceId"] = "26", ["Password"] = "short",
        }, "/Users/Create");
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("รหัสผ่านต้องมีอย่างน้อย 10 ตัวอักษร", weakPage.Body!.TextContent, StringComparison.Ordinal);

        var (created, _) = await browser.SubmitAsync("/Users/Create", new Dictionary<string, string>
        {
            ["UserName"] = "nakhonnayok.officer", ["DisplayName"] = "ท้องถิ่นจังหวัดนครนายก", ["Role"] = "ProvincialDlaOfficer", ["ProvinceId"] = "26", ["Password"] = "Strong-Passw0rd",
        }, "/Users/Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "nakhonnayok.officer"));
        Assert.Equal(LocalGov.SharedKernel.Security.ScopeLevel.Province, user.ScopeLevel);
        Assert.Equal(26, user.ProvinceId);
        Assert.Null(user.LaoId);
        var audited = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(AppUser) && a.EntityKey == user.Id && a.UserName == "admin"));
        Assert.True(audited);
        var secretsLeaked = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityKey == user.Id && a.Changes.Contains("PasswordHash")));
        Assert.False(secretsLeaked);
    }

    [Fact]
    public async Task Administrator_sees_the_audit_log_filtered_by_user()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("admin");
        var (response, page) = await browser.GetAsync("/Audit?User=system&Entity=Province");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#audit-list tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Province", r.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Audit_filter_with_a_malformed_date_is_ignored_not_an_error()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("admin");
        var (response, _) = await browser.GetAsync("/Audit?From=not-a-date&Action=999");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<int> PopulationAsync(int laoId) =>
        factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT Population AS Value FROM org_Lao WHERE Id = {laoId}").SingleAsync());
}
