using OpenQA.Selenium;

namespace LocalGov.BrowserTests;

public sealed class CultureTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public void Switches_to_English_and_back_to_Thai() => Run(() =>
    {
        StartAsNewVisitor();
        GoTo("/Account/Login");

        // Thai by default, whatever the browser asks for.
        Assert.Equal("th", HtmlLang);
        Assert.Equal("เข้าสู่ระบบ", LoginButtonText());

        ClickAndWaitForNewPage(WaitForVisible(By.Id("culture-en")));
        Assert.Equal("en", HtmlLang);
        Assert.Equal("Sign in", LoginButtonText());
        Assert.Equal("/Account/Login", CurrentPath, ignoreCase: true); // back on the page where the switch was made

        // The choice sticks: another page is English too.
        GoTo("/");
        Assert.Equal("en", HtmlLang);

        GoTo("/Account/Login");
        ClickAndWaitForNewPage(WaitForVisible(By.Id("culture-th")));
        Assert.Equal("th", HtmlLang);
        Assert.Equal("เข้าสู่ระบบ", LoginButtonText());
    });

    private string LoginButtonText() => WaitForVisible(By.Id("login-submit")).Text.Trim();
}
