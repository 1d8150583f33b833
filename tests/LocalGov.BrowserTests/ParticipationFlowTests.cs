using System.Globalization;
using LocalGov.SharedKernel.Time;
using OpenQA.Selenium;

namespace LocalGov.BrowserTests;

/// <summary>
/// Participatory budgeting from a citizen's proposal to the plan: the planning officer opens the demo LAO's FY 2570
/// process for proposals (edits its dates), a seeded citizen proposes, the officer reviews it as feasible and moves
/// the support phase to today, a second citizen supports it, the officer accepts it into the development plan that
/// covers 2570 (a supplement draft), and the public proposal page shows it accepted with its plan project.
/// </summary>
public sealed class ParticipationFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly DateOnly Today = ThaiDate.Today(TimeProvider.System);

    [Fact]
    public void A_citizen_proposal_is_supported_and_accepted_into_the_plan() => Run(() =>
    {
        var stamp = DateTime.UtcNow.ToString("HHmmssfff", CultureInfo.InvariantCulture);
        var title = "ทางเท้าหน้าโรงเรียน ทดสอบเบราว์เซอร์ " + stamp;

        // 1. The officer opens the FY 2570 process for proposals today.
        SignInAs("planning");
        GoTo("/Planning/Participation");
        var processId = WaitForVisible(By.CssSelector("#process-list tr[data-year='2570']")).GetDomAttribute("data-process-id");
        SetProcessDates(processId!, proposalsFrom: -2, proposalsUntil: 1, reviewUntil: 2, supportUntil: 10);

        // 2. A seeded, verified citizen proposes.
        SignInAsParticipant("citizen1@example.org");
        GoTo($"/Planning/Participate/Propose/{processId}");
        Type(By.Id("Title"), title);
        Type(By.Id("Description"), "นักเรียนเดินบนถนน ไม่มีทางเท้า");
        WaitForVisible(By.Id("Category")).FindElement(By.CssSelector("option[value='RoadsAndInfrastructure']")).Click();
        Type(By.Id("Location"), "หน้าโรงเรียนเทศบาล 1");
        Type(By.Id("EstimatedCost"), "350000");
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("propose-submit"))));
        Assert.Equal("Submitted", ProposalStatus());
        var proposalPath = CurrentPath;
        var proposalId = proposalPath[(proposalPath.LastIndexOf('/') + 1)..];

        // 3. The officer reviews it as feasible (the citizen's cost) and moves the support phase to today.
        SignInAs("planning");
        GoTo($"/Planning/Participation/Review/{proposalId}");
        ClickAndWaitForNewPage(Centered(WaitForVisible(By.Id("feasible-submit"))));
        Assert.Equal("Feasible", WaitForVisible(By.Id("review-status")).GetDomAttribute("data-status"));
        SetProcessDates(processId!, proposalsFrom: -4, proposalsUntil: -3, reviewUntil: -1, supportUntil: 10);

        // 4. A second citizen supports it.
        SignInAsParticipant("citizen2@example.org");
        GoTo(proposalPath);
        ClickAndWaitForNewPage(Centered(WaitForVisible(By.Id("support-submit"))));
        Assert.Equal("1", WaitForVisible(By.Id("support-count")).Text.Trim());
        Assert.True(IsPresent(By.Id("withdraw-submit")));

        // 5. The officer accepts it into the plan covering 2570.
        SignInAs("planning");
        GoTo($"/Planning/Participation/Review/{proposalId}");
        var code = WaitForVisible(By.Id("code"));
        Assert.False(string.IsNullOrWhiteSpace(code.GetDomProperty("value")));
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("accept-submit"))));
        Assert.Equal("Accepted", WaitForVisible(By.Id("review-status")).GetDomAttribute("data-status"));

        // 6. Anyone sees what became of it, and no one's name.
        StartAsNewVisitor();
        GoTo(proposalPath);
        Assert.Equal("Accepted", ProposalStatus());
        Assert.Contains(title[..10], WaitForVisible(By.Id("outcome-project")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("citizen1@example.org", Driver.PageSource, StringComparison.Ordinal);
    });

    private void SignInAsParticipant(string email)
    {
        StartAsNewVisitor();
        GoTo("/Planning/Participate/SignIn");
        Type(By.Id("Email"), email);
        Type(By.Id("Password"), "LocalGov2569");
        ClickAndWaitForNewPage(Driver.FindElement(By.Id("participant-sign-in-submit")));
        WaitForVisible(By.Id("participant-signed-in"));
    }

    /// <summary>Edits the process dates (days from today); results the day after support, follow-up a month later.</summary>
    private void SetProcessDates(string processId, int proposalsFrom, int proposalsUntil, int reviewUntil, int supportUntil)
    {
        GoTo($"/Planning/Participation/Edit/{processId}");
        SetDate("ProposalsFrom", Iso(proposalsFrom));
        SetDate("ProposalsUntil", Iso(proposalsUntil));
        SetDate("ReviewUntil", Iso(reviewUntil));
        SetDate("SupportUntil", Iso(supportUntil));
        SetDate("ResultsOn", Iso(supportUntil + 1));
        SetDate("FollowUpFrom", Iso(supportUntil + 30));
        ClickAndWaitForNewPage(Centered(Driver.FindElement(By.Id("process-submit"))));
        Assert.True(IsPresent(By.Id("moderation-list")), "the dates were saved");
    }

    private static string Iso(int days) => Today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string ProposalStatus() => WaitForVisible(By.Id("proposal-status")).GetDomAttribute("data-status") ?? "";

    private void SetDate(string id, string isoDate)
    {
        var input = WaitForVisible(By.Id(id));
        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].value = arguments[1];", input, isoDate);
        Assert.Equal(isoDate, input.GetDomProperty("value"));
    }

    private IWebElement Centered(IWebElement element)
    {
        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        return element;
    }
}
