using System.Net;
using LocalGov.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.IntegrationTests;

public sealed class OrganizationsAdministrationTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private static Dictionary<string, string> NewLao(string code, string districtId = "2603") => new()
    {
        ["Code"] = code,
        ["NameTh"] = "องค์การบริหารส่วนตำบลทดสอบ",
        ["NameEn"] = "Thotsop SAO",
        ["Type"] = "SubdistrictAdministrativeOrganisation",
        ["ProvinceId"] = "26",
        ["DistrictId"] = districtId,
        ["Population"] = "4321",
        ["AreaSquareKm"] = "38.50",
        ["CouncilSize"] = "12",
    };

    [Fact]
    public async Task Administrator_adds_an_LAO_and_it_appears_in_the_directory()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("admin");
        var (response, _) = await browser.SubmitAsync("/Organizations/Laos/Create", NewLao("5260399"), "/Organizations/Laos/Create");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var (_, list) = await browser.GetAsync("/Organizations/Laos?q=5260399");
        Assert.Single(list.QuerySelectorAll("#lao-list tbody tr"));
        Assert.Contains("ทดสอบ", list.QuerySelector("#lao-list tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_code_and_a_district_outside_the_province_are_field_errors()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("admin");
        var (response, page) = await browser.SubmitAsync("/Organizations/Laos/Create", NewLao("3260101", districtId: "1001"), "/Organizations/Laos/Create");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("รหัสนี้ถูกใช้กับ อปท. อื่นแล้ว", page.QuerySelector("[data-valmsg-for=Code]")?.TextContent.Trim());
        Assert.Equal("อำเภอที่เลือกไม่อยู่ในจังหวัดนี้", page.QuerySelector("[data-valmsg-for=DistrictId]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Administrator_corrects_a_district_name_and_others_may_not()
    {
        using var admin = new Browser(factory);
        await admin.SignInAsync("admin");
        var (saved, _) = await admin.SubmitAsync("/Organizations/Districts/Edit/2603", new Dictionary<string, string> { ["NameEn"] = "Ban Na District" }, "/Organizations/Districts/Edit");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var name = await factory.WithDbAsync(db => db.Database.SqlQuery<string>($"SELECT NameEn AS Value FROM org_District WHERE Id = 2603").SingleAsync());
        Assert.Equal("Ban Na District", name);

        using var officer = new Browser(factory);
        await officer.SignInAsync("province");
        var refused = await officer.Client.GetAsync("/Organizations/Districts/Edit/2603");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Empty_name_is_refused_with_a_field_message()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("admin");
        var (response, page) = await browser.SubmitAsync("/Organizations/Provinces/Edit/26", new Dictionary<string, string> { ["NameTh"] = " " }, "/Organizations/Provinces/Edit");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("กรุณากรอกชื่อภาษาไทย", page.QuerySelector("[data-valmsg-for=NameTh]")?.TextContent.Trim());
    }
}
