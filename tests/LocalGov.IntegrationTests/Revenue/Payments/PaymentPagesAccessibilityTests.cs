using System.Net;
using AngleSharp.Dom;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Revenue.Contracts;

namespace LocalGov.IntegrationTests.Revenue.Payments;

/// <summary>Every payment page: a title, one h1, a label for every field, no duplicate ids, buttons with text.</summary>
public sealed class PaymentPagesAccessibilityTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    [Fact]
    public async Task Payment_pages_meet_the_accessibility_basics()
    {
        var today = PaymentTestData.Today;
        var bill = await PaymentTestData.CreateBillAsync(factory, 3_000m, today.AddDays(-40), RevenueKind.LandAndBuildingTax,
            instalments: [(today.AddDays(-40), 1_000m), (today.AddDays(-10), 1_000m), (today.AddDays(20), 1_000m)]);
        var paid = await PaymentTestData.CreateBillAsync(factory, 100m, today.AddDays(5), taxpayerId: bill.TaxpayerId);
        var receipt = (await PaymentTestData.PayDirectAsync(factory, paid, 100m)).Receipt!;
        using var browser = new Browser(factory);
        await browser.SignInAsync("revenue");

        string[] urls =
        [
            "/Revenue/Bills", $"/Revenue/Bills/Details/{bill.BillId}", $"/Revenue/Bills/Pay/{bill.BillId}", $"/Revenue/Bills/Cancel/{bill.BillId}",
            "/Revenue/Receipts", $"/Revenue/Receipts/Details/{receipt.Id}", $"/Revenue/Receipts/Cancel/{receipt.Id}", "/Revenue/Receipts/HandOffs",
            "/Revenue/Receipts/Settings", "/Revenue/BankImport", "/Revenue/Arrears", $"/Revenue/Arrears/Letter/{bill.TaxpayerId}", "/Revenue/Arrears/Rates",
        ];
        foreach (var url in urls)
        {
            var (response, page) = await browser.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.False(string.IsNullOrWhiteSpace(page.Title), $"{url} has no title");
            Assert.Single(page.QuerySelectorAll("h1"));
            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Empty(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => $"{url}: {g.Key}"));
            foreach (var field in page.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
            {
                Assert.True(HasLabel(page, field), $"{url}: field '{field.GetAttribute("name")}' has no label");
            }

            foreach (var button in page.QuerySelectorAll("button"))
            {
                Assert.False(string.IsNullOrWhiteSpace(button.TextContent) && string.IsNullOrWhiteSpace(button.GetAttribute("aria-label")), $"{url}: a button has no text");
            }
        }
    }

    [Fact]
    public async Task Payment_pages_are_in_English_when_the_user_switches()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("revenue");
        await browser.SwitchCultureAsync("en-US");

        var (_, page) = await browser.GetAsync("/Revenue/Arrears");
        Assert.Equal("Arrears", page.QuerySelector("h1")!.TextContent.Trim());
        var (_, bills) = await browser.GetAsync("/Revenue/Bills");
        Assert.Equal("Bills", bills.QuerySelector("h1")!.TextContent.Trim());
    }

    private static bool HasLabel(IDocument page, IElement field) =>
        !string.IsNullOrWhiteSpace(field.GetAttribute("aria-label"))
        || (!string.IsNullOrEmpty(field.Id) && page.QuerySelector($"label[for='{field.Id}']") is not null)
        || field.Closest("label") is not null;
}
