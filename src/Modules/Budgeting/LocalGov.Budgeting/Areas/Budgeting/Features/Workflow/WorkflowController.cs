using System.Globalization;
using LocalGov.Budgeting.Areas.Budgeting.Features.Budgets;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Resources;
using LocalGov.Budgeting.Services;
using LocalGov.Data;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Workflow;

/// <summary>A workflow step posted from the budget page.</summary>
internal sealed class TransitionForm
{
    public BudgetStatus To { get; set; }

    /// <summary>The event's date as yyyy-MM-dd (input type=date).</summary>
    public string? OccurredOn { get; set; }

    public string? Reason { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>A council reading (1 or 2) posted from the budget page.</summary>
internal sealed class ReadingForm
{
    public int Reading { get; set; }
    public string? OccurredOn { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>
/// Moves budgets along the workflow: only the steps <see cref="BudgetWorkflow"/> defines, by their roles and in
/// scope (LAO staff for their own LAO, the provincial officer for the province's LAOs). Refusals of the rules come
/// back as a flash on the budget page; a step the user's role or scope does not allow is 403.
/// </summary>
[Area("Budgeting")]
[Authorize(Policy = BudgetingModule.ReadPolicy)]
internal sealed class WorkflowController(
    LocalGovDbContext db,
    BudgetAccess access,
    BudgetWorkflowService workflow,
    WorkflowPermissions permissions,
    ICurrentUser user,
    IStringLocalizer<Strings> l) : Controller
{
    [HttpPost]
    public async Task<IActionResult> Transition(int id, TransitionForm form, CancellationToken cancellationToken)
    {
        var budget = await access.FindReadableAsync(id, cancellationToken);
        if (budget is null)
        {
            return await BudgetEditing.RefuseChangeAsync(this, db, id, cancellationToken);
        }

        var transition = Enum.IsDefined(form.To) ? BudgetWorkflow.Find(budget.Status, form.To) : null;
        if (transition is null)
        {
            return Refuse(budget, l["Prep.Workflow.NotAllowed"]);
        }

        if (!await permissions.CanTakeAsync(transition, budget, cancellationToken))
        {
            return Forbid();
        }

        if (!TryParseDate(form.OccurredOn, out var occurredOn))
        {
            return Refuse(budget, l["Prep.Workflow.DateRequired"]);
        }

        BudgetEditing.ExpectStamp(db, budget, form.ConcurrencyStamp);
        var error = await workflow.TransitionAsync(budget, form.To, occurredOn, form.Reason, user.UserName ?? "?", cancellationToken);
        if (error is not null)
        {
            return Refuse(budget, l[error.Key, error.Arguments]);
        }

        return await SaveAsync(budget, l["Prep.Workflow.Done", l["Prep.Status." + form.To]], cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Reading(int id, ReadingForm form, CancellationToken cancellationToken)
    {
        var budget = await access.FindReadableAsync(id, cancellationToken);
        if (budget is null)
        {
            return await BudgetEditing.RefuseChangeAsync(this, db, id, cancellationToken);
        }

        if (!await permissions.CanRecordReadingAsync(budget, cancellationToken))
        {
            return Forbid();
        }

        if (!TryParseDate(form.OccurredOn, out var occurredOn))
        {
            return Refuse(budget, l["Prep.Workflow.DateRequired"]);
        }

        BudgetEditing.ExpectStamp(db, budget, form.ConcurrencyStamp);
        var error = await workflow.RecordReadingAsync(budget, form.Reading, occurredOn, user.UserName ?? "?", cancellationToken);
        if (error is not null)
        {
            return Refuse(budget, l[error.Key, error.Arguments]);
        }

        return await SaveAsync(budget, l["Prep.Workflow.ReadingRecorded", form.Reading], cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(Budget budget, string message, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            TempData.Flash(message);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Flash(l["Prep.ConcurrencyConflict"], FlashKind.Danger);
        }

        return RedirectToAction("Details", "Budgets", new { id = budget.Id });
    }

    private RedirectToActionResult Refuse(Budget budget, string message)
    {
        TempData.Flash(message, FlashKind.Danger);
        return RedirectToAction("Details", "Budgets", new { id = budget.Id });
    }

    private static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
