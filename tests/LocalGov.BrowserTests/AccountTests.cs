using OpenQA.Selenium;

namespace LocalGov.BrowserTests;

public sealed class AccountTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string DemoUser = "finance";
    private const string DemoPassword = "LocalGov2569";
    private const string AuthCookie = "LocalGov.Auth";

    [Fact]
    public void Demo_finance_officer_signs_in_sees_display_name_and_signs_out() => Run(() =>
    {
        StartAsNewVisitor();
        SignIn(DemoUser, DemoPassword);

        var currentUser = WaitForVisible(By.Id("current-user"));
        var displayName = currentUser.Text.Trim();
        Assert.False(string.IsNullOrEmpty(displayName), "#current-user shows no name");
        Assert.NotEqual(DemoUser, displayName); // the display name, not the user name
        Assert.NotEqual("/Account/Login", CurrentPath);
        Assert.NotNull(Driver.Manage().Cookies.GetCookieNamed(AuthCookie));

        var logout = Driver.FindElement(By.Id("logout"));
        OpenDropdownHolding(logout);
        ClickAndWaitForNewPage(logout);

        WaitUntil(d => d.FindElements(By.Id("current-user")).Count == 0, "#current-user to disappear after signing out");
        Assert.Null(Driver.Manage().Cookies.GetCookieNamed(AuthCookie));
    });

    [Fact]
    public void Wrong_password_shows_an_error_and_stays_on_the_login_page() => Run(() =>
    {
        StartAsNewVisitor();
        SignIn(DemoUser, "NotThePassword1");

        var error = WaitForVisible(By.CssSelector(".validation-summary-errors, .alert-danger"));
        Assert.False(string.IsNullOrWhiteSpace(error.Text), "the error element is empty");
        Assert.Equal("/Account/Login", CurrentPath, ignoreCase: true);
        Assert.False(IsPresent(By.Id("current-user")), "#current-user is shown after a wrong password");
        Assert.Null(Driver.Manage().Cookies.GetCookieNamed(AuthCookie));
        // The form is still there to try again, with the user name kept.
        Assert.Equal(DemoUser, Driver.FindElement(By.Id("UserName")).GetDomProperty("value"));
        Assert.True(Driver.FindElement(By.Id("login-submit")).Displayed);
    });

    private void SignIn(string userName, string password)
    {
        GoTo("/Account/Login");
        Type(By.Id("UserName"), userName);
        Type(By.Id("Password"), password);
        ClickAndWaitForNewPage(Driver.FindElement(By.Id("login-submit")));
    }

    /// <summary>If the sign-out button sits in a closed Bootstrap dropdown, opens the dropdown first.</summary>
    private void OpenDropdownHolding(IWebElement element)
    {
        if (element.Displayed)
        {
            return;
        }

        var toggle = ((IJavaScriptExecutor)Driver).ExecuteScript(
            "return arguments[0].closest('.dropdown, .btn-group, .nav-item')?.querySelector('[data-bs-toggle=dropdown]') ?? null;",
            element) as IWebElement;
        toggle?.Click();
        WaitUntil(_ => element.Displayed, "the sign-out button to be visible");
    }
}
