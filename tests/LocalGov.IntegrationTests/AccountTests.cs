using System.Net;
using LocalGov.IntegrationTests.Infrastructure;

namespace LocalGov.IntegrationTests;

public sealed class AccountTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    [Fact]
    public async Task Demo_finance_officer_signs_in_and_sees_their_name()
    {
        using var browser = new Browser(factory);
        var response = await browser.SignInAsync("finance");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await browser.GetAsync("/");
        Assert.Contains("สมใจ", page.QuerySelector("#current-user")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_shows_a_clear_message_and_no_sign_in()
    {
        using var browser = new Browser(factory);
        var (response, page) = await browser.SubmitAsync("/Account/Login", new Dictionary<string, string> { ["UserName"] = "planning", ["Password"] = "wrong-password" }, "/Account/Login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#current-user"));
    }

    [Fact]
    public async Task Empty_login_form_shows_field_messages_in_Thai()
    {
        using var browser = new Browser(factory);
        var (response, page) = await browser.SubmitAsync("/Account/Login", new Dictionary<string, string> { ["UserName"] = "", ["Password"] = "" }, "/Account/Login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("กรุณากรอกชื่อผู้ใช้", page.QuerySelector("[data-valmsg-for=UserName]")?.TextContent.Trim());
        Assert.Equal("กรุณากรอกรหัสผ่าน", page.QuerySelector("[data-valmsg-for=Password]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Validation_messages_follow_the_chosen_language()
    {
        using var browser = new Browser(factory);
        await browser.SwitchCultureAsync("en-US");
        var (_, page) = await browser.SubmitAsync("/Account/Login", new Dictionary<string, string> { ["UserName"] = "", ["Password"] = "x" }, "/Account/Login");
        Assert.Equal("Enter your user name.", page.QuerySelector("[data-valmsg-for=UserName]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        using var browser = new Browser(factory);
        for (var i = 0; i < 5; i++)
        {
            await browser.SubmitAsync("/Account/Login", new Dictionary<string, string> { ["UserName"] = "procurement", ["Password"] = "Wrong-000000" }, "/Account/Login");
        }

        var (_, page) = await browser.SubmitAsync("/Account/Login", new Dictionary<string, string> { ["UserName"] = "procurement", ["Password"] = Browser.DemoPassword }, "/Account/Login");
        Assert.Contains("ถูกระงับชั่วคราว", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#current-user"));
    }

    [Fact]
    public async Task Open_redirect_after_login_is_refused()
    {
        using var browser = new Browser(factory);
        var (response, _) = await browser.SubmitAsync("/Account/Login?returnUrl=https://evil.example/", new Dictionary<string, string> { ["UserName"] = "dla", ["Password"] = Browser.DemoPassword }, "/Account/Login");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", Browser.PathOf(response));
    }

    [Fact]
    public async Task Anonymous_user_is_sent_to_the_login_page_for_administration()
    {
        using var browser = new Browser(factory);
        var response = await browser.Client.GetAsync("/Users");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", Browser.PathOf(response), StringComparison.Ordinal);
    }
}
