using LocalGov.Budgeting.Areas.Budgeting.Features.Budgets;
using LocalGov.Budgeting.Areas.Budgeting.Features.Lines;
using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Resources;
using LocalGov.Budgeting.Services;
using LocalGov.Data;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Revenues;

/// <summary>Revenue estimates (ประมาณการรายรับ) of a budget in preparation, by revenue category.</summary>
[Area("Budgeting")]
[Authorize(Policy = BudgetingModule.PreparePolicy)]
internal sealed class RevenuesController(
    LocalGovDbContext db,
    BudgetAccess access,
    BudgetSummaryUpdater summaries,
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

        return await FormAsync(budget, new RevenueFormModel { BudgetId = budget.Id, ConcurrencyStamp = budget.ConcurrencyStamp }, cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Create(int id, RevenueFormModel form, CancellationToken cancellationToken)
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

        var lastNo = await db.Set<RevenueEstimate>().Where(x => x.BudgetId == budget.Id).MaxAsync(x => (int?)x.LineNo, cancellationToken) ?? 0;
        var estimate = new RevenueEstimate { BudgetId = budget.Id, LineNo = lastNo + 1, ItemName = "" };
        Apply(estimate, form);
        db.Set<RevenueEstimate>().Add(estimate);
        return await SaveAsync(budget, form, l["Prep.Revenue.Added", estimate.ItemName], cancellationToken);
    }

    /// <summary>The edit form; <paramref name="id"/> is the estimate.</summary>
    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var estimate = await db.Set<RevenueEstimate>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (estimate is null)
        {
            return NotFound();
        }

        var (budget, refusal) = await BudgetEditing.LoadForEditAsync(this, db, access, estimate.BudgetId, l, cancellationToken);
        if (budget is null)
        {
            return refusal!;
        }

        return await FormAsync(budget, new RevenueFormModel
        {
            BudgetId = budget.Id,
            Id = estimate.Id,
            CategoryId = estimate.CategoryId,
            ItemName = estimate.ItemName,
            Amount = AmountInput.Show(estimate.Amount),
            Explanation = estimate.Explanation,
            ActualTwoYearsAgo = AmountInput.Show(estimate.ActualTwoYearsAgo),
            ActualLastYear = AmountInput.Show(estimate.ActualLastYear),
            EstimateLastYear = AmountInput.Show(estimate.EstimateLastYear),
            ConcurrencyStamp = budget.ConcurrencyStamp,
        }, cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, RevenueFormModel form, CancellationToken cancellationToken)
    {
        var estimate = await db.Set<RevenueEstimate>().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (estimate is null)
        {
            return NotFound();
        }

        var (budget, refusal) = await BudgetEditing.LoadForEditAsync(this, db, access, estimate.BudgetId, l, cancellationToken);
        if (budget is null)
        {
            return refusal!;
        }

        form.BudgetId = budget.Id;
        form.Id = estimate.Id;
        if (ModelState.IsValid)
        {
            await CheckReferencesAsync(budget, form, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            return await FormAsync(budget, form, cancellationToken);
        }

        Apply(estimate, form);
        return await SaveAsync(budget, form, l["Prep.Revenue.Saved", estimate.ItemName], cancellationToken);
    }

    /// <summary>Deletes an estimate (<paramref name="id"/>), then refreshes the summary; one transaction.</summary>
    [HttpPost]
    public async Task<IActionResult> Delete(int id, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        var estimate = await db.Set<RevenueEstimate>().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (estimate is null)
        {
            return NotFound();
        }

        var (budget, refusal) = await BudgetEditing.LoadForEditAsync(this, db, access, estimate.BudgetId, l, cancellationToken);
        if (budget is null)
        {
            return refusal!;
        }

        return await BudgetEditing.DeleteAsync(
            this, db, summaries, budget, estimate, concurrencyStamp, l["Prep.Revenue.Deleted", estimate.ItemName], l["Prep.ConcurrencyConflict"], cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(Budget budget, RevenueFormModel form, string message, CancellationToken cancellationToken)
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
            ModelState.Remove(nameof(RevenueFormModel.ConcurrencyStamp));
            form.ConcurrencyStamp = await BudgetEditing.CurrentStampAsync(db, budget.Id, cancellationToken);
            return await FormAsync(budget, form, cancellationToken);
        }

        TempData.Flash(message);
        return RedirectToAction("Details", "Budgets", new { id = budget.Id });
    }

    private static void Apply(RevenueEstimate estimate, RevenueFormModel form)
    {
        estimate.CategoryId = form.CategoryId!.Value;
        estimate.ItemName = form.ItemName.Trim();
        estimate.Amount = AmountInput.ToMoney(form.Amount);
        estimate.Explanation = form.Explanation?.Trim() ?? "";
        estimate.ActualTwoYearsAgo = AmountInput.ToOptionalMoney(form.ActualTwoYearsAgo);
        estimate.ActualLastYear = AmountInput.ToOptionalMoney(form.ActualLastYear);
        estimate.EstimateLastYear = AmountInput.ToOptionalMoney(form.EstimateLastYear);
    }

    private async Task CheckReferencesAsync(Budget budget, RevenueFormModel form, CancellationToken cancellationToken)
    {
        var category = await db.Set<Classification>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == form.CategoryId, cancellationToken);
        if (category is null || category.Kind != ClassificationKind.RevenueCategory || !category.AppliesTo(budget.FiscalYear))
        {
            ModelState.AddModelError(nameof(form.CategoryId), l["Prep.Revenue.CategoryRequired"]);
        }

        var name = form.ItemName.Trim();
        var estimateId = form.Id ?? 0;
        if (await db.Set<RevenueEstimate>().AnyAsync(
            x => x.BudgetId == budget.Id && x.Id != estimateId && x.CategoryId == form.CategoryId && x.ItemName == name, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.ItemName), l["Prep.Revenue.Duplicate"]);
        }
    }

    private async Task<IActionResult> FormAsync(Budget budget, RevenueFormModel form, CancellationToken cancellationToken)
    {
        var all = await BudgetEditing.ClassificationsAsync(db, budget.FiscalYear, cancellationToken);
        ViewData["BudgetTitle"] = budget.Title ?? budget.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ViewData["Categories"] = BudgetEditing.Choices(all, ClassificationKind.RevenueCategory, form.CategoryId);
        return View("Edit", form);
    }
}
