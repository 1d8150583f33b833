using System.Net;
using System.Text.Json;
using LocalGov.Benchmarking.Contracts;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.OpenData.Domain;
using LocalGov.OpenData.Services.Publishing;
using LocalGov.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LocalGov.IntegrationTests.OpenData.Api.ApiClient;

namespace LocalGov.IntegrationTests.OpenData.Api;

/// <summary>
/// The public API v1 over the demo: เทศบาลเมืองนครนายก (3260101) has published its FY 2569 budget (49 lines, 14
/// revenue estimates) and action plan (11 projects); its FY 2570 budget is a draft and must be in no answer.
/// </summary>
public sealed class ApiTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private readonly HttpClient _client = Anonymous(factory);

    [Fact]
    public async Task Budget_endpoints_return_the_published_totals_and_they_equal_the_sum_of_the_lines()
    {
        var laoId = await DemoLaoIdAsync();
        var stored = await factory.WithDbAsync(db => db.Set<PublishedBudget>().SingleAsync(b => b.LaoId == laoId && b.FiscalYear == 2569));

        var (listResponse, list, body) = await GetJsonAsync(_client, $"/api/v1/budgets?lao={DemoLao}&year=2569");
        Assert.Equal(HttpStatusCode.OK, listResponse.StatusCode);
        Assert.Equal("application/json", listResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains("นครนายก", body, StringComparison.Ordinal);
        var budget = Assert.Single(Rows(list));
        Assert.Equal(DemoLao, budget.GetProperty("laoCode").GetString());
        Assert.Equal("26", budget.GetProperty("provinceCode").GetString());
        Assert.Equal(stored.ExpenditureTotal.Baht, Baht(budget, "expenditureTotal"));
        Assert.Equal(stored.RevenueTotal.Baht, Baht(budget, "revenueTotal"));
        Assert.Matches(@"""expenditureTotal"":\d+\.\d\d[,}]", body);

        var (_, lines, _) = await GetJsonAsync(_client, $"/api/v1/budget-lines?lao={DemoLao}&year=2569&pageSize=500");
        Assert.Equal(49, Total(lines));
        Assert.Equal(Baht(budget, "expenditureTotal"), Rows(lines).Sum(l => Baht(l, "currentAmount")));
        Assert.All(Rows(lines), l => Assert.False(string.IsNullOrEmpty(l.GetProperty("programmeNameTh").GetString())));

        var (detailResponse, detail, _) = await GetJsonAsync(_client, $"/api/v1/budgets/{DemoLao}/2569");
        Assert.Equal(HttpStatusCode.OK, detailResponse.StatusCode);
        var expenditure = Baht(detail.GetProperty("budget"), "expenditureTotal");
        Assert.Equal(expenditure, detail.GetProperty("byProgramme").EnumerateArray().Sum(t => Baht(t, "currentAmount")));
        Assert.Equal(expenditure, detail.GetProperty("byGroup").EnumerateArray().Sum(t => Baht(t, "currentAmount")));
        Assert.Equal(49, detail.GetProperty("byGroup").EnumerateArray().Sum(t => t.GetProperty("lines").GetInt32()));
    }

    [Fact]
    public async Task Revenue_estimates_and_projects_return_the_published_rows()
    {
        var (_, estimates, _) = await GetJsonAsync(_client, $"/api/v1/revenue-estimates?lao={DemoLao}&year=2569");
        Assert.Equal(14, Total(estimates));
        Assert.All(Rows(estimates), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("categoryCode").GetString())));
        Assert.Contains(Rows(estimates), e => e.GetProperty("source").GetString() == "OwnSource");
        var laoId = await DemoLaoIdAsync();
        var storedAmount = await factory.WithDbAsync(async db => (await db.Set<PublishedRevenueEstimate>().Where(e => e.LaoId == laoId && e.FiscalYear == 2569).ToListAsync()).Sum(e => e.Amount.Baht));
        Assert.Equal(storedAmount, Rows(estimates).Sum(e => Baht(e, "amount")));

        var (_, projects, _) = await GetJsonAsync(_client, $"/api/v1/projects?lao={DemoLao}&year=2569");
        Assert.Equal(11, Total(projects));
        Assert.All(Rows(projects), p => Assert.Equal(DemoLao, p.GetProperty("laoCode").GetString()));
    }

    [Fact]
    public async Task The_draft_2570_budget_is_in_no_endpoint()
    {
        var (detail, problem, _) = await GetJsonAsync(_client, $"/api/v1/budgets/{DemoLao}/2570");
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal("application/problem+json", detail.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());

        foreach (var list in new[] { "budgets", "budget-lines", "revenue-estimates", "projects" })
        {
            var (_, all, _) = await GetJsonAsync(_client, $"/api/v1/{list}?pageSize=500");
            Assert.DoesNotContain(Rows(all), r => r.GetProperty("fiscalYear").GetInt32() == 2570);
            var (_, year2570, _) = await GetJsonAsync(_client, $"/api/v1/{list}?year=2570&lao={DemoLao}");
            Assert.Equal(0, Total(year2570));
        }

        var (_, organisation, _) = await GetJsonAsync(_client, $"/api/v1/organisations/{DemoLao}");
        var years = organisation.GetProperty("publishedBudgetYears").EnumerateArray().Select(y => y.GetInt32()).ToList();
        Assert.Contains(2569, years);
        Assert.DoesNotContain(2570, years);
    }

    [Fact]
    public async Task Budget_lines_are_paged_with_total_and_links()
    {
        var url = $"/api/v1/budget-lines?lao={DemoLao}&year=2569&pageSize=20";
        var (_, first, _) = await GetJsonAsync(_client, url);
        Assert.Equal(49, Total(first));
        Assert.Equal(1, first.GetProperty("page").GetInt32());
        Assert.Equal(20, first.GetProperty("pageSize").GetInt32());
        Assert.Equal(Enumerable.Range(1, 20), Rows(first).Select(l => l.GetProperty("lineNo").GetInt32()));
        Assert.Null(Link(first, "prev"));
        Assert.Contains("page=3", Link(first, "last"), StringComparison.Ordinal);

        var (_, second, _) = await GetJsonAsync(_client, PathAndQuery(Link(first, "next")!));
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(21, Rows(second).First().GetProperty("lineNo").GetInt32());
        Assert.Contains("page=1", Link(second, "prev"), StringComparison.Ordinal);
        Assert.Contains("pageSize=20", Link(second, "next"), StringComparison.Ordinal);

        var (_, last, _) = await GetJsonAsync(_client, PathAndQuery(Link(first, "last")!));
        Assert.Equal(9, Rows(last).Count());
        Assert.Null(Link(last, "next"));

        // A page beyond the last is not an error: empty data, the same total.
        var (beyond, empty, _) = await GetJsonAsync(_client, url + "&page=4");
        Assert.Equal(HttpStatusCode.OK, beyond.StatusCode);
        Assert.Empty(Rows(empty));
        Assert.Equal(49, Total(empty));

        var (_, defaults, _) = await GetJsonAsync(_client, $"/api/v1/budget-lines?lao={DemoLao}&year=2569");
        Assert.Equal(100, defaults.GetProperty("pageSize").GetInt32());
        Assert.Equal(49, Rows(defaults).Count());
    }

    [Fact]
    public async Task Filters_by_province_type_and_programme_narrow_the_answer()
    {
        var (_, province, _) = await GetJsonAsync(_client, "/api/v1/budgets?province=26&year=2569");
        Assert.NotEmpty(Rows(province));
        Assert.All(Rows(province), b => Assert.Equal("26", b.GetProperty("provinceCode").GetString()));

        var (_, byName, _) = await GetJsonAsync(_client, "/api/v1/budgets?type=TownMunicipality");
        var (_, byNumber, _) = await GetJsonAsync(_client, "/api/v1/budgets?type=3");
        Assert.Contains(Rows(byName), b => b.GetProperty("laoCode").GetString() == DemoLao);
        Assert.Equal(Total(byName), Total(byNumber));
        var (_, otherType, _) = await GetJsonAsync(_client, "/api/v1/budgets?type=SubdistrictAdministrativeOrganisation");
        Assert.DoesNotContain(Rows(otherType), b => b.GetProperty("laoCode").GetString() == DemoLao);

        var (_, all, _) = await GetJsonAsync(_client, $"/api/v1/budget-lines?lao={DemoLao}&year=2569&pageSize=500");
        var programme = Rows(all).First().GetProperty("programmeCode").GetString()!;
        var expected = Rows(all).Count(l => l.GetProperty("programmeCode").GetString() == programme);
        var (_, filtered, _) = await GetJsonAsync(_client, $"/api/v1/budget-lines?lao={DemoLao}&year=2569&programme={programme}&pageSize=500");
        Assert.Equal(expected, Total(filtered));
        Assert.True(expected < 49);
        Assert.All(Rows(filtered), l => Assert.Equal(programme, l.GetProperty("programmeCode").GetString()));

        var group = Rows(all).First().GetProperty("groupCode").GetString()!;
        var (_, byGroup, _) = await GetJsonAsync(_client, $"/api/v1/budget-lines?lao={DemoLao}&year=2569&group={group}&pageSize=500");
        Assert.Equal(Rows(all).Count(l => l.GetProperty("groupCode").GetString() == group), Total(byGroup));
    }

    [Theory]
    [InlineData("/api/v1/budgets?year=abc", "year")]
    [InlineData("/api/v1/budgets?year=1999", "year")]
    [InlineData("/api/v1/budgets?province=99", "province")]
    [InlineData("/api/v1/budgets?lao=9999999", "lao")]
    [InlineData("/api/v1/budgets?type=Castle", "type")]
    [InlineData("/api/v1/budgets?pageSize=0", "pageSize")]
    [InlineData("/api/v1/budget-lines?pageSize=501", "pageSize")]
    [InlineData("/api/v1/revenue-estimates?page=0", "page")]
    [InlineData("/api/v1/projects?page=two", "page")]
    [InlineData("/api/v1/budget-lines?programme=zz99", "programme")]
    [InlineData("/api/v1/budget-lines?group=zz99", "group")]
    [InlineData("/api/v1/organisations?province=abc", "province")]
    [InlineData("/api/v1/indicator-values", "year")]
    [InlineData("/api/v1/indicator-values?year=2569&indicator=NOPE", "indicator")]
    [InlineData("/api/v1/procurement/releases?year=2569", "lao")]
    [InlineData("/api/v1/budgets/3260101/abc", "year")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string url, string parameter)
    {
        var (response, problem, body) = await GetJsonAsync(_client, url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal("คำขอไม่ถูกต้อง", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), body);
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    [Fact]
    public async Task Problem_details_are_in_English_when_asked()
    {
        var (response, problem, _) = await GetJsonAsync(_client, "/api/v1/budgets?pageSize=501&culture=en-US");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The request is not valid", problem.GetProperty("title").GetString());
        Assert.StartsWith("Page size", problem.GetProperty("errors").GetProperty("pageSize")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/organisations/0000000")]
    [InlineData("/api/v1/budgets/0000000/2569")]
    [InlineData("/api/v1/budgets/3260101/2560")]
    public async Task An_unknown_resource_is_a_404_problem(string url)
    {
        var (response, problem, _) = await GetJsonAsync(_client, url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ไม่พบข้อมูล", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ETag_answers_304_until_a_new_publication_changes_it()
    {
        var url = $"/api/v1/budgets/{DemoLao}/2569";
        var (first, _, _) = await GetJsonAsync(_client, url);
        var (second, _, _) = await GetJsonAsync(_client, url);
        var tag = first.Headers.ETag?.Tag;
        Assert.NotNull(tag);
        Assert.Equal(tag, second.Headers.ETag?.Tag);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());
        Assert.False(first.Headers.Contains("Set-Cookie"));

        var (notModified, _, body) = await GetJsonAsync(_client, url, tag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(body);

        var laoId = await DemoLaoIdAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<Publisher>().PublishBudgetAsync(laoId, 2569, "finance", CancellationToken.None);
            Assert.True(result.Succeeded, result.Error.ToString());
        }

        var (changed, json, _) = await GetJsonAsync(_client, url, tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag?.Tag);
        Assert.True(json.GetProperty("budget").GetProperty("version").GetInt32() >= 2);
    }

    [Fact]
    public async Task Organisations_list_the_province_and_find_by_name()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
        var province = (await directory.GetProvincesAsync()).Single(p => p.Code == "26");
        var inProvince = (await directory.GetLaoIdsInProvinceAsync(province.Id)).Count;

        var (_, list, _) = await GetJsonAsync(_client, "/api/v1/organisations?province=26&pageSize=500");
        Assert.Equal(inProvince, Total(list));
        Assert.All(Rows(list), o => Assert.Equal("26", o.GetProperty("provinceCode").GetString()));

        var (_, search, _) = await GetJsonAsync(_client, "/api/v1/organisations?q=" + Uri.EscapeDataString("เมืองนครนายก"));
        Assert.Contains(Rows(search), o => o.GetProperty("code").GetString() == DemoLao);

        var (response, one, _) = await GetJsonAsync(_client, $"/api/v1/organisations/{DemoLao}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("TownMunicipality", one.GetProperty("type").GetString());
        Assert.Contains("/api/v1/budgets?lao=3260101", one.GetProperty("links").GetProperty("budgets").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Procurement_releases_are_an_OCDS_package_of_the_published_cases()
    {
        var (response, package, _) = await GetJsonAsync(_client, $"/api/v1/procurement/releases?lao={DemoLao}&year=2569");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1.1", package.GetProperty("version").GetString());
        Assert.Equal(JsonValueKind.Object, package.GetProperty("publisher").ValueKind);
        var releases = package.GetProperty("releases").EnumerateArray().ToList();
        var total = int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Math.Min(total, 100), releases.Count);
        Assert.All(releases, r => Assert.StartsWith("ocds-", r.GetProperty("ocid").GetString(), StringComparison.Ordinal));
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Indicator_endpoints_return_the_benchmarking_values_of_the_demo_lao()
    {
        var (_, catalogue, _) = await GetJsonAsync(_client, "/api/v1/indicators?year=2569");
        Assert.NotEmpty(catalogue.EnumerateArray());

        await using var scope = factory.Services.CreateAsyncScope();
        var laoId = await DemoLaoIdAsync();
        var expected = await scope.ServiceProvider.GetRequiredService<IIndicatorValues>().GetValuesAsync(2569, null, [laoId]);
        Assert.NotEmpty(expected);

        var (_, values, _) = await GetJsonAsync(_client, $"/api/v1/indicator-values?year=2569&lao={DemoLao}&pageSize=500");
        Assert.Equal(expected.Count, Total(values));
        foreach (var value in Rows(values))
        {
            var match = expected.Single(e => e.IndicatorCode == value.GetProperty("indicatorCode").GetString());
            Assert.Equal(match.Value, value.GetProperty("value").ValueKind == JsonValueKind.Null ? null : value.GetProperty("value").GetDecimal());
            Assert.Equal(DemoLao, value.GetProperty("laoCode").GetString());
        }

        var code = expected[0].IndicatorCode;
        var (_, oneIndicator, _) = await GetJsonAsync(_client, $"/api/v1/indicator-values?year=2569&province=26&indicator={code}&pageSize=500");
        Assert.All(Rows(oneIndicator), v => Assert.Equal(code, v.GetProperty("indicatorCode").GetString()));
        Assert.Contains(Rows(oneIndicator), v => v.GetProperty("laoCode").GetString() == DemoLao);
    }

    [Fact]
    public async Task OpenApi_document_describes_every_v1_endpoint()
    {
        var (response, document, _) = await GetJsonAsync(_client, "/api/v1/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        string[] expected =
        [
            "/api/v1/organisations", "/api/v1/organisations/{laoCode}", "/api/v1/budgets", "/api/v1/budgets/{laoCode}/{year}",
            "/api/v1/budget-lines", "/api/v1/revenue-estimates", "/api/v1/projects", "/api/v1/procurement/releases",
            "/api/v1/indicators", "/api/v1/indicator-values",
        ];
        Assert.Equal(expected.Order(), paths.Order());
        var budgets = document.GetProperty("paths").GetProperty("/api/v1/budgets").GetProperty("get");
        var parameters = budgets.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "year", "province", "type", "lao", "page", "pageSize", "If-None-Match" }, parameters.ToHashSet());
        var responses = budgets.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
        Assert.Superset(new HashSet<string> { "200", "304", "400", "429" }, responses.ToHashSet());
        Assert.DoesNotContain(paths, p => !p.StartsWith("/api/v1/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Api_page_lists_every_endpoint_with_an_example()
    {
        using var browser = new Browser(factory);
        var (response, page) = await browser.GetAsync("/open/api");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
        var sections = page.QuerySelectorAll("section.api-endpoint").ToList();
        Assert.Equal(10, sections.Count);
        Assert.Contains(sections, s => s.GetAttribute("data-path") == "/api/v1/budgets/{laoCode}/{year}");
        Assert.All(sections, s => Assert.NotNull(s.QuerySelector("a.api-example")));
        Assert.NotNull(page.QuerySelector("#api-etag"));
        Assert.NotNull(page.QuerySelector("#api-rate-limit"));
        Assert.Contains(page.QuerySelectorAll("pre code"), c => c.TextContent.Contains("\"expenditureTotal\"", StringComparison.Ordinal));
        Assert.False(response.Headers.Contains("Set-Cookie"), string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []));
    }

    private async Task<int> DemoLaoIdAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindLaoByCodeAsync(DemoLao))!.Id;
    }
}
