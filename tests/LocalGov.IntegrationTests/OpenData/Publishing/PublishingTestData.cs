using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using LocalGov.IntegrationTests.Finance.Vouchers;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Domain;
using LocalGov.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.OpenData.Publishing;

internal static class PublishingTestData
{
    public const string DemoCode = "3260101";

    public static async Task<int> DemoLaoIdAsync(LocalGovFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindLaoByCodeAsync(DemoCode))!.Id;
    }

    public static Task<Publication?> PublicationAsync(LocalGovFactory factory, PublicationKind kind, int year) =>
        factory.WithDbAsync(db => db.Set<Publication>().AsNoTracking().Where(p => p.Kind == kind && p.FiscalYear == year).OrderBy(p => p.PeriodFrom).FirstOrDefaultAsync());

    public static Task<List<Publication>> PublicationsAsync(LocalGovFactory factory, PublicationKind kind, int year) =>
        factory.WithDbAsync(db => db.Set<Publication>().AsNoTracking().Where(p => p.Kind == kind && p.FiscalYear == year).OrderBy(p => p.PeriodFrom).ToListAsync());

    /// <summary>Posts the publish form of a row of the publishing page (the row's own form, with its anti-forgery token).</summary>
    public static Task<(HttpResponseMessage Response, IHtmlDocument Document)> PublishAsync(Browser browser, PublicationKind kind, int year, IDictionary<string, string>? fields = null) =>
        browser.SubmitAsync($"/OpenData/Publishing?year={year}", fields ?? new Dictionary<string, string>(), $"/OpenData/Publishing/Publish?kind={kind}&");

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> WithdrawAsync(Browser browser, int publicationId, string reason) =>
        await VoucherTestData.SubmitFormAsync(browser, $"/OpenData/Publishing/Withdraw/{publicationId}", "withdraw-form", new Dictionary<string, string> { ["reason"] = reason });

    public static async Task<IHtmlDocument> FollowAsync(Browser browser, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (page, document) = await browser.GetAsync(Browser.PathOf(response));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return document;
    }

    /// <summary>The numbers of a page table's numeric columns (right-aligned headings), body and totals rows, in order.</summary>
    public static List<decimal> PageNumbers(IHtmlDocument page, string tableId)
    {
        var table = page.GetElementById(tableId)!;
        var numeric = table.QuerySelectorAll("thead th").Select((th, i) => (th, i)).Where(x => x.th.ClassList.Contains("text-end")).Select(x => x.i).ToHashSet();
        return [.. table.QuerySelectorAll("tbody tr, tfoot tr")
            .SelectMany(tr => tr.QuerySelectorAll("td, th").Select((td, i) => (td, i)))
            .Where(x => numeric.Contains(x.i) && x.td.TextContent.Trim() is { Length: > 0 } t && t != "—")
            .Select(x => decimal.Parse(x.td.TextContent.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture))];
    }
}
