using OpenQA.Selenium;

namespace LocalGov.BrowserTests;

/// <summary>
/// Budget preparation in a real browser: a finance officer adds a line to the draft; the provincial officer
/// approves a budget; and the whole path from a new budget to the supervisor's approval.
/// </summary>
public sealed class BudgetFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public void Finance_adds_a_line_to_the_draft_and_sees_it_in_the_table() => Run(() =>
    {
        SignInAs("finance");
        GoTo("/Budgeting/Budgets?year=2570");
        ClickAndWaitForNewPage(WaitForVisible(By.CssSelector("#budget-list tr[data-status='Draft'][data-year='2570'] a.budget-link")));
        ClickAndWaitForNewPage(WaitForVisible(By.Id("add-line")));

        Choose("ProgrammeId", "00110");
        Choose("WorkUnitId", "00111");
        Choose("GroupId", "530000");
        Choose("CategoryId", "533000");
        var item = "วัสดุไฟฟ้าและวิทยุ ทดสอบเบราว์เซอร์";
        Type(By.Id("ItemName"), item);
        Type(By.Id("Amount"), "85,000");
        Type(By.Id("Explanation"), "เพื่อจ่ายเป็นค่าวัสดุไฟฟ้าและวิทยุ เช่น หลอดไฟ สายไฟ");
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("save-line"))));

        var table = WaitForVisible(By.Id("line-table"));
        var row = table.FindElements(By.CssSelector("tr.budget-line")).FirstOrDefault(r => r.Text.Contains(item, StringComparison.Ordinal));
        Assert.NotNull(row);
        Assert.Contains("85,000.00", row!.Text, StringComparison.Ordinal);
        Assert.Contains("alert-success", Driver.FindElement(By.Id("flash")).GetDomAttribute("class") ?? "", StringComparison.Ordinal);
    });

    [Fact]
    public void Province_officer_approves_the_budget_waiting_for_the_supervisor() => Run(() =>
    {
        SignInAs("province");
        GoTo("/Budgeting/Budgets?year=2570");
        ClickAndWaitForNewPage(WaitForVisible(By.CssSelector("#budget-list tr[data-status='SubmittedToSupervisor'] a.budget-link")));
        Assert.Equal("SubmittedToSupervisor", StatusOnPage());

        ClickAndWaitForNewPage(Centered(WaitForVisible(By.Id("transition-Approved"))));

        Assert.Equal("Approved", StatusOnPage());
        Assert.NotEmpty(Driver.FindElements(By.CssSelector("#history-table tr[data-to='Approved']")));
        Assert.False(IsPresent(By.Id("transition-Approved")));
    });

    [Fact]
    public void Finance_creates_next_years_budget_takes_it_through_council_and_the_province_approves_it() => Run(() =>
    {
        // Finance: a new budget for next fiscal year (the form's default), copied from this year's draft.
        SignInAs("finance");
        GoTo("/Budgeting/Budgets");
        var year = WaitForVisible(By.Id("create-fiscal-year")).GetDomProperty("value");
        Assert.True(Driver.FindElement(By.Id("create-copy")).Selected);
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("create-budget"))));
        Assert.Equal("Draft", StatusOnPage());
        Assert.NotEmpty(Driver.FindElements(By.CssSelector("#line-table tr.budget-line")));

        // A revenue estimate keeps the budget balanced whatever the other tests added to the copied draft.
        ClickAndWaitForNewPage(Centered(WaitForVisible(By.Id("add-revenue"))));
        Choose("CategoryId", "412000");
        Type(By.Id("ItemName"), "ค่าธรรมเนียมเก็บขนขยะมูลฝอย ทดสอบเบราว์เซอร์");
        Type(By.Id("Amount"), "250,000");
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("save-revenue"))));
        Assert.True(IsPresent(By.Id("check-balanced")), "the budget should be balanced before it goes to the council");
        var budgetPath = CurrentPath;

        // Council: submitted, first and second readings recorded with dates, passed at the third reading.
        Transition("SubmittedToCouncil");
        ClickAndWaitForNewPage(Centered(WaitForVisible(By.Id("record-reading"))));
        ClickAndWaitForNewPage(Centered(WaitForVisible(By.Id("record-reading"))));
        Assert.NotEmpty(Driver.FindElements(By.CssSelector("#history-table tr[data-to='SubmittedToCouncil'][data-reading='1']")));
        Assert.NotEmpty(Driver.FindElements(By.CssSelector("#history-table tr[data-to='SubmittedToCouncil'][data-reading='2']")));
        Transition("PassedByCouncil");
        Transition("SubmittedToSupervisor");
        Assert.False(IsPresent(By.Id("transition-Approved")), "the LAO cannot approve its own budget");

        // Province: finds the budget among those waiting for the supervisor and approves it.
        SignInAs("province");
        GoTo("/Budgeting/Budgets?year=" + year);
        var link = WaitForVisible(By.CssSelector($"#budget-list a.budget-link[href$='{budgetPath.Split('/')[^1]}']"));
        ClickAndWaitForNewPage(link);
        Assert.Equal(budgetPath, CurrentPath);
        Transition("Approved");
        foreach (var step in new[] { "SubmittedToCouncil", "PassedByCouncil", "SubmittedToSupervisor", "Approved" })
        {
            Assert.NotEmpty(Driver.FindElements(By.CssSelector($"#history-table tr[data-to='{step}']")));
        }
    });

    /// <summary>Presses a workflow button (its form's date defaults to today) and checks the status it leads to.</summary>
    private void Transition(string to)
    {
        ClickAndWaitForNewPage(Centered(WaitForVisible(By.Id("transition-" + to))));
        Assert.Equal(to, StatusOnPage());
    }

    /// <summary>Scrolls an element to the middle of the window at once (Bootstrap makes scrolling smooth, so a click could land mid-scroll).</summary>
    private IWebElement Centered(IWebElement element)
    {
        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        return element;
    }

    private string StatusOnPage() =>
        WaitForVisible(By.CssSelector("#budget-status .budget-status")).GetDomAttribute("data-status") ?? "";

    /// <summary>Picks the option whose label starts with the classification code (works in Thai and English).</summary>
    private void Choose(string selectId, string code)
    {
        var select = WaitForVisible(By.Id(selectId));
        var option = select.FindElements(By.TagName("option")).First(o => o.Text.Trim().StartsWith(code + " ", StringComparison.Ordinal));
        option.Click();
        Assert.True(option.Selected, $"{selectId}: option {code} is not selected");
    }

}
