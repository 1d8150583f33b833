using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Services.Payments;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.IntegrationTests.Revenue.Payments;

/// <summary>Bank statement import through the upload page: matched, unmatched, broken and duplicate lines.</summary>
public sealed class BankImportTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private static DateOnly Today => PaymentTestData.Today;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> UploadAsync(Browser browser, string csv, string method = "ThaiQr")
    {
        var (_, form) = await browser.GetAsync("/Revenue/BankImport");
        var token = form.QuerySelector("#bank-import-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(method), "method" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "statement.csv");
        var response = await browser.Client.PostAsync("/Revenue/BankImport", content);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    private static async Task<string> ReferenceAsync(LocalGovFactory factory, TestBill bill) =>
        BillReference.Reference1(await PaymentTestData.BillAsync(factory, bill.BillId));

    private static string StatusOf(IHtmlDocument page, int line) =>
        page.QuerySelector($"#import-lines tr[data-line='{line}']")?.GetAttribute("data-status") ?? "";

    private static string ReasonOf(IHtmlDocument page, int line) =>
        page.QuerySelector($"#import-lines tr[data-line='{line}']")?.GetAttribute("data-reason") ?? "";

    [Fact]
    public async Task Matched_lines_become_receipts_unmatched_are_reported_and_a_second_import_never_pays_twice()
    {
        var full = await PaymentTestData.CreateBillAsync(factory, 1_500m, Today.AddDays(10));
        var small = await PaymentTestData.CreateBillAsync(factory, 200m, Today.AddDays(10));
        var bankRef = "BBL" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var csv = new StringBuilder()
            .AppendLine("date,amount,reference1,reference2,bank_reference")
            .AppendLine(CultureInfo.InvariantCulture, $"{Iso(Today)},1500.00,{await ReferenceAsync(factory, full)},{BillReference.Reference2(full.TaxpayerId)},{bankRef}-1")
            .AppendLine(CultureInfo.InvariantCulture, $"{Iso(Today)},99.00,19990999999,,{bankRef}-2")
            .AppendLine(CultureInfo.InvariantCulture, $"{Iso(Today)},500.00,{await ReferenceAsync(factory, small)},,{bankRef}-3")
            .AppendLine(CultureInfo.InvariantCulture, $"{Iso(Today)},50.00,{await ReferenceAsync(factory, small)},99999999,{bankRef}-4")
            .ToString();
        using var browser = new Browser(factory);
        await browser.SignInAsync("revenue");

        var (response, page) = await UploadAsync(browser, csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Imported", StatusOf(page, 2));
        Assert.Equal(("Unmatched", "UnknownReference"), (StatusOf(page, 3), ReasonOf(page, 3)));
        Assert.Equal(("Unmatched", "MoreThanOwed"), (StatusOf(page, 4), ReasonOf(page, 4)));
        Assert.Equal(("Unmatched", "Reference2Mismatch"), (StatusOf(page, 5), ReasonOf(page, 5)));
        var receipt = Assert.Single(await PaymentTestData.ReceiptsOfBillAsync(factory, full.BillId));
        Assert.Equal(PaymentMethod.ThaiQr, receipt.Method);
        Assert.Equal($"{bankRef}-1", receipt.Reference);
        Assert.Equal(BillStatus.Paid, (await PaymentTestData.BillAsync(factory, full.BillId)).Status);
        Assert.Empty(await PaymentTestData.ReceiptsOfBillAsync(factory, small.BillId));

        var (_, again) = await UploadAsync(browser, csv);
        Assert.Equal(("Duplicate", "AlreadyImported"), (StatusOf(again, 2), ReasonOf(again, 2)));
        Assert.Single(await PaymentTestData.ReceiptsOfBillAsync(factory, full.BillId));
    }

    [Fact]
    public async Task A_file_with_broken_lines_imports_nothing_and_names_each_broken_line()
    {
        var bill = await PaymentTestData.CreateBillAsync(factory, 300m, Today.AddDays(10));
        var bankRef = "KTB" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var reference = await ReferenceAsync(factory, bill);
        var csv = string.Join('\n',
            $"{Iso(Today)},300.00,{reference},,{bankRef}-1",
            $"31/02/2570,10.00,{reference},,{bankRef}-2",
            $"{Iso(Today)},abc,{reference},,{bankRef}-3",
            $"{Iso(Today)},10.00,{reference}",
            $"{Iso(Today)},10.00,{reference},,{bankRef}-1");
        using var browser = new Browser(factory);
        await browser.SignInAsync("revenue");

        var (response, page) = await UploadAsync(browser, csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#import-broken"));
        Assert.Equal(("Broken", "BadDate"), (StatusOf(page, 2), ReasonOf(page, 2)));
        Assert.Equal(("Broken", "BadAmount"), (StatusOf(page, 3), ReasonOf(page, 3)));
        Assert.Equal(("Broken", "WrongColumnCount"), (StatusOf(page, 4), ReasonOf(page, 4)));
        Assert.Equal(("Broken", "RepeatedInFile"), (StatusOf(page, 5), ReasonOf(page, 5)));
        Assert.Equal("", StatusOf(page, 1));
        Assert.Empty(await PaymentTestData.ReceiptsOfBillAsync(factory, bill.BillId));
        Assert.Equal(BillStatus.Open, (await PaymentTestData.BillAsync(factory, bill.BillId)).Status);
    }

    [Fact]
    public async Task Uploading_without_a_file_is_a_bad_request_with_a_message()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("revenue");
        var (_, form) = await browser.GetAsync("/Revenue/BankImport");
        var token = form.QuerySelector("#bank-import-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("ThaiQr"), "method" } };

        var response = await browser.Client.PostAsync("/Revenue/BankImport", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#file-error")!.TextContent));
    }

    [Fact]
    public async Task Late_bank_payments_include_surcharge_and_interest_as_of_the_statement_date()
    {
        var bill = await PaymentTestData.CreateBillAsync(factory, 10_000m, Today.AddDays(-40), RevenueKind.LandAndBuildingTax);
        var bankRef = "SCB" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

        // 40 days late: 20 % surcharge (within the warning period) and 2 months of 1 % interest.
        var csv = $"{Iso(Today)},12200.00,{await ReferenceAsync(factory, bill)},,{bankRef}";
        using var browser = new Browser(factory);
        await browser.SignInAsync("revenue");

        var (_, page) = await UploadAsync(browser, csv, "BankTransfer");

        Assert.Equal("Imported", StatusOf(page, 1));
        var line = Assert.Single(Assert.Single(await PaymentTestData.ReceiptsOfBillAsync(factory, bill.BillId)).Lines);
        Assert.Equal(Money.FromBaht(10_000m), line.Principal);
        Assert.Equal(Money.FromBaht(2_000m), line.Surcharge);
        Assert.Equal(Money.FromBaht(200m), line.Interest);
        Assert.Equal(BillStatus.Paid, (await PaymentTestData.BillAsync(factory, bill.BillId)).Status);
    }
}
