using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace LocalGov.BrowserTests;

/// <summary>A revenue officer at the counter: registers a new taxpayer, bills a fee, takes the payment and prints the receipt.</summary>
public sealed class RevenueFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public void Revenue_officer_goes_from_a_new_taxpayer_to_a_printed_receipt() => Run(() =>
    {
        SignInAs("revenue");

        // 1. A new taxpayer (a fresh, checksum-valid id so that the test can run again on the same database).
        GoTo("/Revenue/Taxpayers/Create");
        var taxId = NewTaxId();
        Choose("Kind", o => o.GetDomAttribute("value") == "Person");
        Type(By.Id("TaxId"), taxId);
        Type(By.Id("Title"), "นาง");
        Type(By.Id("FirstName"), "สมศรี");
        Type(By.Id("LastName"), "ทดสอบเคาน์เตอร์");
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("save"))));
        Assert.Contains("สมศรี", WaitForVisible(By.Id("taxpayer-name")).Text, StringComparison.Ordinal);

        // 2. A one-off fee for that taxpayer (the form comes with the taxpayer filled in).
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.CssSelector("a[href*='/Revenue/Fees/Bill?taxpayerId=']"))));
        Assert.Equal(taxId, WaitForVisible(By.Id("TaxpayerTaxId")).GetDomProperty("value"));
        Choose("FeeItemId", o => !string.IsNullOrEmpty(o.GetDomAttribute("value")));
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("save"))));
        var billLink = WaitForVisible(By.CssSelector("#taxpayer-bills a.bill-link"));

        // 3. The bill, then payment in cash of what is owed.
        ClickAndWaitForNewPage(Centered(billLink));
        var owed = WaitForVisible(By.Id("bill-total-owed")).Text.Trim();
        Assert.NotEqual("0.00", owed);
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("pay-bill"))));
        var amount = WaitForVisible(By.CssSelector("#pay-bills input[id^='amount-']"));
        amount.Clear();
        amount.SendKeys(owed);
        Choose("Method", o => o.GetDomAttribute("value") == "Cash");
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("confirm-payment"))));

        // 4. The receipt: numbered in its book, total in digits and Thai words, payer; printable.
        Assert.Equal("Issued", WaitForVisible(By.Id("receipt")).GetDomAttribute("data-status"));
        Assert.Equal(owed, Driver.FindElement(By.Id("receipt-total")).Text.Trim());
        Assert.Contains("บาท", Driver.FindElement(By.Id("receipt-words")).Text, StringComparison.Ordinal);
        Assert.Contains("สมศรี", Driver.FindElement(By.Id("receipt-payer")).Text, StringComparison.Ordinal);
        Assert.NotEmpty(Driver.FindElement(By.Id("receipt-book")).Text.Trim());
        Assert.True(Driver.FindElement(By.Id("print-receipt")).Displayed);

        // In print media the receipt stays and the screen chrome (module navigation, buttons) goes.
        ((ChromeDriver)Driver).ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "print" });
        try
        {
            Assert.True(Driver.FindElement(By.Id("receipt")).Displayed);
            Assert.False(Driver.FindElement(By.Id("revenue-nav")).Displayed);
            Assert.False(Driver.FindElement(By.Id("print-receipt")).Displayed);
        }
        finally
        {
            ((ChromeDriver)Driver).ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "" });
        }
    });

    /// <summary>A 13-digit id starting with 3 (persons registered before 1984) with the Thai check digit.</summary>
    private static string NewTaxId()
    {
        var digits = "3" + Random.Shared.NextInt64(10_000_000_000, 99_999_999_999).ToString(CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (digits[i] - '0') * (13 - i);
        }

        return digits + ((11 - (sum % 11)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    private void Choose(string selectId, Func<IWebElement, bool> which)
    {
        var option = WaitForVisible(By.Id(selectId)).FindElements(By.TagName("option")).First(which);
        option.Click();
        Assert.True(option.Selected, $"{selectId}: the option was not selected");
    }

    private IWebElement Centered(IWebElement element)
    {
        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        return element;
    }
}
