using System.Drawing;
using OpenQA.Selenium;

namespace LocalGov.BrowserTests;

/// <summary>
/// A citizen on a phone (390 × 844): opens the open data portal without signing in, searches "นครนายก", opens the demo
/// municipality's page and reads its budget by programme, drawn as a chart above the same figures in a table. The
/// search results and the chart are saved as screenshots.
/// </summary>
public sealed class OpenDataPortalFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string DemoLaoCode = "3260101";

    [Fact]
    public void A_citizen_finds_an_lao_and_reads_its_budget_chart_on_a_phone() => Run(() =>
    {
        var window = Driver.Manage().Window;
        var original = window.Size;
        window.Size = new Size(390, 844);
        try
        {
            StartAsNewVisitor();
            GoTo("/open");
            Type(By.Id("q"), "นครนายก");
            ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("portal-search-submit"))));
            Assert.Equal("/open", CurrentPath);
            var result = WaitForVisible(By.CssSelector($"#search-results [data-lao-code='{DemoLaoCode}'] a"));
            SaveScreenshot("search");

            ClickAndWaitForNewPage(Centered(result));
            Assert.Equal($"/open/lao/{DemoLaoCode}", CurrentPath);
            Assert.False(IsPresent(By.Id("current-user")), "the citizen is not signed in");
            WaitForVisible(By.Id("figure-total"));
            Assert.True(Driver.FindElements(By.CssSelector("#programme-table tbody tr")).Count > 1, "the programme table has rows");
            AssertChartDrawn("programme-chart");

            // Nothing on the page is wider than the phone's screen (wide tables scroll inside their own box).
            var overflow = ((IJavaScriptExecutor)Driver).ExecuteScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            Assert.True(Convert.ToInt64(overflow, System.Globalization.CultureInfo.InvariantCulture) <= 0, $"the page scrolls sideways by {overflow}px");

            ((IJavaScriptExecutor)Driver).ExecuteScript("document.getElementById('programmes-heading').scrollIntoView({block: 'start', behavior: 'instant'});");
            SaveScreenshot("lao-budget");
        }
        finally
        {
            window.Size = original;
        }
    });

    /// <summary>The canvas has a Chart.js chart with pixels drawn.</summary>
    private void AssertChartDrawn(string canvasId) =>
        WaitUntil(
            _ => ((IJavaScriptExecutor)Driver).ExecuteScript(
                """
                var c = document.getElementById(arguments[0]);
                if (!c || !window.Chart || !Chart.getChart(c) || c.width === 0) { return false; }
                var blank = document.createElement('canvas');
                blank.width = c.width;
                blank.height = c.height;
                return c.toDataURL() !== blank.toDataURL();
                """,
                canvasId) is true,
            $"the chart {canvasId} to be drawn");

    private void SaveScreenshot(string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(Path.Combine(BrowserFixture.ScreenshotDirectory, $"{nameof(OpenDataPortalFlowTests)}.{name}.png"));
    }

    private IWebElement Centered(IWebElement element)
    {
        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        return element;
    }
}
