using System.Runtime.CompilerServices;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace LocalGov.BrowserTests;

/// <summary>Helpers for the browser tests: navigation, explicit waits, and a screenshot when a test fails.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture)
{
    protected static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(20);

    protected BrowserFixture Fixture { get; } = fixture;

    protected IWebDriver Driver => Fixture.Driver;

    /// <summary>The path (without query) of the page the browser shows.</summary>
    protected string CurrentPath => new Uri(Driver.Url).AbsolutePath;

    protected string HtmlLang => Driver.FindElement(By.TagName("html")).GetDomAttribute("lang") ?? string.Empty;

    /// <summary>Runs a test body; if it fails, saves TestResults/screenshots/{Class}.{Test}.png before rethrowing.</summary>
    protected void Run(Action body, [CallerMemberName] string testName = "")
    {
        try
        {
            body();
        }
        catch
        {
            Fixture.SaveFailureArtifacts($"{GetType().Name}.{testName}");
            throw;
        }
    }

    protected void GoTo(string pathAndQuery) => Driver.Navigate().GoToUrl(new Uri(Fixture.BaseAddress, pathAndQuery));

    /// <summary>Starts a test as a new visitor: no sign-in, no language cookie.</summary>
    protected void StartAsNewVisitor()
    {
        GoTo("/health/live");
        Driver.Manage().Cookies.DeleteAllCookies();
    }

    /// <summary>
    /// Signs in through the login form as a new visitor and waits until the page shows the signed-in user. A first
    /// attempt that lands back on the login form (seen rarely on a loaded CI machine, with no error on the page) is
    /// written to the test output with what the page showed, and tried once more.
    /// </summary>
    protected void SignInAs(string userName, string password = "LocalGov2569")
    {
        for (var attempt = 1; ; attempt++)
        {
            StartAsNewVisitor();
            GoTo("/Account/Login");

            // The user name field has autofocus: wait until the browser has applied it, so it cannot take the focus
            // half-way through typing the password; then check both fields before submitting.
            WaitUntil(d => ((IJavaScriptExecutor)d).ExecuteScript("return document.activeElement && document.activeElement.id") as string == "UserName", "autofocus on the user name");
            Type(By.Id("UserName"), userName);
            Type(By.Id("Password"), password);
            Assert.Equal(userName, Driver.FindElement(By.Id("UserName")).GetDomProperty("value"));
            ClickAndWaitForNewPage(Driver.FindElement(By.Id("login-submit")));
            if (IsPresent(By.Id("current-user")))
            {
                return;
            }

            var alert = string.Join(" | ", Driver.FindElements(By.CssSelector(".alert, .validation-summary-errors, .field-validation-error, .text-danger"))
                .Select(e => e.Text).Where(t => t.Length > 0));
            alert = alert.Length > 0 ? alert : "(no message)";
            Console.WriteLine($"Sign-in as {userName}, attempt {attempt}: still not signed in at {Driver.Url}: {alert}");
            if (attempt == 2)
            {
                Assert.Fail($"Could not sign in as {userName}: {Driver.Url} shows {alert}");
            }
        }
    }

    protected T WaitUntil<T>(Func<IWebDriver, T> condition, string what)
    {
        var wait = new WebDriverWait(Driver, WaitTimeout) { Message = $"Waited {WaitTimeout.TotalSeconds:0} s for {what}" };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        return wait.Until(condition);
    }

    /// <summary>Waits until an element is present and visible.</summary>
    protected IWebElement WaitForVisible(By by) =>
        WaitUntil(d => d.FindElements(by).FirstOrDefault(e => e.Displayed), $"{by} to be visible")!;

    protected bool IsPresent(By by) => Driver.FindElements(by).Count > 0;

    /// <summary>Clicks an element and waits for the page it leads to (the old page's root element goes stale).</summary>
    protected void ClickAndWaitForNewPage(IWebElement element)
    {
        var oldRoot = Driver.FindElement(By.TagName("html"));
        element.Click();
        WaitUntil(_ => IsStale(oldRoot), "the next page to load");
        WaitUntil(d => ((IJavaScriptExecutor)d).ExecuteScript("return document.readyState") as string == "complete", "the page to finish loading");
    }

    /// <summary>
    /// Types into a field and checks that the field holds the text: a page's <c>autofocus</c> can take the focus
    /// while keys are being sent (the login form), and the rest of the keys then land in another field.
    /// </summary>
    protected void Type(By by, string text)
    {
        for (var attempt = 1; ; attempt++)
        {
            var input = WaitForVisible(by);
            input.Clear();
            input.SendKeys(text);
            if (input.GetDomProperty("value") == text || attempt == 3)
            {
                Assert.Equal(text, input.GetDomProperty("value"));
                return;
            }
        }
    }

    private static bool IsStale(IWebElement element)
    {
        try
        {
            _ = element.Enabled;
            return false;
        }
        catch (StaleElementReferenceException)
        {
            return true;
        }
    }
}
