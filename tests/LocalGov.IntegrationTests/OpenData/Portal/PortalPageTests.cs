using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using LocalGov.Budgeting.Contracts;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.IntegrationTests.Procurement.OpenData;
using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Domain;
using LocalGov.OpenData.Services;
using LocalGov.OpenData.Services.Publishing;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.OpenData.Portal;

/// <summary>
/// The citizen portal as an anonymous visitor sees it: finding an LAO, a province's LAOs, and the LAO budget page,
/// which shows exactly the published copy (never the FY 2570 draft), follows withdrawal and re-publication, issues no
/// cookie and is served from the output cache.
/// </summary>
public sealed class PortalPageTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const string LaoUrl = "/open/lao/" + DemoData.DemoLaoCode;

    [Fact]
    public async Task Search_by_Thai_name_finds_the_demo_municipality_with_its_published_budget()
    {
        using var browser = new Browser(factory);
        var (response, page) = await browser.GetAsync("/open?q=" + Uri.EscapeDataString("นครนายก"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelector($"#search-results [data-lao-code='{DemoData.DemoLaoCode}']");
        Assert.NotNull(row);
        Assert.Contains("2569", row.TextContent, StringComparison.Ordinal);
        var total = await PublishedLinesTotalAsync(2569);
        Assert.Contains(BahtFormat.Format(total), row.QuerySelector("[data-total]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_by_code_finds_exactly_that_LAO()
    {
        using var browser = new Browser(factory);
        var (_, page) = await browser.GetAsync("/open?q=" + DemoData.DemoLaoCode);

        var rows = page.QuerySelectorAll("#search-results [data-lao-code]");
        Assert.Single(rows);
        Assert.Equal(DemoData.DemoLaoCode, rows[0].GetAttribute("data-lao-code"));
    }

    [Fact]
    public async Task Search_by_province_lists_the_provinces_LAOs_and_an_unknown_province_is_reported()
    {
        using var browser = new Browser(factory);
        var (_, page) = await browser.GetAsync("/open?province=26");
        var codes = page.QuerySelectorAll("#search-results [data-lao-code]").Select(e => e.GetAttribute("data-lao-code")).ToList();
        Assert.True(codes.Count > 1, "the demo province has several LAOs");
        Assert.Contains(DemoData.DemoLaoCode, codes);
        Assert.Contains(page.QuerySelectorAll("#search-results [data-lao-code]"), e => e.QuerySelector("[data-not-published]") is not null);

        var (badResponse, badPage) = await browser.GetAsync("/open?province=99");
        Assert.Equal(HttpStatusCode.OK, badResponse.StatusCode);
        Assert.NotNull(badPage.QuerySelector("#search-error"));
        Assert.Null(badPage.QuerySelector("#search-results"));
    }

    [Fact]
    public async Task Index_links_every_province_and_puts_the_provinces_on_the_map()
    {
        using var browser = new Browser(factory);
        var (_, page) = await browser.GetAsync("/open");

        Assert.Equal(77, page.QuerySelectorAll("#province-list [data-province-code]").Length);
        Assert.NotNull(page.QuerySelector("#province-list a[href='/open/province/26']"));
        var map = page.QuerySelector("#province-map")!.GetAttribute("data-portal-map")!;
        Assert.Contains("/open/province/26", map, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/open/datasets']"));
        Assert.NotNull(page.QuerySelector("a[href='/open/api']"));
    }

    [Fact]
    public async Task Province_page_lists_its_LAOs_with_the_published_total_and_per_resident_figure()
    {
        using var browser = new Browser(factory);
        var (response, page) = await browser.GetAsync("/open/province/26");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelector($"#province-laos tr[data-lao-code='{DemoData.DemoLaoCode}']")!;
        var header = await HeaderAsync(2569);
        Assert.Equal(BahtFormat.Format(header.ExpenditureTotal), row.QuerySelector("[data-total]")!.TextContent.Trim());
        Assert.Contains(Math.Round(header.ExpenditureTotal.Baht / header.Population, 0, MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.InvariantCulture), row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lao_page_shows_exactly_the_published_numbers()
    {
        using var browser = new Browser(factory);
        var (response, page) = await browser.GetAsync(LaoUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var total = await PublishedLinesTotalAsync(2569);
        var header = await HeaderAsync(2569);
        Assert.Equal(BahtFormat.Format(total), page.QuerySelector("#figure-total")!.TextContent.Trim());

        // Programme and group tables each add up to the total, and the total is the sum of the published lines.
        Assert.Equal(total.Baht, SumOf(page, "#programme-table tbody [data-amount]"));
        Assert.Equal(total.Baht, SumOf(page, "#group-table tbody [data-amount]"));
        Assert.Equal(total.Baht, SumOf(page, "#lines-heading ~ details [data-amount]"));
        Assert.Equal(49, page.QuerySelectorAll("#lines-heading ~ details tr[data-line-no]").Length);

        // Per resident: total ÷ registered population, rounded to whole baht.
        var perResident = Math.Round(total.Baht / header.Population, 0, MidpointRounding.AwayFromZero);
        Assert.Equal(perResident.ToString("N0", CultureInfo.InvariantCulture), page.QuerySelector("#figure-per-resident")!.TextContent.Trim());

        var revenue = await factory.WithDbAsync(async db => Money.Sum(await db.Set<PublishedRevenueEstimate>()
            .Where(r => r.LaoId == header.LaoId && r.FiscalYear == 2569).Select(r => r.Amount).ToListAsync()));
        Assert.Equal(BahtFormat.Format(revenue), page.QuerySelector("#figure-revenue")!.TextContent.Trim());
        Assert.Equal(revenue.Baht, SumOf(page, "#revenue-source-table tbody [data-amount]"));
        Assert.Equal(revenue.Baht, SumOf(page, "#revenue-category-table tbody [data-amount]"));

        Assert.Contains(header.Version.ToString(CultureInfo.InvariantCulture), page.QuerySelector("#published-on")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(11, page.QuerySelectorAll("#projects-table tr[data-project]").Length);
        Assert.NotNull(page.QuerySelector($"a[href='/open/datasets/budget-lines.csv?lao={DemoData.DemoLaoCode}&year=2569']"));
        Assert.NotNull(page.QuerySelector($"a[href='/open/lao/{DemoData.DemoLaoCode}/2569/datapackage.json']"));
        Assert.NotNull(page.QuerySelector($"a[href='/api/v1/budgets/{DemoData.DemoLaoCode}/2569']"));
        Assert.NotNull(page.QuerySelector("canvas#programme-chart[data-chart]"));
        Assert.StartsWith("งบประมาณ ปี 2569 – เทศบาลเมืองนครนายก", page.Title, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("link[rel=canonical]"));
        Assert.NotNull(page.QuerySelector("meta[property='og:title']"));
        Assert.Contains("เทศบาลเมืองนครนายก", page.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_FY_2570_draft_never_appears()
    {
        var lao = await OpenDataTestData.DemoLaoAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var draft = (await scope.ServiceProvider.GetRequiredService<IBudgetSummaries>().GetAsync(2570, [lao.Id])).Single();
        Assert.Equal(BudgetStatus.Draft, draft.Status);
        Assert.True(draft.ExpenditureTotal.Satang > 0);

        using var browser = new Browser(factory);
        var (response, page) = await browser.GetAsync(LaoUrl + "?year=2570");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#not-published"));
        Assert.Null(page.QuerySelector("#figure-total"));
        Assert.NotNull(page.QuerySelector($"#not-published a[href='{LaoUrl}?year=2569']"));
        var html = page.DocumentElement.OuterHtml;
        foreach (var amount in new[] { draft.ExpenditureTotal, draft.RevenueTotal, draft.CapitalTotal, draft.PersonnelTotal }.Where(a => a.Satang > 0))
        {
            Assert.DoesNotContain(BahtFormat.Format(amount), html, StringComparison.Ordinal);
        }

        // The default page shows 2569 and offers no 2570 year link.
        var (_, current) = await browser.GetAsync(LaoUrl);
        Assert.DoesNotContain(BahtFormat.Format(draft.ExpenditureTotal), current.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Null(current.QuerySelector($"#year-links a[href='{LaoUrl}?year=2570']"));
        Assert.Null(current.QuerySelector("#years-table tr[data-year='2570']"));
    }

    [Fact]
    public async Task A_withdrawn_budget_leaves_the_page_and_returns_when_published_again()
    {
        using var browser = new Browser(factory);
        var (_, before) = await browser.GetAsync(LaoUrl + "?year=2569");
        Assert.NotNull(before.QuerySelector("#figure-total"));

        var lao = await OpenDataTestData.DemoLaoAsync(factory);
        var publicationId = await factory.WithDbAsync(db => db.Set<Publication>()
            .Where(p => p.LaoId == lao.Id && p.Kind == PublicationKind.Budget && p.FiscalYear == 2569 && p.WithdrawnAt == null)
            .Select(p => p.Id).SingleAsync());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<Publisher>().WithdrawAsync(publicationId, "test", "portal test", CancellationToken.None);
            Assert.True(result.Succeeded);
        }

        try
        {
            var (_, withdrawn) = await browser.GetAsync(LaoUrl + "?year=2569");
            Assert.NotNull(withdrawn.QuerySelector("#not-published"));
            Assert.Null(withdrawn.QuerySelector("#figure-total"));
            var (_, search) = await browser.GetAsync("/open?q=" + DemoData.DemoLaoCode);
            Assert.NotNull(search.QuerySelector($"#search-results [data-lao-code='{DemoData.DemoLaoCode}'] [data-not-published]"));
        }
        finally
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var again = await scope.ServiceProvider.GetRequiredService<Publisher>().PublishBudgetAsync(lao.Id, 2569, "test", CancellationToken.None);
            Assert.True(again.Succeeded);
        }

        var (_, republished) = await browser.GetAsync(LaoUrl + "?year=2569");
        Assert.Equal(BahtFormat.Format(await PublishedLinesTotalAsync(2569)), republished.QuerySelector("#figure-total")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/open/lao/9999999")]
    [InlineData("/open/lao/not-a-code")]
    [InlineData("/open/province/99")]
    public async Task Unknown_LAO_or_province_is_a_404_page(string url)
    {
        using var browser = new Browser(factory);
        var (response, page) = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task The_page_sets_no_cookie_and_a_second_request_is_served_from_the_output_cache()
    {
        using var client = factory.CreateClient(new() { HandleCookies = false });
        var url = LaoUrl + "?year=2569&cachetest=" + Guid.NewGuid().ToString("N");
        using var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Set-Cookie"), "a public page must not issue cookies");
        Assert.Null(first.Headers.Age);

        using var second = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Lao_page_lists_the_published_procurement_cases_with_links()
    {
        var lao = await OpenDataTestData.DemoLaoAsync(factory);
        var title = OpenDataTestData.Unique("PortalCase");
        var c = await OpenDataTestData.CreateCaseAsync(factory, lao.Id, CaseStageForTest.Contracted, title: title);
        await EvictAsync();

        using var browser = new Browser(factory);
        var (_, page) = await browser.GetAsync(LaoUrl + "?year=2569");
        var row = page.QuerySelector($"#cases-table tr[data-case='{c.Id}']");
        Assert.NotNull(row);
        Assert.Contains(title, row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector($"a[href='/Procurement/Public/Case/{c.Id}']"));
        Assert.NotNull(row.QuerySelector("a[href^='/api/procurement/ocds/releases/']"));
    }

    [Theory]
    [InlineData("/open?culture=en-US", "Find a local government")]
    [InlineData("/open/province/26?culture=en-US", "Local governments in Nakhon Nayok")]
    [InlineData(LaoUrl + "?culture=en-US", "Budget by programme")]
    public async Task Pages_are_in_English_on_request(string url, string text)
    {
        using var client = factory.CreateClient(new() { HandleCookies = false });
        var html = await client.GetStringAsync(url);

        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    private static decimal SumOf(IHtmlDocument page, string selector) =>
        page.QuerySelectorAll(selector).Sum(e => decimal.Parse(e.TextContent.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture));

    private async Task<Money> PublishedLinesTotalAsync(int year)
    {
        var lao = await OpenDataTestData.DemoLaoAsync(factory);
        return await factory.WithDbAsync(async db => Money.Sum(await db.Set<PublishedBudgetLine>()
            .Where(l => l.LaoId == lao.Id && l.FiscalYear == year).Select(l => l.CurrentAmount).ToListAsync()));
    }

    private async Task<PublishedBudget> HeaderAsync(int year)
    {
        var lao = await OpenDataTestData.DemoLaoAsync(factory);
        return await factory.WithDbAsync(db => db.Set<PublishedBudget>().AsNoTracking().SingleAsync(b => b.LaoId == lao.Id && b.FiscalYear == year));
    }

    private async Task EvictAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PublicationCache>().EvictAsync(CancellationToken.None);
    }
}
