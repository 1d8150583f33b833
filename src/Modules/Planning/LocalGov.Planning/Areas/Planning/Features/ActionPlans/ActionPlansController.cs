using System.Globalization;
using LocalGov.Data;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Resources;
using LocalGov.Planning.Services;
using LocalGov.Planning.Services.Files;
using LocalGov.Planning.Services.Monitoring;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LocalGov.Planning.Areas.Planning.Features.ActionPlans;

/// <summary>
/// แผนการดำเนินงาน: the year's action plan built from the approved development plan, and each project's monitoring
/// page (progress, money from the control ledger, photos and documents, map). LAO staff see their own LAO; officers
/// above LAO level choose one in their scope and read only.
/// </summary>
[Area("Planning")]
[Authorize(Policy = PlanningModule.ReadPolicy)]
internal sealed class ActionPlansController(
    LocalGovDbContext db,
    PlanningAccess access,
    ActionPlanQueries queries,
    ActionPlanWorkflow workflow,
    AttachmentStore store,
    IAuthorizationService authorization,
    IOptions<MapOptions> map,
    TimeProvider clock,
    IStringLocalizer<Strings> l) : Controller
{
    /// <summary>
    /// The ceiling of an upload request; the configured <c>Planning:Uploads:MaxBytes</c> (5 MB by default) is checked
    /// by the store with a field message, this only keeps a huge body from being read at all.
    /// </summary>
    private const long MaxRequestBytes = (20 * 1024 * 1024) + (256 * 1024);

    [HttpGet]
    public async Task<IActionResult> Index(int? year, int? laoId, string? code, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        var fiscalYear = YearOrCurrent(year);
        var view = await queries.LoadAsync(choice.Lao.Id, fiscalYear, cancellationToken);
        return View(new ActionPlanIndexViewModel(choice.Lao, fiscalYear, view, await CanManageAsync(choice.Lao.Id)));
    }

    [HttpGet]
    [Authorize(Policy = PlanningModule.ManagePolicy)]
    public async Task<IActionResult> Build(int? year, CancellationToken cancellationToken)
    {
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        var fiscalYear = YearOrCurrent(year);
        return View(new BuildViewModel(lao, fiscalYear, await workflow.BuildOptionsAsync(lao.Id, fiscalYear, cancellationToken)));
    }

    [HttpPost]
    [Authorize(Policy = PlanningModule.ManagePolicy)]
    public async Task<IActionResult> Build(int year, BuildForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        if (year is < FiscalYear.MinBuddhistYear or > FiscalYear.MaxBuddhistYear)
        {
            return BadRequest();
        }

        var result = await workflow.SaveBuildAsync(
            lao.Id, year, [.. form.Projects.Select(p => new BuildChoice(p.ProjectId, p.Selected, p.StartMonth, p.EndMonth))], cancellationToken);
        if (result.Succeeded)
        {
            TempData.Flash(l["Action.Build.Saved", result.Added, result.Removed]);
            return RedirectToAction(nameof(Index), new { year });
        }

        ModelState.Clear();
        ModelState.AddModelError("", result.Error switch
        {
            BuildError.NoApprovedPlan => l["Action.Build.NoPlan", year],
            BuildError.BadMonths => l["Action.Build.BadMonths", string.Join(", ", result.Codes)],
            BuildError.HasHistory => l["Action.Build.HasHistory", string.Join(", ", result.Codes)],
            _ => l["Action.Build.UnknownProject"],
        });
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new BuildViewModel(lao, year, await workflow.BuildOptionsAsync(lao.Id, year, cancellationToken)));
    }

    [HttpGet]
    public async Task<IActionResult> Project(int id, CancellationToken cancellationToken) =>
        await ProjectPageAsync(id, null, cancellationToken);

    [HttpPost]
    [Authorize(Policy = PlanningModule.ManagePolicy)]
    public async Task<IActionResult> Progress(int id, ProgressForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await ChangeableEntryAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        ModelState.Clear();
        if (!ThaiDate.TryParseIsoOrShort(form.RecordedOn, out var recordedOn))
        {
            ModelState.AddModelError(nameof(ProgressForm.RecordedOn), l["Action.Progress.DateInvalid"]);
        }

        if (form.Status is null)
        {
            ModelState.AddModelError(nameof(ProgressForm.Status), l["Action.Progress.StatusRequired"]);
        }

        if (!int.TryParse(form.Percent?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var percent))
        {
            ModelState.AddModelError(nameof(ProgressForm.Percent), l["Action.Progress.PercentRange"]);
        }

        if (ModelState.IsValid)
        {
            var result = await workflow.RecordProgressAsync(
                id, new ProgressInput(recordedOn, form.Status!.Value, percent, form.Note, form.Problems, form.Remedies), form.Stamp, access.UserName, cancellationToken);
            switch (result.Outcome)
            {
                case ProgressOutcome.Saved:
                    TempData.Flash(l["Action.Progress.Saved"]);
                    return RedirectToAction(nameof(Project), new { id });
                case ProgressOutcome.NotFound:
                    return NotFound();
                case ProgressOutcome.Concurrency:
                    ModelState.AddModelError("", l["Common.Concurrency"]);
                    break;
                default:
                    foreach (var problem in result.Problems)
                    {
                        ModelState.AddModelError(problem.Field, l[problem.MessageKey, ProgressRules.MaxTextLength]);
                    }

                    break;
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await ProjectPageAsync(id, form, cancellationToken);
    }

    /// <summary>Where the upload size guard sends the user back to (it redirects to the request's own path).</summary>
    [HttpGet]
    public IActionResult Upload(int id) => RedirectToAction(nameof(Project), new { id });

    [HttpPost]
    [Authorize(Policy = PlanningModule.ManagePolicy)]
    [UploadSizeGuard(MaxRequestBytes, typeof(Strings), "Action.Upload.RequestTooLarge")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Upload(int id, IFormFile? file, string? caption, CancellationToken cancellationToken)
    {
        if (await ChangeableEntryAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        var entry = await db.Set<ActionPlanEntry>().AsNoTracking().FirstAsync(e => e.Id == id, cancellationToken);
        ModelState.Clear();
        if (caption?.Trim().Length > 300)
        {
            ModelState.AddModelError("caption", l["Action.Upload.CaptionTooLong", 300]);
        }
        else
        {
            var result = await store.SaveAsync(entry.LaoId, AttachmentOwner.ActionPlanEntry, entry.Id, file, caption, access.UserName, imagesOnly: false, cancellationToken);
            if (result.Attachment is { } attachment)
            {
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch
                {
                    store.Delete(attachment);
                    throw;
                }

                TempData.Flash(l["Action.Upload.Saved", attachment.OriginalName]);
                return RedirectToAction(nameof(Project), new { id });
            }

            ModelState.AddModelError("file", result.Error == UploadError.TooLarge
                ? l["Upload.TooLarge", Math.Max(1, store.MaxBytes / (1024 * 1024))]
                : l[$"Upload.{result.Error}"]);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await ProjectPageAsync(id, null, cancellationToken);
    }

    /// <summary>A stored photo or document, for the LAOs of the user's scope only (another LAO's file is 404).</summary>
    [HttpGet]
    public async Task<IActionResult> Attachment(int id, CancellationToken cancellationToken)
    {
        var attachment = await db.Set<Attachment>().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == id && a.Owner == AttachmentOwner.ActionPlanEntry, cancellationToken);
        if (attachment is null || !await access.CanReadAsync(attachment.LaoId, cancellationToken) || store.OpenRead(attachment) is not { } stream)
        {
            return NotFound();
        }

        var disposition = new ContentDispositionHeaderValue(attachment.IsImage ? "inline" : "attachment");
        disposition.SetHttpFileName(attachment.OriginalName);
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(stream, attachment.ContentType);
    }

    [HttpPost]
    [Authorize(Policy = PlanningModule.ManagePolicy)]
    public async Task<IActionResult> DeleteAttachment(int id, CancellationToken cancellationToken)
    {
        var attachment = await db.Set<Attachment>()
            .FirstOrDefaultAsync(a => a.Id == id && a.Owner == AttachmentOwner.ActionPlanEntry, cancellationToken);
        if (attachment is null || !await access.CanReadAsync(attachment.LaoId, cancellationToken))
        {
            return NotFound();
        }

        if (!await access.MayChangeAsync(attachment.LaoId, cancellationToken))
        {
            return Forbid();
        }

        db.Set<Attachment>().Remove(attachment);
        await db.SaveChangesAsync(cancellationToken);

        // The row goes first: a file left behind by a failed delete is harmless, a row without its file is not.
        store.Delete(attachment);
        TempData.Flash(l["Action.Upload.Deleted", attachment.OriginalName]);
        return RedirectToAction(nameof(Project), new { id = attachment.OwnerId });
    }

    private async Task<IActionResult> ProjectPageAsync(int id, ProgressForm? form, CancellationToken cancellationToken)
    {
        var project = await queries.FindProjectAsync(id, cancellationToken);
        if (project is null || !await access.CanReadAsync(project.Entry.LaoId, cancellationToken))
        {
            return NotFound();
        }

        var lao = (await access.ChooseLaoAsync(project.Entry.LaoId, null, cancellationToken)).Lao;
        if (lao is null)
        {
            return NotFound();
        }

        var entry = project.Entry;
        form ??= new ProgressForm
        {
            RecordedOn = ThaiDate.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Status = entry.Status,
            Percent = entry.PercentComplete.ToString(CultureInfo.InvariantCulture),
            Problems = entry.Problems,
            Remedies = entry.Remedies,
        };
        form.Stamp = entry.ConcurrencyStamp;
        return View("Project", new ProjectViewModel(lao, project, form, await CanManageAsync(entry.LaoId), store.MaxBytes, map.Value));
    }

    /// <summary>Null when the user may change this entry; otherwise 404 (outside the scope) or 403 (readable, not theirs).</summary>
    private async Task<IActionResult?> ChangeableEntryAsync(int id, CancellationToken cancellationToken)
    {
        var laoId = await db.Set<ActionPlanEntry>().Where(e => e.Id == id).Select(e => (int?)e.LaoId).FirstOrDefaultAsync(cancellationToken);
        if (laoId is not { } lao || !await access.CanReadAsync(lao, cancellationToken))
        {
            return NotFound();
        }

        return await access.MayChangeAsync(lao, cancellationToken) ? null : Forbid();
    }

    private async Task<bool> CanManageAsync(int laoId) =>
        (await authorization.AuthorizeAsync(User, PlanningModule.ManagePolicy)).Succeeded && await access.MayChangeAsync(laoId, HttpContext.RequestAborted);

    private int YearOrCurrent(int? year) =>
        year is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear ? year.Value : FiscalYear.Current(clock).BuddhistYear;
}
