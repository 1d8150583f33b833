using System.Net;
using LocalGov.IntegrationTests.Infrastructure;
using static LocalGov.IntegrationTests.Benchmarking.Dashboards.DashboardTestData;

namespace LocalGov.IntegrationTests.Benchmarking.Dashboards;

/// <summary>The ranking page and its export over stored values of 2581 (see <see cref="DashboardTestData"/>).</summary>
public sealed class RankingsTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const string Ranking = $"/Benchmarking/Rankings?indicator={Higher}&year={YearText}";

    [Fact]
    public async Task Ranking_lists_laos_in_national_rank_order_with_those_without_a_value_last_and_the_reason()
    {
        var data = await SeedAsync(factory);
        using var browser = await SignedInAsync("dla");

        var (response, page) = await browser.GetAsync(Ranking);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = DashboardsTests.LaoIndexes(page, "#ranking", data);
        Assert.Equal([11, 10, 9, 8, 7, 6, 5, 3, 4, 2, 1, 0], order[..12]);
        Assert.Equal([12, 13], order[12..].Order());
        var ranks = page.QuerySelectorAll("#ranking tbody td[data-col=rank]").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["8", "8", "10"], ranks[7..10]);
        Assert.Equal("", ranks[13]);

        var missing = page.QuerySelector($"#ranking tr[data-lao-id='{data.Laos[12]}']")!;
        Assert.Equal("false", missing.GetAttribute("data-has-value"));
        Assert.StartsWith("ไม่มีข้อมูล: ", missing.QuerySelector("td[data-col=value]")!.TextContent.Trim());
        Assert.Contains("ตัวหารเป็นศูนย์", page.QuerySelector($"#ranking tr[data-lao-id='{data.Laos[13]}'] td[data-col=value]")!.TextContent);

        var top = page.QuerySelector($"#ranking tr[data-lao-id='{data.Laos[11]}']")!;
        Assert.Equal("65.00 %", top.QuerySelector("td[data-col=value]")!.TextContent.Trim());
        Assert.Equal("1", top.QuerySelector("td[data-col=province-rank]")!.TextContent.Trim());
        Assert.Equal("100.0", top.QuerySelector("td[data-col=percentile]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Ranking_pages_by_one_hundred_and_the_export_has_every_row()
    {
        await SeedAsync(factory);
        using var browser = await SignedInAsync("dla");

        var (_, first) = await browser.GetAsync($"/Benchmarking/Rankings?indicator={Paged}&year={YearText}");
        Assert.Equal(100, first.QuerySelectorAll("#ranking tbody tr").Length);
        Assert.Equal(["1", "2"], first.QuerySelectorAll("#ranking-pager a.page-link").Select(a => a.TextContent.Trim()).Where(t => t.All(char.IsDigit)));
        var (_, second) = await browser.GetAsync($"/Benchmarking/Rankings?indicator={Paged}&year={YearText}&page=2");
        var ranks = second.QuerySelectorAll("#ranking tbody td[data-col=rank]").Select(c => int.Parse(c.TextContent)).ToList();
        Assert.Equal(Enumerable.Range(101, 30), ranks);
        var (beyond, _) = await browser.GetAsync($"/Benchmarking/Rankings?indicator={Paged}&year={YearText}&page=99");
        Assert.Equal(HttpStatusCode.OK, beyond.StatusCode);

        using var book = await DashboardsTests.WorkbookAsync(browser, $"/Benchmarking/Rankings/Excel?indicator={Paged}&year={YearText}");
        var rows = book.Worksheet(1).RowsUsed().Skip(1).ToList();
        Assert.Equal(130, rows.Count);
        Assert.Equal(Enumerable.Range(1, 130), rows.Select(r => r.Cell(1).GetValue<int>()));
    }

    [Fact]
    public async Task Filters_by_province_type_and_band_keep_the_national_ranks()
    {
        var data = await SeedAsync(factory);
        using var browser = await SignedInAsync("dla");

        var (_, byProvince) = await browser.GetAsync($"{Ranking}&provinceId={OtherProvince}");
        Assert.Equal([11, 10, 9, 8, 7], DashboardsTests.LaoIndexes(byProvince, "#ranking", data));
        Assert.Equal(["1", "2", "3", "4", "5"], byProvince.QuerySelectorAll("#ranking td[data-col=rank]").Select(c => c.TextContent.Trim()));

        var (_, byType) = await browser.GetAsync($"{Ranking}&type=4");
        Assert.Equal([11, 10, 9, 8, 7, 6], DashboardsTests.LaoIndexes(byType, "#ranking", data));

        var (_, byBand) = await browser.GetAsync($"{Ranking}&band={data.BandId}");
        Assert.Equal([5, 3, 4, 2, 1, 0], DashboardsTests.LaoIndexes(byBand, "#ranking", data));
        Assert.Equal("7", byBand.QuerySelector("#ranking td[data-col=rank]")!.TextContent.Trim());
        Assert.Equal("1", byBand.QuerySelector("#ranking td[data-col=peer-rank]")!.TextContent.Trim());

        foreach (var bad in new[] { $"{Ranking}&type=0", $"{Ranking}&band=999999", $"{Ranking}&provinceId=99999", "/Benchmarking/Rankings?indicator=NO_SUCH" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(bad)).Response.StatusCode);
        }
    }

    [Fact]
    public async Task Provincial_officers_rank_only_their_provinces_laos_and_another_province_is_not_found()
    {
        var data = await SeedAsync(factory);
        await CreateProvincialOfficerAsync(factory, "dash-province-10", OtherProvince);
        using var officer = await SignedInAsync("dash-province-10");

        var (_, page) = await officer.GetAsync(Ranking);
        Assert.Equal([11, 10, 9, 8, 7], DashboardsTests.LaoIndexes(page, "#ranking", data));
        Assert.Null(page.QuerySelector("select#provinceId"));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{Ranking}&provinceId={DemoProvince}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Benchmarking/Rankings/Excel?indicator={Higher}&year={YearText}&provinceId={DemoProvince}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Benchmarking/Dashboards/Province?provinceId={DemoProvince}&indicator={Higher}&year={YearText}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/Benchmarking/Dashboards/Province?provinceId={OtherProvince}&indicator={Higher}&year={YearText}")).Response.StatusCode);

        using var book = await DashboardsTests.WorkbookAsync(officer, $"/Benchmarking/Rankings/Excel?indicator={Higher}&year={YearText}");
        Assert.Equal(5, book.Worksheet(1).RowsUsed().Count() - 1);

        using var demoOfficer = await SignedInAsync("province");
        var (_, demo) = await demoOfficer.GetAsync(Ranking);
        var order = DashboardsTests.LaoIndexes(demo, "#ranking", data);
        Assert.Equal([6, 5, 3, 4, 2, 1, 0], order[..7]);
        Assert.Equal([12, 13], order[7..].Order());
        Assert.Equal("6", demo.QuerySelector("#ranking td[data-col=rank]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Ranking_excel_has_the_screens_rows_and_numbers()
    {
        await SeedAsync(factory);
        using var browser = await SignedInAsync("dla");
        var (_, page) = await browser.GetAsync(Ranking);

        using var book = await DashboardsTests.WorkbookAsync(browser, $"/Benchmarking/Rankings/Excel?indicator={Higher}&year={YearText}");
        var rows = book.Worksheet(1).RowsUsed().Skip(1).ToList();
        var screen = page.QuerySelectorAll("#ranking tbody tr").ToList();
        Assert.Equal(screen.Count, rows.Count);
        Assert.Equal(screen.Select(r => r.QuerySelector("th")!.TextContent.Trim()), rows.Select(r => r.Cell(4).GetString()));
        Assert.Equal(screen.Select(r => r.QuerySelector("td[data-col=rank]")!.TextContent.Trim()), rows.Select(r => r.Cell(1).GetString()));
        Assert.Equal(65m, rows[0].Cell(2).GetValue<decimal>());
        Assert.StartsWith("ไม่มีข้อมูล: ", rows[^1].Cell(11).GetString());
    }

    private async Task<Browser> SignedInAsync(string user)
    {
        var browser = new Browser(factory);
        await browser.SignInAsync(user);
        return browser;
    }
}
