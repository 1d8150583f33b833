using System.Net;
using ClosedXML.Excel;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Revenue.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.IntegrationTests.Revenue.Payments;

/// <summary>The arrears pages over a land-tax bill 40 days overdue: bill figures, ageing, Excel and the reminder letter.</summary>
public sealed class ArrearsPagesTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private static DateOnly Today => PaymentTestData.Today;

    [Fact]
    public async Task An_overdue_bill_shows_its_penalties_in_details_ageing_excel_and_the_reminder_letter()
    {
        var bill = await PaymentTestData.CreateBillAsync(factory, 10_000m, Today.AddDays(-40), RevenueKind.LandAndBuildingTax);
        using var browser = new Browser(factory);
        await browser.SignInAsync("revenue");

        var (_, details) = await browser.GetAsync($"/Revenue/Bills/Details/{bill.BillId}");
        Assert.Equal("2,000.00", details.QuerySelector("#bill-surcharge")!.TextContent);
        Assert.Equal("200.00", details.QuerySelector("#bill-interest")!.TextContent);
        Assert.Equal("12,200.00", details.QuerySelector("#bill-total-owed")!.TextContent);

        var (index, page) = await browser.GetAsync("/Revenue/Arrears");
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        var landRow = page.QuerySelector("#ageing tr[data-kind='LandAndBuildingTax']")!.QuerySelectorAll("td");
        Assert.True(ParseBaht(landRow[1].TextContent) >= 10_000m, "the 31–90 day bucket holds the bill");
        var debtor = page.QuerySelector($"#debtors tr[data-taxpayer-id='{bill.TaxpayerId}']")!;
        Assert.Equal("12,200.00", debtor.QuerySelectorAll("td")[5].TextContent);

        var excel = await browser.Client.GetAsync("/Revenue/Arrears/Excel");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        using (var book = new XLWorkbook(await excel.Content.ReadAsStreamAsync()))
        {
            var debtors = book.Worksheet(2);
            var row = debtors.RowsUsed().Single(r => r.Cell(1).GetString() == debtor.QuerySelectorAll("td")[0].TextContent);
            Assert.Equal(12_200m, row.Cell(6).GetValue<decimal>());
        }

        var (letter, letterPage) = await browser.GetAsync($"/Revenue/Arrears/Letter/{bill.TaxpayerId}");
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.Equal("12,200.00", letterPage.QuerySelector("#letter-total")!.TextContent);
        Assert.Contains(BahtText.ToThaiWords(12_200m), letterPage.QuerySelector("#letter-bills tfoot")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_LAOs_taxpayer_has_no_letter_and_the_rates_are_listed()
    {
        var foreign = await PaymentTestData.CreateBillAsync(factory, 500m, Today.AddDays(-5), laoId: await PaymentTestData.OtherLaoIdAsync(factory));
        using var browser = new Browser(factory);
        await browser.SignInAsync("revenue");

        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync($"/Revenue/Arrears/Letter/{foreign.TaxpayerId}")).StatusCode);
        var (_, page) = await browser.GetAsync("/Revenue/Arrears");
        Assert.Null(page.QuerySelector($"#debtors tr[data-taxpayer-id='{foreign.TaxpayerId}']"));
        var (_, rates) = await browser.GetAsync("/Revenue/Arrears/Rates");
        Assert.Equal(3, rates.QuerySelectorAll("#arrears-rate-table tbody tr").Length);
    }

    private static decimal ParseBaht(string text) =>
        decimal.Parse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
}
