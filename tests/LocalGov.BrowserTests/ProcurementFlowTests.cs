using System.Globalization;
using OpenQA.Selenium;

namespace LocalGov.BrowserTests;

/// <summary>
/// One procurement case from requisition to acceptance: the procurement officer requisitions goods on a FY 2569 line
/// (the budget is reserved), prepares the reference price, method and committees; the executive approves the
/// requisition report; the officer announces, records a bid, evaluates and awards it, issues a purchase order, records
/// the delivery and the inspection committee's acceptance, which completes the case and requests the payment.
/// </summary>
public sealed class ProcurementFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const decimal UnitPrice = 7_375m;

    [Fact]
    public void A_case_goes_from_requisition_to_acceptance_and_requests_the_payment() => Run(() =>
    {
        var stamp = DateTime.UtcNow.ToString("HHmmssfff", CultureInfo.InvariantCulture);

        // 1. Requisition: 4 units on a FY 2569 line with enough money.
        SignInAs("procurement");
        GoTo("/Procurement/Cases/Create?year=2569");
        var line = WaitForVisible(By.Id("BudgetLineId")).FindElements(By.CssSelector("option[data-available]")).First(o =>
            decimal.TryParse(o.GetDomAttribute("data-available"), NumberStyles.Number, CultureInfo.InvariantCulture, out var available)
            && available >= 4 * UnitPrice);
        line.Click();
        Type(By.Id("Title"), "จัดซื้อเก้าอี้สำนักงาน ทดสอบเบราว์เซอร์ " + stamp);
        Type(By.Id("Justification"), "เก้าอี้เดิมชำรุด");
        SetDate("RequestedOn", "2026-03-02");
        Type(By.Id("Items_0_Description"), "เก้าอี้สำนักงาน");
        Type(By.Id("Items_0_Quantity"), "4");
        Type(By.Id("Items_0_Unit"), "ตัว");
        Type(By.Id("Items_0_UnitPrice"), UnitPrice.ToString("0.00", CultureInfo.InvariantCulture));
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("case-submit"))));
        Assert.Equal("Requisitioned", Status());
        var casePath = CurrentPath;
        var caseId = casePath[(casePath.LastIndexOf('/') + 1)..];

        // 2. Preparation: reference price, the specific method (allowed without a reason at this value), committees.
        ClickAndWaitForNewPage(Centered(WaitForVisible(By.Id("prepare-link"))));
        Type(By.Id("ReferencePrice"), (4 * UnitPrice).ToString("0.00", CultureInfo.InvariantCulture));
        Type(By.Id("ReferencePriceBasis"), "ราคาที่เคยซื้อครั้งหลังสุดภายใน 2 ปี");
        SetDate("ReferencePriceOn", "2026-03-03");
        var method = WaitForVisible(By.Id("Method")).FindElement(By.CssSelector("option[value='Specific']"));
        method.Click();
        Assert.True(method.Selected);
        FillChair("committee-Tor", "นายกำหนด ราคากลาง");
        FillChair("committee-Inspection", "นางตรวจรับ ถูกต้อง");
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("prepare-submit"))));
        Assert.Equal("Requisitioned", Status());
        Assert.False(IsPresent(By.Id("approve-submit")), "the procurement officer cannot approve");

        // 3. The executive approves the requisition report.
        SignInAs("executive");
        GoTo(casePath);
        SetDate("approvedOn", "2026-03-04");
        ClickAndWaitForNewPage(Centered(WaitForVisible(By.Id("approve-submit"))));
        Assert.Equal("Approved", Status());

        // 4. Announcement (the invitation letter), one bid, evaluation and award.
        SignInAs("procurement");
        GoTo(casePath);
        Type(By.Id("announcementNo"), "นน 0001/" + stamp);
        SetDate("announcedOn", "2026-03-05");
        SetDate("bidsCloseOn", "2026-03-10");
        ClickAndWaitForNewPage(Centered(WaitForVisible(By.Id("announce-submit"))));
        Assert.Equal("Announced", Status());

        var vendor = WaitForVisible(By.Id("vendorId")).FindElements(By.TagName("option")).First(o => o.Text.Contains("เครื่องเขียน", StringComparison.Ordinal));
        vendor.Click();
        SetDate("submittedOn", "2026-03-08");
        Type(By.Id("price"), (4 * UnitPrice - 500m).ToString("0.00", CultureInfo.InvariantCulture));
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("bid-submit"))));
        WaitForVisible(By.Id("responsive-0")).FindElement(By.CssSelector("option[value='yes']")).Click();
        Type(By.Id("rank-0"), "1");
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("evaluate-submit"))));
        WaitForVisible(By.Id("bidId")).FindElements(By.TagName("option")).First(o => !string.IsNullOrEmpty(o.GetDomAttribute("value"))).Click();
        SetDate("awardedOn", "2026-03-11");
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("award-submit"))));
        Assert.Equal("Awarded", Status());

        // 5. Purchase order with one instalment, delivery, and the inspection committee's acceptance.
        GoTo($"/Procurement/Contracts/Create/{caseId}");
        WaitForVisible(By.Id("Kind")).FindElement(By.CssSelector("option[value='PurchaseOrder']")).Click();
        Type(By.Id("ContractNo"), "ใบสั่งซื้อ " + stamp);
        SetDate("SignedOn", "2026-03-12");
        SetDate("StartOn", "2026-03-12");
        var amount = (4 * UnitPrice - 500m).ToString("0.00", CultureInfo.InvariantCulture);
        Type(By.Id("Amount"), amount);
        Type(By.Id("Instalments_0__Description"), "ส่งมอบเก้าอี้ 4 ตัว");
        Type(By.Id("Instalments_0__Amount"), amount);
        SetDate("Instalments_0__DueOn", "2026-03-31");
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("contract-submit"))));
        Assert.Equal("Contracted", WaitForVisible(By.Id("case-status")).GetDomAttribute("data-status"));
        var contractPath = CurrentPath;

        ClickAndWaitForNewPage(Centered(WaitForVisible(By.Id("deliver-1"))));
        SetDate("DeliveredOn", "2026-03-30");
        ClickAndWaitForNewPage(Centered(WaitForVisible(By.Id("delivery-submit"))));
        GoTo(contractPath);
        ClickAndWaitForNewPage(Centered(WaitForVisible(By.Id("inspect-1"))));
        SetDate("InspectedOn", "2026-03-31");
        Centered(WaitForVisible(By.Id("Accepted-true"))).Click();
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("inspection-submit"))));

        GoTo(contractPath);
        Assert.Equal("Completed", WaitForVisible(By.Id("case-status")).GetDomAttribute("data-status"));
        Assert.StartsWith("PV", WaitForVisible(By.Id("voucher-1")).Text.Trim(), StringComparison.Ordinal);
    });

    private string Status()
    {
        var badge = WaitForVisible(By.Id("case-status"));
        return badge.GetDomAttribute("data-status") ?? badge.Text;
    }

    /// <summary>Date inputs take keys in the browser's locale order; setting the ISO value is what a date picker does.</summary>
    private void SetDate(string id, string isoDate)
    {
        var input = WaitForVisible(By.Id(id));
        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].value = arguments[1];", input, isoDate);
        Assert.Equal(isoDate, input.GetDomProperty("value"));
    }

    private void FillChair(string committeeTableId, string name)
    {
        var table = WaitForVisible(By.Id(committeeTableId));
        var nameInput = table.FindElement(By.CssSelector("input[id$='_Name']"));
        Centered(nameInput);
        nameInput.Clear();
        nameInput.SendKeys(name);
        table.FindElement(By.CssSelector("select[id$='_Role'] option[value='Chair']")).Click();
    }

    /// <summary>Scrolls an element to the middle of the window at once (Bootstrap makes scrolling smooth, so a click could land mid-scroll).</summary>
    private IWebElement Centered(IWebElement element)
    {
        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        return element;
    }
}
