using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Resources;
using LocalGov.Budgeting.Services;
using LocalGov.Data;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Amendments;

/// <summary>
/// Amendments of a budget in force (โอน, แก้ไขเปลี่ยนแปลงคำชี้แจง, กันเงินไว้เบิกเหลื่อมปี) and supplementary budgets.
/// Reading follows the user's scope (another LAO's budget → 404); documents are created, approved and cancelled by
/// the LAO's own finance officer or executive (PreparePolicy + scope, else 403).
/// </summary>
[Area("Budgeting")]
[Authorize(Policy = BudgetingModule.ReadPolicy)]
internal sealed class AmendmentsController(
    LocalGovDbContext db,
    BudgetAccess access,
    AmendmentService amendments,
    IAuthorizationService authorization,
    IStringLocalizer<Strings> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int budgetId, CancellationToken cancellationToken)
    {
        var budget = await access.FindReadableAsync(budgetId, cancellationToken);
        if (budget is null)
        {
            return NotFound();
        }

        var documents = await db.Set<BudgetAmendment>().AsNoTracking().Include(a => a.Entries)
            .Where(a => a.BudgetId == budgetId).OrderBy(a => a.DocumentDate).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var supplementaries = await db.Set<Budget>().AsNoTracking()
            .Where(b => b.LaoId == budget.LaoId && b.FiscalYear == budget.FiscalYear && b.Kind == BudgetKind.Supplementary)
            .OrderBy(b => b.Sequence).Select(b => new { b.Id, b.Sequence, b.Status }).ToListAsync(cancellationToken);
        return View(new AmendmentIndexViewModel(
            Header(budget),
            documents.Select(ToListItem).ToList(),
            await LinesAsync(budgetId, cancellationToken),
            supplementaries.Select(s => (s.Id, s.Sequence, s.Status)).ToList(),
            await CanChangeAsync(budget, cancellationToken)));
    }

    [HttpGet]
    [Authorize(Policy = BudgetingModule.PreparePolicy)]
    public async Task<IActionResult> Transfer(int budgetId, CancellationToken cancellationToken)
    {
        var (budget, refusal) = await ChangeableInForceAsync(budgetId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var model = new TransferFormModel
        {
            BudgetId = budgetId,
            DocumentNumber = await amendments.SuggestNumberAsync(budget!, AmendmentKind.Transfer, cancellationToken),
            DocumentDate = Today(),
        };
        model.PadTargets();
        return await FormAsync(budget!, model, cancellationToken);
    }

    [HttpPost]
    [Authorize(Policy = BudgetingModule.PreparePolicy)]
    public async Task<IActionResult> Transfer(TransferFormModel model, CancellationToken cancellationToken)
    {
        var (budget, refusal) = await ChangeableInForceAsync(model.BudgetId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        model.PadTargets();
        var targets = model.Targets.Where(t => t.LineId is not null && t.Amount is not null)
            .Select(t => new TransferTargetInput(t.LineId, null, null, Money.FromBaht(t.Amount!.Value))).ToList();
        if (model.NewItemAmount is { } newAmount && ModelState.IsValid)
        {
            targets.Add(new TransferTargetInput(null, model.NewItemCategoryId, model.NewItemName, Money.FromBaht(newAmount)));
        }

        if (ModelState.IsValid && targets.Count == 0)
        {
            ModelState.AddModelError(string.Empty, l["Control.Transfer.NoTarget"]);
        }

        if (!ModelState.IsValid)
        {
            return await FormAsync(budget!, model, cancellationToken);
        }

        var (amendment, errors) = await amendments.CreateTransferAsync(
            budget!, model.DocumentNumber, model.DocumentDate!.Value, model.Reason, model.SourceLineId!.Value, Money.FromBaht(model.SourceAmount!.Value), targets, cancellationToken);
        return await CreatedOrFormAsync(budget!, model, amendment, errors, cancellationToken);
    }

    [HttpGet]
    [Authorize(Policy = BudgetingModule.PreparePolicy)]
    public async Task<IActionResult> Explanation(int budgetId, CancellationToken cancellationToken)
    {
        var (budget, refusal) = await ChangeableInForceAsync(budgetId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return await FormAsync(budget!, new ExplanationFormModel
        {
            BudgetId = budgetId,
            DocumentNumber = await amendments.SuggestNumberAsync(budget!, AmendmentKind.ExplanationChange, cancellationToken),
            DocumentDate = Today(),
        }, cancellationToken);
    }

    [HttpPost]
    [Authorize(Policy = BudgetingModule.PreparePolicy)]
    public async Task<IActionResult> Explanation(ExplanationFormModel model, CancellationToken cancellationToken)
    {
        var (budget, refusal) = await ChangeableInForceAsync(model.BudgetId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            return await FormAsync(budget!, model, cancellationToken);
        }

        var (amendment, errors) = await amendments.CreateExplanationChangeAsync(
            budget!, model.DocumentNumber, model.DocumentDate!.Value, model.Reason, model.LineId!.Value, model.NewExplanation, cancellationToken);
        return await CreatedOrFormAsync(budget!, model, amendment, errors, cancellationToken);
    }

    [HttpGet]
    [Authorize(Policy = BudgetingModule.PreparePolicy)]
    public async Task<IActionResult> CarryOver(int budgetId, CancellationToken cancellationToken)
    {
        var (budget, refusal) = await ChangeableInForceAsync(budgetId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return await FormAsync(budget!, new CarryOverFormModel
        {
            BudgetId = budgetId,
            DocumentNumber = await amendments.SuggestNumberAsync(budget!, AmendmentKind.CarryOver, cancellationToken),
            DocumentDate = Today(),
        }, cancellationToken);
    }

    [HttpPost]
    [Authorize(Policy = BudgetingModule.PreparePolicy)]
    public async Task<IActionResult> CarryOver(CarryOverFormModel model, CancellationToken cancellationToken)
    {
        var (budget, refusal) = await ChangeableInForceAsync(model.BudgetId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            return await FormAsync(budget!, model, cancellationToken);
        }

        var (amendment, errors) = await amendments.CreateCarryOverAsync(
            budget!, model.DocumentNumber, model.DocumentDate!.Value, model.Reason, model.LineId!.Value, Money.FromBaht(model.Amount!.Value), cancellationToken);
        return await CreatedOrFormAsync(budget!, model, amendment, errors, cancellationToken);
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var amendment = await db.Set<BudgetAmendment>().AsNoTracking().Include(a => a.Entries).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        var budget = amendment is null ? null : await access.FindReadableAsync(amendment.BudgetId, cancellationToken);
        if (budget is null)
        {
            return NotFound();
        }

        return await DetailsViewAsync(budget, amendment!, new ApproveFormModel { ApprovedOn = Today() }, cancellationToken);
    }

    [HttpPost]
    [Authorize(Policy = BudgetingModule.PreparePolicy)]
    public async Task<IActionResult> Approve(int id, ApproveFormModel model, CancellationToken cancellationToken)
    {
        var (amendment, budget, refusal) = await ChangeableAmendmentAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            return await DetailsViewAsync(budget!, amendment!, model, cancellationToken);
        }

        var error = await amendments.ApproveAsync(amendment!, budget!, model.ApprovedBy, model.ApprovedOn!.Value, cancellationToken);
        if (error is not null)
        {
            TempData.Flash(l[error], FlashKind.Danger);
        }
        else
        {
            TempData.Flash(l["Control.Approved", amendment!.DocumentNumber]);
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = BudgetingModule.PreparePolicy)]
    public async Task<IActionResult> Cancel(int id, CancellationToken cancellationToken)
    {
        var (amendment, _, refusal) = await ChangeableAmendmentAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var error = await amendments.CancelAsync(amendment!, cancellationToken);
        TempData.Flash(error is null ? l["Control.Cancelled", amendment!.DocumentNumber] : l[error], error is null ? FlashKind.Success : FlashKind.Danger);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Creates the next supplementary budget (Draft) of the year; it is then prepared on the budget pages.</summary>
    [HttpPost]
    [Authorize(Policy = BudgetingModule.PreparePolicy)]
    public async Task<IActionResult> Supplementary(int budgetId, CancellationToken cancellationToken)
    {
        var (budget, refusal) = await ChangeableInForceAsync(budgetId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (budget!.Kind != BudgetKind.Annual)
        {
            TempData.Flash(l["Control.SupplementaryFromAnnual"], FlashKind.Danger);
            return RedirectToAction(nameof(Index), new { budgetId });
        }

        Budget created;
        try
        {
            created = await amendments.CreateSupplementaryAsync(budget, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone created the same sequence at the same moment (unique index): ask to try again.
            TempData.Flash(l["Control.TryAgain"], FlashKind.Danger);
            return RedirectToAction(nameof(Index), new { budgetId });
        }

        TempData.Flash(l["Control.SupplementaryCreated", created.Sequence, created.FiscalYear]);
        return Redirect($"/Budgeting/Budgets/Details/{created.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    private static AmendmentBudgetHeader Header(Budget b) => new(b.Id, b.FiscalYear, b.Kind, b.Sequence, b.Status, b.IsInForce);

    private static AmendmentListItem ToListItem(BudgetAmendment a) => new(
        a.Id, a.Kind, a.DocumentNumber, a.DocumentDate, a.RequiredApproval, a.Status, a.ApprovedBy, a.ApprovedOn,
        Money.Sum(a.Entries.Where(e => e.AmountChange > Money.Zero).Select(e => e.AmountChange)));

    private static DateOnly Today() => DateOnly.FromDateTime(SharedKernel.Time.ThaiDate.ToThailandTime(DateTime.UtcNow));

    private async Task<bool> CanChangeAsync(Budget budget, CancellationToken cancellationToken) =>
        (await authorization.AuthorizeAsync(User, BudgetingModule.PreparePolicy)).Succeeded && await access.CanChangeAsync(budget, cancellationToken);

    /// <summary>The budget when the user may change it and it is in force; else the answer (404, 403, or back to the list with a message).</summary>
    private async Task<(Budget? Budget, IActionResult? Refusal)> ChangeableInForceAsync(int budgetId, CancellationToken cancellationToken)
    {
        var budget = await access.FindReadableAsync(budgetId, cancellationToken);
        if (budget is null)
        {
            return (null, NotFound());
        }

        if (!await access.CanChangeAsync(budget, cancellationToken))
        {
            return (null, Forbid());
        }

        if (!budget.IsInForce)
        {
            TempData.Flash(l["Control.BudgetNotInForce"], FlashKind.Danger);
            return (null, RedirectToAction(nameof(Index), new { budgetId }));
        }

        return (budget, null);
    }

    private async Task<(BudgetAmendment? Amendment, Budget? Budget, IActionResult? Refusal)> ChangeableAmendmentAsync(int id, CancellationToken cancellationToken)
    {
        var amendment = await db.Set<BudgetAmendment>().Include(a => a.Entries).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        var budget = amendment is null ? null : await access.FindReadableAsync(amendment.BudgetId, cancellationToken);
        if (budget is null)
        {
            return (null, null, NotFound());
        }

        return await access.CanChangeAsync(budget, cancellationToken) ? (amendment, budget, null) : (null, null, Forbid());
    }

    private async Task<IActionResult> CreatedOrFormAsync(Budget budget, AmendmentFormModel model, BudgetAmendment? amendment, IReadOnlyList<AmendmentError> errors, CancellationToken cancellationToken)
    {
        if (amendment is not null)
        {
            TempData.Flash(l["Control.Created", amendment.DocumentNumber]);
            return RedirectToAction(nameof(Details), new { id = amendment.Id });
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field ?? string.Empty, l[error.Key]);
        }

        return await FormAsync(budget, model, cancellationToken);
    }

    private async Task<IActionResult> FormAsync(Budget budget, AmendmentFormModel model, CancellationToken cancellationToken)
    {
        var lines = await LinesAsync(budget.Id, cancellationToken);
        ViewData["Budget"] = Header(budget);
        ViewData["Lines"] = lines;
        ViewData["LineChoices"] = lines.Select(x => new SelectListItem(x.Label, Invariant(x.Id))).ToList();
        if (model is TransferFormModel transfer)
        {
            transfer.PadTargets();
            var thai = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";
            var fiscalYear = budget.FiscalYear;
            ViewData["CapitalCategories"] = (await db.Set<Classification>().AsNoTracking()
                    .Where(c => c.Kind == ClassificationKind.ExpenditureCategory && c.IsCapital).OrderBy(c => c.Code).ToListAsync(cancellationToken))
                .Where(c => c.AppliesTo(fiscalYear))
                .Select(c => new SelectListItem(thai ? c.NameTh : c.NameEn, Invariant(c.Id))).ToList();
            return View("Transfer", transfer);
        }

        return View(model is ExplanationFormModel ? "Explanation" : "CarryOver", model);
    }

    private async Task<IActionResult> DetailsViewAsync(Budget budget, BudgetAmendment amendment, ApproveFormModel approve, CancellationToken cancellationToken)
    {
        var lineIds = amendment.Entries.Select(e => e.BudgetLineId).ToList();
        var names = await db.Set<BudgetLine>().AsNoTracking().Where(x => lineIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.ItemName, cancellationToken);
        var entries = amendment.Entries.OrderBy(e => e.AmountChange).ThenBy(e => e.Id)
            .Select(e => new AmendmentEntryItem(e.BudgetLineId, names.GetValueOrDefault(e.BudgetLineId, ""), e.AmountChange, e.NewExplanation, e.PreviousExplanation, e.NewItemName is not null))
            .ToList();
        return View("Details", new AmendmentDetailsViewModel(
            Header(budget), ToListItem(amendment), amendment.Reason, amendment.CreatedBy, entries, await CanChangeAsync(budget, cancellationToken), approve));
    }

    private async Task<List<AmendmentLineItem>> LinesAsync(int budgetId, CancellationToken cancellationToken)
    {
        var thai = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";
        var rows = await (
            from line in db.Set<BudgetLine>().AsNoTracking()
            join category in db.Set<Classification>() on line.CategoryId equals category.Id
            join balance in db.Set<BudgetLineBalanceRow>() on line.Id equals balance.BudgetLineId into balances
            from balance in balances.DefaultIfEmpty()
            where line.BudgetId == budgetId
            orderby line.LineNo
            select new { line.Id, line.LineNo, line.ItemName, category.NameTh, category.NameEn, category.IsCapital, line.OriginalAmount, line.CurrentAmount, Balance = balance })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new AmendmentLineItem(
            r.Id, r.LineNo, r.ItemName, thai ? r.NameTh : r.NameEn, r.IsCapital, r.OriginalAmount, r.CurrentAmount,
            r.Balance?.Committed ?? Money.Zero,
            r.Balance is null ? Money.Zero : r.Balance.Allocated - r.Balance.Committed - r.Balance.Disbursed)).ToList();
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
