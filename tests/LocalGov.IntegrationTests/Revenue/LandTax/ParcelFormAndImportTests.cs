using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Revenue.Domain.LandTax;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using static LocalGov.IntegrationTests.Revenue.LandTax.LandTaxTestData;

namespace LocalGov.IntegrationTests.Revenue.LandTax;

/// <summary>The parcel form (good and bad input) and the appraisal price import.</summary>
public sealed class ParcelFormAndImportTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private async Task<Browser> SignedInAsync(string user)
    {
        var browser = new Browser(factory);
        await browser.SignInAsync(user);
        return browser;
    }

    private static Dictionary<string, string> Form(string ownerTaxId, string deed, string rai = "1", string ngan = "0", string wah = "0", string useArea = "400") => new()
    {
        ["OwnerTaxId"] = ownerTaxId,
        ["DeedType"] = "Chanote",
        ["DeedNumber"] = deed,
        ["LandNumber"] = "12",
        ["Rai"] = rai,
        ["Ngan"] = ngan,
        ["SquareWah"] = wah,
        ["VillageNo"] = "3",
        ["Subdistrict"] = "ท่าช้าง",
        ["PricePerSquareWah"] = "1500",
        ["PriceEffectiveYear"] = "2566",
        ["Uses[0].Kind"] = "Agriculture",
        ["Uses[0].Area"] = useArea,
    };

    private Task<int> ParcelCountAsync() => factory.WithDbAsync(db => db.Set<Parcel>().CountAsync());

    [Fact]
    public async Task Parcel_with_two_uses_and_a_mixed_use_building_is_saved()
    {
        var owner = await TaxpayerAsync(factory, await DemoLaoIdAsync(factory));
        using var browser = await SignedInAsync("revenue");
        var fields = Form(owner.TaxId, "F-100", rai: "0", ngan: "1", wah: "20.5", useArea: "60.5");
        fields["Uses[0].Kind"] = "Other";
        fields["Uses[1].Kind"] = "ResidentialOwnerLandAndHouse";
        fields["Uses[1].Area"] = "60";
        fields["Buildings[0].TypeCode"] = "201";
        fields["Buildings[0].FloorArea"] = "240";
        fields["Buildings[0].YearBuilt"] = "2550";
        fields["Buildings[0].Uses[0].Kind"] = "Other";
        fields["Buildings[0].Uses[0].Area"] = "80";
        fields["Buildings[0].Uses[1].Kind"] = "ResidentialOwnerLandAndHouse";
        fields["Buildings[0].Uses[1].Area"] = "160";

        var (response, _) = await browser.SubmitAsync("/Revenue/Parcels/Create", fields, "/Revenue/Parcels/Create");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var parcel = await factory.WithDbAsync(db => db.Set<Parcel>().AsNoTracking().Include(p => p.Uses).Include(p => p.Buildings).ThenInclude(b => b.Uses).SingleAsync(p => p.DeedNumber == "F-100"));
        Assert.Equal((0, 1, 20.5m, 120.5m), (parcel.Rai, parcel.Ngan, parcel.SquareWah, parcel.AreaSquareWah));
        Assert.Equal(owner.Id, parcel.OwnerTaxpayerId);
        Assert.Equal(2, parcel.Uses.Count);
        Assert.Equal([UseKind.Other, UseKind.ResidentialOwnerLandAndHouse], parcel.Buildings.Single().Uses.OrderBy(u => u.Id).Select(u => u.Kind));
        var (details, page) = await browser.GetAsync(Browser.PathOf(response));
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Contains(owner.TaxId, page.QuerySelector("#parcel-owner")!.TextContent, StringComparison.Ordinal);

        // Edit: move the house to agriculture; the uses are replaced.
        var edit = Form(owner.TaxId, "F-100", rai: "0", ngan: "1", wah: "20.5", useArea: "120.5");
        var (edited, _) = await browser.SubmitAsync($"/Revenue/Parcels/Edit/{parcel.Id}", new Dictionary<string, string>(edit)
        {
            ["Uses[1].Kind"] = "",
            ["Uses[1].Area"] = "",
            ["Buildings[0].TypeCode"] = "",
            ["Buildings[0].FloorArea"] = "",
            ["Buildings[0].YearBuilt"] = "",
            ["Buildings[0].Uses[0].Kind"] = "",
            ["Buildings[0].Uses[0].Area"] = "",
            ["Buildings[0].Uses[1].Kind"] = "",
            ["Buildings[0].Uses[1].Area"] = "",
        }, $"/Revenue/Parcels/Edit/{parcel.Id}");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var after = await factory.WithDbAsync(db => db.Set<Parcel>().AsNoTracking().Include(p => p.Uses).Include(p => p.Buildings).SingleAsync(p => p.Id == parcel.Id));
        Assert.Equal(UseKind.Agriculture, after.Uses.Single().Kind);
        Assert.Empty(after.Buildings);
    }

    [Theory]
    [InlineData("Rai", "-1", "Rai")]
    [InlineData("Ngan", "4", "Ngan")]
    [InlineData("SquareWah", "100", "SquareWah")]
    [InlineData("DeedType", "Lease", "DeedType")]
    [InlineData("DeedType", "7", "DeedType")]
    [InlineData("Uses[0].Area", "399", "Uses-0-Area")]
    [InlineData("OwnerTaxId", "1234567890123", "OwnerTaxId")]
    [InlineData("PricePerSquareWah", "-5", "PricePerSquareWah")]
    public async Task Bad_input_gets_a_message_on_its_field_and_saves_nothing(string field, string value, string errorId)
    {
        var owner = await TaxpayerAsync(factory, await DemoLaoIdAsync(factory));
        using var browser = await SignedInAsync("revenue");
        var before = await ParcelCountAsync();
        var fields = Form(owner.TaxId, "BAD-" + field + value);
        fields[field] = value;

        var (response, page) = await browser.SubmitAsync("/Revenue/Parcels/Create", fields, "/Revenue/Parcels/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = page.QuerySelector($"#{errorId}-error");
        Assert.NotNull(error);
        Assert.False(string.IsNullOrWhiteSpace(error.TextContent), $"no message for {field}={value}");
        Assert.Contains($"{errorId}-error", page.QuerySelector($"#{errorId}")!.GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Equal(before, await ParcelCountAsync());
    }

    [Fact]
    public async Task Duplicate_deed_in_the_LAO_is_refused_with_a_clear_message()
    {
        var lao = await DemoLaoIdAsync(factory);
        var owner = await TaxpayerAsync(factory, lao);
        await ParcelAsync(factory, lao, owner.Id, UseKind.Agriculture, 400m, 100m, deed: "DUP-1");
        using var browser = await SignedInAsync("revenue");
        var before = await ParcelCountAsync();

        var (response, page) = await browser.SubmitAsync("/Revenue/Parcels/Create", Form(owner.TaxId, "DUP-1"), "/Revenue/Parcels/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("มีในทะเบียน", page.QuerySelector("#DeedNumber-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await ParcelCountAsync());
    }

    [Fact]
    public async Task Parcel_list_finds_a_parcel_by_deed_number_and_by_owner()
    {
        var lao = await DemoLaoIdAsync(factory);
        var owner = await TaxpayerAsync(factory, lao);
        var parcel = await ParcelAsync(factory, lao, owner.Id, UseKind.Agriculture, 400m, 100m, deed: "SEARCH-77");
        using var browser = await SignedInAsync("revenue");

        var (_, byDeed) = await browser.GetAsync("/Revenue/Parcels?q=SEARCH-7");
        var (_, byOwner) = await browser.GetAsync("/Revenue/Parcels?q=" + Uri.EscapeDataString(owner.FirstName));
        var (_, byId) = await browser.GetAsync("/Revenue/Parcels?q=" + owner.TaxId);

        Assert.Single(byDeed.QuerySelectorAll("#parcel-list tbody tr"));
        Assert.NotNull(byOwner.QuerySelector($"tr[data-parcel='{parcel.Id}']"));
        Assert.NotNull(byId.QuerySelector($"tr[data-parcel='{parcel.Id}']"));
    }

    private static byte[] Workbook(params object[][] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("prices");
        string[] headers = ["ประเภทเอกสารสิทธิ์", "เลขที่เอกสารสิทธิ์", "ราคาประเมินต่อตารางวา", "ปีที่มีผล"];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
        }

        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cell(r + 2, c + 1).Value = rows[r][c] switch
                {
                    string s => s,
                    int i => i,
                    decimal d => d,
                    _ => "",
                };
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    [Fact]
    public async Task Import_with_a_broken_row_lists_every_problem_and_saves_nothing()
    {
        var lao = await DemoLaoIdAsync(factory);
        var owner = await TaxpayerAsync(factory, lao);
        var a = await ParcelAsync(factory, lao, owner.Id, UseKind.Agriculture, 400m, 100m, deed: "IMP-A");
        var b = await ParcelAsync(factory, lao, owner.Id, UseKind.Agriculture, 400m, 100m, deed: "IMP-B");
        using var browser = await SignedInAsync("revenue");
        var file = Workbook(
            ["โฉนด", "IMP-A", 2_000m, 2570],
            ["โฉนด", "IMP-B", -5m, 2570],
            ["สัญญาเช่า", "IMP-B", 100m, 2570],
            ["น.ส.3", "IMP-A", 100m, 1999]);

        var (response, page) = await UploadAsync(browser, file, "prices.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problems = page.QuerySelectorAll("#import-errors tbody tr").Select(tr => (tr.GetAttribute("data-row"), tr.GetAttribute("data-problem"))).ToList();
        Assert.Contains(("3", "Negative"), problems);
        Assert.Contains(("4", "UnknownDeedType"), problems);
        Assert.Contains(("5", "YearOutOfRange"), problems);
        var prices = await factory.WithDbAsync(db => db.Set<Parcel>().Where(p => p.Id == a.Id || p.Id == b.Id).Select(p => p.PricePerSquareWah).ToListAsync());
        Assert.All(prices, p => Assert.Equal(Money.FromBaht(100m), p));
    }

    [Fact]
    public async Task Import_naming_an_unknown_deed_saves_nothing_and_a_valid_file_updates_the_prices()
    {
        var lao = await DemoLaoIdAsync(factory);
        var owner = await TaxpayerAsync(factory, lao);
        var a = await ParcelAsync(factory, lao, owner.Id, UseKind.Agriculture, 400m, 100m, deed: "IMP-C");
        using var browser = await SignedInAsync("revenue");

        var (_, unknown) = await UploadAsync(browser, Workbook(["โฉนด", "IMP-C", 900m, 2570], ["โฉนด", "NO-SUCH-DEED", 900m, 2570]), "prices.xlsx");
        Assert.NotNull(unknown.QuerySelector("#import-errors tr[data-problem=UnknownDeed][data-row='3']"));
        Assert.Equal(Money.FromBaht(100m), await factory.WithDbAsync(db => db.Set<Parcel>().Where(p => p.Id == a.Id).Select(p => p.PricePerSquareWah).SingleAsync()));

        var (ok, _) = await UploadAsync(browser, Workbook(["โฉนดที่ดิน", "IMP-C", 900.5m, 2570]), "prices.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var parcel = await factory.WithDbAsync(db => db.Set<Parcel>().AsNoTracking().SingleAsync(p => p.Id == a.Id));
        Assert.Equal((Money.FromBaht(900.5m), 2570), (parcel.PricePerSquareWah, parcel.PriceEffectiveYear));
    }

    [Fact]
    public async Task Import_refuses_a_file_that_is_not_a_workbook()
    {
        using var browser = await SignedInAsync("revenue");

        var (response, page) = await UploadAsync(browser, "a,b,c"u8.ToArray(), "prices.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#file-error")!.TextContent));
        _ = CultureInfo.InvariantCulture;
    }
}
