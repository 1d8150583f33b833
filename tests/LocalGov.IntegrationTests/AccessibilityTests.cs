using System.Net;
using AngleSharp.Dom;
using LocalGov.IntegrationTests.Infrastructure;

namespace LocalGov.IntegrationTests;

/// <summary>Accessibility basics on every main page: a title, a language, one h1, labelled fields, unique ids.</summary>
public sealed class AccessibilityTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    public static TheoryData<string?, string> Pages() => new()
    {
        { null, "/" },
        { null, "/Account/Login" },
        { null, "/Organizations/Laos" },
        { null, "/Organizations/Provinces" },
        { null, "/Organizations/Provinces/Details/26" },
        { "admin", "/Organizations/Laos/Create" },
        { "admin", "/Users" },
        { "admin", "/Users/Create" },
        { "admin", "/Audit" },
        { "finance", "/Account/ChangePassword" },
        { "revenue", "/Revenue/Dashboard" },
        { "province", "/Revenue/Dashboard" },
        { "procurement", "/Procurement/Dashboard" },
        { "province", "/Procurement/Dashboard" },
        { "planning", "/Planning/Dashboard" },
        { "province", "/Planning/Dashboard" },
        { "planning", "/Planning/Plans" },
        { "planning", "/Planning/ActionPlans?year=2569" },
        { "planning", "/Planning/Reports?year=2569" },
        { "planning", "/Planning/Participation" },
        { "province", "/Planning/Rollups/Province/26" },
        { "dla", "/Planning/Rollups" },
        { "finance", "/Benchmarking/Cards" },
        { "dla", "/Benchmarking/Cards" },
        { "dla", "/Benchmarking/Cards?code=3260101" },
        { "finance", "/Benchmarking/Cards/Indicator?indicator=OSR_SHARE" },
        { "province", "/Benchmarking/DataQuality" },
        { "dla", "/Benchmarking/DataQuality" },
        { "dla", "/Benchmarking/DataQuality?provinceId=26" },
        { "finance", "/Benchmarking/Indicators" },
        { "dla", "/Benchmarking/Indicators" },
        { "dla", "/Benchmarking/Indicators/Create" },
        { "dla", "/Benchmarking/Indicators/PeerBands" },
        { "dla", "/Benchmarking/Recompute" },
        { null, "/Planning/Participate" },
        { "dla", "/Benchmarking/Dashboards" },
        { "province", "/Benchmarking/Dashboards/Province?provinceId=26" },
        { "dla", "/Benchmarking/Rankings" },
        { "province", "/Benchmarking/Rankings" },
        { null, "/open" },
        { null, "/open?q=%E0%B8%99%E0%B8%84%E0%B8%A3%E0%B8%99%E0%B8%B2%E0%B8%A2%E0%B8%81" },
        { null, "/open/province/26" },
        { null, "/open/lao/3260101" },
        { null, "/open/lao/3260101?year=2570" },
        { null, "/open/lao/3260101/transparency" },
        { null, "/open/lao/3260101/transparency/3" },
        { "finance", "/OpenData/Publishing?year=2569" },
        { "finance", "/OpenData/Publishing?year=2570" },
        { "finance", "/OpenData/Publishing/Preview?kind=SpendingPlan&year=2569" },
        { "admin", "/OpenData/Publishing" },
        { "province", "/OpenData/Compliance?year=2569" },
        { "dla", "/OpenData/Compliance" },
        { null, "/open/datasets" },
        { null, "/open/datasets/budget-lines?year=2569&lao=3260101" },
        { null, "/open/api" },
        { null, "/no-such-page" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_meets_the_accessibility_basics(string? user, string url)
    {
        using var browser = new Browser(factory);
        if (user is not null)
        {
            await browser.SignInAsync(user);
        }

        var (response, page) = await browser.GetAsync(url);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        Assert.False(string.IsNullOrWhiteSpace(page.Title), $"{url} has no title");
        Assert.Contains(page.DocumentElement.GetAttribute("lang"), new[] { "th", "en" });
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector("main#main"));

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Empty(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key));

        var fields = page.QuerySelectorAll("input:not([type=hidden]), select, textarea");
        foreach (var field in fields)
        {
            Assert.True(HasLabel(page, field), $"{url}: field '{field.GetAttribute("name")}' has no label");
        }

        foreach (var button in page.QuerySelectorAll("button"))
        {
            Assert.False(string.IsNullOrWhiteSpace(button.TextContent) && string.IsNullOrWhiteSpace(button.GetAttribute("aria-label")), $"{url}: a button has no text");
        }
    }

    private static bool HasLabel(IDocument page, IElement field) =>
        !string.IsNullOrWhiteSpace(field.GetAttribute("aria-label"))
        || (!string.IsNullOrEmpty(field.Id) && page.QuerySelector($"label[for='{field.Id}']") is not null)
        || field.Closest("label") is not null;
}
