using System.Net;
using AngleSharp.Dom;
using ClosedXML.Excel;
using LocalGov.Benchmarking.Contracts;
using LocalGov.IntegrationTests.Infrastructure;
using static LocalGov.IntegrationTests.Benchmarking.Dashboards.DashboardTestData;

namespace LocalGov.IntegrationTests.Benchmarking.Dashboards;

/// <summary>The national and province dashboards over stored values and statistics of 2581 (see <see cref="DashboardTestData"/>).</summary>
public sealed class DashboardsTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const string National = $"/Benchmarking/Dashboards?indicator={Higher}&year={YearText}";

    [Fact]
    public async Task Province_tiles_show_the_stored_province_medians_coloured_by_fifth_in_the_indicators_direction()
    {
        await SeedAsync(factory);
        using var browser = await SignedInAsync("dla");

        var (response, page) = await browser.GetAsync(National);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(77, page.QuerySelectorAll("#province-tiles a.bm-tile").Length);
        var demo = page.QuerySelector($"#tile-{DemoProvince}")!;
        var other = page.QuerySelector($"#tile-{OtherProvince}")!;
        Assert.Contains("12.34 %", demo.TextContent);
        Assert.Contains("56.78 %", other.TextContent);
        Assert.Equal("1", other.GetAttribute("data-fifth"));
        Assert.Equal("3", demo.GetAttribute("data-fifth"));
        Assert.Contains($"/Benchmarking/Dashboards/Province?provinceId={DemoProvince}", demo.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("#province-tiles a.bm-tile"), t => string.IsNullOrEmpty(t.GetAttribute("data-fifth")));
        Assert.Equal("33.33 %", page.QuerySelector("#national-median")!.TextContent.Trim());

        var (_, lower) = await browser.GetAsync($"/Benchmarking/Dashboards?indicator={Lower}&year={YearText}");
        Assert.Equal("1", lower.QuerySelector($"#tile-{DemoProvince}")!.GetAttribute("data-fifth"));
        Assert.Equal("3", lower.QuerySelector($"#tile-{OtherProvince}")!.GetAttribute("data-fifth"));
    }

    [Fact]
    public async Task Top_and_bottom_lists_follow_the_direction_with_ties_sharing_the_rank()
    {
        var data = await SeedAsync(factory);
        using var browser = await SignedInAsync("dla");

        var (_, page) = await browser.GetAsync(National);
        // Higher is better: LAO 11 (65) first; LAOs 3 and 4 tie on 30 at rank 8.
        Assert.Equal([11, 10, 9, 8, 7, 6, 5, 3, 4, 2], LaoIndexes(page, "#top-list", data));
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "8", "10"], Column(page, "#top-list", 0));
        Assert.Equal([0, 1, 2, 4, 3, 5, 6, 7, 8, 9], LaoIndexes(page, "#bottom-list", data));
        Assert.Contains($"/Benchmarking/Cards?laoId={data.Laos[11]}&year={YearText}", page.QuerySelector("#top-list tbody a")!.GetAttribute("href"));

        var (_, lower) = await browser.GetAsync($"/Benchmarking/Dashboards?indicator={Lower}&year={YearText}");
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], LaoIndexes(lower, "#top-list", data));
        Assert.Equal(NationalRank(3, IndicatorDirection.LowerIsBetter).ToString(), Column(lower, "#top-list", 0)[4]);
        Assert.Equal(11, LaoIndexes(lower, "#bottom-list", data)[0]);
    }

    [Fact]
    public async Task Year_over_year_change_is_direction_aware()
    {
        var data = await SeedAsync(factory);
        using var browser = await SignedInAsync("dla");

        var (_, page) = await browser.GetAsync(National);
        Assert.Contains("30.00 %", page.QuerySelector("#median-change")!.TextContent);
        Assert.Contains("33.33 %", page.QuerySelector("#median-change")!.TextContent);
        var improvers = LaoIndexes(page, "#lao-improvers", data);
        Assert.Equal(0, improvers[0]);
        Assert.DoesNotContain(11, improvers);
        Assert.Equal(10, improvers.Count);
        Assert.Equal([OtherProvince.ToString(), DemoProvince.ToString()], page.QuerySelectorAll("#province-movers tbody tr").Select(r => r.GetAttribute("data-province-id")!));

        // Lower is better: LAO 11's fall is its improvement, and the others' rise is not one.
        var (_, lower) = await browser.GetAsync($"/Benchmarking/Dashboards?indicator={Lower}&year={YearText}");
        Assert.Equal([11], LaoIndexes(lower, "#lao-improvers", data));
    }

    [Fact]
    public async Task Type_and_band_filters_restrict_the_lists_and_compute_the_medians_of_the_filtered_values()
    {
        var data = await SeedAsync(factory);
        using var browser = await SignedInAsync("dla");

        var (_, byType) = await browser.GetAsync($"{National}&type=4");
        Assert.Equal([11, 10, 9, 8, 7, 6], LaoIndexes(byType, "#top-list", data));
        Assert.Contains("55.00 %", byType.QuerySelector($"#tile-{OtherProvince}")!.TextContent);
        Assert.Contains("40.00 %", byType.QuerySelector($"#tile-{DemoProvince}")!.TextContent);
        Assert.Equal("52.50 %", byType.QuerySelector("#national-median")!.TextContent.Trim());

        var (_, byBand) = await browser.GetAsync($"{National}&band={data.BandId}");
        Assert.Equal([5, 3, 4, 2, 1, 0], LaoIndexes(byBand, "#top-list", data));
        Assert.DoesNotContain("%", byBand.QuerySelector($"#tile-{OtherProvince}")!.TextContent);
    }

    [Fact]
    public async Task Distribution_counts_every_value_once_and_marks_the_median_bin()
    {
        await SeedAsync(factory);
        using var browser = await SignedInAsync("dla");

        var (_, page) = await browser.GetAsync(National);
        var rows = page.QuerySelectorAll("#distribution-table tbody tr");
        Assert.Equal(10, rows.Length);
        Assert.Equal(12, rows.Sum(r => int.Parse(r.QuerySelector("td.num")!.TextContent)));
        var marked = Assert.Single(rows, r => r.GetAttribute("data-has-median") == "true");
        Assert.StartsWith("32.00", marked.QuerySelector("th")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("canvas#distribution-chart[data-chart]"));
    }

    [Fact]
    public async Task Province_page_lists_every_lao_of_the_province_with_ranks_change_and_missing_inputs_last()
    {
        var data = await SeedAsync(factory);
        using var browser = await SignedInAsync("dla");

        var (response, page) = await browser.GetAsync($"/Benchmarking/Dashboards/Province?provinceId={DemoProvince}&indicator={Higher}&year={YearText}&sort=value&desc=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("12.34 %", page.QuerySelector("#province-median")!.TextContent.Trim());
        Assert.Equal("33.33 %", page.QuerySelector("#national-median")!.TextContent.Trim());
        // Ties (LAOs 3 and 4) and the LAOs without a value (12, 13, last) are ordered by code.
        var order = LaoIndexes(page, "#province-laos", data);
        Assert.Equal([6, 5], order[..2]);
        Assert.Equal([3, 4], order[2..4].Order());
        Assert.Equal([2, 1, 0], order[4..7]);
        Assert.Equal([12, 13], order[7..].Order());
        var first = page.QuerySelector("#province-laos tbody tr")!;
        Assert.Equal("40.00 %", Cell(first, "value"));
        Assert.Equal("6", Cell(first, "national"));
        Assert.Equal("1", Cell(first, "province"));
        Assert.Equal("+1.00", Cell(first, "change"));
        var lao0 = page.QuerySelector($"#province-laos tr[data-lao-id='{data.Laos[0]}']")!;
        Assert.Equal("+10.00", Cell(lao0, "change"));
        Assert.Contains("ตัวหารเป็นศูนย์", Cell(page.QuerySelector($"#province-laos tr[data-lao-id='{data.Laos[13]}']")!, "missing"));
        Assert.Equal(9, page.QuerySelectorAll("#lao-tiles a.bm-tile").Length);
        Assert.Equal("3", page.QuerySelector($"#tile-{data.Laos[6]}")!.GetAttribute("data-fifth"));
        Assert.Equal("", page.QuerySelector($"#tile-{data.Laos[12]}")!.GetAttribute("data-fifth") ?? "");

        var (_, ascending) = await browser.GetAsync($"/Benchmarking/Dashboards/Province?provinceId={DemoProvince}&indicator={Higher}&year={YearText}&sort=value&desc=false");
        var up = LaoIndexes(ascending, "#province-laos", data);
        Assert.Equal([0, 1, 2], up[..3]);
        Assert.Equal([5, 6], up[5..7]);
        Assert.Equal([12, 13], up[7..].Order());
    }

    [Fact]
    public async Task Provincial_officers_see_only_their_province_and_lao_staff_are_forbidden()
    {
        await SeedAsync(factory);
        using (var province = await SignedInAsync("province"))
        {
            var (redirect, _) = await province.GetAsync(National);
            Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
            Assert.Contains($"provinceId={DemoProvince}", redirect.Headers.Location!.ToString());
            Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/Benchmarking/Dashboards/Province?provinceId={DemoProvince}&indicator={Higher}&year={YearText}")).Response.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await province.GetAsync($"/Benchmarking/Dashboards/Province?provinceId={OtherProvince}&indicator={Higher}&year={YearText}")).Response.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await province.GetAsync($"/Benchmarking/Dashboards/ProvinceExcel?provinceId={OtherProvince}&indicator={Higher}&year={YearText}")).Response.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await province.GetAsync($"/Benchmarking/Dashboards/Excel?indicator={Higher}&year={YearText}")).Response.StatusCode);
        }

        using var staff = await SignedInAsync("finance");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(National)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/Benchmarking/Dashboards/Province?provinceId={DemoProvince}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/Benchmarking/Rankings?indicator={Higher}&year={YearText}")).Response.StatusCode);
    }

    [Theory]
    [InlineData($"/Benchmarking/Dashboards?indicator=NO_SUCH&year={YearText}")]
    [InlineData($"/Benchmarking/Dashboards?indicator={Higher}&year={YearText}&type=99")]
    [InlineData($"/Benchmarking/Dashboards?indicator={Higher}&year={YearText}&band=999999")]
    [InlineData($"/Benchmarking/Dashboards/Province?provinceId=99999&indicator={Higher}&year={YearText}")]
    [InlineData($"/Benchmarking/Dashboards/Province?indicator={Higher}&year={YearText}")]
    [InlineData($"/Benchmarking/Dashboards/Excel?indicator=NO_SUCH&year={YearText}")]
    public async Task Unknown_indicator_filter_or_province_is_not_found(string url)
    {
        await SeedAsync(factory);
        using var browser = await SignedInAsync("dla");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(url)).Response.StatusCode);
    }

    [Theory]
    [InlineData("/Benchmarking/Dashboards?year=abc&type=x")]
    [InlineData("/Benchmarking/Dashboards?year=99999")]
    [InlineData("/Benchmarking/Dashboards/Province?provinceId=26&year=1")]
    public async Task Malformed_numbers_fall_back_to_the_defaults(string url)
    {
        await SeedAsync(factory);
        using var browser = await SignedInAsync("dla");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(url)).Response.StatusCode);
    }

    [Fact]
    public async Task National_excel_has_the_screens_tables_and_numbers()
    {
        var data = await SeedAsync(factory);
        using var browser = await SignedInAsync("dla");
        var (_, page) = await browser.GetAsync(National);

        using var book = await WorkbookAsync(browser, $"/Benchmarking/Dashboards/Excel?indicator={Higher}&year={YearText}");
        var top = book.Worksheet(2);
        Assert.Equal(
            page.QuerySelectorAll("#top-list tbody tr th").Select(c => c.TextContent.Trim()),
            top.RowsUsed().Skip(1).Select(r => r.Cell(2).GetString()));
        Assert.Equal(65m, top.Cell(2, 4).GetValue<decimal>());
        var provinces = book.Worksheet(1);
        var demoRow = provinces.RowsUsed().Single(r => r.Cell(1).GetString() == page.QuerySelector($"#tile-{DemoProvince} span")!.TextContent.Trim());
        Assert.Equal(12.34m, demoRow.Cell(2).GetValue<decimal>());
        Assert.Equal(data.Laos.Count - 2, book.Worksheet(4).RowsUsed().Skip(1).Sum(r => r.Cell(3).GetValue<int>()));
    }

    [Fact]
    public async Task Province_excel_has_the_rows_of_the_screen_in_the_same_order()
    {
        await SeedAsync(factory);
        using var browser = await SignedInAsync("dla");
        var url = $"/Benchmarking/Dashboards/Province?provinceId={DemoProvince}&indicator={Higher}&year={YearText}&sort=national&desc=true";
        var (_, page) = await browser.GetAsync(url);

        using var book = await WorkbookAsync(browser, url.Replace("/Province?", "/ProvinceExcel?", StringComparison.Ordinal));
        var sheet = book.Worksheet(1);
        Assert.Equal(page.QuerySelectorAll("#province-laos tbody tr td:first-child").Select(c => c.TextContent.Trim()),
            sheet.RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()));
        Assert.Equal(page.QuerySelectorAll("#province-laos tbody td[data-col=national]").Select(c => c.TextContent.Trim()),
            sheet.RowsUsed().Skip(1).Select(r => r.Cell(5).GetString()));
    }

    internal async Task<Browser> SignedInAsync(string user)
    {
        var browser = new Browser(factory);
        await browser.SignInAsync(user);
        return browser;
    }

    internal static async Task<XLWorkbook> WorkbookAsync(Browser browser, string url)
    {
        var response = await browser.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    internal static List<int> LaoIndexes(IDocument page, string table, DashboardTestData data) =>
        [.. page.QuerySelectorAll($"{table} tbody tr").Select(r => data.Laos.ToList().IndexOf(int.Parse(r.GetAttribute("data-lao-id")!)))];

    private static List<string> Column(IDocument page, string table, int index) =>
        [.. page.QuerySelectorAll($"{table} tbody tr").Select(r => r.Children[index].TextContent.Trim())];

    private static string Cell(IElement row, string column) => row.QuerySelector($"td[data-col={column}]")!.TextContent.Trim();
}
