using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using LocalGov.Benchmarking.Domain;
using LocalGov.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LocalGov.IntegrationTests.Benchmarking.Cards.CardTestData;

namespace LocalGov.IntegrationTests.Benchmarking.Cards;

/// <summary>
/// The LAO report card and the indicator explained page over stored recomputation rows (<see cref="CardTestData"/>,
/// FY 2581–2585): the numbers shown are the stored ones, missing stays missing, the Excel matches the screen, scope is
/// enforced and no other LAO is ever named.
/// </summary>
public sealed class CardPageTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    [Fact]
    public async Task Card_shows_the_stored_value_group_medians_ranks_and_percentile_of_each_indicator()
    {
        var data = await EnsureAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        var (response, page) = await browser.GetAsync($"/Benchmarking/Cards?year={Year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(data.Lao.NameTh, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("23,456", Text(page, "#card-population"));
        Assert.Equal("6", page.QuerySelector("#card-peer-group")!.GetAttribute("data-peers"));
        Assert.Contains("กลุ่มทดสอบการ์ด", Text(page, "#card-peer-group"), StringComparison.Ordinal);
        Assert.Equal(data.Province.NameTh, Text(page, "#card-province"));
        Assert.NotNull(page.QuerySelector("#card-as-of"));
        Assert.Null(page.QuerySelector("#card-not-computed"));

        var high = Row(page, High);
        Assert.Equal("62.50 %", Cell(high, "value"));
        Assert.Equal("50.00 %", Cell(high, "peer-median"));
        Assert.Equal("60.00 %", Cell(high, "best-quartile"));
        Assert.Equal("41.13 %", Cell(high, "province-median"));
        Assert.Equal("38.50 %", Cell(high, "national-median"));
        Assert.Equal("2 จาก 6", Cell(high, "peer-rank"));
        Assert.Equal("83.3", Cell(high, "peer-percentile"));
        Assert.Equal("120 จาก 7,000", Cell(high, "national-rank"));
        Assert.Equal("TopQuartile", high.QuerySelector("[data-col='position']")!.GetAttribute("data-position"));
        Assert.Contains("กลุ่มบนสุด", Cell(high, "position"), StringComparison.Ordinal);

        var low = Row(page, Low);
        Assert.Equal("45.25 %", Cell(low, "value"));
        Assert.Equal("–", Cell(low, "province-median"));
        Assert.Equal("6 จาก 6", Cell(low, "peer-rank"));
        Assert.Equal("0.0", Cell(low, "peer-percentile"));
        Assert.Equal("BottomQuartile", low.QuerySelector("[data-col='position']")!.GetAttribute("data-position"));
        Assert.Equal("Outside", low.QuerySelector("[data-col='threshold']")!.GetAttribute("data-threshold"));
        Assert.Contains("≤ 40.00 %", Cell(low, "threshold"), StringComparison.Ordinal);
        Assert.Contains("เกินเกณฑ์", Cell(low, "threshold"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_inputs_are_named_and_shown_as_missing_never_as_zero()
    {
        await EnsureAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        var (_, page) = await browser.GetAsync($"/Benchmarking/Cards?year={Year}");
        var missing = Row(page, Missing);
        Assert.Equal("false", missing.GetAttribute("data-has-value"));
        var marker = missing.QuerySelector("[data-col='value'] .no-data")!;
        Assert.Equal("revenue_collected,finance_revenue", marker.GetAttribute("data-missing"));
        Assert.Contains("รายได้จัดเก็บเอง: จัดเก็บได้", Cell(missing, "value"), StringComparison.Ordinal);
        Assert.Contains("รายได้ตามบัญชี", Cell(missing, "value"), StringComparison.Ordinal);
        Assert.DoesNotContain("0.00", Cell(missing, "value"), StringComparison.Ordinal);
        Assert.Equal("–", Cell(missing, "peer-percentile"));

        var zero = Row(page, Zero);
        Assert.Equal("true", zero.QuerySelector(".no-data")!.GetAttribute("data-zero"));
        Assert.NotNull(zero.QuerySelector(".denominator-zero"));

        // The explained page lists the inputs: the figure that is there with its value, the missing one as missing.
        var (response, explained) = await browser.GetAsync($"/Benchmarking/Cards/Indicator?year={Year}&indicator={Missing.ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var collected = explained.QuerySelector($"#inputs-table tr[data-figure='{FigureCatalog.RevenueCollected}']")!;
        Assert.Equal("false", collected.GetAttribute("data-missing"));
        Assert.Equal("1,234,567.89", Cell(collected, "value"));
        var ledger = explained.QuerySelector($"#inputs-table tr[data-figure='{FigureCatalog.FinanceRevenue}']")!;
        Assert.Equal("true", ledger.GetAttribute("data-missing"));
        Assert.Equal("ไม่มีข้อมูล", Cell(ledger, "value"));
        Assert.Equal("ไม่มีข้อมูล", Cell(explained.QuerySelector("#computed-value")!, "value"));
        Assert.Contains("[รายได้จัดเก็บเอง: จัดเก็บได้] ÷ [รายได้ตามบัญชี] × 100", Text(explained, "#formula-text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_names_strengths_gaps_changes_and_missing_data_from_the_numbers()
    {
        await EnsureAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("executive");
        var (_, page) = await browser.GetAsync($"/Benchmarking/Cards?year={Year}");
        var items = page.QuerySelectorAll("#summary-list li")
            .Where(li => li.GetAttribute("data-indicator")!.StartsWith("CARD_T_", StringComparison.Ordinal))
            .Select(li => (li.GetAttribute("data-indicator")!, li.GetAttribute("data-key")!))
            .ToList();
        Assert.Equal(
        [
            (High, "Summary.TopQuartile"), (Low, "Summary.BottomQuartile"), (Low, "Summary.OverLimit"),
            (High, "Summary.Improved"), (Missing, "Summary.MissingInputs"), (Zero, "Summary.DenominatorZero"),
        ], items);
        var missingSentence = page.QuerySelector($"#summary-list li[data-indicator='{Missing}']")!.TextContent;
        Assert.Contains("คำนวณ ตัวชี้วัดทดสอบ CARD_T_MISSING ไม่ได้: อปท. ไม่มีข้อมูล รายได้จัดเก็บเอง: จัดเก็บได้, รายได้ตามบัญชี ของปีนี้", missingSentence, StringComparison.Ordinal);
        var improved = page.QuerySelector($"#summary-list li[data-indicator='{High}'][data-key='Summary.Improved']")!.TextContent;
        Assert.Contains("50.00 % เป็น 62.50 %", improved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Charts_carry_the_percentiles_and_the_five_year_trend_with_tables_beside_them()
    {
        await EnsureAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        var (_, page) = await browser.GetAsync($"/Benchmarking/Cards?year={Year}&trend={High}");
        using var bars = JsonDocument.Parse(page.QuerySelector("#percentile-chart")!.GetAttribute("data-chart")!);
        Assert.Equal("y", bars.RootElement.GetProperty("indexAxis").GetString());
        Assert.Equal(100, bars.RootElement.GetProperty("max").GetInt32());
        var labels = bars.RootElement.GetProperty("labels").EnumerateArray().Select(e => e.GetString()).ToList();
        var percentiles = bars.RootElement.GetProperty("datasets")[0].GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(83.3m, percentiles[labels.IndexOf("ตัวชี้วัดทดสอบ " + High)].GetDecimal());
        Assert.Equal(JsonValueKind.Null, percentiles[labels.IndexOf("ตัวชี้วัดทดสอบ " + Missing)].ValueKind);
        Assert.Equal("83.3", Cell(page.QuerySelector($"#percentile-table tr[data-indicator='{High}']")!, "peer-percentile"));

        using var line = JsonDocument.Parse(page.QuerySelector("#trend-chart")!.GetAttribute("data-chart")!);
        Assert.Equal(["2581", "2582", "2583", "2584", "2585"], line.RootElement.GetProperty("labels").EnumerateArray().Select(e => e.GetString()));
        var own = line.RootElement.GetProperty("datasets")[0].GetProperty("data").EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? (decimal?)null : e.GetDecimal());
        Assert.Equal([40m, null, 48.13m, 50m, 62.5m], own);

        var trend = page.QuerySelectorAll("#trend-table tbody tr").ToList();
        Assert.Equal(["2581", "2582", "2583", "2584", "2585"], trend.Select(r => r.GetAttribute("data-year")));
        Assert.Equal(["40.00 %", "ไม่มีข้อมูล", "48.13 %", "50.00 %", "62.50 %"], trend.Select(r => Cell(r, "value")));
        Assert.Equal(["45.00 %", "–", "–", "49.00 %", "50.00 %"], trend.Select(r => Cell(r, "peer-median")));
        Assert.Equal(["55.00 %", "–", "–", "58.00 %", "60.00 %"], trend.Select(r => Cell(r, "best-quartile")));

        // Another indicator's trend is chosen by the form.
        var (_, lowPage) = await browser.GetAsync($"/Benchmarking/Cards?year={Year}&trend={Low}");
        Assert.Equal(Low, lowPage.QuerySelector("#trend-table")!.GetAttribute("data-indicator"));
    }

    [Fact]
    public async Task Excel_export_has_the_numbers_of_the_screen()
    {
        var data = await EnsureAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");
        var (_, page) = await browser.GetAsync($"/Benchmarking/Cards?laoId={data.Lao.Id}&year={Year}");
        var response = await browser.Client.GetAsync($"/Benchmarking/Cards/Excel?laoId={data.Lao.Id}&year={Year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = book.Worksheet(1);
        var screen = page.QuerySelectorAll("#card-table tbody tr[data-indicator]").ToList();
        Assert.Equal(screen.Count, sheet.RowsUsed().Count(r => r.RowNumber() > 4));
        for (var i = 0; i < screen.Count; i++)
        {
            var row = sheet.Row(5 + i);
            Assert.Equal(screen[i].GetAttribute("data-indicator"), row.Cell(1).GetString());
            Assert.Equal(Amount(Cell(screen[i], "value")), Number(row.Cell(3)));
            Assert.Equal(Amount(Cell(screen[i], "peer-median")), Number(row.Cell(5)));
            Assert.Equal(Amount(Cell(screen[i], "best-quartile")), Number(row.Cell(6)));
            Assert.Equal(Amount(Cell(screen[i], "province-median")), Number(row.Cell(7)));
            Assert.Equal(Amount(Cell(screen[i], "national-median")), Number(row.Cell(8)));
            Assert.Equal(Attribute(screen[i], "peer-rank", "data-rank"), Number(row.Cell(9)));
            Assert.Equal(Attribute(screen[i], "peer-rank", "data-of"), Number(row.Cell(10)));
            Assert.Equal(Amount(Cell(screen[i], "peer-percentile")), Number(row.Cell(11)));
            Assert.Equal(Attribute(screen[i], "national-rank", "data-rank"), Number(row.Cell(13)));
            Assert.Equal(Attribute(screen[i], "national-rank", "data-of"), Number(row.Cell(14)));
        }

        var missing = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == Missing);
        Assert.True(missing.Cell(3).IsEmpty());
        Assert.Equal("รายได้จัดเก็บเอง: จัดเก็บได้, รายได้ตามบัญชี", missing.Cell(16).GetString());
        Assert.Equal("ตัวหารเป็นศูนย์", sheet.RowsUsed().Single(r => r.Cell(1).GetString() == Zero).Cell(16).GetString());
        Assert.Equal("#,##0.00", sheet.RowsUsed().Single(r => r.Cell(1).GetString() == High).Cell(3).Style.NumberFormat.Format);
    }

    [Fact]
    public async Task Lao_staff_see_their_own_card_and_get_404_for_another_LAO()
    {
        var data = await EnsureAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        var (own, _) = await browser.GetAsync($"/Benchmarking/Cards?laoId={data.Lao.Id}&year={Year}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);

        var other = data.Peers[0].Id;
        foreach (var url in new[]
        {
            $"/Benchmarking/Cards?laoId={other}&year={Year}",
            $"/Benchmarking/Cards/Excel?laoId={other}&year={Year}",
            $"/Benchmarking/Cards/Indicator?laoId={other}&year={Year}&indicator={High}",
        })
        {
            var (response, _) = await browser.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Provincial_officer_reads_cards_of_the_province_only()
    {
        var data = await EnsureAsync(factory);
        using (var browser = new Browser(factory))
        {
            await browser.SignInAsync("province");
            var (picker, pickerPage) = await browser.GetAsync("/Benchmarking/Cards");
            Assert.Equal(HttpStatusCode.OK, picker.StatusCode);
            Assert.NotNull(pickerPage.QuerySelector($"#lao-choices a[href*='laoId={data.Lao.Id}']"));
            var (card, _) = await browser.GetAsync($"/Benchmarking/Cards?laoId={data.Lao.Id}&year={Year}");
            Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        }

        using var outsider = new Browser(factory);
        await outsider.SignInAsync(await OtherProvinceOfficerAsync(factory, data.Province.Id));
        foreach (var url in new[]
        {
            $"/Benchmarking/Cards?laoId={data.Lao.Id}&year={Year}",
            $"/Benchmarking/Cards?code={data.Lao.Code}&year={Year}",
            $"/Benchmarking/Cards/Excel?laoId={data.Lao.Id}&year={Year}",
            $"/Benchmarking/Cards/Indicator?laoId={data.Lao.Id}&year={Year}&indicator={High}",
        })
        {
            var (response, page) = await outsider.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound || page.QuerySelector("#card-table") is null, $"{url} showed the card");
            Assert.DoesNotContain(data.Lao.NameTh, page.Body?.TextContent ?? "", StringComparison.Ordinal);
        }

        var (byId, _) = await outsider.GetAsync($"/Benchmarking/Cards?laoId={data.Lao.Id}&year={Year}");
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
    }

    [Fact]
    public async Task Dla_opens_any_card_by_id_or_code()
    {
        var data = await EnsureAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");
        var (picker, pickerPage) = await browser.GetAsync("/Benchmarking/Cards");
        Assert.Equal(HttpStatusCode.OK, picker.StatusCode);
        Assert.NotNull(pickerPage.QuerySelector("#lao-code-form"));
        foreach (var url in new[] { $"/Benchmarking/Cards?laoId={data.Peers[1].Id}&year={Year}", $"/Benchmarking/Cards?code={data.Lao.Code}&year={Year}" })
        {
            var (response, page) = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotNull(page.QuerySelector("#card-table"));
        }
    }

    [Fact]
    public async Task Card_and_explained_page_never_name_another_LAO()
    {
        var data = await EnsureAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");
        var names = data.Peers.SelectMany(p => new[] { p.NameTh, p.NameEn, p.Code })
            .Where(n => !data.Lao.NameTh.Contains(n, StringComparison.Ordinal) && !data.Lao.NameEn.Contains(n, StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(names);
        foreach (var url in new[]
        {
            $"/Benchmarking/Cards?laoId={data.Lao.Id}&year={Year}",
            $"/Benchmarking/Cards/Indicator?laoId={data.Lao.Id}&year={Year}&indicator={High}",
        })
        {
            var (response, page) = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var main = page.QuerySelector("main")!.TextContent + page.QuerySelector("main")!.InnerHtml;
            Assert.Contains(data.Lao.NameTh, main, StringComparison.Ordinal);
            Assert.All(names, n => Assert.DoesNotContain(n, main, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Explained_page_shows_the_peer_distribution_and_unknown_indicator_is_404()
    {
        await EnsureAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        var (response, page) = await browser.GetAsync($"/Benchmarking/Cards/Indicator?year={Year}&indicator={High}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var distribution = page.QuerySelector("#distribution-table tbody tr")!;
        Assert.Equal(["10.00 %", "30.00 %", "50.00 %", "60.00 %", "70.00 %", "6", "0"],
            new[] { "min", "q1", "median", "q3", "max", "count", "missing" }.Select(c => Cell(distribution, c)));
        Assert.Equal("62.50 %", Cell(page.QuerySelector("#computed-value")!, "value"));
        Assert.Equal(5, page.QuerySelectorAll("#trend-table tbody tr").Length);

        foreach (var url in new[] { $"/Benchmarking/Cards/Indicator?year={Year}&indicator=NO_SUCH_CODE", $"/Benchmarking/Cards/Indicator?year={Year}" })
        {
            var (missing, _) = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999")]
    [InlineData("-1")]
    [InlineData("")]
    public async Task Bad_year_shows_the_newest_computed_year(string year)
    {
        await EnsureAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        var (response, page) = await browser.GetAsync($"/Benchmarking/Cards?year={Uri.EscapeDataString(year)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var newest = await factory.WithDbAsync(db => db.Set<RecomputeRun>().Where(r => r.FinishedUtc != null).MaxAsync(r => r.FiscalYear));
        Assert.Equal(newest.ToString(CultureInfo.InvariantCulture), (page.QuerySelector("#year option[selected]") as IHtmlOptionElement)!.Value);
        var (excel, _) = await browser.GetAsync($"/Benchmarking/Cards/Excel?year={Uri.EscapeDataString(year)}");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
    }

    [Fact]
    public async Task Year_not_computed_says_so_instead_of_showing_numbers()
    {
        await EnsureAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        var (response, page) = await browser.GetAsync("/Benchmarking/Cards?year=2599");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#card-not-computed"));
        Assert.Null(page.QuerySelector("#card-table"));
        Assert.Contains(page.QuerySelectorAll("#year option").Select(o => o.GetAttribute("value")), v => v == Year.ToString(CultureInfo.InvariantCulture));

        var (explained, explainedPage) = await browser.GetAsync($"/Benchmarking/Cards/Indicator?year=2599&indicator={High}");
        Assert.Equal(HttpStatusCode.OK, explained.StatusCode);
        Assert.NotNull(explainedPage.QuerySelector("#card-not-computed"));
    }

    [Fact]
    public async Task English_culture_shows_English_names()
    {
        await EnsureAsync(factory);
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        await browser.SwitchCultureAsync("en-US");
        var (_, page) = await browser.GetAsync($"/Benchmarking/Cards?year={Year}");
        Assert.Equal("Town Municipality", Text(page, "#card-lao-type"));
        Assert.Contains("Card test band", Text(page, "#card-peer-group"), StringComparison.Ordinal);
        var high = Row(page, High);
        Assert.Contains("Test indicator " + High, high.QuerySelector("th")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2 of 6", Cell(high, "peer-rank"));
        Assert.Contains("Top quartile", Cell(high, "position"), StringComparison.Ordinal);
        Assert.Contains("Own-source revenue collected, Revenue in the ledger", Cell(Row(page, Missing), "value"), StringComparison.Ordinal);
        Assert.Contains("Test indicator CARD_T_MISSING could not be computed: the LAO has no Own-source revenue collected, Revenue in the ledger for the year",
            page.QuerySelector($"#summary-list li[data-indicator='{Missing}']")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("ตัวชี้วัดทดสอบ", page.QuerySelector("#card-table")!.TextContent, StringComparison.Ordinal);
    }

    private static IElement Row(IHtmlDocument page, string code) =>
        page.QuerySelector($"#card-table tr[data-indicator='{code}']") ?? throw new InvalidOperationException($"No row {code}");

    private static string Cell(IElement row, string col) => Squash(row.QuerySelector($"[data-col='{col}']")!.TextContent);

    private static string Text(IHtmlDocument page, string selector) => Squash(page.QuerySelector(selector)!.TextContent);

    /// <summary>The text with runs of white space (Razor's line breaks and indentation) as single spaces.</summary>
    private static string Squash(string text) => string.Join(" ", text.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries));

    private static decimal? Attribute(IElement row, string col, string attribute) =>
        row.QuerySelector($"[data-col='{col}']")!.GetAttribute(attribute) is { Length: > 0 } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : null;

    /// <summary>The number of a shown value ("62.50 %", "1,234.00 baht"), or null for "–" / no data.</summary>
    private static decimal? Amount(string text)
    {
        var number = new string(text.TakeWhile(c => char.IsDigit(c) || c is ',' or '.' or '-').ToArray());
        return number.Length == 0 || number == "-" ? null : decimal.Parse(number, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    private static decimal? Number(IXLCell cell) => cell.IsEmpty() ? null : cell.GetValue<decimal>();
}
