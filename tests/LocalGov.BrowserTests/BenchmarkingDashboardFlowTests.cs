using OpenQA.Selenium;

namespace LocalGov.BrowserTests;

/// <summary>
/// The executive's path through Benchmarking: the DLA officer opens the national dashboard (charts drawn), filters to
/// นครนายก (province 26) through the province filter, then opens an LAO's report card from the province's tiles. The
/// national dashboard and the card are saved as screenshots beside the failure screenshots, to show the charts rendered.
/// </summary>
public sealed class BenchmarkingDashboardFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int DemoProvinceId = 26;

    [Fact]
    public void Dla_drills_down_from_the_national_dashboard_to_an_lao_card() => Run(() =>
    {
        SignInAs("dla");
        GoTo("/Benchmarking/Dashboards");
        WaitForVisible(By.Id("province-tiles"));
        Assert.Equal(77, Driver.FindElements(By.CssSelector("#province-tiles a.bm-tile")).Count);
        AssertChartsDrawn();
        SaveScreenshot("national-dashboard");

        // Filter to the province: the drill-down filter, then the province's tile grid of LAOs.
        var province = WaitForVisible(By.Id("provinceId"));
        Centered(province).FindElement(By.CssSelector($"option[value='{DemoProvinceId}']")).Click();
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("province-show"))));
        Assert.Equal("/Benchmarking/Dashboards/Province", CurrentPath);
        Assert.Contains($"provinceId={DemoProvinceId}", Driver.Url, StringComparison.Ordinal);
        Assert.True(Driver.FindElements(By.CssSelector("#lao-tiles a.bm-tile")).Count > 0, "the province has LAO tiles");
        AssertChartsDrawn();
        SaveScreenshot("province-dashboard");

        // Drill down to the first LAO's report card.
        var tile = Driver.FindElement(By.CssSelector("#lao-tiles a.bm-tile"));
        var laoId = tile.GetDomAttribute("data-lao-id");
        ClickAndWaitForNewPage(Centered(tile));
        Assert.Equal("/Benchmarking/Cards", CurrentPath);
        Assert.Contains($"laoId={laoId}", Driver.Url, StringComparison.Ordinal);
        WaitForVisible(By.Id("benchmark-card"));
        AssertChartsDrawn();
        SaveScreenshot("lao-card");
    });

    /// <summary>Every <c>canvas[data-chart]</c> of the page has a Chart.js chart and pixels drawn.</summary>
    private void AssertChartsDrawn()
    {
        var script = (IJavaScriptExecutor)Driver;
        WaitUntil(
            _ => script.ExecuteScript("""
                var canvases = Array.from(document.querySelectorAll('canvas[data-chart]'));
                return canvases.length > 0 && !!window.Chart && canvases.every(function (c) {
                    var blank = document.createElement('canvas');
                    blank.width = c.width;
                    blank.height = c.height;
                    return !!Chart.getChart(c) && c.width > 0 && c.toDataURL() !== blank.toDataURL();
                });
                """) is true,
            "the charts to be drawn");

        // The screenshot that follows shows a chart, not only the top of the page.
        script.ExecuteScript("document.querySelector('canvas[data-chart]').scrollIntoView({block: 'center', behavior: 'instant'});");
    }

    private void SaveScreenshot(string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(Path.Combine(BrowserFixture.ScreenshotDirectory, $"{nameof(BenchmarkingDashboardFlowTests)}.{name}.png"));
    }

    private IWebElement Centered(IWebElement element)
    {
        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        return element;
    }
}
