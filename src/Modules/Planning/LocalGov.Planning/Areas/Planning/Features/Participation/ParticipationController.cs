using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Resources;
using LocalGov.Planning.Services;
using LocalGov.Planning.Services.Participation;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Planning.Areas.Planning.Features.Participation;

/// <summary>
/// The LAO planning officer's side of participatory budgeting: the year's process and its dates, community
/// representatives, moderation (hide, merge, review) and accepting proposals into the development plan. Only the
/// officer's own LAO: another LAO's process or proposal is not found.
/// </summary>
[Area("Planning")]
[Authorize(Policy = PlanningModule.ManagePolicy)]
internal sealed class ParticipationController(
    LocalGovDbContext db,
    PlanningAccess access,
    ParticipantAccounts accounts,
    ProposalModeration moderation,
    PlanningSummaryWriter summaries,
    IStringLocalizer<Strings> l,
    TimeProvider clock) : Controller
{
    private DateOnly Today => ThaiDate.Today(clock);

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        var processes = await db.Set<ParticipationProcess>().AsNoTracking().Where(p => p.LaoId == lao.Id).OrderByDescending(p => p.FiscalYear).ToListAsync(cancellationToken);
        var ids = processes.Select(p => p.Id).ToList();
        var proposals = await db.Set<Proposal>().Where(p => ids.Contains(p.ProcessId)).GroupBy(p => p.ProcessId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var supports = await db.Set<ProposalSupport>().Where(p => ids.Contains(p.ProcessId)).GroupBy(p => p.ProcessId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var representatives = await db.Set<Participant>().AsNoTracking().Where(p => p.LaoId == lao.Id && p.Kind == ParticipantKind.CommunityRepresentative)
            .OrderBy(p => p.DisplayName).Select(p => new RepresentativeRow(p.DisplayName, p.Village, p.Email, p.EmailVerifiedAt != null)).ToListAsync(cancellationToken);
        return View(new ParticipationIndexViewModel(
            lao, [.. processes.Select(p => new ProcessRow(p, p.PhaseOn(Today), proposals.GetValueOrDefault(p.Id), supports.GetValueOrDefault(p.Id)))], representatives));
    }

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        var year = FiscalYear.Current(clock).BuddhistYear + 1;
        var start = Today;
        var form = new ProcessForm
        {
            FiscalYear = year,
            Title = l["Part.DefaultTitle", year],
            ProposalsFrom = ProcessForm.Iso(start),
            ProposalsUntil = ProcessForm.Iso(start.AddDays(30)),
            ReviewUntil = ProcessForm.Iso(start.AddDays(45)),
            SupportUntil = ProcessForm.Iso(start.AddDays(75)),
            ResultsOn = ProcessForm.Iso(start.AddDays(80)),
            FollowUpFrom = ProcessForm.Iso(start.AddDays(120)),
        };
        return View("Edit", new ProcessEditViewModel(lao, null, form));
    }

    [HttpPost]
    public async Task<IActionResult> Create(ProcessForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        if (ModelState.IsValid && await db.Set<ParticipationProcess>().AnyAsync(p => p.LaoId == lao.Id && p.FiscalYear == form.FiscalYear, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.FiscalYear), l["Part.Error.YearTaken", form.FiscalYear]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", new ProcessEditViewModel(lao, null, form));
        }

        var process = new ParticipationProcess { LaoId = lao.Id, FiscalYear = form.FiscalYear, Title = "", CreatedBy = access.UserName, CreatedAt = clock.GetUtcNow() };
        form.ApplyTo(process);
        db.Set<ParticipationProcess>().Add(process);
        await using (var tx = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await SummaryAsync(process, cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }

        TempData.Flash(l["Part.ProcessSaved"]);
        return RedirectToAction(nameof(Proposals), new { id = process.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var (lao, process) = await OwnProcessAsync(id, cancellationToken);
        return process is null ? NotFound() : View(new ProcessEditViewModel(lao!, id, ProcessForm.From(process)));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, ProcessForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (lao, process) = await OwnProcessAsync(id, cancellationToken);
        if (process is null)
        {
            return NotFound();
        }

        form.FiscalYear = process.FiscalYear;
        if (ModelState.IsValid)
        {
            db.Entry(process).Property(p => p.ConcurrencyStamp).OriginalValue = form.ConcurrencyStamp;
            form.ApplyTo(process);
            process.ConcurrencyStamp = Guid.NewGuid();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                TempData.Flash(l["Part.ProcessSaved"]);
                return RedirectToAction(nameof(Proposals), new { id });
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", l["Common.Concurrency"]);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new ProcessEditViewModel(lao!, id, form));
    }

    /// <summary>Moderation list of a process: every proposal, filtered by status, category and text.</summary>
    [HttpGet]
    public async Task<IActionResult> Proposals(int id, ModerationSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        var (lao, process) = await OwnProcessAsync(id, cancellationToken);
        if (process is null)
        {
            return NotFound();
        }

        var query = db.Set<Proposal>().AsNoTracking().Where(p => p.ProcessId == id);
        if (search.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        if (search.Category is { } category)
        {
            query = query.Where(p => p.Category == category);
        }

        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var q = search.Q.Trim();
            query = query.Where(p => p.Title.Contains(q) || p.Description.Contains(q));
        }

        var rows = await query.OrderByDescending(p => p.Id)
            .Select(p => new ModerationRow(p.Id, p.Title, p.Category, p.Status, p.SupportCount, p.CreatedAt)).ToListAsync(cancellationToken);
        return View(new ModerationViewModel(lao!, process, process.PhaseOn(Today), search, rows));
    }

    [HttpGet]
    public async Task<IActionResult> Review(int id, CancellationToken cancellationToken)
    {
        var (lao, process, proposal) = await OwnProposalAsync(id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        var proposer = await db.Set<Participant>().AsNoTracking().FirstAsync(p => p.Id == proposal.ParticipantId, cancellationToken);
        var comments = await (from c in db.Set<ProposalComment>().AsNoTracking()
                              join p in db.Set<Participant>() on c.ParticipantId equals p.Id
                              where c.ProposalId == id
                              orderby c.Id
                              select new StaffComment(c.Id, p.DisplayName, c.CreatedAt, c.Text, c.IsHidden, c.HiddenReason)).ToListAsync(cancellationToken);
        var targets = await db.Set<Proposal>().AsNoTracking()
            .Where(p => p.ProcessId == process!.Id && p.Id != id && p.Status != ProposalStatus.Hidden && p.Status != ProposalStatus.Merged)
            .OrderBy(p => p.Title).Select(p => new ModerationRow(p.Id, p.Title, p.Category, p.Status, p.SupportCount, p.CreatedAt)).ToListAsync(cancellationToken);
        var plan = await db.LoadCoveringAsync(process!.LaoId, process.FiscalYear, tracking: false, cancellationToken);
        var strategies = plan?.Strategies.OrderBy(s => s.No).Select(s => new StrategyChoice(s.Id, $"{s.No}. {s.Name}")).ToList() ?? [];
        var code = plan is null ? "" : SuggestCode(plan, process.FiscalYear);
        var projectCode = proposal.PlanProjectId is { } pid ? plan?.Projects.FirstOrDefault(p => p.Id == pid)?.Code : null;
        return View(new ReviewViewModel(lao!, process, proposal, proposer.DisplayName, proposer.Village, comments, targets, strategies, plan?.FirstYear, code, projectCode));
    }

    [HttpPost]
    public async Task<IActionResult> Hide(int id, string? reason, CancellationToken cancellationToken)
    {
        var (_, process, proposal) = await OwnProposalAsync(id, cancellationToken, tracking: true);
        if (proposal is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000)
        {
            return Done(id, ParticipationOutcome.Fail("Part.Error.ReasonRequired"));
        }

        return Done(id, await moderation.HideAsync(proposal, process!, reason, access.UserName, cancellationToken), "Part.Hidden");
    }

    [HttpPost]
    public async Task<IActionResult> Unhide(int id, CancellationToken cancellationToken)
    {
        var (_, process, proposal) = await OwnProposalAsync(id, cancellationToken, tracking: true);
        return proposal is null ? NotFound() : Done(id, await moderation.UnhideAsync(proposal, process!, access.UserName, cancellationToken), "Part.Unhidden");
    }

    [HttpPost]
    public async Task<IActionResult> HideComment(int id, int commentId, string? reason, bool hide, CancellationToken cancellationToken)
    {
        var (_, _, proposal) = await OwnProposalAsync(id, cancellationToken);
        var comment = proposal is null ? null : await db.Set<ProposalComment>().FirstOrDefaultAsync(c => c.Id == commentId && c.ProposalId == id, cancellationToken);
        if (comment is null)
        {
            return NotFound();
        }

        if (hide && (string.IsNullOrWhiteSpace(reason) || reason.Length > 500))
        {
            return Done(id, ParticipationOutcome.Fail("Part.Error.ReasonRequired"));
        }

        await moderation.SetCommentHiddenAsync(comment, hide, reason, cancellationToken);
        return Done(id, ParticipationOutcome.Ok, hide ? "Part.CommentHidden" : "Part.CommentShown");
    }

    [HttpPost]
    public async Task<IActionResult> Merge(int id, int targetId, CancellationToken cancellationToken)
    {
        var (_, process, proposal) = await OwnProposalAsync(id, cancellationToken, tracking: true);
        return proposal is null ? NotFound() : Done(id, await moderation.MergeAsync(proposal, targetId, process!, access.UserName, cancellationToken), "Part.Merged");
    }

    [HttpPost]
    public async Task<IActionResult> Feasible(int id, string? cost, CancellationToken cancellationToken)
    {
        var (_, process, proposal) = await OwnProposalAsync(id, cancellationToken, tracking: true);
        if (proposal is null)
        {
            return NotFound();
        }

        if (!StaffAmount.TryParse(cost, out var money))
        {
            return Done(id, ParticipationOutcome.Fail("Part.Error.Cost"));
        }

        return Done(id, await moderation.ReviewAsync(proposal, process!, true, money, null, access.UserName, cancellationToken), "Part.Reviewed");
    }

    [HttpPost]
    public async Task<IActionResult> NotFeasible(int id, string? reason, CancellationToken cancellationToken)
    {
        var (_, process, proposal) = await OwnProposalAsync(id, cancellationToken, tracking: true);
        if (proposal is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000)
        {
            return Done(id, ParticipationOutcome.Fail("Part.Error.ReasonRequired"));
        }

        return Done(id, await moderation.ReviewAsync(proposal, process!, false, null, reason, access.UserName, cancellationToken), "Part.Reviewed");
    }

    [HttpPost]
    public async Task<IActionResult> Accept(int id, int? strategyId, string? code, string? name, string? amount, CancellationToken cancellationToken)
    {
        var (_, process, proposal) = await OwnProposalAsync(id, cancellationToken, tracking: true);
        if (proposal is null)
        {
            return NotFound();
        }

        if (strategyId is null || string.IsNullOrWhiteSpace(code) || code.Trim().Length > 50 || string.IsNullOrWhiteSpace(name) || name.Trim().Length > 300)
        {
            return Done(id, ParticipationOutcome.Fail("Part.Error.AcceptFields"));
        }

        if (!StaffAmount.TryParse(amount, out var money))
        {
            return Done(id, ParticipationOutcome.Fail("Part.Error.Cost"));
        }

        return Done(id, await moderation.AcceptAsync(proposal, process!, new AcceptInput(strategyId.Value, code, name, money), access.UserName, cancellationToken), "Part.Accepted");
    }

    [HttpGet]
    public async Task<IActionResult> AddRepresentative(CancellationToken cancellationToken) =>
        await access.OwnLaoForChangeAsync(cancellationToken) is { } lao ? View(new RepresentativeViewModel(lao, new RepresentativeForm())) : Forbid();

    [HttpPost]
    public async Task<IActionResult> AddRepresentative(RepresentativeForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var outcome = await accounts.AddRepresentativeAsync(
                lao.Id, form.Name!, form.Village!, form.Email!, access.UserName,
                token => Url.Action("SetPassword", "Participate", new { area = "Planning", token }, Request.Scheme)!,
                new MailText(l["Pub.Mail.SetPasswordSubject"], l["Pub.Mail.SetPasswordBody"]), cancellationToken);
            if (outcome.Succeeded)
            {
                TempData.Flash(l["Part.RepresentativeAdded"]);
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddModelError(outcome.Field, l[outcome.ErrorKey!]);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new RepresentativeViewModel(lao, form));
    }

    private IActionResult Done(int proposalId, ParticipationOutcome outcome, string successKey = "")
    {
        TempData.Flash(outcome.Succeeded ? l[successKey] : l[outcome.ErrorKey!], outcome.Succeeded ? FlashKind.Success : FlashKind.Warning);
        return RedirectToAction(nameof(Review), new { id = proposalId });
    }

    private async Task<(LaoDto? Lao, ParticipationProcess? Process)> OwnProcessAsync(int id, CancellationToken cancellationToken)
    {
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return (null, null);
        }

        var process = await db.Set<ParticipationProcess>().FirstOrDefaultAsync(p => p.Id == id && p.LaoId == lao.Id, cancellationToken);
        return (lao, process);
    }

    private async Task<(LaoDto? Lao, ParticipationProcess? Process, Proposal? Proposal)> OwnProposalAsync(int id, CancellationToken cancellationToken, bool tracking = false)
    {
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return (null, null, null);
        }

        var proposals = tracking ? db.Set<Proposal>() : db.Set<Proposal>().AsNoTracking();
        var proposal = await proposals.FirstOrDefaultAsync(p => p.Id == id && p.LaoId == lao.Id, cancellationToken);
        if (proposal is null)
        {
            return (lao, null, null);
        }

        var process = await db.Set<ParticipationProcess>().AsNoTracking().FirstAsync(p => p.Id == proposal.ProcessId, cancellationToken);
        return (lao, process, proposal);
    }

    private async Task SummaryAsync(ParticipationProcess process, CancellationToken cancellationToken) =>
        await summaries.RefreshAsync(process.LaoId, process.FiscalYear, cancellationToken);

    /// <summary>The next free code of the "ปชช-{year}-NN" series in the plan (proposals accepted from the people).</summary>
    private static string SuggestCode(DevelopmentPlan plan, int fiscalYear)
    {
        for (var n = 1; ; n++)
        {
            var code = $"ปชช-{fiscalYear}-{n:00}";
            if (plan.Projects.All(p => !string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                return code;
            }
        }
    }
}
