using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Domain;
using LocalGov.OpenData.Services.Datasets;
using LocalGov.OpenData.Services.Publishing;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.OpenData.Downloads;

/// <summary>
/// The dataset downloads over the demo: the municipality's published FY 2569 budget in every format with the same
/// numbers as the published copy, the FY 2570 draft in none, filters and their 400s, the dictionary, DCAT, the Fiscal
/// Data Package, ETags, and withdrawal (which must also drop the cached downloads).
/// </summary>
public sealed class DownloadTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const string Lao = DemoData.DemoLaoCode;
    private const string Narrow = "?lao=" + Lao + "&year=2569";

    [Fact]
    public async Task Csv_json_and_xlsx_of_the_demo_budget_lines_carry_the_published_amounts_and_add_up_to_the_budget_total()
    {
        using var client = factory.CreateClient();
        var (laoId, lines, budget) = await factory.WithDbAsync(async db =>
        {
            var id = (await db.Set<PublishedBudget>().Select(b => new { b.LaoId, b.FiscalYear }).FirstAsync(b => b.FiscalYear == 2569)).LaoId;
            var l = await db.Set<PublishedBudgetLine>().Where(x => x.LaoId == id && x.FiscalYear == 2569).OrderBy(x => x.LineNo).ToListAsync();
            var b = await db.Set<PublishedBudget>().SingleAsync(x => x.LaoId == id && x.FiscalYear == 2569);
            return (id, l, b);
        });
        Assert.Equal(49, lines.Count);
        var columns = DatasetRegistry.Find("budget-lines")!.Columns.Select(c => c.Name).ToList();

        var csvResponse = await client.GetAsync("/open/datasets/budget-lines.csv" + Narrow);
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal("budget-lines-2569-3260101.csv", csvResponse.Content.Headers.ContentDisposition!.FileNameStar ?? csvResponse.Content.Headers.ContentDisposition.FileName);
        var bytes = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var (header, csv) = ParseCsv(bytes);
        Assert.Equal(columns, header);
        Assert.Equal(lines.Count, csv.Count);

        var json = await GetJsonAsync(client, "/open/datasets/budget-lines.json" + Narrow);
        Assert.Equal("budget-lines", json.GetProperty("dataset").GetString());
        Assert.Equal(columns, json.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()!));
        var jsonRows = json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(lines.Count, jsonRows.Count);
        Assert.Equal("2569", json.GetProperty("filter").GetProperty("year").GetString());

        using var book = new XLWorkbook(new MemoryStream(await client.GetByteArrayAsync("/open/datasets/budget-lines.xlsx" + Narrow)));
        var sheet = book.Worksheet("data");
        Assert.Equal(DatasetRegistry.Find("budget-lines")!.Columns[0].LabelTh, sheet.Cell(1, 1).GetString());
        Assert.Equal(columns, book.Worksheet("dictionary").Column(1).CellsUsed().Skip(1).Select(c => c.GetString()));
        var original = columns.IndexOf("original_amount");
        var current = columns.IndexOf("current_amount");
        var lineNo = columns.IndexOf("line_no");

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            Assert.Equal(line.LineNo.ToString(CultureInfo.InvariantCulture), csv[i][lineNo]);
            Assert.Equal(line.OriginalAmount.Baht.ToString("0.00", CultureInfo.InvariantCulture), csv[i][original]);
            Assert.Equal(line.CurrentAmount.Baht.ToString("0.00", CultureInfo.InvariantCulture), csv[i][current]);
            Assert.Equal(line.ItemName, csv[i][columns.IndexOf("item_name")]);
            Assert.Equal(line.OriginalAmount.Baht, jsonRows[i].GetProperty("original_amount").GetDecimal());
            Assert.Equal(line.CurrentAmount.Baht, jsonRows[i].GetProperty("current_amount").GetDecimal());
            Assert.Equal(JsonValueKind.Number, jsonRows[i].GetProperty("current_amount").ValueKind);
            Assert.Equal(line.OriginalAmount.Baht, sheet.Cell(i + 2, original + 1).GetValue<decimal>());
            Assert.Equal(line.CurrentAmount.Baht, sheet.Cell(i + 2, current + 1).GetValue<decimal>());
        }

        Assert.True(sheet.Cell(lines.Count + 2, 1).IsEmpty());
        var csvTotal = csv.Sum(r => decimal.Parse(r[original], CultureInfo.InvariantCulture));
        var jsonTotal = jsonRows.Sum(r => r.GetProperty("original_amount").GetDecimal());
        Assert.Equal(budget.ExpenditureTotal.Baht, csvTotal);
        Assert.Equal(csvTotal, jsonTotal);

        // The budgets dataset states the same total.
        var (budgetHeader, budgetRows) = ParseCsv(await client.GetByteArrayAsync("/open/datasets/budgets.csv" + Narrow));
        var row = Assert.Single(budgetRows);
        Assert.Equal(budget.ExpenditureTotal.Baht.ToString("0.00", CultureInfo.InvariantCulture), row[budgetHeader.IndexOf("expenditure_total")]);
        Assert.NotEqual(0, laoId);
    }

    [Fact]
    public async Task Revenue_estimates_in_every_format_match_the_published_copy()
    {
        using var client = factory.CreateClient();
        var estimates = await factory.WithDbAsync(db => db.Set<PublishedRevenueEstimate>().Where(x => x.FiscalYear == 2569).OrderBy(x => x.LineNo).ToListAsync());
        Assert.Equal(14, estimates.Count);
        var (header, csv) = ParseCsv(await client.GetByteArrayAsync("/open/datasets/revenue-estimates.csv" + Narrow));
        var json = (await GetJsonAsync(client, "/open/datasets/revenue-estimates.json" + Narrow)).GetProperty("rows").EnumerateArray().ToList();
        using var book = new XLWorkbook(new MemoryStream(await client.GetByteArrayAsync("/open/datasets/revenue-estimates.xlsx" + Narrow)));
        var amount = header.IndexOf("amount");
        for (var i = 0; i < estimates.Count; i++)
        {
            Assert.Equal(estimates[i].Amount.Baht.ToString("0.00", CultureInfo.InvariantCulture), csv[i][amount]);
            Assert.Equal(estimates[i].Amount.Baht, json[i].GetProperty("amount").GetDecimal());
            Assert.Equal(estimates[i].Amount.Baht, book.Worksheet("data").Cell(i + 2, amount + 1).GetValue<decimal>());
            Assert.Equal(estimates[i].Source?.ToString() ?? "", csv[i][header.IndexOf("source")]);
        }
    }

    [Theory]
    [InlineData("budgets")]
    [InlineData("budget-lines")]
    [InlineData("revenue-estimates")]
    [InlineData("projects")]
    public async Task The_draft_2570_budget_is_in_no_download(string dataset)
    {
        using var client = factory.CreateClient();
        foreach (var format in new[] { "csv", "json", "xlsx" })
        {
            var response = await client.GetAsync($"/open/datasets/{dataset}.{format}?lao={Lao}&year=2570");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            switch (format)
            {
                case "csv":
                    Assert.Empty(ParseCsv(bytes).Rows);
                    break;
                case "json":
                    Assert.Equal(0, JsonDocument.Parse(bytes).RootElement.GetProperty("rows").GetArrayLength());
                    break;
                default:
                    using (var book = new XLWorkbook(new MemoryStream(bytes)))
                    {
                        Assert.Equal(1, book.Worksheet("data").LastRowUsed()!.RowNumber());
                    }

                    break;
            }
        }
    }

    [Fact]
    public async Task The_unfiltered_budgets_dataset_has_the_published_2569_budget_and_no_2570_row()
    {
        using var client = factory.CreateClient();
        var (header, rows) = ParseCsv(await client.GetByteArrayAsync("/open/datasets/budgets.csv"));
        var years = rows.Select(r => r[header.IndexOf("fiscal_year")]).ToList();
        Assert.Contains("2569", years);
        Assert.DoesNotContain("2570", years);
        var json = await GetJsonAsync(client, "/open/datasets/budgets.json");
        Assert.DoesNotContain(json.GetProperty("rows").EnumerateArray(), r => r.GetProperty("fiscal_year").GetInt32() == 2570);
    }

    [Theory]
    [InlineData("budget-lines.csv?year=abc&lao=3260101", "year")]
    [InlineData("budget-lines.csv?year=2569&province=999", "province")]
    [InlineData("budgets.json?type=Castle", "type")]
    [InlineData("budgets.xlsx?lao=0000000", "lao")]
    [InlineData("budgets.csv?lao=abc", "lao")]
    [InlineData("budget-lines.csv", "year")]
    [InlineData("budget-lines.csv?year=2569", "province")]
    [InlineData("budget-lines.json?year=2569&type=TownMunicipality", "province")]
    [InlineData("revenue-estimates.csv?year=2569", "province")]
    [InlineData("projects.xlsx?province=26", "year")]
    [InlineData("indicator-values.csv?province=26", "year")]
    public async Task A_bad_or_too_wide_filter_is_a_400_naming_the_parameter(string url, string parameter)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/open/datasets/" + url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    [Fact]
    public async Task Filters_narrow_the_rows()
    {
        using var client = factory.CreateClient();
        Assert.Single(ParseCsv(await client.GetByteArrayAsync("/open/datasets/budgets.csv?year=2569&province=26&type=TownMunicipality")).Rows);
        Assert.Empty(ParseCsv(await client.GetByteArrayAsync("/open/datasets/budgets.csv?year=2569&type=SubdistrictAdministrativeOrganisation")).Rows);
        Assert.Empty(ParseCsv(await client.GetByteArrayAsync("/open/datasets/budgets.csv?year=2568")).Rows);
        Assert.Equal(49, ParseCsv(await client.GetByteArrayAsync("/open/datasets/budget-lines.csv?year=2569&province=26")).Rows.Count);
        Assert.Equal(11, ParseCsv(await client.GetByteArrayAsync("/open/datasets/projects.csv" + Narrow)).Rows.Count);

        var (header, organisations) = ParseCsv(await client.GetByteArrayAsync("/open/datasets/organisations.csv?province=26"));
        Assert.Contains(organisations, r => r[header.IndexOf("lao_code")] == Lao);
        Assert.All(organisations, r => Assert.Equal("26", r[header.IndexOf("province_code")]));
        Assert.Single(ParseCsv(await client.GetByteArrayAsync("/open/datasets/organisations.csv?lao=" + Lao)).Rows);
        var indicators = ParseCsv(await client.GetByteArrayAsync("/open/datasets/indicator-values.csv?year=2569&lao=" + Lao));
        Assert.All(indicators.Rows, r => Assert.Equal(Lao, r[indicators.Header.IndexOf("lao_code")]));
    }

    [Theory]
    [InlineData("/open/datasets/budget-linez.csv?year=2569&lao=3260101")]
    [InlineData("/open/datasets/budget-lines.pdf?year=2569&lao=3260101")]
    [InlineData("/open/datasets/no-such-dataset")]
    [InlineData("/open/lao/3260101/2570/datapackage.json")]
    [InlineData("/open/lao/9999999/2569/datapackage.json")]
    [InlineData("/open/lao/3260101/abcd/datapackage.json")]
    public async Task Unknown_datasets_and_unpublished_budgets_are_404(string url)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("organisations")]
    [InlineData("budgets")]
    [InlineData("budget-lines")]
    [InlineData("revenue-estimates")]
    [InlineData("projects")]
    [InlineData("indicator-values")]
    public async Task The_dictionary_lists_every_column_of_the_csv_header(string dataset)
    {
        using var browser = new Browser(factory);
        var (response, page) = await browser.GetAsync($"/open/datasets/{dataset}" + Narrow);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []));
        var dictionary = page.QuerySelectorAll("#dictionary tbody tr").Select(r => r.GetAttribute("data-column")!).ToList();
        var (header, _) = ParseCsv(await browser.Client.GetByteArrayAsync($"/open/datasets/{dataset}.csv" + Narrow));
        Assert.Equal(header, dictionary);
        var links = page.QuerySelectorAll($"[data-downloads='{dataset}'] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(3, links.Count);
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync(link)).StatusCode);
        }
    }

    [Fact]
    public async Task The_catalogue_page_lists_every_dataset_and_asks_for_a_filter_before_the_big_ones()
    {
        using var browser = new Browser(factory);
        var (response, page) = await browser.GetAsync("/open/datasets");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(DatasetRegistry.All.Select(d => d.Name), page.QuerySelectorAll("#dataset-list tbody tr").Select(r => r.GetAttribute("data-dataset")!));
        Assert.NotNull(page.QuerySelector("[data-downloads='budgets']"));
        Assert.NotNull(page.QuerySelector("[data-needs-filter='budget-lines']"));
        Assert.Null(page.QuerySelector("[data-downloads='budget-lines']"));

        var (_, filtered) = await browser.GetAsync("/open/datasets" + Narrow);
        Assert.NotNull(filtered.QuerySelector("[data-downloads='budget-lines']"));
        var (_, bad) = await browser.GetAsync("/open/datasets?year=25x9");
        Assert.NotNull(bad.QuerySelector("#f-year-error"));
    }

    [Fact]
    public async Task The_dcat_catalogue_has_a_dataset_per_registry_entry_whose_download_urls_work()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/open/catalog.jsonld");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        var catalog = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var context = catalog.GetProperty("@context");
        Assert.Equal("http://www.w3.org/ns/dcat#", context.GetProperty("dcat").GetString());
        Assert.Equal("http://purl.org/dc/terms/", context.GetProperty("dct").GetString());
        Assert.True(context.TryGetProperty("foaf", out _));
        Assert.True(context.TryGetProperty("vcard", out _));
        Assert.Equal("dcat:Catalog", catalog.GetProperty("@type").GetString());
        Assert.Equal(DatasetRegistry.LicenseUrl, catalog.GetProperty("dct:license").GetProperty("@id").GetString());

        var datasets = catalog.GetProperty("dcat:dataset").EnumerateArray().ToList();
        Assert.Equal(DatasetRegistry.All.Select(d => "localgov-" + d.Name), datasets.Select(d => d.GetProperty("dct:identifier").GetString()));
        var urls = new List<string>();
        foreach (var dataset in datasets)
        {
            Assert.Equal("dcat:Dataset", dataset.GetProperty("@type").GetString());
            Assert.Contains(dataset.GetProperty("dct:title").EnumerateArray(), t => t.GetProperty("@language").GetString() == "th");
            Assert.Contains(dataset.GetProperty("dct:title").EnumerateArray(), t => t.GetProperty("@language").GetString() == "en");
            var distributions = dataset.GetProperty("dcat:distribution").EnumerateArray().ToList();
            Assert.Equal(["CSV", "JSON", "XLSX"], distributions.Select(d => d.GetProperty("dct:format").GetString()).Distinct().Order());
            foreach (var distribution in distributions)
            {
                Assert.StartsWith("/api/v1/", new Uri(distribution.GetProperty("dcat:accessService").GetProperty("dcat:endpointURL").GetProperty("@id").GetString()!).AbsolutePath);
                urls.Add(distribution.GetProperty("dcat:downloadURL").GetProperty("@id").GetString()!);
            }
        }

        var lines = datasets.Single(d => d.GetProperty("dct:identifier").GetString() == "localgov-budget-lines");
        Assert.Equal("2025-10-01", lines.GetProperty("dct:temporal").GetProperty("dcat:startDate").GetProperty("@value").GetString());
        Assert.True(lines.TryGetProperty("dct:modified", out _));
        Assert.Contains(urls, u => u.EndsWith("/open/datasets/budget-lines.csv?year=2569&province=26", StringComparison.Ordinal));
        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(url).PathAndQuery)).StatusCode);
        }
    }

    [Fact]
    public async Task The_fiscal_data_package_describes_the_csv_downloads_whose_urls_work()
    {
        using var client = factory.CreateClient();
        var package = await GetJsonAsync(client, $"/open/lao/{Lao}/2569/datapackage.json");
        Assert.Equal("fiscal-data-package", package.GetProperty("profile").GetString());
        Assert.Equal("2025-10-01", package.GetProperty("fiscalPeriod").GetProperty("start").GetString());
        Assert.Equal("2026-09-30", package.GetProperty("fiscalPeriod").GetProperty("end").GetString());
        var resources = package.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(["budget-lines", "revenue-estimates"], resources.Select(r => r.GetProperty("name").GetString()));
        foreach (var resource in resources)
        {
            var path = new Uri(resource.GetProperty("path").GetString()!);
            Assert.Contains("lao=" + Lao, path.Query, StringComparison.Ordinal);
            var response = await client.GetAsync(path.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var (header, rows) = ParseCsv(await response.Content.ReadAsByteArrayAsync());
            Assert.NotEmpty(rows);
            Assert.Equal(header, resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!));
        }

        var measures = package.GetProperty("model").GetProperty("measures");
        Assert.Equal("THB", measures.GetProperty("current_amount").GetProperty("currency").GetString());
        Assert.Equal("THB", measures.GetProperty("original_amount").GetProperty("currency").GetString());
        var dimensions = package.GetProperty("model").GetProperty("dimensions");
        Assert.Equal("administrative", dimensions.GetProperty("administrative-classification").GetProperty("classificationType").GetString());
        Assert.Equal("economic", dimensions.GetProperty("economic-classification").GetProperty("classificationType").GetString());
        Assert.Equal("datetime", dimensions.GetProperty("date").GetProperty("dimensionType").GetString());
        Assert.True(dimensions.TryGetProperty("revenue-source", out _));

        using var browser = new Browser(factory);
        var (_, page) = await browser.GetAsync("/open/datasets/budget-lines" + Narrow);
        Assert.Equal($"/open/lao/{Lao}/2569/datapackage.json", page.QuerySelector("#datapackage-link")!.GetAttribute("href"));
        var redirect = await browser.Client.GetAsync($"/open/datasets/fiscal-data-package?lao={Lao}&year=2569");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal($"/open/lao/{Lao}/2569/datapackage.json", Browser.PathOf(redirect));
    }

    [Fact]
    public async Task A_download_has_a_strong_etag_and_an_unchanged_one_is_304()
    {
        using var client = factory.CreateClient();
        var first = await client.GetAsync("/open/datasets/budget-lines.csv" + Narrow);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/open/datasets/budget-lines.csv" + Narrow);
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        var catalog = await client.GetAsync("/open/catalog.jsonld");
        Assert.NotNull(catalog.Headers.ETag);
    }

    [Fact]
    public async Task A_withdrawn_budget_leaves_the_downloads_and_returns_when_published_again()
    {
        using var client = factory.CreateClient();
        const string url = "/open/datasets/budget-lines.csv" + Narrow;
        const string package = "/open/lao/" + Lao + "/2569/datapackage.json";
        Assert.Equal(49, ParseCsv(await client.GetByteArrayAsync(url)).Rows.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(package)).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalGov.Data.LocalGovDbContext>();
            var publication = await db.Set<Publication>().SingleAsync(p => p.Kind == PublicationKind.Budget && p.FiscalYear == 2569);
            var result = await scope.ServiceProvider.GetRequiredService<Publisher>().WithdrawAsync(publication.Id, "test", "correction", CancellationToken.None);
            Assert.True(result.Succeeded);
        }

        try
        {
            Assert.Empty(ParseCsv(await client.GetByteArrayAsync(url)).Rows);
            Assert.DoesNotContain(ParseCsv(await client.GetByteArrayAsync("/open/datasets/budgets.csv")).Rows, r => r.Contains(Lao));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(package)).StatusCode);
        }
        finally
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
            var lao = await directory.FindLaoByCodeAsync(Lao);
            var result = await scope.ServiceProvider.GetRequiredService<Publisher>().PublishBudgetAsync(lao!.Id, 2569, "test", CancellationToken.None);
            Assert.True(result.Succeeded);
        }

        Assert.Equal(49, ParseCsv(await client.GetByteArrayAsync(url)).Rows.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(package)).StatusCode);
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync()).RootElement.Clone();
    }

    /// <summary>Header and records of a CSV download (BOM skipped; records end with CRLF; no cell holds a line break in these datasets).</summary>
    private static (List<string> Header, List<List<string>> Rows) ParseCsv(byte[] bytes)
    {
        var text = new UTF8Encoding(false).GetString(bytes);
        Assert.StartsWith("\uFEFF", text, StringComparison.Ordinal);
        var records = text[1..].Split("\r\n");
        Assert.Equal("", records[^1]);
        var header = CsvRow.Split(records[0]);
        var rows = records[1..^1].Select(CsvRow.Split).ToList();
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));
        return (header, rows);
    }
}
