using System.Text;
using AngleSharp.Html.Dom;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Services.Participation;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.IntegrationTests.Planning.Participation;

/// <summary>Processes, participants and proposals written straight to the database, with dates around today.</summary>
internal static class ParticipationTestData
{
    private static int _year = 2600;
    private static int _person;

    public static DateOnly Today => ThaiDate.Today(TimeProvider.System);

    /// <summary>A fiscal year no other test uses (processes are unique per LAO and year).</summary>
    public static int NewYear() => Interlocked.Increment(ref _year);

    public static Task<int> DemoLaoIdAsync(LocalGovFactory factory) => factory.WithDbAsync(db =>
        db.Database.SqlQuery<int>($"SELECT Id AS Value FROM org_Lao WHERE Code = {"3260101"}").SingleAsync());

    /// <summary>A process of the LAO whose dates put today in <paramref name="phase"/>.</summary>
    public static Task<ParticipationProcess> ProcessAsync(LocalGovFactory factory, int laoId, ParticipationPhase phase, int supportsPerPerson = 3) => factory.WithDbAsync(async db =>
    {
        var t = Today;
        var offsets = phase switch
        {
            ParticipationPhase.NotOpenYet => new[] { 5, 10, 20, 30, 40, 50 },
            ParticipationPhase.Proposals => [-5, 5, 10, 20, 30, 40],
            ParticipationPhase.Review => [-20, -10, 5, 20, 30, 40],
            ParticipationPhase.Support => [-30, -20, -10, 5, 20, 40],
            _ => [-60, -50, -40, -30, -5, 10],
        };
        var process = new ParticipationProcess
        {
            LaoId = laoId,
            FiscalYear = NewYear(),
            Title = "กระบวนการทดสอบ " + phase,
            ProposalsFrom = t.AddDays(offsets[0]),
            ProposalsUntil = t.AddDays(offsets[1]),
            ReviewUntil = t.AddDays(offsets[2]),
            SupportUntil = t.AddDays(offsets[3]),
            ResultsOn = t.AddDays(offsets[4]),
            FollowUpFrom = t.AddDays(offsets[5]),
            SupportsPerPerson = supportsPerPerson,
            CreatedBy = "test",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        Assert.Equal(phase, process.PhaseOn(t));
        db.Add(process);
        await db.SaveChangesAsync();
        return process;
    });

    /// <summary>A participant with the demo password; the email and name are unique so tests can look for them.</summary>
    public static Task<Participant> ParticipantAsync(LocalGovFactory factory, int laoId, bool verified = true) => factory.WithDbAsync(async db =>
    {
        var n = Interlocked.Increment(ref _person);
        var stamp = Guid.NewGuid().ToString("N")[..8];
        var person = new Participant
        {
            LaoId = laoId,
            Kind = ParticipantKind.Citizen,
            Email = $"p{n}-{stamp}@example.org",
            DisplayName = $"ผู้ทดสอบ{stamp}",
            Village = $"หมู่บ้านทดสอบ{stamp}",
            CreatedAt = DateTimeOffset.UtcNow,
            EmailVerifiedAt = verified ? DateTimeOffset.UtcNow : null,
        };
        person.PasswordHash = ParticipantAccounts.HashPassword(person, Browser.DemoPassword);
        db.Add(person);
        await db.SaveChangesAsync();
        return person;
    });

    public static Task<Proposal> ProposalAsync(LocalGovFactory factory, ParticipationProcess process, Participant by, ProposalStatus status = ProposalStatus.Feasible, string? title = null) =>
        factory.WithDbAsync(async db =>
        {
            var proposal = new Proposal
            {
                ProcessId = process.Id,
                LaoId = process.LaoId,
                ParticipantId = by.Id,
                Title = title ?? "ข้อเสนอทดสอบ " + Guid.NewGuid().ToString("N")[..6],
                Description = "รายละเอียดข้อเสนอทดสอบ",
                Category = ProposalCategory.RoadsAndInfrastructure,
                Location = "หมู่ 1",
                EstimatedCost = Money.FromBaht(100_000m),
                ReviewedCost = status == ProposalStatus.Feasible ? Money.FromBaht(120_000m) : null,
                Status = status,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Add(proposal);
            await db.SaveChangesAsync();
            return proposal;
        });

    public static Task SupportAsync(LocalGovFactory factory, Proposal proposal, Participant by) => factory.WithDbAsync(async db =>
    {
        db.Add(new ProposalSupport { ProcessId = proposal.ProcessId, ProposalId = proposal.Id, ParticipantId = by.Id, CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        await ParticipationWorkflow.RecountAsync(db, [proposal.Id], default);
        return 0;
    });

    public static async Task SignInAsync(Browser browser, Participant participant)
    {
        var (response, _) = await browser.SubmitAsync(
            "/Planning/Participate/SignIn", new Dictionary<string, string> { ["Email"] = participant.Email, ["Password"] = Browser.DemoPassword }, "/Planning/Participate/SignIn");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The anti-forgery token of a page (any of its post forms).</summary>
    public static async Task<string> TokenAsync(Browser browser, string url)
    {
        var (_, document) = await browser.GetAsync(url);
        return (document.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException($"No anti-forgery token on {url}");
    }

    public static Task<(HttpResponseMessage Response, IHtmlDocument Document)> PostWithTokenAsync(Browser browser, string url, string token, Dictionary<string, string>? fields = null)
    {
        var values = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = token };
        return browser.PostAsync(url, values);
    }

    /// <summary>The flash message the next page shows (after a post that redirected).</summary>
    public static async Task<string> FlashAsync(Browser browser, HttpResponseMessage redirect)
    {
        var (_, document) = await browser.GetAsync(Browser.PathOf(redirect));
        return document.GetElementById("flash")?.TextContent.Trim() ?? "";
    }

    /// <summary>The link of the newest mail to <paramref name="email"/> in the pickup folder (the body is base64).</summary>
    public static string LinkFromMail(string pickupDirectory, string email)
    {
        var file = Directory.GetFiles(pickupDirectory, "*.eml").Select(f => (Path: f, Text: File.ReadAllText(f)))
            .Where(f => f.Text.Contains(email, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(f => File.GetLastWriteTimeUtc(f.Path)).First();
        var split = file.Text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var body = Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(file.Text[(split + 4)..].Where(c => !char.IsWhiteSpace(c)))));
        var start = body.IndexOf("http", StringComparison.Ordinal);
        var end = body.IndexOfAny([' ', '\r', '\n'], start);
        return body[start..(end < 0 ? body.Length : end)];
    }
}
