using System.Net;
using LocalGov.IntegrationTests.Infrastructure;

namespace LocalGov.IntegrationTests;

public sealed class PlatformTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    [Fact]
    public async Task Liveness_and_readiness_report_healthy_without_signing_in()
    {
        using var browser = new Browser(factory);
        var live = await browser.Client.GetAsync("/health/live");
        var ready = await browser.Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Landing_page_is_public_and_Thai_by_default()
    {
        using var browser = new Browser(factory);
        var (response, page) = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("th", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("เข้าสู่ระบบ", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switching_to_English_changes_the_interface_language()
    {
        using var browser = new Browser(factory);
        await browser.SwitchCultureAsync("en-US");
        var (_, page) = await browser.GetAsync("/");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Sign in", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_page_shows_the_friendly_not_found_page()
    {
        using var browser = new Browser(factory);
        var (response, page) = await browser.GetAsync("/Organizations/Laos/Details/987654");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("404", page.QuerySelector("#error-page")?.GetAttribute("data-status"));
        Assert.Contains("ไม่พบหน้าที่ต้องการ", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Security_headers_are_sent()
    {
        using var browser = new Browser(factory);
        var response = await browser.Client.GetAsync("/");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Posting_a_form_without_the_antiforgery_token_is_rejected()
    {
        using var browser = new Browser(factory);
        var (response, _) = await browser.PostAsync("/Account/Login", new Dictionary<string, string> { ["UserName"] = "finance", ["Password"] = Browser.DemoPassword });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
