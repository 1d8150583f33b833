using System.Globalization;
using OpenQA.Selenium;

namespace LocalGov.BrowserTests;

/// <summary>
/// A disbursement voucher from request to the budget execution report: the finance officer raises it against a
/// FY 2569 line and submits it, the executive approves it, finance pays it by transfer, and the report shows the
/// payment on that line.
/// </summary>
public sealed class FinanceFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const decimal Amount = 1_234.50m;

    [Fact]
    public void Finance_raises_a_voucher_the_executive_approves_it_it_is_paid_and_the_budget_execution_report_shows_it() => Run(() =>
    {
        // 1. Finance: a voucher against a FY 2569 line (ค่าใช้สอย or ค่าวัสดุ) that still has money.
        SignInAs("finance");
        GoTo("/Finance/Vouchers/Create?year=2569");
        var line = WaitForVisible(By.Id("BudgetLineId")).FindElements(By.TagName("option")).First(o =>
            (o.Text.Contains(" 532000 ", StringComparison.Ordinal) || o.Text.Contains(" 533000 ", StringComparison.Ordinal))
            && decimal.TryParse(o.GetDomAttribute("data-available"), NumberStyles.Number, CultureInfo.InvariantCulture, out var available)
            && available >= Amount);
        var lineId = line.GetDomAttribute("value")!;
        var before = ExecutionRow(lineId);

        GoTo("/Finance/Vouchers/Create?year=2569");
        var option = WaitForVisible(By.Id("BudgetLineId")).FindElement(By.CssSelector($"option[value='{lineId}']"));
        option.Click();
        Assert.True(option.Selected);
        Type(By.Id("PayeeName"), "ร้านทดสอบเบราว์เซอร์การค้า");
        Type(By.Id("Description"), "ซื้อวัสดุสำนักงาน ทดสอบเบราว์เซอร์");
        Type(By.Id("Gross"), Amount.ToString("0.00", CultureInfo.InvariantCulture));
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("save-voucher"))));
        Assert.Equal("Draft", StatusOnPage());
        Assert.Equal(lineId, Driver.FindElement(By.Id("voucher-line")).GetDomAttribute("data-line-id"));
        var voucherPath = CurrentPath;

        ClickAndWaitForNewPage(Centered(WaitForVisible(By.Id("submit-voucher"))));
        Assert.Equal("Submitted", StatusOnPage());
        Assert.False(IsPresent(By.Id("approve-voucher")), "finance cannot approve");

        // 2. The executive approves it.
        SignInAs("executive");
        GoTo(voucherPath);
        ClickAndWaitForNewPage(Centered(WaitForVisible(By.Id("approve-voucher"))));
        Assert.Equal("Approved", StatusOnPage());

        // 3. Finance pays it by transfer from the LAO's bank account (the date defaults into FY 2569).
        SignInAs("finance");
        GoTo(voucherPath);
        ClickAndWaitForNewPage(Centered(WaitForVisible(By.Id("pay-voucher"))));
        var method = WaitForVisible(By.Id("Method")).FindElement(By.CssSelector("option[value='Transfer']"));
        method.Click();
        Assert.True(method.Selected);
        Assert.NotEmpty(Driver.FindElement(By.Id("BankAccountId")).FindElements(By.TagName("option")));
        Type(By.Id("TransferReference"), "KTB-BROWSER-" + DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture));
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("confirm-payment"))));
        Assert.Equal("Paid", StatusOnPage());
        Assert.Equal(Amount.ToString("#,##0.00", CultureInfo.InvariantCulture), Driver.FindElement(By.Id("voucher-net")).Text.Trim());

        // 4. The budget execution report of FY 2569: the line's disbursed figure has grown by the amount paid.
        var after = ExecutionRow(lineId);
        Assert.Equal(before.Count, after.Count);
        Assert.Contains(Enumerable.Range(0, after.Count), i => after[i] is { } a && before[i] is { } b && a - b == Amount);
    });

    /// <summary>The amounts in the budget execution report's row of a line (null for a cell that is not an amount).</summary>
    private List<decimal?> ExecutionRow(string lineId)
    {
        GoTo("/Finance/Reports/BudgetExecution?year=2569");
        var row = WaitForVisible(By.CssSelector($"#budget-execution tr[data-key='{lineId}']"));
        return [.. row.FindElements(By.TagName("td")).Select(td =>
            decimal.TryParse(td.Text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : (decimal?)null)];
    }

    private string StatusOnPage() => WaitForVisible(By.Id("voucher-status")).GetDomAttribute("data-status") ?? "";

    /// <summary>Scrolls an element to the middle of the window at once (Bootstrap makes scrolling smooth, so a click could land mid-scroll).</summary>
    private IWebElement Centered(IWebElement element)
    {
        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        return element;
    }
}
