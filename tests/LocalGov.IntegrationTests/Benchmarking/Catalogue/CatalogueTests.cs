using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LocalGov.Benchmarking.Domain;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.IntegrationTests.Benchmarking.Catalogue;

/// <summary>The indicator catalogue and peer-band administration: DLA central officers change them, every staff user reads them.</summary>
public sealed class CatalogueTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const string CreateUrl = "/Benchmarking/Indicators/Create";

    private static Dictionary<string, string> Fields(string code, string formula) => new()
    {
        ["Code"] = code,
        ["NameTh"] = "รายได้จัดเก็บเองต่อประชากร (ทดสอบ)",
        ["NameEn"] = "Own-source revenue per resident (test)",
        ["Formula"] = formula,
        ["Unit"] = "BahtPerResident",
        ["Decimals"] = "2",
        ["Direction"] = "HigherIsBetter",
        ["SourceModule"] = "Revenue",
        ["FromYear"] = "2566",
        ["ToYear"] = "",
        ["Threshold"] = "",
        ["SortOrder"] = "500",
    };

    [Fact]
    public async Task Manager_creates_an_indicator_with_a_valid_formula_and_it_appears_in_the_list()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");
        var (response, _) = await browser.SubmitAsync(CreateUrl, Fields("cat_per_capita", " revenue_collected / population "), CreateUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var (_, list) = await browser.GetAsync("/Benchmarking/Indicators");
        var row = list.QuerySelector("#indicator-list tr[data-code='CAT_PER_CAPITA']");
        Assert.NotNull(row);
        Assert.Equal("revenue_collected / population", row.QuerySelector("[data-col='formula']")!.TextContent.Trim());
        Assert.Equal("true", row.GetAttribute("data-active"));
        Assert.NotNull(list.QuerySelector("#figure-list tr[data-figure='revenue_collected']"));
        var stored = await factory.WithDbAsync(db => db.Set<Indicator>().AsNoTracking().SingleAsync(i => i.Code == "CAT_PER_CAPITA"));
        Assert.Equal((2566, (int?)null, 500), (stored.FromYear, stored.ToYear, stored.SortOrder));
    }

    [Theory]
    [InlineData("revenue_collected / revenue_billed * 100", "revenue_billed", "21")]
    [InlineData("revenue_collected / * 100", "*", "21")]
    public async Task A_formula_with_an_unknown_figure_or_a_syntax_error_gets_a_field_message(string formula, string named, string position)
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");
        var (response, page) = await browser.SubmitAsync(CreateUrl, Fields("CAT_BAD_FORMULA", formula), CreateUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = page.QuerySelector("#Formula-error")!.TextContent;
        Assert.Contains(named, message, StringComparison.Ordinal);
        Assert.Contains(position, message, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Set<Indicator>().AnyAsync(i => i.Code == "CAT_BAD_FORMULA")));
    }

    [Fact]
    public async Task A_duplicate_code_is_refused_whatever_its_case()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");
        var (first, _) = await browser.SubmitAsync(CreateUrl, Fields("CAT_DUP", "population"), CreateUrl);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var (second, page) = await browser.SubmitAsync(CreateUrl, Fields("cat_dup", "population * 2"), CreateUrl);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("CAT_DUP", page.QuerySelector("#Code-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Indicator>().CountAsync(i => i.Code == "CAT_DUP")));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_with_a_message_and_the_other_change_kept()
    {
        var id = await NewIndicatorAsync("CAT_STALE");
        using var first = new Browser(factory);
        await first.SignInAsync("dla");
        using var second = new Browser(factory);
        await second.SignInAsync("admin");
        var url = $"/Benchmarking/Indicators/Edit/{id}";
        var (_, page) = await first.GetAsync(url);
        var values = FormValues(page, "indicator-form");

        var (saved, _) = await second.SubmitAsync(url, new Dictionary<string, string> { ["NameEn"] = "Changed by the other officer" }, url);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        values["NameEn"] = "Changed on a stale form";
        var (refused, result) = await first.PostAsync(url, values);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(result.QuerySelector("#form-errors")!.TextContent));
        Assert.Equal("Changed by the other officer", await factory.WithDbAsync(db => db.Set<Indicator>().Where(i => i.Id == id).Select(i => i.NameEn).SingleAsync()));
    }

    [Fact]
    public async Task An_indicator_is_deactivated_not_deleted()
    {
        var id = await NewIndicatorAsync("CAT_RETIRE");
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");
        var (response, _) = await browser.SubmitAsync($"/Benchmarking/Indicators/Edit/{id}", new Dictionary<string, string>(), "/Benchmarking/Indicators/Deactivate");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<Indicator>().Where(i => i.Id == id).Select(i => i.IsActive).SingleAsync()));
        var (_, list) = await browser.GetAsync("/Benchmarking/Indicators");
        Assert.Equal("false", list.QuerySelector("#indicator-list tr[data-code='CAT_RETIRE']")!.GetAttribute("data-active"));
    }

    [Theory]
    [InlineData("province", "/Benchmarking/Indicators/Create")]
    [InlineData("dlaexec", "/Benchmarking/Indicators/Create")]
    [InlineData("finance", "/Benchmarking/Indicators/Edit/1")]
    public async Task Only_managers_may_change_the_catalogue(string user, string url)
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(user);
        var (response, _) = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var (list, page) = await browser.GetAsync("/Benchmarking/Indicators");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Null(page.QuerySelector("#create-indicator"));
        var (bands, bandPage) = await browser.GetAsync("/Benchmarking/Indicators/PeerBands");
        Assert.Equal(HttpStatusCode.OK, bands.StatusCode);
        Assert.Null(bandPage.QuerySelector("#add-band-form"));
    }

    [Fact]
    public async Task Peer_bands_start_at_zero_keep_one_basis_per_type_and_the_zero_band_stays()
    {
        const string Url = "/Benchmarking/Indicators/PeerBands";
        await factory.WithDbAsync(db => db.Set<PeerBand>().Where(b => b.LaoType == LaoType.Pattaya).ExecuteDeleteAsync());
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");
        Dictionary<string, string> Band(string basis, long bound, string name) => new()
        {
            ["LaoType"] = nameof(LaoType.Pattaya),
            ["Basis"] = basis,
            ["LowerBound"] = bound.ToString(CultureInfo.InvariantCulture),
            ["NameTh"] = "พัทยา " + name,
            ["NameEn"] = "Pattaya " + name,
        };

        var (refused, page) = await browser.SubmitAsync(Url, Band("Population", 5_000, "large"), "/Benchmarking/Indicators/AddBand");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#LowerBound-error")!.TextContent));

        var (added, _) = await browser.SubmitAsync(Url, Band("Population", 0, "all"), "/Benchmarking/Indicators/AddBand");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        (refused, page) = await browser.SubmitAsync(Url, Band("Revenue", 100_000_000, "rich"), "/Benchmarking/Indicators/AddBand");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#Basis-error")!.TextContent));
        (added, _) = await browser.SubmitAsync(Url, Band("Population", 100_000, "large"), "/Benchmarking/Indicators/AddBand");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        (refused, page) = await browser.SubmitAsync(Url, Band("Population", 100_000, "again"), "/Benchmarking/Indicators/AddBand");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#LowerBound-error")!.TextContent));

        var bands = await factory.WithDbAsync(db => db.Set<PeerBand>().AsNoTracking().Where(b => b.LaoType == LaoType.Pattaya).OrderBy(b => b.LowerBound).ToListAsync());
        Assert.Equal([0L, 100_000L], bands.Select(b => b.LowerBound));
        Assert.All(bands, b => Assert.Equal(SizeBasis.Population, b.Basis));

        // The page counts each band's LAOs in the last computed year.
        const int Year = 2590;
        await factory.WithDbAsync(async db =>
        {
            await BenchmarkTestData.ProfilesAsync(db, Year,
                new LaoYearProfile { LaoId = 900_401, ProvinceId = 1, LaoType = LaoType.Pattaya, Population = 120_000, PeerBandId = bands[1].Id },
                new LaoYearProfile { LaoId = 900_402, ProvinceId = 1, LaoType = LaoType.Pattaya, Population = 150_000, PeerBandId = bands[1].Id });
            await BenchmarkTestData.FinishedRunAsync(db, Year);
            return 0;
        });
        var (_, overview) = await browser.GetAsync(Url);
        Assert.Equal("2", overview.QuerySelector($"tr[data-band-id='{bands[1].Id}'] [data-col='laos']")!.TextContent.Trim());
        Assert.Equal("0", overview.QuerySelector($"tr[data-band-id='{bands[0].Id}'] [data-col='laos']")!.TextContent.Trim());

        // The band from 0 offers no remove button and a direct post is refused; another band goes.
        Assert.Null(overview.QuerySelector($"#remove-band-{bands[0].Id}"));
        var token = overview.QuerySelector<IHtmlInputElement>($"#remove-band-{bands[1].Id} input[name='__RequestVerificationToken']")!.Value;
        var (kept, _) = await browser.PostAsync($"/Benchmarking/Indicators/RemoveBand/{bands[0].Id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        var (removed, _) = await browser.PostAsync($"/Benchmarking/Indicators/RemoveBand/{bands[1].Id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal([bands[0].Id], await factory.WithDbAsync(db => db.Set<PeerBand>().Where(b => b.LaoType == LaoType.Pattaya).Select(b => b.Id).ToListAsync()));

        var (renamed, _) = await browser.SubmitAsync(Url, new Dictionary<string, string> { ["NameTh"] = "เมืองพัทยา", ["NameEn"] = "Pattaya City" }, "/Benchmarking/Indicators/RenameBand");
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains("Pattaya City", await factory.WithDbAsync(db => db.Set<PeerBand>().Select(b => b.NameEn).ToListAsync()));
    }

    private Task<int> NewIndicatorAsync(string code) => factory.WithDbAsync(async db =>
    {
        var indicator = await BenchmarkTestData.IndicatorAsync(db, code);
        return indicator.Id;
    });

    private static Dictionary<string, string> FormValues(AngleSharp.Html.Dom.IHtmlDocument page, string formId)
    {
        var form = (IHtmlFormElement)page.GetElementById(formId)!;
        var values = form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is "hidden" or "text" or "number")
            .GroupBy(i => i.Name!).ToDictionary(g => g.Key, g => g.First().Value);
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>())
        {
            values[select.Name!] = select.Value ?? "";
        }

        return values;
    }
}
