using LocalGov.Budgeting.Areas.Budgeting.Features.Budgets;
using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Resources;
using LocalGov.Budgeting.Services;
using LocalGov.Data;
using LocalGov.Planning.Contracts;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Lines;

/// <summary>
/// Expenditure lines of a budget in preparation: add, edit, delete while the budget is a draft (or returned), by
/// the LAO's own finance officer or executive. Choices come from the classification in force for the year.
/// </summary>
[Area("Budgeting")]
[Authorize(Policy = BudgetingModule.PreparePolicy)]
internal sealed class LinesController(
    LocalGovDbContext db,
    BudgetAccess access,
    BudgetSummaryUpdater summaries,
    IPlanProjectDirectory plans,
    IStringLocalizer<Strings> l) : Controller
{
    /// <summary>The add form; <paramref name="id"/> is the budget.</summary>
    [HttpGet]
    public async Task<IActionResult> Create(int id, CancellationToken cancellationToken)
    {
        var (budget, refusal) = await BudgetEditing.LoadForEditAsync(this, db, access, id, l, cancellationToken);
        if (budget is null)
        {
            return refusal!;
        }

        return await FormAsync(budget, new LineFormModel { BudgetId = budget.Id, ConcurrencyStamp = budget.ConcurrencyStamp }, cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Create(int id, LineFormModel form, CancellationToken cancellationToken)
    {
        var (budget, refusal) = await BudgetEditing.LoadForEditAsync(this, db, access, id, l, cancellationToken);
        if (budget is null)
        {
            return refusal!;
        }

        form.BudgetId = budget.Id;
        form.Id = null;
        if (ModelState.IsValid)
        {
            await CheckReferencesAsync(budget, form, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            return await FormAsync(budget, form, cancellationToken);
        }

        var lastNo = await db.Set<BudgetLine>().Where(x => x.BudgetId == budget.Id).MaxAsync(x => (int?)x.LineNo, cancellationToken) ?? 0;
        var line = new BudgetLine { BudgetId = budget.Id, LineNo = lastNo + 1, ItemName = "" };
        Apply(line, form);
        db.Set<BudgetLine>().Add(line);
        return await SaveAsync(budget, form, l["Prep.Line.Added", line.ItemName], cancellationToken);
    }

    /// <summary>The edit form; <paramref name="id"/> is the line.</summary>
    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var line = await db.Set<BudgetLine>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (line is null)
        {
            return NotFound();
        }

        var (budget, refusal) = await BudgetEditing.LoadForEditAsync(this, db, access, line.BudgetId, l, cancellationToken);
        if (budget is null)
        {
            return refusal!;
        }

        return await FormAsync(budget, new LineFormModel
        {
            BudgetId = budget.Id,
            Id = line.Id,
            ProgrammeId = line.ProgrammeId,
            WorkUnitId = line.WorkUnitId,
            GroupId = line.GroupId,
            CategoryId = line.CategoryId,
            ItemName = line.ItemName,
            Amount = AmountInput.Show(line.OriginalAmount),
            Explanation = line.Explanation,
            IsProject = line.IsProject,
            PlanProjectCode = line.PlanProjectCode,
            ActualTwoYearsAgo = AmountInput.Show(line.ActualTwoYearsAgo),
            ActualLastYear = AmountInput.Show(line.ActualLastYear),
            EstimateLastYear = AmountInput.Show(line.EstimateLastYear),
            ConcurrencyStamp = budget.ConcurrencyStamp,
        }, cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, LineFormModel form, CancellationToken cancellationToken)
    {
        var line = await db.Set<BudgetLine>().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (line is null)
        {
            return NotFound();
        }

        var (budget, refusal) = await BudgetEditing.LoadForEditAsync(this, db, access, line.BudgetId, l, cancellationToken);
        if (budget is null)
        {
            return refusal!;
        }

        form.BudgetId = budget.Id;
        form.Id = line.Id;
        if (ModelState.IsValid)
        {
            await CheckReferencesAsync(budget, form, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            return await FormAsync(budget, form, cancellationToken);
        }

        Apply(line, form);
        return await SaveAsync(budget, form, l["Prep.Line.Saved", line.ItemName], cancellationToken);
    }

    /// <summary>Deletes a line (<paramref name="id"/>), then refreshes the summary; one transaction.</summary>
    [HttpPost]
    public async Task<IActionResult> Delete(int id, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        var line = await db.Set<BudgetLine>().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (line is null)
        {
            return NotFound();
        }

        var (budget, refusal) = await BudgetEditing.LoadForEditAsync(this, db, access, line.BudgetId, l, cancellationToken);
        if (budget is null)
        {
            return refusal!;
        }

        return await BudgetEditing.DeleteAsync(
            this, db, summaries, budget, line, concurrencyStamp, l["Prep.Line.Deleted", line.ItemName], l["Prep.ConcurrencyConflict"], cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(Budget budget, LineFormModel form, string message, CancellationToken cancellationToken)
    {
        BudgetEditing.ExpectStamp(db, budget, form.ConcurrencyStamp);
        await summaries.RefreshAsync(budget.LaoId, budget.FiscalYear, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, l["Prep.ConcurrencyConflict"]);
            ModelState.Remove(nameof(LineFormModel.ConcurrencyStamp));
            form.ConcurrencyStamp = await BudgetEditing.CurrentStampAsync(db, budget.Id, cancellationToken);
            return await FormAsync(budget, form, cancellationToken);
        }

        // Saved either way; a project line the development plan does not cover is flagged, not refused.
        if (PlanWarning(form, await PlanProjectsAsync(budget, cancellationToken)) is { } warning)
        {
            TempData.Flash($"{message} {warning}", FlashKind.Warning);
        }
        else
        {
            TempData.Flash(message);
        }

        return RedirectToAction("Details", "Budgets", new { id = budget.Id });
    }

    private static void Apply(BudgetLine line, LineFormModel form)
    {
        var amount = AmountInput.ToMoney(form.Amount);
        line.ProgrammeId = form.ProgrammeId!.Value;
        line.WorkUnitId = form.WorkUnitId!.Value;
        line.GroupId = form.GroupId!.Value;
        line.CategoryId = form.CategoryId!.Value;
        line.ItemName = form.ItemName.Trim();
        line.IsProject = form.IsProject;
        line.PlanProjectCode = string.IsNullOrWhiteSpace(form.PlanProjectCode) ? null : form.PlanProjectCode.Trim();
        line.Explanation = form.Explanation?.Trim() ?? "";

        // While preparing, the current amount is the appropriation itself; transfers change it only once in force.
        line.OriginalAmount = amount;
        line.CurrentAmount = amount;
        line.ActualTwoYearsAgo = AmountInput.ToOptionalMoney(form.ActualTwoYearsAgo);
        line.ActualLastYear = AmountInput.ToOptionalMoney(form.ActualLastYear);
        line.EstimateLastYear = AmountInput.ToOptionalMoney(form.EstimateLastYear);
    }

    /// <summary>Choices exist, apply to the year and fit together (งาน in its แผนงาน, หมวด in its งบ); no duplicate line.</summary>
    private async Task CheckReferencesAsync(Budget budget, LineFormModel form, CancellationToken cancellationToken)
    {
        var ids = new[] { form.ProgrammeId!.Value, form.WorkUnitId!.Value, form.GroupId!.Value, form.CategoryId!.Value };
        var found = (await db.Set<Classification>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken))
            .Where(c => c.AppliesTo(budget.FiscalYear)).ToDictionary(c => c.Id);
        bool Is(int id, ClassificationKind kind) => found.TryGetValue(id, out var c) && c.Kind == kind;

        if (!Is(form.ProgrammeId.Value, ClassificationKind.Programme))
        {
            ModelState.AddModelError(nameof(form.ProgrammeId), l["Prep.Line.ProgrammeRequired"]);
        }
        else if (!Is(form.WorkUnitId.Value, ClassificationKind.WorkUnit) || found[form.WorkUnitId.Value].ParentId != form.ProgrammeId)
        {
            ModelState.AddModelError(nameof(form.WorkUnitId), l["Prep.Line.WorkUnitNotInProgramme"]);
        }

        if (!Is(form.GroupId.Value, ClassificationKind.ExpenditureGroup))
        {
            ModelState.AddModelError(nameof(form.GroupId), l["Prep.Line.GroupRequired"]);
        }
        else if (!Is(form.CategoryId.Value, ClassificationKind.ExpenditureCategory) || found[form.CategoryId.Value].ParentId != form.GroupId)
        {
            ModelState.AddModelError(nameof(form.CategoryId), l["Prep.Line.CategoryNotInGroup"]);
        }

        var name = form.ItemName.Trim();
        var lineId = form.Id ?? 0;
        if (await db.Set<BudgetLine>().AnyAsync(
            x => x.BudgetId == budget.Id && x.Id != lineId && x.ProgrammeId == form.ProgrammeId && x.WorkUnitId == form.WorkUnitId
                && x.CategoryId == form.CategoryId && x.ItemName == name,
            cancellationToken))
        {
            ModelState.AddModelError(nameof(form.ItemName), l["Prep.Line.Duplicate"]);
        }
    }

    private static string BudgetTitle(Budget budget) =>
        budget.Title ?? budget.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<IActionResult> FormAsync(Budget budget, LineFormModel form, CancellationToken cancellationToken)
    {
        var all = await BudgetEditing.ClassificationsAsync(db, budget.FiscalYear, cancellationToken);
        ViewData["BudgetTitle"] = BudgetTitle(budget);
        ViewData["Programmes"] = BudgetEditing.Choices(all, ClassificationKind.Programme, form.ProgrammeId);
        ViewData["WorkUnits"] = BudgetEditing.Choices(all, ClassificationKind.WorkUnit, form.WorkUnitId);
        ViewData["Groups"] = BudgetEditing.Choices(all, ClassificationKind.ExpenditureGroup, form.GroupId);
        ViewData["Categories"] = BudgetEditing.Choices(all, ClassificationKind.ExpenditureCategory, form.CategoryId);
        var projects = await PlanProjectsAsync(budget, cancellationToken);
        ViewData["PlanProjects"] = projects;
        ViewData["PlanWarning"] = PlanWarning(form, projects);
        return View("Edit", form);
    }

    /// <summary>The approved development plan's projects with an amount for the budget's year (suggestions and the check).</summary>
    private Task<IReadOnlyList<PlanProjectRef>> PlanProjectsAsync(Budget budget, CancellationToken cancellationToken) =>
        plans.GetProjectsForYearAsync(budget.LaoId, budget.FiscalYear, cancellationToken);

    /// <summary>Why a project line is not in the plan for the year (no code, or a code the plan does not have), or null.</summary>
    private string? PlanWarning(LineFormModel form, IReadOnlyList<PlanProjectRef> projects)
    {
        if (!form.IsProject)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(form.PlanProjectCode))
        {
            return l["Prep.Line.NotInPlanNoCode"].Value;
        }

        var code = form.PlanProjectCode.Trim();
        return projects.Any(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase))
            ? null
            : l["Prep.Line.NotInPlanUnknown", code].Value;
    }
}
