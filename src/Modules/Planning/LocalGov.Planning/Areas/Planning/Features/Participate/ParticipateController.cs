using System.Globalization;
using System.Security.Claims;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Resources;
using LocalGov.Planning.Services;
using LocalGov.Planning.Services.Files;
using LocalGov.Planning.Services.Participation;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Planning.Areas.Planning.Features.Participate;

/// <summary>
/// The citizens' side of participatory budgeting. Reading is public; acting (propose, comment, support) needs a
/// signed-in, verified participant of the process's LAO (the participant cookie scheme, not a staff account). Public
/// pages never show who proposed, commented or supported. Writes are rate-limited per client address.
/// <para>
/// Every action is anonymous to the authorization middleware and the participant is read from
/// <see cref="PlanningModule.ParticipantScheme"/> by hand: a policy with that scheme would replace
/// <c>HttpContext.User</c> on the acting posts only, and their anti-forgery tokens (issued on the public pages to the
/// visitor, anonymous or staff) would then belong to another user and be refused.
/// </para>
/// </summary>
[Area("Planning")]
[AllowAnonymous]
internal sealed class ParticipateController(
    LocalGovDbContext db,
    IOrganizationDirectory directory,
    ParticipantAccounts accounts,
    ParticipationWorkflow workflow,
    AttachmentStore attachments,
    IStringLocalizer<Strings> l,
    TimeProvider clock) : Controller
{
    private static bool Thai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";

    private int? _participantId;
    private bool _participantRead;

    private DateOnly Today => ThaiDate.Today(clock);

    /// <summary>Reads the participant cookie once per request (the pages show sign-in or sign-out from it).</summary>
    public override async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        await ParticipantIdAsync();
        await next();
    }

    [HttpGet]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var processes = await db.Set<ParticipationProcess>().AsNoTracking().ToListAsync(cancellationToken);

        // One line per LAO: its latest process.
        var latest = processes.GroupBy(p => p.LaoId).Select(g => g.OrderByDescending(p => p.FiscalYear).First()).ToList();
        var laos = (await directory.GetLaosAsync([.. latest.Select(p => p.LaoId)], cancellationToken)).ToDictionary(x => x.Id);
        var provinces = (await directory.GetProvincesAsync(cancellationToken)).ToDictionary(p => p.Id);
        var items = latest.Where(p => laos.ContainsKey(p.LaoId)).Select(p =>
        {
            var lao = laos[p.LaoId];
            var province = provinces.TryGetValue(lao.ProvinceId, out var pr) ? (Thai ? pr.NameTh : pr.NameEn) : "";
            return new LaoWithProcess(lao, province, p.Id, p.FiscalYear, p.Title, p.PhaseOn(Today));
        });
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            items = items.Where(i => i.Lao.NameTh.Contains(term, StringComparison.OrdinalIgnoreCase) || i.Lao.NameEn.Contains(term, StringComparison.OrdinalIgnoreCase)
                || i.ProvinceName.Contains(term, StringComparison.OrdinalIgnoreCase) || i.Lao.Code == term);
        }

        return View(new ParticipateIndexViewModel(q, [.. items.OrderBy(i => i.ProvinceName, StringComparer.Ordinal).ThenBy(i => i.Lao.NameTh, StringComparer.Ordinal)]));
    }

    /// <summary>An LAO-year process: phases, and its public proposals filterable by category and sortable by support.</summary>
    [HttpGet]
    public async Task<IActionResult> Process(int id, ProposalCategory? category, string? sort, CancellationToken cancellationToken)
    {
        var process = await db.Set<ParticipationProcess>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (process is null || await directory.FindLaoAsync(process.LaoId, cancellationToken) is not { } lao)
        {
            return NotFound();
        }

        var proposals = await PublicProposalsAsync(process.Id, category, cancellationToken);
        sort = sort == "support" ? "support" : "new";
        proposals = sort == "support" ? [.. proposals.OrderByDescending(p => p.SupportCount).ThenBy(p => p.Id)] : proposals;
        var participant = await workflow.ActingParticipantAsync(await ParticipantIdAsync(), process.LaoId, cancellationToken);
        var supported = participant is null ? [] : (await db.Set<ProposalSupport>().AsNoTracking()
            .Where(s => s.ProcessId == process.Id && s.ParticipantId == participant.Id).Select(s => s.ProposalId).ToListAsync(cancellationToken)).ToHashSet();
        return View(new ProcessViewModel(
            process, lao, process.PhaseOn(Today), proposals, category, sort, await ParticipantIdAsync() is not null, participant is not null, supported,
            Math.Max(0, process.SupportsPerPerson - supported.Count)));
    }

    [HttpGet]
    public async Task<IActionResult> Proposal(int id, CancellationToken cancellationToken)
    {
        var proposal = await db.Set<Proposal>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        var process = await db.Set<ParticipationProcess>().AsNoTracking().FirstAsync(p => p.Id == proposal.ProcessId, cancellationToken);
        if (!proposal.IsPublic)
        {
            // A merged duplicate leads to the proposal it was merged into; a hidden one is simply not there.
            return proposal is { Status: ProposalStatus.Merged, MergedIntoId: { } into } ? RedirectToAction(nameof(Proposal), new { id = into }) : NotFound();
        }

        var lao = await directory.FindLaoAsync(process.LaoId, cancellationToken);
        if (lao is null)
        {
            return NotFound();
        }

        var photos = await db.Set<Attachment>().AsNoTracking().Where(a => a.Owner == AttachmentOwner.Proposal && a.OwnerId == id).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        var comments = await db.Set<ProposalComment>().AsNoTracking().Where(c => c.ProposalId == id && !c.IsHidden).OrderBy(c => c.Id)
            .Select(c => new PublicComment(c.CreatedAt, c.Text)).ToListAsync(cancellationToken);
        var participant = await workflow.ActingParticipantAsync(await ParticipantIdAsync(), process.LaoId, cancellationToken);
        var supports = participant is not null && await db.Set<ProposalSupport>().AnyAsync(s => s.ProposalId == id && s.ParticipantId == participant.Id, cancellationToken);
        return View(new ProposalViewModel(
            process, lao, process.PhaseOn(Today), proposal, photos, comments, await OutcomeAsync(proposal, process, cancellationToken),
            await ParticipantIdAsync() is not null, participant is not null, supports, null));
    }

    /// <summary>Results: the public proposals ranked by support, the accepted ones marked.</summary>
    [HttpGet]
    public async Task<IActionResult> Results(int id, CancellationToken cancellationToken)
    {
        var process = await db.Set<ParticipationProcess>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (process is null || await directory.FindLaoAsync(process.LaoId, cancellationToken) is not { } lao)
        {
            return NotFound();
        }

        var ranked = (await PublicProposalsAsync(process.Id, null, cancellationToken)).OrderByDescending(p => p.SupportCount).ThenBy(p => p.Id).ToList();
        return View(new ResultsViewModel(process, lao, process.PhaseOn(Today), ranked));
    }

    /// <summary>A photo of a public proposal.</summary>
    [HttpGet]
    public async Task<IActionResult> Photo(int id, CancellationToken cancellationToken)
    {
        var attachment = await db.Set<Attachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.Owner == AttachmentOwner.Proposal && a.ContentType.StartsWith("image/"), cancellationToken);
        if (attachment is null || !await db.Set<Proposal>().AnyAsync(p => p.Id == attachment.OwnerId && p.Status != ProposalStatus.Hidden && p.Status != ProposalStatus.Merged, cancellationToken))
        {
            return NotFound();
        }

        var stream = attachments.OpenRead(attachment);
        return stream is null ? NotFound() : File(stream, attachment.ContentType);
    }

    [HttpGet]
    public async Task<IActionResult> Register(int? laoId, CancellationToken cancellationToken) =>
        View(new RegisterViewModel(new RegisterForm { LaoId = laoId }, await LaosWithProcessAsync(cancellationToken)));

    [HttpPost]
    [EnableRateLimiting(PlanningModule.ParticipationRateLimit)]
    public async Task<IActionResult> Register(RegisterForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var laos = await LaosWithProcessAsync(cancellationToken);
        if (form.LaoId is { } chosen && laos.All(x => x.Id != chosen))
        {
            ModelState.AddModelError(nameof(form.LaoId), l["Pub.Error.Required"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new RegisterViewModel(form, laos));
        }

        await accounts.RegisterAsync(
            form.LaoId!.Value, form.Email!, form.DisplayName!, form.Password!,
            token => Url.Action(nameof(Verify), "Participate", new { area = "Planning", token }, Request.Scheme)!,
            new MailText(l["Pub.Mail.VerifySubject"], l["Pub.Mail.VerifyBody"]), cancellationToken);

        // The same answer whether or not the address was already registered.
        return View("Registered");
    }

    [HttpGet]
    public async Task<IActionResult> Verify(string? token, CancellationToken cancellationToken)
    {
        var verified = await accounts.VerifyEmailAsync(token, cancellationToken);
        if (!verified)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View("Verified", verified);
    }

    [HttpGet]
    public async Task<IActionResult> SetPassword(string? token, CancellationToken cancellationToken)
    {
        if (await accounts.FindByTokenAsync(token, cancellationToken) is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Verified", false);
        }

        return View(new SetPasswordForm { Token = token });
    }

    [HttpPost]
    [EnableRateLimiting(PlanningModule.ParticipationRateLimit)]
    public async Task<IActionResult> SetPassword(SetPasswordForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }

        if (!await accounts.SetPasswordAsync(form.Token, form.Password!, cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Verified", false);
        }

        TempData.Flash(l["Pub.PasswordSet"]);
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [HttpPost]
    [EnableRateLimiting(PlanningModule.ParticipationRateLimit)]
    public async Task<IActionResult> SignIn(SignInForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (participant, refusal) = string.IsNullOrWhiteSpace(form.Email) || string.IsNullOrEmpty(form.Password)
            ? (null, SignInRefusal.WrongCredentials)
            : await accounts.CheckSignInAsync(form.Email, form.Password, cancellationToken);
        if (participant is null)
        {
            ModelState.AddModelError("", l[refusal == SignInRefusal.NotVerified ? "Pub.Error.NotVerified" : "Pub.Error.SignIn"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            form.Password = null;
            return View(form);
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, participant.Id.ToString(CultureInfo.InvariantCulture)), new Claim("lao", participant.LaoId.ToString(CultureInfo.InvariantCulture))],
            PlanningModule.ParticipantScheme);
        await HttpContext.SignInAsync(PlanningModule.ParticipantScheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = true });
        if (Url.IsLocalUrl(form.ReturnUrl))
        {
            return LocalRedirect(form.ReturnUrl);
        }

        var process = await db.Set<ParticipationProcess>().AsNoTracking().Where(p => p.LaoId == participant.LaoId).OrderByDescending(p => p.FiscalYear).FirstOrDefaultAsync(cancellationToken);
        return process is null ? RedirectToAction(nameof(Index)) : RedirectToAction(nameof(Process), new { id = process.Id });
    }

    [HttpPost]
    public async Task<IActionResult> SignOut(CancellationToken cancellationToken)
    {
        await HttpContext.SignOutAsync(PlanningModule.ParticipantScheme);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Propose(int id, CancellationToken cancellationToken)
    {
        var (process, lao, refusal) = await ForActingAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (process!.PhaseOn(Today) != ParticipationPhase.Proposals)
        {
            TempData.Flash(l["Pub.Error.ProposalsClosed"], FlashKind.Warning);
            return RedirectToAction(nameof(Process), new { id });
        }

        return View(new ProposeViewModel(process, lao!, new ProposeForm()));
    }

    [HttpPost]
    [EnableRateLimiting(PlanningModule.ParticipationRateLimit)]
    public async Task<IActionResult> Propose(int id, ProposeForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (process, lao, refusal) = await ForActingAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (process!.PhaseOn(Today) != ParticipationPhase.Proposals)
        {
            ModelState.AddModelError("", l["Pub.Error.ProposalsClosed"]);
        }

        if (ModelState.IsValid)
        {
            ProposeForm.TryCost(form.EstimatedCost, out var cost);
            ProposeForm.TryCoordinate(form.Latitude, 90, out var lat);
            ProposeForm.TryCoordinate(form.Longitude, 180, out var lng);
            var participant = (await workflow.ActingParticipantAsync(await ParticipantIdAsync(), process.LaoId, cancellationToken))!;
            var (proposal, outcome) = await workflow.ProposeAsync(
                participant, process, new ProposalInput(form.Title!, form.Description!, form.Category!.Value, form.Location, lat, lng, cost, form.Photos), cancellationToken);
            if (outcome.Succeeded)
            {
                TempData.Flash(l["Pub.Proposed"]);
                return RedirectToAction(nameof(Proposal), new { id = proposal!.Id });
            }

            ModelState.AddModelError(outcome.Field, l[outcome.ErrorKey!, ParticipationWorkflow.MaxPhotos]);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new ProposeViewModel(process, lao!, form));
    }

    [HttpPost]
    [EnableRateLimiting(PlanningModule.ParticipationRateLimit)]
    public async Task<IActionResult> Comment(int id, string? text, CancellationToken cancellationToken)
    {
        var proposal = await db.Set<Proposal>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        var (process, _, refusal) = await ForActingAsync(proposal.ProcessId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > 2000)
        {
            TempData.Flash(l["Pub.Error.CommentText"], FlashKind.Warning);
            return RedirectToAction(nameof(Proposal), new { id });
        }

        var participant = (await workflow.ActingParticipantAsync(await ParticipantIdAsync(), process!.LaoId, cancellationToken))!;
        var outcome = await workflow.CommentAsync(participant, proposal, process, text, cancellationToken);
        TempData.Flash(outcome.Succeeded ? l["Pub.Commented"] : l[outcome.ErrorKey!], outcome.Succeeded ? FlashKind.Success : FlashKind.Warning);
        return RedirectToAction(nameof(Proposal), new { id });
    }

    [HttpPost]
    [EnableRateLimiting(PlanningModule.ParticipationRateLimit)]
    public Task<IActionResult> Support(int id, string? returnTo, CancellationToken cancellationToken) =>
        SupportOrWithdrawAsync(id, returnTo, withdraw: false, cancellationToken);

    [HttpPost]
    [EnableRateLimiting(PlanningModule.ParticipationRateLimit)]
    public Task<IActionResult> Withdraw(int id, string? returnTo, CancellationToken cancellationToken) =>
        SupportOrWithdrawAsync(id, returnTo, withdraw: true, cancellationToken);

    private async Task<IActionResult> SupportOrWithdrawAsync(int id, string? returnTo, bool withdraw, CancellationToken cancellationToken)
    {
        var proposal = await db.Set<Proposal>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        var (process, _, refusal) = await ForActingAsync(proposal.ProcessId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var participant = (await workflow.ActingParticipantAsync(await ParticipantIdAsync(), process!.LaoId, cancellationToken))!;
        var outcome = withdraw ? await workflow.WithdrawAsync(participant, id, cancellationToken) : await workflow.SupportAsync(participant, id, cancellationToken);
        var message = outcome.Succeeded ? l[withdraw ? "Pub.Withdrawn" : "Pub.Supported"] : l[outcome.ErrorKey!, process.SupportsPerPerson];
        TempData.Flash(message, outcome.Succeeded ? FlashKind.Success : FlashKind.Warning);
        return returnTo == "process" ? RedirectToAction(nameof(Process), new { id = process.Id }) : RedirectToAction(nameof(Proposal), new { id });
    }

    /// <summary>The process and LAO when the signed-in participant may act there; otherwise a 404 (no process) or a 403.</summary>
    private async Task<(ParticipationProcess? Process, LaoDto? Lao, IActionResult? Refusal)> ForActingAsync(int processId, CancellationToken cancellationToken)
    {
        var process = await db.Set<ParticipationProcess>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == processId, cancellationToken);
        if (process is null || await directory.FindLaoAsync(process.LaoId, cancellationToken) is not { } lao)
        {
            return (null, null, NotFound());
        }

        if (await ParticipantIdAsync() is null)
        {
            var back = Url.Action(nameof(Process), new { id = process.Id });
            return (null, null, RedirectToAction(nameof(SignIn), new { returnUrl = back }));
        }

        if (await workflow.ActingParticipantAsync(await ParticipantIdAsync(), process.LaoId, cancellationToken) is null)
        {
            // Signed in, but not verified, disabled, or living in another LAO.
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return (null, null, View("NotParticipant", lao));
        }

        return (process, lao, null);
    }

    private async Task<int?> ParticipantIdAsync()
    {
        if (!_participantRead)
        {
            var result = await HttpContext.AuthenticateAsync(PlanningModule.ParticipantScheme);
            _participantId = result.Succeeded && int.TryParse(result.Principal.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id) ? id : null;
            _participantRead = true;
            ViewData["ParticipantSignedIn"] = _participantId is not null;
        }

        return _participantId;
    }

    private async Task<List<PublicProposal>> PublicProposalsAsync(int processId, ProposalCategory? category, CancellationToken cancellationToken)
    {
        var query = db.Set<Proposal>().AsNoTracking().Where(p => p.ProcessId == processId && p.Status != ProposalStatus.Hidden && p.Status != ProposalStatus.Merged);
        if (category is { } c)
        {
            query = query.Where(p => p.Category == c);
        }

        var rows = await query.OrderByDescending(p => p.Id)
            .Select(p => new PublicProposal(p.Id, p.Title, p.Category, p.Location, p.EstimatedCost, p.ReviewedCost, p.Status, p.SupportCount, null))
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var thumbs = (await db.Set<Attachment>().AsNoTracking().Where(a => a.Owner == AttachmentOwner.Proposal && ids.Contains(a.OwnerId))
                .Select(a => new { a.OwnerId, a.Id }).ToListAsync(cancellationToken))
            .GroupBy(a => a.OwnerId).ToDictionary(g => g.Key, g => g.Min(a => a.Id));
        return [.. rows.Select(r => thumbs.TryGetValue(r.Id, out var t) ? r with { ThumbnailId = t } : r)];
    }

    private async Task<ProposalOutcome?> OutcomeAsync(Proposal proposal, ParticipationProcess process, CancellationToken cancellationToken)
    {
        if (proposal.PlanProjectId is not { } projectId)
        {
            return null;
        }

        var project = await db.Set<PlanProject>().AsNoTracking().Include(p => p.Revisions).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return null;
        }

        var plan = await db.Set<DevelopmentPlan>().AsNoTracking().FirstAsync(p => p.Id == project.PlanId, cancellationToken);
        var approved = project.AddedInVersion <= plan.CurrentVersionNo;
        var revision = project.Revisions.OrderByDescending(r => r.FromVersion).First();
        var entry = await db.Set<ActionPlanEntry>().AsNoTracking()
            .Where(e => e.ProjectId == projectId).OrderByDescending(e => e.FiscalYear == process.FiscalYear).ThenByDescending(e => e.FiscalYear)
            .FirstOrDefaultAsync(cancellationToken);
        return new ProposalOutcome(project.Code, revision.Name, approved, entry?.Status, entry?.PercentComplete);
    }

    private async Task<IReadOnlyList<LaoDto>> LaosWithProcessAsync(CancellationToken cancellationToken)
    {
        var ids = await db.Set<ParticipationProcess>().AsNoTracking().Select(p => p.LaoId).Distinct().ToListAsync(cancellationToken);
        return [.. (await directory.GetLaosAsync(ids, cancellationToken)).OrderBy(x => x.NameTh, StringComparer.Ordinal)];
    }
}
