using OpenQA.Selenium;

namespace LocalGov.BrowserTests;

public sealed class LaoListTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string SearchTerm = "บ้านนา";

    [Fact]
    public void Lists_the_demo_laos_and_search_narrows_them() => Run(() =>
    {
        StartAsNewVisitor();
        GoTo("/Organizations/Laos");

        WaitForVisible(By.Id("lao-list"));
        var all = RowTexts();
        Assert.True(all.Count >= 5, $"expected the demo province's LAOs, found {all.Count} row(s)");
        Assert.Contains(all, row => row.Contains(SearchTerm, StringComparison.Ordinal));
        Assert.Contains(all, row => !row.Contains(SearchTerm, StringComparison.Ordinal));

        Type(By.Id("q"), SearchTerm);
        ClickAndWaitForNewPage(Driver.FindElement(By.Id("search-submit")));

        Assert.Contains("q=", Driver.Url, StringComparison.Ordinal); // a GET form: the search is in the address
        WaitForVisible(By.Id("lao-list"));
        var found = RowTexts();
        Assert.NotEmpty(found);
        Assert.True(found.Count < all.Count, $"search kept {found.Count} of {all.Count} rows");
        Assert.All(found, row => Assert.Contains(SearchTerm, row, StringComparison.Ordinal));
        Assert.Equal(SearchTerm, Driver.FindElement(By.Id("q")).GetDomProperty("value"));
    });

    private List<string> RowTexts() =>
        [.. Driver.FindElements(By.CssSelector("#lao-list tbody tr")).Select(r => r.Text)];
}
