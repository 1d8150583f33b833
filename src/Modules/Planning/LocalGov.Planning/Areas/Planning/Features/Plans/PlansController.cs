using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Resources;
using LocalGov.Planning.Services;
using LocalGov.Planning.Services.Plans;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Planning.Areas.Planning.Features.Plans;

/// <summary>
/// แผนพัฒนาท้องถิ่น: the LAO's five-year plans, the plan in force and its open draft, draft editing (strategies,
/// projects, amendments and supplements), the executive's approval, the version history and the exports.
/// </summary>
[Area("Planning")]
[Authorize(Policy = PlanningModule.ReadPolicy)]
internal sealed class PlansController(
    LocalGovDbContext db,
    PlanningAccess access,
    PlanEditor editor,
    PlanWorkbook workbook,
    IAuthorizationService authorization,
    IStringLocalizer<Strings> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? laoId, string? code, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        return View(await ListAsync(choice.Lao, new PlanCreateForm(), cancellationToken));
    }

    [HttpPost]
    [Authorize(Policy = PlanningModule.ManagePolicy)]
    public async Task<IActionResult> Create(PlanCreateForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var first = form.FirstYear!.Value;
            var result = await editor.CreateAsync(
                lao.Id, first, form.Vision!.Trim(), PlanText.Clean(form.Mission), l["Plans.OriginalTitle", first, first + DevelopmentPlan.Years - 1], access.UserName, cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(l["Plans.Created", first, first + DevelopmentPlan.Years - 1]);
                return RedirectToAction(nameof(Details), new { id = result.PlanId, draft = true });
            }

            AddErrors(result.Errors);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), await ListAsync(lao, form, cancellationToken));
    }

    /// <summary>The plan in force; with <paramref name="draft"/> the open draft's content instead.</summary>
    [HttpGet]
    public async Task<IActionResult> Details(int id, bool draft, CancellationToken cancellationToken)
    {
        var (plan, lao) = await ReadAsync(id, cancellationToken);
        if (plan is null || lao is null)
        {
            return NotFound();
        }

        return View(await PageAsync(plan, lao, draft, new StartVersionForm { ConcurrencyStamp = plan.ConcurrencyStamp }, cancellationToken));
    }

    [HttpGet]
    public async Task<IActionResult> History(int id, CancellationToken cancellationToken)
    {
        var (plan, lao) = await ReadAsync(id, cancellationToken);
        if (plan is null || lao is null)
        {
            return NotFound();
        }

        var versions = plan.Versions.OrderByDescending(v => v.Number).Select(v => (v, PlanVersionChanges.For(plan, v.Number))).ToList();
        return View(new PlanHistoryViewModel(lao, plan, versions));
    }

    [HttpGet]
    public async Task<IActionResult> Print(int id, bool draft, CancellationToken cancellationToken)
    {
        var (plan, lao) = await ReadAsync(id, cancellationToken);
        if (plan is null || lao is null || (draft && plan.Draft is null))
        {
            return NotFound();
        }

        return View(await PageAsync(plan, lao, draft, new StartVersionForm(), cancellationToken));
    }

    /// <summary>The plan (in force, or the draft) as แบบ ผ.02 in Excel: projects by strategy with subtotals and a grand total.</summary>
    [HttpGet]
    public async Task<IActionResult> Excel(int id, bool draft, CancellationToken cancellationToken)
    {
        var (plan, lao) = await ReadAsync(id, cancellationToken);
        if (plan is null || lao is null || (draft && plan.Draft is null))
        {
            return NotFound();
        }

        var content = PlanContent.At(plan, draft ? plan.Draft!.Number : plan.CurrentVersionNo);
        var bytes = workbook.Write(lao, content, draft);
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"plan-{lao.Code}-{plan.FirstYear}-{plan.LastYear}{(draft ? "-draft" : "")}.xlsx");
    }

    [HttpGet]
    [Authorize(Policy = PlanningModule.ManagePolicy)]
    public async Task<IActionResult> Strategy(int id, int? strategyId, CancellationToken cancellationToken)
    {
        var (plan, denied) = await ForDraftChangeAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var form = new StrategyForm
        {
            No = plan!.Strategies.Select(s => s.No).DefaultIfEmpty(0).Max() + 1,
            NationalStrategy = NationalStrategy.Competitiveness,
            ConcurrencyStamp = plan.ConcurrencyStamp,
        };
        if (strategyId is not null)
        {
            var strategy = plan.Strategies.FirstOrDefault(s => s.Id == strategyId);
            if (strategy is null)
            {
                return NotFound();
            }

            form = new StrategyForm
            {
                No = strategy.No,
                Name = strategy.Name,
                Goal = strategy.Goal,
                ProvinceStrategy = strategy.ProvinceStrategy,
                NationalStrategy = strategy.NationalStrategy,
                ConcurrencyStamp = plan.ConcurrencyStamp,
            };
        }

        return View(new StrategyFormViewModel(plan, strategyId, form));
    }

    [HttpPost]
    [Authorize(Policy = PlanningModule.ManagePolicy)]
    public async Task<IActionResult> Strategy(int id, int? strategyId, StrategyForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (plan, denied) = await ForDraftChangeAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        if (ModelState.IsValid)
        {
            var result = await editor.SaveStrategyAsync(plan!, form.ConcurrencyStamp, strategyId, form.ToInput(), cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(l["Plans.StrategySaved", form.Name!.Trim()]);
                return RedirectToAction(nameof(Details), new { id, draft = true });
            }

            AddErrors(result.Errors);
            plan = await editor.LoadAsync(id, tracking: false, cancellationToken);
            form.ConcurrencyStamp = plan!.ConcurrencyStamp;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new StrategyFormViewModel(plan!, strategyId, form));
    }

    [HttpGet]
    [Authorize(Policy = PlanningModule.ManagePolicy)]
    public async Task<IActionResult> Project(int id, int? projectId, CancellationToken cancellationToken)
    {
        var (plan, denied) = await ForDraftChangeAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var draftNo = plan!.Draft!.Number;
        var form = new ProjectForm { ConcurrencyStamp = plan.ConcurrencyStamp };
        if (projectId is not null)
        {
            var project = plan.Projects.FirstOrDefault(p => p.Id == projectId && p.IsInPlanAt(draftNo));
            if (project?.RevisionAt(draftNo) is not { } revision)
            {
                return NotFound();
            }

            form = ProjectForm.From(project, revision, plan.ConcurrencyStamp);
        }

        return View(new ProjectFormViewModel(plan, projectId, form, DraftStrategies(plan)));
    }

    [HttpPost]
    [Authorize(Policy = PlanningModule.ManagePolicy)]
    public async Task<IActionResult> Project(int id, int? projectId, ProjectForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (plan, denied) = await ForDraftChangeAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        if (projectId is not null)
        {
            // The code is the project's identity that budget lines refer to: it does not change.
            form.Code = plan!.Projects.FirstOrDefault(p => p.Id == projectId)?.Code ?? form.Code;
            ModelState.Remove(nameof(ProjectForm.Code));
        }

        if (ModelState.IsValid)
        {
            var result = await editor.SaveProjectAsync(plan!, form.ConcurrencyStamp, projectId, form.ToInput(), cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(l["Plans.ProjectSaved", form.Code!.Trim()]);
                return RedirectToAction(nameof(Details), new { id, draft = true });
            }

            AddErrors(result.Errors);
            plan = await editor.LoadAsync(id, tracking: false, cancellationToken);
            form.ConcurrencyStamp = plan!.ConcurrencyStamp;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new ProjectFormViewModel(plan!, projectId, form, DraftStrategies(plan!)));
    }

    [HttpPost]
    [Authorize(Policy = PlanningModule.ManagePolicy)]
    public async Task<IActionResult> RemoveProject(int id, int projectId, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        var (plan, denied) = await ForDraftChangeAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var code = plan!.Projects.FirstOrDefault(p => p.Id == projectId)?.Code ?? "";
        var result = await editor.RemoveProjectAsync(plan, concurrencyStamp, projectId, cancellationToken);
        Flash(result, l["Plans.ProjectRemoved", code]);
        return RedirectToAction(nameof(Details), new { id, draft = true });
    }

    [HttpPost]
    [Authorize(Policy = PlanningModule.ManagePolicy)]
    public async Task<IActionResult> StartVersion(int id, StartVersionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (plan, lao, denied) = await ForChangeAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        if (ModelState.IsValid)
        {
            var result = await editor.StartVersionAsync(plan!, form.ConcurrencyStamp, form.Kind!.Value, form.Title!.Trim(), PlanText.Clean(form.Reason), access.UserName, cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(l["Plans.VersionStarted", form.Title.Trim()]);
                return RedirectToAction(nameof(Details), new { id, draft = true });
            }

            AddErrors(result.Errors);
            plan = await editor.LoadAsync(id, tracking: false, cancellationToken);
            form.ConcurrencyStamp = plan!.ConcurrencyStamp;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Details), await PageAsync(plan!, lao!, false, form, cancellationToken));
    }

    [HttpPost]
    [Authorize(Policy = PlanningModule.ManagePolicy)]
    public async Task<IActionResult> Discard(int id, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        var (plan, denied) = await ForDraftChangeAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var result = await editor.DiscardAsync(plan!, concurrencyStamp, cancellationToken);
        Flash(result, l["Plans.Discarded"]);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    [Authorize(Policy = PlanningModule.ApprovePolicy)]
    public async Task<IActionResult> Approve(int id, CancellationToken cancellationToken)
    {
        var (plan, denied) = await ForDraftChangeAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        return View(new ApproveFormViewModel(plan!, plan!.Draft!, new ApproveForm { ConcurrencyStamp = plan.ConcurrencyStamp }));
    }

    [HttpPost]
    [Authorize(Policy = PlanningModule.ApprovePolicy)]
    public async Task<IActionResult> Approve(int id, ApproveForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (plan, denied) = await ForDraftChangeAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var draft = plan!.Draft!;
        if (ModelState.IsValid)
        {
            var result = await editor.ApproveAsync(plan, form.ConcurrencyStamp, form.Date!.Value, form.ApprovedBy!.Trim(), access.UserName, cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(l["Plans.Approved", draft.Number]);
                return RedirectToAction(nameof(Details), new { id });
            }

            AddErrors(result.Errors);
            plan = await editor.LoadAsync(id, tracking: false, cancellationToken);
            form.ConcurrencyStamp = plan!.ConcurrencyStamp;
            if (plan.Draft is null)
            {
                return RedirectToAction(nameof(Details), new { id });
            }

            draft = plan.Draft;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new ApproveFormViewModel(plan, draft, form));
    }

    private static List<Strategy> DraftStrategies(DevelopmentPlan plan) =>
        [.. plan.Strategies.Where(s => plan.Draft is { } d && s.AddedInVersion <= d.Number).OrderBy(s => s.No)];

    private async Task<PlanListViewModel> ListAsync(LaoDto lao, PlanCreateForm form, CancellationToken cancellationToken)
    {
        var plans = await db.Set<DevelopmentPlan>().AsNoTracking().Where(p => p.LaoId == lao.Id).Include(p => p.Versions)
            .OrderByDescending(p => p.FirstYear).ToListAsync(cancellationToken);
        var items = plans.Select(p =>
        {
            var latest = p.Versions.OrderByDescending(v => v.Number).FirstOrDefault();
            return new PlanListItem(p.Id, p.FirstYear, p.LastYear, p.CurrentVersionNo, latest?.Status, latest?.Number ?? 0);
        }).ToList();
        return new PlanListViewModel(lao, items, await CanAsync(lao.Id, PlanningModule.ManagePolicy, cancellationToken), form);
    }

    private async Task<PlanPageViewModel> PageAsync(DevelopmentPlan plan, LaoDto lao, bool draft, StartVersionForm versionForm, CancellationToken cancellationToken)
    {
        // Before the first approval there is nothing in force: the page shows the draft.
        var showDraft = plan.Draft is not null && (draft || plan.CurrentVersionNo == 0);
        var content = PlanContent.At(plan, showDraft ? plan.Draft!.Number : plan.CurrentVersionNo);
        return new PlanPageViewModel(
            lao, plan, content, showDraft,
            await CanAsync(plan.LaoId, PlanningModule.ManagePolicy, cancellationToken),
            await CanAsync(plan.LaoId, PlanningModule.ApprovePolicy, cancellationToken),
            versionForm);
    }

    private async Task<bool> CanAsync(int laoId, string policy, CancellationToken cancellationToken) =>
        await access.MayChangeAsync(laoId, cancellationToken) && (await authorization.AuthorizeAsync(User, policy)).Succeeded;

    /// <summary>The plan read-only, when the user's scope covers its LAO (else nothing: a 404, not a leak).</summary>
    private async Task<(DevelopmentPlan? Plan, LaoDto? Lao)> ReadAsync(int id, CancellationToken cancellationToken)
    {
        var plan = await editor.LoadAsync(id, tracking: false, cancellationToken);
        if (plan is null || !await access.CanReadAsync(plan.LaoId, cancellationToken))
        {
            return (null, null);
        }

        return (plan, (await access.ChooseLaoAsync(plan.LaoId, null, cancellationToken)).Lao);
    }

    /// <summary>The plan tracked for a change: 404 outside the user's scope, 403 when it is not their own LAO's.</summary>
    private async Task<(DevelopmentPlan? Plan, LaoDto? Lao, IActionResult? Denied)> ForChangeAsync(int id, CancellationToken cancellationToken)
    {
        var plan = await editor.LoadAsync(id, tracking: true, cancellationToken);
        if (plan is null || !await access.CanReadAsync(plan.LaoId, cancellationToken))
        {
            return (null, null, NotFound());
        }

        if (!await access.MayChangeAsync(plan.LaoId, cancellationToken))
        {
            return (null, null, Forbid());
        }

        return (plan, (await access.ChooseLaoAsync(plan.LaoId, null, cancellationToken)).Lao, null);
    }

    /// <summary>As <see cref="ForChangeAsync"/>, and a draft must be open (else back to the plan with a message).</summary>
    private async Task<(DevelopmentPlan? Plan, IActionResult? Denied)> ForDraftChangeAsync(int id, CancellationToken cancellationToken)
    {
        var (plan, _, denied) = await ForChangeAsync(id, cancellationToken);
        if (denied is not null)
        {
            return (null, denied);
        }

        if (plan!.Draft is null)
        {
            TempData.Flash(l["Plans.Error.NoDraft"], FlashKind.Warning);
            return (null, RedirectToAction(nameof(Details), new { id }));
        }

        return (plan, null);
    }

    private void AddErrors(IEnumerable<PlanEditError> errors)
    {
        foreach (var e in errors)
        {
            ModelState.AddModelError(e.Field, l[e.Key, e.Arguments]);
        }
    }

    private void Flash(PlanEditResult result, string success)
    {
        if (result.Succeeded)
        {
            TempData.Flash(success);
        }
        else
        {
            TempData.Flash(string.Join(" ", result.Errors.Select(e => l[e.Key, e.Arguments].Value)), FlashKind.Danger);
        }
    }
}
