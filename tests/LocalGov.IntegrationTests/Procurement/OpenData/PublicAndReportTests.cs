using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Services.Reports;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Security;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Procurement.OpenData;

/// <summary>The public pages show published cases only; the DLA report sums what was created, within the user's scope.</summary>
public sealed class PublicAndReportTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    [Fact]
    public async Task The_public_list_shows_a_published_case_and_not_an_unpublished_one()
    {
        var lao = await OpenDataTestData.DemoLaoAsync(factory);
        var tag = OpenDataTestData.Unique("PUB");
        var shown = await OpenDataTestData.CreateCaseAsync(factory, lao.Id, CaseStageForTest.Awarded, title: $"โครงการเผยแพร่ {tag}");
        var hidden = await OpenDataTestData.CreateCaseAsync(factory, lao.Id, CaseStageForTest.Planning, published: false, title: $"โครงการภายใน {tag}");
        using var browser = new Browser(factory);

        var (response, page) = await browser.GetAsync("/Procurement/Public?q=" + tag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        var text = page.QuerySelector("#public-cases")!.TextContent;
        Assert.Contains(shown.Title, text, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden.Title, text, StringComparison.Ordinal);

        var (caseResponse, casePage) = await browser.GetAsync($"/Procurement/Public/Case/{shown.Id}");
        Assert.Equal(HttpStatusCode.OK, caseResponse.StatusCode);
        Assert.Contains(shown.CaseNo, casePage.QuerySelector("#ocds-release")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(casePage.QuerySelector("#case-reference-price"));
        var (hiddenResponse, _) = await browser.GetAsync($"/Procurement/Public/Case/{hidden.Id}");
        Assert.Equal(HttpStatusCode.NotFound, hiddenResponse.StatusCode);
    }

    [Fact]
    public async Task The_DLA_report_sums_by_method_match_the_cases_created()
    {
        const int year = 2555;
        var lao = await OpenDataTestData.DemoLaoAsync(factory);
        await OpenDataTestData.CreateCaseAsync(factory, lao.Id, CaseStageForTest.Contracted, method: ProcurementMethod.Specific, baht: 80_000.50m, fiscalYear: year);
        await OpenDataTestData.CreateCaseAsync(factory, lao.Id, CaseStageForTest.Awarded, method: ProcurementMethod.Specific, baht: 20_000m, fiscalYear: year);
        await OpenDataTestData.CreateCaseAsync(factory, lao.Id, CaseStageForTest.Contracted, method: ProcurementMethod.EBidding, baht: 900_000m, fiscalYear: year);
        await OpenDataTestData.CreateCaseAsync(factory, lao.Id, CaseStageForTest.Announced, method: ProcurementMethod.EBidding, baht: 700_000m, fiscalYear: year);
        await OpenDataTestData.CreateCaseAsync(factory, lao.Id, CaseStageForTest.Cancelled, method: ProcurementMethod.Selection, baht: 1_000m, fiscalYear: year);
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");

        var (response, page) = await browser.GetAsync($"/Procurement/Reports?year={year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (int Cases, decimal Value) Row(string method)
        {
            var cells = page.QuerySelector($"#by-method tr[data-method='{method}']")!.QuerySelectorAll("td");
            return (int.Parse(cells[1].TextContent, NumberStyles.Number, CultureInfo.InvariantCulture), decimal.Parse(cells[2].TextContent, NumberStyles.Number, CultureInfo.InvariantCulture));
        }

        Assert.Equal((2, 100_000.50m), Row("Specific"));
        Assert.Equal((1, 900_000m), Row("EBidding"));
        Assert.Null(page.QuerySelector("#by-method tr[data-method='Selection']"));
        Assert.Contains("1", page.QuerySelector("#late")!.TextContent, StringComparison.Ordinal);

        var xlsx = await browser.Client.GetAsync($"/Procurement/Reports?year={year}&format=xlsx&table=method");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var book = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        var values = book.Worksheet(1).RowsUsed().Skip(2).Select(r => r.Cell(3).GetValue<decimal>()).ToList();
        Assert.Equal(1_000_000.50m, values.Sum());

        await using var scope = factory.Services.CreateAsyncScope();
        var summary = Assert.Single(await scope.ServiceProvider.GetRequiredService<IProcurementSummaries>().GetAsync(year, [lao.Id]));
        Assert.Equal(4, summary.Cases);
        Assert.Equal(2, summary.ContractedCases);
        Assert.Equal(Money.FromBaht(980_000.50m), summary.ContractedValue);
        Assert.Equal(Money.FromBaht(100_000.50m), summary.SpecificMethodValue);
        Assert.Equal(2, summary.LateContracts);

        // The late list and its count come from one query: the same instalments, each of a contract of this year.
        var queries = scope.ServiceProvider.GetRequiredService<ProcurementReportQueries>();
        var late = await queries.LateAsync(year, LaoFilter.Only([lao.Id]), null, default);
        Assert.Equal(late.Count, await queries.LateCountAsync(year, LaoFilter.Only([lao.Id]), default));
        Assert.Equal(2, late.Select(l => l.ContractNo).Distinct().Count());
        Assert.All(late, l => Assert.True(l.DaysLate > 0));

        // An Excel download of one table carries all of that table's rows.
        var lateXlsx = await browser.Client.GetAsync($"/Procurement/Reports?year={year}&format=xlsx&table=late");
        Assert.Equal(HttpStatusCode.OK, lateXlsx.StatusCode);
        using var lateBook = new XLWorkbook(await lateXlsx.Content.ReadAsStreamAsync());
        Assert.Equal(late.Count, lateBook.Worksheet(1).RowsUsed().Count(r => r.RowNumber() >= 4));
    }

    [Fact]
    public async Task A_province_officer_cannot_open_another_provinces_LAO()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
        var other = (await directory.GetProvincesAsync()).First(p => p.Code != DemoData.DemoProvinceCode);
        var ids = await directory.GetLaoIdsInProvinceAsync(other.Id);
        var own = await OpenDataTestData.DemoLaoAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("province");

        var (ownResponse, _) = await browser.GetAsync($"/Procurement/Reports?year=2569&laoId={own.Id}");
        Assert.Equal(HttpStatusCode.OK, ownResponse.StatusCode);
        var otherId = ids.Count > 0 ? ids[0] : int.MaxValue;
        var (response, _) = await browser.GetAsync($"/Procurement/Reports?year=2569&laoId={otherId}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_users_cannot_open_the_reports()
    {
        using var browser = new Browser(factory);
        var (response, _) = await browser.GetAsync("/Procurement/Reports");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
