using System.Globalization;
using System.Net;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Signboards;
using Microsoft.EntityFrameworkCore;
using static LocalGov.IntegrationTests.Revenue.Register.RegisterTestData;

namespace LocalGov.IntegrationTests.Revenue.Register;

/// <summary>The taxpayer register: create, edit, validation, duplicates, merge and scope.</summary>
public sealed class TaxpayerRegisterTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const string CreateUrl = "/Revenue/Taxpayers/Create";

    private async Task<Browser> SignedInAsync(string user = "revenue")
    {
        var browser = new Browser(factory);
        await browser.SignInAsync(user);
        return browser;
    }

    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    private Task<int> CountWithTaxIdAsync(string taxId) => factory.WithDbAsync(db => db.Set<Taxpayer>().CountAsync(t => t.TaxId == taxId));

    private static Dictionary<string, string> PersonFields(string taxId, string firstName) => new()
    {
        ["Kind"] = "Person",
        ["TaxId"] = taxId,
        ["Title"] = "นาง",
        ["FirstName"] = firstName,
        ["LastName"] = "ใจดี",
        ["HouseNumber"] = "10/1",
        ["Subdistrict"] = "ท่าช้าง",
        ["District"] = "เมืองนครนายก",
        ["Province"] = "นครนายก",
        ["PostalCode"] = "26000",
        ["Phone"] = "081-000-1111",
        ["Email"] = "test@example.com",
    };

    [Fact]
    public async Task The_demo_register_has_valid_taxpayers_signs_and_licences()
    {
        var laoId = await RevenueLaoIdAsync(factory);
        var (taxpayers, signs) = await factory.WithDbAsync(async db => (
            await db.Set<Taxpayer>().Where(t => t.LaoId == laoId).Select(t => t.TaxId).ToListAsync(),
            await db.Set<Sign>().CountAsync(s => s.LaoId == laoId)));
        Assert.True(taxpayers.Count >= 25);
        Assert.All(taxpayers, id => Assert.True(LocalGov.SharedKernel.Identity.ThaiTaxId.IsValid(id), id));
        Assert.True(signs >= 12);

        using var browser = await SignedInAsync();
        var (response, page) = await browser.GetAsync("/Revenue/Licences?filter=Expiring");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.QuerySelectorAll("#licence-list tbody tr"));
        var (_, expired) = await browser.GetAsync("/Revenue/Licences?filter=Expired");
        Assert.NotEmpty(expired.QuerySelectorAll("#licence-list tbody tr"));
    }

    [Fact]
    public async Task Revenue_officer_registers_a_taxpayer_finds_it_and_edits_it()
    {
        using var browser = await SignedInAsync();
        var taxId = NewTaxId();
        var dashed = $"{taxId[..1]}-{taxId[1..5]}-{taxId[5..10]}-{taxId[10..12]}-{taxId[12..]}";

        var (created, _) = await browser.SubmitAsync(CreateUrl, PersonFields(dashed, "ทดลองสร้าง"), CreateUrl);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<Taxpayer>().SingleAsync(t => t.TaxId == taxId));
        Assert.Equal("ทดลองสร้าง", saved.FirstName);
        Assert.Equal(await RevenueLaoIdAsync(factory), saved.LaoId);

        var (_, list) = await browser.GetAsync("/Revenue/Taxpayers?q=" + taxId[..8]);
        Assert.Contains(list.QuerySelectorAll("#taxpayer-list tbody a"), a => a.TextContent.Contains("ทดลองสร้าง", StringComparison.Ordinal));
        var (_, byPhone) = await browser.GetAsync("/Revenue/Taxpayers?q=0810001111");
        Assert.Contains(byPhone.QuerySelectorAll("#taxpayer-list tbody a"), a => a.TextContent.Contains("ทดลองสร้าง", StringComparison.Ordinal));

        var editUrl = $"/Revenue/Taxpayers/Edit/{S(saved.Id)}";
        var (edited, _) = await browser.SubmitAsync(editUrl, new Dictionary<string, string> { ["Phone"] = "089-999-0000", ["Road"] = "สุวรรณศร" }, editUrl);

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var after = await factory.WithDbAsync(db => db.Set<Taxpayer>().AsNoTracking().SingleAsync(t => t.Id == saved.Id));
        Assert.Equal("089-999-0000", after.Phone);
        Assert.Equal("สุวรรณศร", after.Road);
        Assert.NotEqual(saved.ConcurrencyStamp, after.ConcurrencyStamp);
    }

    [Fact]
    public async Task An_edit_with_a_stale_concurrency_stamp_is_refused()
    {
        var laoId = await RevenueLaoIdAsync(factory);
        var t = await AddTaxpayerAsync(factory, laoId, "แก้พร้อมกัน");
        using var browser = await SignedInAsync();
        var editUrl = $"/Revenue/Taxpayers/Edit/{S(t.Id)}";

        var (response, page) = await browser.SubmitAsync(editUrl, new Dictionary<string, string> { ["ConcurrencyStamp"] = Guid.NewGuid().ToString(), ["Phone"] = "02-000-0000" }, editUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.QuerySelector(".validation-summary-errors")?.TextContent ?? "");
        Assert.Equal("", await factory.WithDbAsync(db => db.Set<Taxpayer>().Where(x => x.Id == t.Id).Select(x => x.Phone).SingleAsync()));
    }

    [Fact]
    public async Task An_id_with_a_wrong_check_digit_is_refused_on_the_field_and_nothing_is_saved()
    {
        using var browser = await SignedInAsync();
        var bad = BreakCheckDigit(NewTaxId());

        var (response, page) = await browser.SubmitAsync(CreateUrl, PersonFields(bad, "เลขผิด"), CreateUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#TaxId-error")?.TextContent));
        Assert.Contains("TaxId-error", page.QuerySelector("#TaxId")?.GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await CountWithTaxIdAsync(bad));
    }

    [Fact]
    public async Task Missing_name_and_a_bad_email_are_field_errors()
    {
        using var browser = await SignedInAsync();
        var taxId = NewTaxId();
        var fields = PersonFields(taxId, "");
        fields["Email"] = "not-an-email";
        fields["PostalCode"] = "26";

        var (response, page) = await browser.SubmitAsync(CreateUrl, fields, CreateUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#FirstName-error")?.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#Email-error")?.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#PostalCode-error")?.TextContent));
        Assert.Equal(0, await CountWithTaxIdAsync(taxId));
    }

    [Fact]
    public async Task A_duplicate_id_in_the_same_lao_is_refused_with_a_link_to_the_existing_record()
    {
        var laoId = await RevenueLaoIdAsync(factory);
        var existing = await AddTaxpayerAsync(factory, laoId, "มีอยู่แล้ว");
        using var browser = await SignedInAsync();

        var (response, page) = await browser.SubmitAsync(CreateUrl, PersonFields(existing.TaxId, "ซ้ำ"), CreateUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("มีอยู่แล้ว", page.QuerySelector("#TaxId-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal($"/Revenue/Taxpayers/Details/{S(existing.Id)}", page.QuerySelector("#duplicate-link")?.GetAttribute("href"));
        Assert.Equal(1, await CountWithTaxIdAsync(existing.TaxId));
    }

    [Fact]
    public async Task Merge_moves_bills_and_signs_to_the_survivor_and_keeps_the_duplicate_as_merged()
    {
        var laoId = await RevenueLaoIdAsync(factory);
        var survivor = await AddTaxpayerAsync(factory, laoId, "รวมเก็บ", "ไว้");
        var duplicate = await AddTaxpayerAsync(factory, laoId, "รวมเก็บ", "ไว้");
        var billId = await AddBillAsync(factory, laoId, duplicate.Id, 480m);
        var signId = await AddSignAsync(factory, laoId, duplicate.Id);
        var keptBill = await AddBillAsync(factory, laoId, survivor.Id, 100m);
        using var browser = await SignedInAsync();
        var mergeUrl = $"/Revenue/Taxpayers/Merge/{S(duplicate.Id)}";

        var (response, _) = await browser.SubmitAsync(mergeUrl, new Dictionary<string, string> { ["SurvivorId"] = S(survivor.Id) }, mergeUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Revenue/Taxpayers/Details/{S(survivor.Id)}", Browser.PathOf(response));
        var (billOwner, signOwner, keptOwner, merged) = await factory.WithDbAsync(async db => (
            await db.Set<Bill>().Where(b => b.Id == billId).Select(b => b.TaxpayerId).SingleAsync(),
            await db.Set<Sign>().Where(s => s.Id == signId).Select(s => s.TaxpayerId).SingleAsync(),
            await db.Set<Bill>().Where(b => b.Id == keptBill).Select(b => b.TaxpayerId).SingleAsync(),
            await db.Set<Taxpayer>().AsNoTracking().SingleAsync(t => t.Id == duplicate.Id)));
        Assert.Equal(survivor.Id, billOwner);
        Assert.Equal(survivor.Id, signOwner);
        Assert.Equal(survivor.Id, keptOwner);
        Assert.Equal(survivor.Id, merged.MergedIntoId);
        Assert.Equal("revenue", merged.MergedBy);

        var (_, details) = await browser.GetAsync($"/Revenue/Taxpayers/Details/{S(duplicate.Id)}");
        Assert.NotNull(details.QuerySelector("#merged-notice"));
        Assert.Null(details.QuerySelector("#edit-taxpayer"));
        var (_, survivorPage) = await browser.GetAsync($"/Revenue/Taxpayers/Details/{S(survivor.Id)}");
        Assert.Equal(2, survivorPage.QuerySelectorAll("#taxpayer-bills tbody tr").Length);
    }

    [Fact]
    public async Task A_merged_taxpayer_is_read_only_and_not_offered_for_new_signs()
    {
        var laoId = await RevenueLaoIdAsync(factory);
        var survivor = await AddTaxpayerAsync(factory, laoId, "ผู้รับรวม");
        var duplicate = await AddTaxpayerAsync(factory, laoId, "ถูกรวม");
        using var browser = await SignedInAsync();
        var mergeUrl = $"/Revenue/Taxpayers/Merge/{S(duplicate.Id)}";
        await browser.SubmitAsync(mergeUrl + "?q=" + survivor.TaxId, new Dictionary<string, string> { ["SurvivorId"] = S(survivor.Id) }, mergeUrl);

        var (getEdit, _) = await browser.GetAsync($"/Revenue/Taxpayers/Edit/{S(duplicate.Id)}");
        Assert.Equal(HttpStatusCode.Redirect, getEdit.StatusCode);
        var token = (await browser.GetAsync("/Revenue/Taxpayers/Create")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = PersonFields(duplicate.TaxId, "แก้หลังรวม");
        fields["__RequestVerificationToken"] = token;
        var (postEdit, _) = await browser.PostAsync($"/Revenue/Taxpayers/Edit/{S(duplicate.Id)}", fields);
        Assert.Equal(HttpStatusCode.Redirect, postEdit.StatusCode);
        Assert.Equal("ถูกรวม", await factory.WithDbAsync(db => db.Set<Taxpayer>().Where(t => t.Id == duplicate.Id).Select(t => t.FirstName).SingleAsync()));

        var (_, signForm) = await browser.GetAsync("/Revenue/Signs/Create");
        var offered = signForm.QuerySelectorAll("#TaxpayerTaxId-options option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(survivor.TaxId, offered);
        Assert.DoesNotContain(duplicate.TaxId, offered);
        var (signPost, signPage) = await browser.SubmitAsync("/Revenue/Signs/Create", new Dictionary<string, string>
        {
            ["TaxpayerTaxId"] = duplicate.TaxId,
            ["Type"] = "ThaiOnly",
            ["WidthCm"] = "100",
            ["HeightCm"] = "50",
            ["Text"] = "ป้ายของรายการที่รวมแล้ว",
        }, "/Revenue/Signs/Create");
        Assert.Equal(HttpStatusCode.OK, signPost.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(signPage.QuerySelector("#TaxpayerTaxId-error")?.TextContent));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<Sign>().CountAsync(s => s.TaxpayerId == duplicate.Id)));
    }

    [Fact]
    public async Task Another_laos_taxpayer_is_not_found()
    {
        var own = await RevenueLaoIdAsync(factory);
        var other = await AddTaxpayerAsync(factory, await OtherLaoIdAsync(factory, own), "อปท.อื่น");
        using var browser = await SignedInAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync($"/Revenue/Taxpayers/Details/{S(other.Id)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync($"/Revenue/Taxpayers/Edit/{S(other.Id)}")).StatusCode);
        var (_, list) = await browser.GetAsync("/Revenue/Taxpayers?q=" + other.TaxId);
        Assert.Empty(list.QuerySelectorAll("#taxpayer-list tbody tr"));
    }

    [Fact]
    public async Task Province_officer_reads_the_register_but_cannot_change_it()
    {
        var laoId = await RevenueLaoIdAsync(factory);
        var t = await AddTaxpayerAsync(factory, laoId, "อ่านได้");
        using var browser = await SignedInAsync("province");

        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync($"/Revenue/Taxpayers/Details/{S(t.Id)}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/Revenue/Taxpayers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.Client.GetAsync($"/Revenue/Taxpayers/Edit/{S(t.Id)}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.Client.GetAsync(CreateUrl)).StatusCode);
        var token = (await browser.GetAsync("/Revenue/Taxpayers")).Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        var fields = PersonFields(t.TaxId, "เปลี่ยนโดยจังหวัด");
        fields["__RequestVerificationToken"] = token;
        var (post, _) = await browser.PostAsync($"/Revenue/Taxpayers/Edit/{S(t.Id)}", fields);
        Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, post.StatusCode.ToString());
        Assert.Equal("อ่านได้", await factory.WithDbAsync(db => db.Set<Taxpayer>().Where(x => x.Id == t.Id).Select(x => x.FirstName).SingleAsync()));
    }

    [Theory]
    [InlineData("/Revenue/Taxpayers")]
    [InlineData("/Revenue/Signs")]
    [InlineData("/Revenue/Fees")]
    [InlineData("/Revenue/Licences")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        using var browser = new Browser(factory);

        var response = await browser.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", Browser.PathOf(response), StringComparison.Ordinal);
    }
}
