using System.Globalization;
using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Resources;
using LocalGov.Procurement.Services;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Procurement.Areas.Procurement.Features.Plans;

internal sealed record PlanViewModel(LaoDto Lao, int FiscalYear, IReadOnlyList<int> Years, ProcurementPlan? Plan, IReadOnlyDictionary<int, string> Lines, bool CanManage);

internal sealed class PlanItemForm
{
    public string? Title { get; set; }
    public ProcurementCategory? Category { get; set; }
    public int? BudgetLineId { get; set; }
    public string? EstimatedAmount { get; set; }
    public ProcurementMethod? Method { get; set; }

    /// <summary>The expected month as "yyyy-MM".</summary>
    public string? ExpectedMonth { get; set; }

    public string? Note { get; set; }
}

internal sealed record PlanItemViewModel(ProcurementPlan Plan, int? ItemId, PlanItemForm Form, IReadOnlyList<BudgetLineInfo> Lines);

/// <summary>
/// แผนการจัดซื้อจัดจ้าง: one plan per LAO and fiscal year. Items change while the plan is a draft; publishing records
/// the date and the officer; a published plan reopened for changes is published again as the next revision.
/// </summary>
[Area("Procurement")]
[Authorize(Policy = ProcurementModule.ReadPolicy)]
internal sealed class PlansController(
    LocalGovDbContext db,
    ProcurementAccess access,
    IBudgetLineDirectory budget,
    IAuthorizationService authorization,
    TimeProvider clock,
    IStringLocalizer<Strings> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? year, int? laoId, string? code, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        var lao = choice.Lao;
        var current = FiscalYear.Current(clock).BuddhistYear;
        var fiscalYear = year is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear ? year.Value : current;
        var years = await db.Set<ProcurementPlan>().AsNoTracking().Where(p => p.LaoId == lao.Id).Select(p => p.FiscalYear).ToListAsync(cancellationToken);
        years = [.. years.Append(current).Append(current - 1).Append(fiscalYear).Distinct().OrderDescending()];
        var plan = await db.Set<ProcurementPlan>().AsNoTracking().Include(p => p.Items)
            .FirstOrDefaultAsync(p => p.LaoId == lao.Id && p.FiscalYear == fiscalYear, cancellationToken);
        var canManage = await CanManageAsync(lao.Id, cancellationToken);
        return View(new PlanViewModel(lao, fiscalYear, years, plan, await LineNamesAsync(lao.Id, fiscalYear, cancellationToken), canManage));
    }

    [HttpGet]
    public async Task<IActionResult> Print(int id, CancellationToken cancellationToken)
    {
        var plan = await db.Set<ProcurementPlan>().AsNoTracking().Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null || !await access.CanReadAsync(plan.LaoId, cancellationToken))
        {
            return NotFound();
        }

        var lao = (await access.ChooseLaoAsync(plan.LaoId, null, cancellationToken)).Lao;
        return lao is null ? NotFound() : View(new PlanViewModel(lao, plan.FiscalYear, [plan.FiscalYear], plan, await LineNamesAsync(lao.Id, plan.FiscalYear, cancellationToken), false));
    }

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Create(int year, CancellationToken cancellationToken)
    {
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        if (year is < FiscalYear.MinBuddhistYear or > FiscalYear.MaxBuddhistYear)
        {
            return BadRequest();
        }

        if (!await db.Set<ProcurementPlan>().AnyAsync(p => p.LaoId == lao.Id && p.FiscalYear == year, cancellationToken))
        {
            db.Set<ProcurementPlan>().Add(new ProcurementPlan { LaoId = lao.Id, FiscalYear = year });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                TempData.Flash(l["Plan.Created", year]);
            }
            catch (DbUpdateException)
            {
                // The unique (LaoId, FiscalYear) index: another officer created it a moment ago; show theirs.
                TempData.Flash(l["Plan.Exists", year], FlashKind.Info);
            }
        }

        return RedirectToAction(nameof(Index), new { year });
    }

    [HttpGet]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Item(int id, int? itemId, CancellationToken cancellationToken)
    {
        var (plan, denied) = await FindDraftAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var form = new PlanItemForm { Category = ProcurementCategory.Goods, Method = ProcurementMethod.Specific, ExpectedMonth = FiscalYear.FromChristianEndYear(ThaiDate.ToChristianYear(plan!.FiscalYear)).Start.ToString("yyyy-MM", CultureInfo.InvariantCulture) };
        if (itemId is not null)
        {
            var item = plan.Items.FirstOrDefault(i => i.Id == itemId);
            if (item is null)
            {
                return NotFound();
            }

            form = new PlanItemForm
            {
                Title = item.Title,
                Category = item.Category,
                BudgetLineId = item.BudgetLineId,
                EstimatedAmount = item.EstimatedAmount.Baht.ToString("0.00", CultureInfo.InvariantCulture),
                Method = item.Method,
                ExpectedMonth = item.ExpectedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                Note = item.Note,
            };
        }

        return View(new PlanItemViewModel(plan, itemId, form, await budget.GetLinesInForceAsync(plan.LaoId, plan.FiscalYear, cancellationToken)));
    }

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Item(int id, int? itemId, PlanItemForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (plan, denied) = await FindDraftAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var item = itemId is null ? null : plan!.Items.FirstOrDefault(i => i.Id == itemId);
        if (itemId is not null && item is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var lines = await budget.GetLinesInForceAsync(plan!.LaoId, plan.FiscalYear, cancellationToken);
        var title = form.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            ModelState.AddModelError(nameof(PlanItemForm.Title), l["Plan.Required"]);
        }
        else if (title.Length > 300)
        {
            ModelState.AddModelError(nameof(PlanItemForm.Title), l["Plan.TooLong", 300]);
        }

        if (form.Category is not { } category || !Enum.IsDefined(category))
        {
            ModelState.AddModelError(nameof(PlanItemForm.Category), l["Plan.Required"]);
        }

        if (form.Method is not { } method || !Enum.IsDefined(method))
        {
            ModelState.AddModelError(nameof(PlanItemForm.Method), l["Plan.Required"]);
        }

        if (form.BudgetLineId is { } lineId && lines.All(x => x.Id != lineId))
        {
            ModelState.AddModelError(nameof(PlanItemForm.BudgetLineId), l["Plan.LineInvalid", plan.FiscalYear]);
        }

        var amount = Money.Zero;
        if (!BahtInput.TryParse(form.EstimatedAmount, out var baht) || baht <= 0)
        {
            ModelState.AddModelError(nameof(PlanItemForm.EstimatedAmount), l["Plan.AmountInvalid"]);
        }
        else if (!BahtInput.HasAtMostTwoDecimals(baht))
        {
            ModelState.AddModelError(nameof(PlanItemForm.EstimatedAmount), l["Plan.AmountDecimals"]);
        }
        else
        {
            amount = Money.FromBaht(baht);
        }

        var year = FiscalYear.FromChristianEndYear(ThaiDate.ToChristianYear(plan.FiscalYear));
        if (!DateOnly.TryParseExact(form.ExpectedMonth?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected)
            || expected < year.Start || expected > year.End)
        {
            ModelState.AddModelError(nameof(PlanItemForm.ExpectedMonth), l["Plan.MonthInvalid", plan.FiscalYear]);
        }

        var note = form.Note?.Trim();
        if (note?.Length > 500)
        {
            ModelState.AddModelError(nameof(PlanItemForm.Note), l["Plan.TooLong", 500]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new PlanItemViewModel(plan, itemId, form, lines));
        }

        if (item is null)
        {
            item = new ProcurementPlanItem { Title = title, LineNo = plan.Items.Select(i => i.LineNo).DefaultIfEmpty(0).Max() + 1 };
            plan.Items.Add(item);
        }

        item.Title = title;
        item.Category = form.Category!.Value;
        item.BudgetLineId = form.BudgetLineId;
        item.EstimatedAmount = amount;
        item.Method = form.Method!.Value;
        item.ExpectedOn = expected;
        item.Note = string.IsNullOrEmpty(note) ? null : note;
        plan.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        TempData.Flash(l["Plan.ItemSaved", title]);
        return RedirectToAction(nameof(Index), new { year = plan.FiscalYear });
    }

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> RemoveItem(int id, int itemId, CancellationToken cancellationToken)
    {
        var (plan, denied) = await FindDraftAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var item = plan!.Items.FirstOrDefault(i => i.Id == itemId);
        if (item is null)
        {
            return NotFound();
        }

        if (await db.Set<ProcurementCase>().AnyAsync(c => c.PlanItemId == itemId, cancellationToken))
        {
            TempData.Flash(l["Plan.ItemInUse", item.Title], FlashKind.Danger);
            return RedirectToAction(nameof(Index), new { year = plan.FiscalYear });
        }

        db.Set<ProcurementPlanItem>().Remove(item);
        plan.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        TempData.Flash(l["Plan.ItemRemoved", item.Title]);
        return RedirectToAction(nameof(Index), new { year = plan.FiscalYear });
    }

    /// <summary>Publishes the draft: the first publication is revision 0; a plan published before gets the next revision.</summary>
    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Publish(int id, CancellationToken cancellationToken)
    {
        var (plan, denied) = await FindDraftAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        if (plan!.Items.Count == 0)
        {
            TempData.Flash(l["Plan.Empty"], FlashKind.Danger);
            return RedirectToAction(nameof(Index), new { year = plan.FiscalYear });
        }

        if (plan.PublishedOn is not null)
        {
            plan.Revision++;
        }

        plan.Status = PlanStatus.Published;
        plan.PublishedOn = ThaiDate.Today(clock);
        plan.PublishedBy = access.UserName;
        plan.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        TempData.Flash(l["Plan.Published", plan.FiscalYear]);
        return RedirectToAction(nameof(Index), new { year = plan.FiscalYear });
    }

    /// <summary>Reopens a published plan for changes; it stays public as published until the next publication.</summary>
    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Revise(int id, CancellationToken cancellationToken)
    {
        var (plan, denied) = await FindChangeableAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        if (plan!.Status == PlanStatus.Published)
        {
            plan.Status = PlanStatus.Draft;
            plan.ConcurrencyStamp = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            TempData.Flash(l["Plan.Reopened", plan.Revision + 1]);
        }

        return RedirectToAction(nameof(Index), new { year = plan.FiscalYear });
    }

    private async Task<bool> CanManageAsync(int laoId, CancellationToken cancellationToken) =>
        await access.MayChangeAsync(laoId, cancellationToken) && (await authorization.AuthorizeAsync(User, ProcurementModule.ManagePolicy)).Succeeded;

    private async Task<IReadOnlyDictionary<int, string>> LineNamesAsync(int laoId, int fiscalYear, CancellationToken cancellationToken) =>
        (await budget.GetLinesInForceAsync(laoId, fiscalYear, cancellationToken)).ToDictionary(x => x.Id, LineName);

    internal static string LineName(BudgetLineInfo line) => $"{line.LineNo}. {line.ItemName} ({line.WorkUnit.NameTh})";

    private async Task<(ProcurementPlan? Plan, IActionResult? Denied)> FindChangeableAsync(int id, CancellationToken cancellationToken)
    {
        var plan = await db.Set<ProcurementPlan>().Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null || !await access.CanReadAsync(plan.LaoId, cancellationToken))
        {
            return (null, NotFound());
        }

        return await access.MayChangeAsync(plan.LaoId, cancellationToken) ? (plan, null) : (null, Forbid());
    }

    private async Task<(ProcurementPlan? Plan, IActionResult? Denied)> FindDraftAsync(int id, CancellationToken cancellationToken)
    {
        var (plan, denied) = await FindChangeableAsync(id, cancellationToken);
        if (denied is not null)
        {
            return (null, denied);
        }

        if (plan!.Status != PlanStatus.Draft)
        {
            TempData.Flash(l["Plan.NotDraft"], FlashKind.Warning);
            return (null, RedirectToAction(nameof(Index), new { year = plan.FiscalYear }));
        }

        return (plan, null);
    }
}
