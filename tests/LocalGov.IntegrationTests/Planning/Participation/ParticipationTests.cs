using System.Net;
using LocalGov.IntegrationTests.Budgeting;
using LocalGov.IntegrationTests.Finance.Vouchers;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Planning.Domain;
using LocalGov.SharedKernel.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static LocalGov.IntegrationTests.Planning.Participation.ParticipationTestData;

namespace LocalGov.IntegrationTests.Planning.Participation;

/// <summary>Participatory budgeting end to end: phases, support rules, accounts, scope, moderation and what the public sees.</summary>
public sealed class ParticipationTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private static Dictionary<string, string> ProposalFields(string title) => new()
    {
        ["Title"] = title,
        ["Description"] = "ถนนชำรุด",
        ["Category"] = nameof(ProposalCategory.RoadsAndInfrastructure),
        ["Location"] = "หมู่ 2",
        ["EstimatedCost"] = "250000",
    };

    private Task<int> ProposalsWithTitleAsync(string title) => factory.WithDbAsync(db => db.Set<Proposal>().CountAsync(p => p.Title == title));

    [Fact]
    public async Task Proposal_in_the_proposals_phase_is_saved()
    {
        var lao = await DemoLaoIdAsync(factory);
        var process = await ProcessAsync(factory, lao, ParticipationPhase.Proposals);
        var person = await ParticipantAsync(factory, lao);
        using var browser = new Browser(factory);
        await SignInAsync(browser, person);
        var title = "ข้อเสนอในช่วงรับ " + Guid.NewGuid().ToString("N")[..6];

        var (response, _) = await browser.SubmitAsync($"/Planning/Participate/Propose/{process.Id}", ProposalFields(title), "/Planning/Participate/Propose");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<Proposal>().SingleAsync(p => p.Title == title));
        Assert.Equal(person.Id, saved.ParticipantId);
        Assert.Equal(ProposalStatus.Submitted, saved.Status);
        Assert.Equal(25_000_000, saved.EstimatedCost.Satang);
    }

    [Theory]
    [InlineData((int)ParticipationPhase.NotOpenYet)]
    [InlineData((int)ParticipationPhase.Review)]
    [InlineData((int)ParticipationPhase.Support)]
    public async Task Proposal_outside_the_proposals_phase_is_refused_and_nothing_is_saved(int phase)
    {
        var lao = await DemoLaoIdAsync(factory);
        var process = await ProcessAsync(factory, lao, (ParticipationPhase)phase);
        var person = await ParticipantAsync(factory, lao);
        using var browser = new Browser(factory);
        await SignInAsync(browser, person);
        var title = "ข้อเสนอหลังหมดเขต " + Guid.NewGuid().ToString("N")[..6];

        // The form page itself sends the person back with the message; a post made anyway is refused.
        var (page, _) = await browser.GetAsync($"/Planning/Participate/Propose/{process.Id}");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var token = await TokenAsync(browser, $"/Planning/Participate/Process/{process.Id}");
        var (response, document) = await PostWithTokenAsync(browser, $"/Planning/Participate/Propose/{process.Id}", token, ProposalFields(title));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ข้อเสนอไม่ได้ถูกบันทึก", document.GetElementById("form-errors")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await ProposalsWithTitleAsync(title));
    }

    [Fact]
    public async Task Support_is_counted_once_and_a_second_attempt_gets_a_message()
    {
        var lao = await DemoLaoIdAsync(factory);
        var process = await ProcessAsync(factory, lao, ParticipationPhase.Support);
        var author = await ParticipantAsync(factory, lao);
        var supporter = await ParticipantAsync(factory, lao);
        var proposal = await ProposalAsync(factory, process, author);
        using var browser = new Browser(factory);
        await SignInAsync(browser, supporter);

        var (first, _) = await browser.SubmitAsync($"/Planning/Participate/Proposal/{proposal.Id}", new Dictionary<string, string>(), $"/Planning/Participate/Support/{proposal.Id}");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var token = await TokenAsync(browser, $"/Planning/Participate/Process/{process.Id}");
        var (second, _) = await PostWithTokenAsync(browser, $"/Planning/Participate/Support/{proposal.Id}", token);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Contains("สนับสนุนข้อเสนอนี้แล้ว", await FlashAsync(browser, second), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<ProposalSupport>().CountAsync(s => s.ProposalId == proposal.Id)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Proposal>().Where(p => p.Id == proposal.Id).Select(p => p.SupportCount).SingleAsync()));
    }

    [Fact]
    public async Task A_parallel_double_support_leaves_one_row_and_no_error()
    {
        var lao = await DemoLaoIdAsync(factory);
        var process = await ProcessAsync(factory, lao, ParticipationPhase.Support);
        var author = await ParticipantAsync(factory, lao);
        var supporter = await ParticipantAsync(factory, lao);
        var proposal = await ProposalAsync(factory, process, author);
        using var browser = new Browser(factory);
        await SignInAsync(browser, supporter);
        var token = await TokenAsync(browser, $"/Planning/Participate/Proposal/{proposal.Id}");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostWithTokenAsync(browser, $"/Planning/Participate/Support/{proposal.Id}", token)));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.Redirect, r.Response.StatusCode));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<ProposalSupport>().CountAsync(s => s.ProposalId == proposal.Id)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Proposal>().Where(p => p.Id == proposal.Id).Select(p => p.SupportCount).SingleAsync()));
    }

    [Fact]
    public async Task Support_outside_the_support_phase_or_of_an_unreviewed_proposal_is_refused()
    {
        var lao = await DemoLaoIdAsync(factory);
        var proposalsPhase = await ProcessAsync(factory, lao, ParticipationPhase.Proposals);
        var supportPhase = await ProcessAsync(factory, lao, ParticipationPhase.Support);
        var author = await ParticipantAsync(factory, lao);
        var supporter = await ParticipantAsync(factory, lao);
        var early = await ProposalAsync(factory, proposalsPhase, author);
        var unreviewed = await ProposalAsync(factory, supportPhase, author, ProposalStatus.Submitted);
        using var browser = new Browser(factory);
        await SignInAsync(browser, supporter);
        var token = await TokenAsync(browser, $"/Planning/Participate/Process/{supportPhase.Id}");

        var (tooEarly, _) = await PostWithTokenAsync(browser, $"/Planning/Participate/Support/{early.Id}", token);
        Assert.Contains("ไม่อยู่ในช่วงการสนับสนุน", await FlashAsync(browser, tooEarly), StringComparison.Ordinal);
        var (notFeasible, _) = await PostWithTokenAsync(browser, $"/Planning/Participate/Support/{unreviewed.Id}", token);
        Assert.Contains("พิจารณาแล้วว่าทำได้", await FlashAsync(browser, notFeasible), StringComparison.Ordinal);

        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<ProposalSupport>().CountAsync(s => s.ParticipantId == supporter.Id)));
    }

    [Fact]
    public async Task A_person_supports_at_most_the_process_limit_and_may_withdraw_to_choose_again()
    {
        var lao = await DemoLaoIdAsync(factory);
        var process = await ProcessAsync(factory, lao, ParticipationPhase.Support, supportsPerPerson: 1);
        var author = await ParticipantAsync(factory, lao);
        var supporter = await ParticipantAsync(factory, lao);
        var first = await ProposalAsync(factory, process, author);
        var second = await ProposalAsync(factory, process, author);
        using var browser = new Browser(factory);
        await SignInAsync(browser, supporter);
        var token = await TokenAsync(browser, $"/Planning/Participate/Process/{process.Id}");

        await PostWithTokenAsync(browser, $"/Planning/Participate/Support/{first.Id}", token);
        var (over, _) = await PostWithTokenAsync(browser, $"/Planning/Participate/Support/{second.Id}", token);
        Assert.Contains("ครบ 1 ข้อเสนอ", await FlashAsync(browser, over), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<ProposalSupport>().CountAsync(s => s.ProposalId == second.Id)));

        await PostWithTokenAsync(browser, $"/Planning/Participate/Withdraw/{first.Id}", token);
        await PostWithTokenAsync(browser, $"/Planning/Participate/Support/{second.Id}", token);
        var counts = await factory.WithDbAsync(db => db.Set<Proposal>().Where(p => p.Id == first.Id || p.Id == second.Id).OrderBy(p => p.Id).Select(p => p.SupportCount).ToListAsync());
        Assert.Equal([0, 1], counts);
    }

    [Fact]
    public async Task An_unverified_participant_cannot_sign_in_to_act()
    {
        var lao = await DemoLaoIdAsync(factory);
        var person = await ParticipantAsync(factory, lao, verified: false);
        using var browser = new Browser(factory);

        var (response, document) = await browser.SubmitAsync(
            "/Planning/Participate/SignIn", new Dictionary<string, string> { ["Email"] = person.Email, ["Password"] = Browser.DemoPassword }, "/Planning/Participate/SignIn");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ยังไม่ได้ยืนยันอีเมล", document.GetElementById("form-errors")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("LocalGov.Participant=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Registration_sends_a_verification_link_that_works_once()
    {
        var lao = await DemoLaoIdAsync(factory);
        await ProcessAsync(factory, lao, ParticipationPhase.Proposals);
        var email = $"new-{Guid.NewGuid():N}@example.org";
        using var browser = new Browser(factory);

        var (registered, _) = await browser.SubmitAsync("/Planning/Participate/Register", new Dictionary<string, string>
        {
            ["LaoId"] = lao.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email"] = email.ToUpperInvariant(),
            ["DisplayName"] = "ผู้ลงทะเบียนใหม่",
            ["Password"] = "Participate2569",
            ["ConfirmPassword"] = "Participate2569",
            ["Consent"] = "true",
        }, "/Planning/Participate/Register");
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var stored = await factory.WithDbAsync(db => db.Set<Participant>().AsNoTracking().SingleAsync(p => p.Email == email));
        Assert.Null(stored.EmailVerifiedAt);
        Assert.Equal(64, stored.TokenHash!.Length);

        var link = LinkFromMail(PickupDirectory, email);
        var (used, _) = await browser.GetAsync(link);
        var (again, _) = await browser.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.NotNull(await factory.WithDbAsync(db => db.Set<Participant>().Where(p => p.Email == email).Select(p => p.EmailVerifiedAt).SingleAsync()));
    }

    [Fact]
    public async Task An_expired_verification_link_is_refused_and_a_duplicate_email_gets_the_same_answer()
    {
        var lao = await DemoLaoIdAsync(factory);
        await ProcessAsync(factory, lao, ParticipationPhase.Proposals);
        var email = $"late-{Guid.NewGuid():N}@example.org";
        using var browser = new Browser(factory);
        var fields = new Dictionary<string, string>
        {
            ["LaoId"] = lao.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email"] = email,
            ["DisplayName"] = "ผู้มาช้า",
            ["Password"] = "Participate2569",
            ["ConfirmPassword"] = "Participate2569",
            ["Consent"] = "true",
        };
        var (_, first) = await browser.SubmitAsync("/Planning/Participate/Register", fields, "/Planning/Participate/Register");
        var (_, duplicate) = await browser.SubmitAsync("/Planning/Participate/Register", fields, "/Planning/Participate/Register");
        Assert.Equal(first.GetElementById("registered")?.TextContent, duplicate.GetElementById("registered")?.TextContent);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Participant>().CountAsync(p => p.Email == email)));

        var link = LinkFromMail(PickupDirectory, email);
        await factory.WithDbAsync(db => db.Set<Participant>().Where(p => p.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.TokenExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        var (response, _) = await browser.GetAsync(link);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Set<Participant>().Where(p => p.Email == email).Select(p => p.EmailVerifiedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_participant_of_another_LAO_cannot_propose_or_support_here()
    {
        var lao = await DemoLaoIdAsync(factory);
        var other = await ControlTestData.OtherLaoIdAsync(factory, lao);
        var proposals = await ProcessAsync(factory, lao, ParticipationPhase.Proposals);
        var support = await ProcessAsync(factory, lao, ParticipationPhase.Support);
        var author = await ParticipantAsync(factory, lao);
        var proposal = await ProposalAsync(factory, support, author);
        var outsider = await ParticipantAsync(factory, other);
        using var browser = new Browser(factory);
        await SignInAsync(browser, outsider);
        var title = "ข้อเสนอจากท้องถิ่นอื่น " + Guid.NewGuid().ToString("N")[..6];
        var token = await TokenAsync(browser, $"/Planning/Participate/Process/{proposals.Id}");

        var (proposed, _) = await PostWithTokenAsync(browser, $"/Planning/Participate/Propose/{proposals.Id}", token, ProposalFields(title));
        var (supported, _) = await PostWithTokenAsync(browser, $"/Planning/Participate/Support/{proposal.Id}", token);

        Assert.Equal(HttpStatusCode.Forbidden, proposed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, supported.StatusCode);
        Assert.Equal(0, await ProposalsWithTitleAsync(title));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<ProposalSupport>().CountAsync(s => s.ParticipantId == outsider.Id)));
    }

    [Fact]
    public async Task Hidden_proposals_and_hidden_comments_are_not_on_public_pages_and_no_personal_data_is()
    {
        var lao = await DemoLaoIdAsync(factory);
        var process = await ProcessAsync(factory, lao, ParticipationPhase.Proposals);
        var author = await ParticipantAsync(factory, lao);
        var commenter = await ParticipantAsync(factory, lao);
        var visible = await ProposalAsync(factory, process, author, ProposalStatus.Submitted, "ข้อเสนอที่เห็นได้ " + Guid.NewGuid().ToString("N")[..6]);
        var hidden = await ProposalAsync(factory, process, author, ProposalStatus.Submitted, "ข้อเสนอที่ถูกซ่อน " + Guid.NewGuid().ToString("N")[..6]);
        using (var citizen = new Browser(factory))
        {
            await SignInAsync(citizen, commenter);
            await citizen.SubmitAsync($"/Planning/Participate/Proposal/{visible.Id}", new Dictionary<string, string> { ["text"] = "ความคิดเห็นที่ยังแสดง" }, $"/Planning/Participate/Comment/{visible.Id}");
            await citizen.SubmitAsync($"/Planning/Participate/Proposal/{visible.Id}", new Dictionary<string, string> { ["text"] = "ความคิดเห็นที่ไม่เหมาะสม" }, $"/Planning/Participate/Comment/{visible.Id}");
        }

        using var staff = new Browser(factory);
        await staff.SignInAsync("planning");
        await staff.SubmitAsync($"/Planning/Participation/Review/{hidden.Id}", new Dictionary<string, string> { ["reason"] = "ข้อความไม่เหมาะสม" }, $"/Planning/Participation/Hide/{hidden.Id}");
        var comment = await factory.WithDbAsync(db => db.Set<ProposalComment>().SingleAsync(c => c.ProposalId == visible.Id && c.Text == "ความคิดเห็นที่ไม่เหมาะสม"));
        var (_, review) = await staff.GetAsync($"/Planning/Participation/Review/{visible.Id}");
        var toggle = review.QuerySelector($"li[data-comment-id='{comment.Id}'] form")!.GetAttribute("action")!;
        var token = (review.QuerySelector($"li[data-comment-id='{comment.Id}'] input[name=__RequestVerificationToken]") as AngleSharp.Html.Dom.IHtmlInputElement)!.Value;
        await PostWithTokenAsync(staff, toggle, token, new() { ["commentId"] = comment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["hide"] = "true", ["reason"] = "หยาบคาย" });

        using var visitor = new Browser(factory);
        var pages = new List<string>();
        foreach (var url in new[] { $"/Planning/Participate/Process/{process.Id}", $"/Planning/Participate/Proposal/{visible.Id}", $"/Planning/Participate/Results/{process.Id}" })
        {
            var (response, document) = await visitor.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            pages.Add(document.Body!.TextContent);
        }

        var (hiddenPage, _) = await visitor.GetAsync($"/Planning/Participate/Proposal/{hidden.Id}");
        Assert.Equal(HttpStatusCode.NotFound, hiddenPage.StatusCode);
        Assert.Contains(visible.Title, pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain(hidden.Title, pages[0] + pages[2], StringComparison.Ordinal);
        Assert.Contains("ความคิดเห็นที่ยังแสดง", pages[1], StringComparison.Ordinal);
        Assert.Contains("ผู้ร่วมแสดงความคิดเห็น", pages[1], StringComparison.Ordinal);
        Assert.DoesNotContain("ความคิดเห็นที่ไม่เหมาะสม", pages[1], StringComparison.Ordinal);
        foreach (var person in new[] { author, commenter })
        {
            Assert.All(pages, text =>
            {
                Assert.DoesNotContain(person.Email, text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(person.DisplayName, text, StringComparison.Ordinal);
                Assert.DoesNotContain(person.Village!, text, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public async Task Merging_a_duplicate_moves_its_supports_without_doubles()
    {
        var lao = await DemoLaoIdAsync(factory);
        var process = await ProcessAsync(factory, lao, ParticipationPhase.Support);
        var author = await ParticipantAsync(factory, lao);
        var both = await ParticipantAsync(factory, lao);
        var onlyDuplicate = await ParticipantAsync(factory, lao);
        var target = await ProposalAsync(factory, process, author);
        var duplicate = await ProposalAsync(factory, process, author);
        await SupportAsync(factory, target, both);
        await SupportAsync(factory, duplicate, both);
        await SupportAsync(factory, duplicate, onlyDuplicate);
        using var staff = new Browser(factory);
        await staff.SignInAsync("planning");

        var (response, _) = await staff.SubmitAsync(
            $"/Planning/Participation/Review/{duplicate.Id}", new Dictionary<string, string> { ["targetId"] = target.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/Planning/Participation/Merge/{duplicate.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (merged, supports) = await factory.WithDbAsync(async db => (
            await db.Set<Proposal>().AsNoTracking().Where(p => p.Id == duplicate.Id || p.Id == target.Id).ToListAsync(),
            await db.Set<ProposalSupport>().AsNoTracking().Where(s => s.ProposalId == duplicate.Id || s.ProposalId == target.Id).ToListAsync()));
        var mergedDuplicate = merged.Single(p => p.Id == duplicate.Id);
        Assert.Equal(ProposalStatus.Merged, mergedDuplicate.Status);
        Assert.Equal(target.Id, mergedDuplicate.MergedIntoId);
        Assert.Equal(0, mergedDuplicate.SupportCount);
        Assert.Equal(2, merged.Single(p => p.Id == target.Id).SupportCount);
        Assert.All(supports, s => Assert.Equal(target.Id, s.ProposalId));
        Assert.Equal(new[] { both.Id, onlyDuplicate.Id }.Order(), supports.Select(s => s.ParticipantId).Order());
    }

    [Fact]
    public async Task Accepting_into_the_plan_adds_a_pending_project_in_a_supplement_draft_and_links_the_proposal()
    {
        var lao = await DemoLaoIdAsync(factory);
        var process = await ProcessAsync(factory, lao, ParticipationPhase.Results);
        var author = await ParticipantAsync(factory, lao);
        var proposal = await ProposalAsync(factory, process, author);
        var (planId, strategyId) = await factory.WithDbAsync(async db =>
        {
            var plan = new DevelopmentPlan { LaoId = lao, FirstYear = process.FiscalYear - 1, Vision = "เมืองน่าอยู่", CreatedBy = "test", CreatedAt = DateTimeOffset.UtcNow };
            plan.StartVersion(PlanVersionKind.Original, "แผนพัฒนาท้องถิ่น", null, "test", DateTimeOffset.UtcNow);
            plan.Strategies.Add(new Strategy { No = 1, Name = "โครงสร้างพื้นฐาน", NationalStrategy = NationalStrategy.Competitiveness, AddedInVersion = 1 });
            db.Add(plan);
            await db.SaveChangesAsync();
            plan.ApproveDraft(ParticipationTestData.Today, "นายกเทศมนตรี", "test", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return (plan.Id, plan.Strategies[0].Id);
        });
        using var staff = new Browser(factory);
        await staff.SignInAsync("planning");

        var (response, _) = await staff.SubmitAsync($"/Planning/Participation/Review/{proposal.Id}", new Dictionary<string, string>
        {
            ["strategyId"] = strategyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["code"] = "ปชช-ทดสอบ-01",
            ["amount"] = "120000",
        }, $"/Planning/Participation/Accept/{proposal.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = await factory.WithDbAsync(db => db.Set<DevelopmentPlan>().Include(p => p.Versions).Include(p => p.Projects).ThenInclude(p => p.Revisions).AsNoTracking().SingleAsync(p => p.Id == planId));
        var draft = Assert.Single(plan.Versions, v => v.Status == PlanVersionStatus.Draft);
        Assert.Equal(PlanVersionKind.Supplement, draft.Kind);
        Assert.Equal(1, plan.CurrentVersionNo);
        var project = Assert.Single(plan.Projects);
        Assert.Equal("ปชช-ทดสอบ-01", project.Code);
        Assert.Equal(draft.Number, project.AddedInVersion);
        Assert.Equal(12_000_000, project.Revisions.Single().AmountForYearIndex(1).Satang);
        var accepted = await factory.WithDbAsync(db => db.Set<Proposal>().AsNoTracking().SingleAsync(p => p.Id == proposal.Id));
        Assert.Equal(ProposalStatus.Accepted, accepted.Status);
        Assert.Equal(project.Id, accepted.PlanProjectId);

        using var visitor = new Browser(factory);
        var (_, page) = await visitor.GetAsync($"/Planning/Participate/Proposal/{proposal.Id}");
        Assert.Equal("ปชช-ทดสอบ-01", page.GetElementById("outcome-project")?.GetAttribute("data-code"));
    }

    [Fact]
    public async Task Staff_of_another_LAO_cannot_moderate()
    {
        var lao = await DemoLaoIdAsync(factory);
        var other = await ControlTestData.OtherLaoIdAsync(factory, lao);
        await VoucherTestData.CreateUserAsync(factory, "otherplanner", other, Roles.LaoPlanningOfficer);
        var process = await ProcessAsync(factory, lao, ParticipationPhase.Proposals);
        var author = await ParticipantAsync(factory, lao);
        var proposal = await ProposalAsync(factory, process, author, ProposalStatus.Submitted);
        using var staff = new Browser(factory);
        await staff.SignInAsync("otherplanner");

        var (review, _) = await staff.GetAsync($"/Planning/Participation/Review/{proposal.Id}");
        var (list, _) = await staff.GetAsync($"/Planning/Participation/Proposals/{process.Id}");
        var token = await TokenAsync(staff, "/Planning/Participation/Create");
        var (hide, _) = await PostWithTokenAsync(staff, $"/Planning/Participation/Hide/{proposal.Id}", token, new() { ["reason"] = "ไม่ใช่ของเรา" });

        Assert.Equal(HttpStatusCode.NotFound, review.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hide.StatusCode);
        Assert.Equal(ProposalStatus.Submitted, await factory.WithDbAsync(db => db.Set<Proposal>().Where(p => p.Id == proposal.Id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Too_many_posts_from_one_address_get_429()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Planning:Participation:RateLimit:PermitsPerMinute", "2"));
        using var client = limited.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "nobody@example.org", ["Password"] = "x" });
            statuses.Add((await client.PostAsync("/Planning/Participate/SignIn", content)).StatusCode);
        }

        Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }

    private string PickupDirectory => factory.Services.GetRequiredService<IConfiguration>()["Planning:Mail:PickupDirectory"]!;
}
