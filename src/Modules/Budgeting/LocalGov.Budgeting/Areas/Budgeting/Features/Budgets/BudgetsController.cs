using LocalGov.Budgeting.Areas.Budgeting.Features.Workflow;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Resources;
using LocalGov.Budgeting.Services;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Budgets;

/// <summary>
/// Budgets the user may read (their LAO, their province's LAOs, or all), the budget page with its checks and
/// workflow, and the LAO preparer's "create the budget for a year" (optionally copied from last year's).
/// </summary>
[Area("Budgeting")]
[Authorize(Policy = BudgetingModule.ReadPolicy)]
internal sealed class BudgetsController(
    LocalGovDbContext db,
    BudgetAccess access,
    BudgetSummaryUpdater summaries,
    BudgetWorkflowService workflow,
    WorkflowPermissions permissions,
    IOrganizationDirectory directory,
    IOrganizationScope scope,
    ICurrentUser user,
    IAuthorizationService authorization,
    TimeProvider clock,
    IStringLocalizer<Strings> l) : Controller
{
    private const int PageSize = 50;

    [HttpGet]
    public async Task<IActionResult> Index(int? year, int page = 1, CancellationToken cancellationToken = default) =>
        View(await IndexModelAsync(year, page, null, cancellationToken));

    [HttpPost]
    [Authorize(Policy = BudgetingModule.PreparePolicy)]
    public async Task<IActionResult> Create(CreateBudgetForm form, CancellationToken cancellationToken)
    {
        if (user.LaoId is not { } laoId || !await scope.CanChangeLaoAsync(laoId, cancellationToken))
        {
            return Forbid();
        }

        var lao = await directory.FindLaoAsync(laoId, cancellationToken);
        if (lao is null)
        {
            return Forbid();
        }

        if (ModelState.IsValid && form.FiscalYear is not (>= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear))
        {
            ModelState.AddModelError(nameof(form.FiscalYear), l["Prep.Create.YearInvalid"]);
        }

        var year = form.FiscalYear ?? 0;
        if (ModelState.IsValid && await db.Set<Budget>().AnyAsync(
            b => b.LaoId == laoId && b.FiscalYear == year && b.Kind == BudgetKind.Annual && b.Sequence == 0, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.FiscalYear), l["Prep.Create.Duplicate", year]);
        }

        Budget? previous = null;
        if (ModelState.IsValid && form.CopyFromLastYear)
        {
            previous = await db.Set<Budget>().AsNoTracking().Include(b => b.Lines).Include(b => b.Revenues)
                .FirstOrDefaultAsync(b => b.LaoId == laoId && b.FiscalYear == year - 1 && b.Kind == BudgetKind.Annual && b.Sequence == 0, cancellationToken);
            if (previous is null)
            {
                ModelState.AddModelError(nameof(form.CopyFromLastYear), l["Prep.Create.NoPrevious", year - 1]);
            }
        }

        if (!ModelState.IsValid)
        {
            return View("Index", await IndexModelAsync(null, 1, form, cancellationToken));
        }

        var budget = BudgetCopier.NewAnnual(lao, year, clock.GetUtcNow().UtcDateTime);
        if (previous is not null)
        {
            BudgetCopier.CopyContent(previous, budget);
        }

        db.Set<Budget>().Add(budget);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // The summary reads the saved budget, so: save, refresh, save, in one transaction.
            await db.SaveChangesAsync(cancellationToken);
            await summaries.RefreshAsync(laoId, year, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        TempData.Flash(previous is null ? l["Prep.Create.Done", year] : l["Prep.Create.Copied", year, budget.Lines.Count, budget.Revenues.Count]);
        return RedirectToAction(nameof(Details), new { id = budget.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var budget = await access.FindReadableAsync(id, cancellationToken);
        if (budget is null)
        {
            return NotFound();
        }

        await workflow.LoadAsync(budget, cancellationToken);
        var checks = await workflow.CheckAsync(budget, cancellationToken);
        var classes = await db.Set<Classification>().AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var lao = await directory.FindLaoAsync(budget.LaoId, cancellationToken);
        var thai = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";
        var canChange = await IsAllowedAsync(BudgetingModule.PreparePolicy) && await access.CanChangeAsync(budget, cancellationToken);
        var history = BudgetWorkflowService.Ordered(budget).ToList();
        var transitions = await permissions.AllowedAsync(budget, cancellationToken);
        int? nextReading = budget.Status == BudgetStatus.SubmittedToCouncil && await permissions.CanRecordReadingAsync(budget, cancellationToken)
            ? BudgetPreparationRules.NextReading(history)
            : null;
        var personnel = Money.Sum(budget.Lines.Where(x => classes.TryGetValue(x.CategoryId, out var c) && c.IsPersonnel).Select(x => x.CurrentAmount));
        var today = ThaiDate.Today(clock);
        return View(new BudgetDetailsViewModel(
            budget,
            lao is null ? "?" : thai ? lao.NameTh : lao.NameEn,
            classes,
            [.. budget.Lines.OrderBy(x => x.LineNo)],
            [.. budget.Revenues.OrderBy(x => x.LineNo)],
            history,
            checks,
            personnel,
            transitions,
            nextReading,
            canChange && budget.IsEditable,
            canChange,
            today));
    }

    private async Task<BudgetIndexViewModel> IndexModelAsync(int? year, int page, CreateBudgetForm? create, CancellationToken cancellationToken)
    {
        var readable = await access.ReadableAsync(cancellationToken);
        var years = await readable.Select(b => b.FiscalYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        var query = year is { } y ? readable.Where(b => b.FiscalYear == y) : readable;
        var total = await query.CountAsync(cancellationToken);
        (page, var pageCount) = Pager.Clamp(page, total, PageSize);
        var rows = await query.OrderByDescending(b => b.FiscalYear).ThenBy(b => b.LaoId).ThenBy(b => b.Sequence)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(b => new { b.Id, b.LaoId, b.FiscalYear, b.Kind, b.Sequence, b.Status })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var lines = await db.Set<BudgetLine>().AsNoTracking().Where(x => ids.Contains(x.BudgetId))
            .Select(x => new { x.BudgetId, x.CurrentAmount }).ToListAsync(cancellationToken);
        var revenues = await db.Set<RevenueEstimate>().AsNoTracking().Where(x => ids.Contains(x.BudgetId))
            .Select(x => new { x.BudgetId, x.Amount }).ToListAsync(cancellationToken);
        var laos = (await directory.GetLaosAsync(rows.Select(r => r.LaoId).Distinct().ToList(), cancellationToken)).ToDictionary(x => x.Id);
        var thai = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";
        string Name(int laoId) => laos.TryGetValue(laoId, out var lao) ? (thai ? lao.NameTh : lao.NameEn) : "?";
        var items = rows.Select(r => new BudgetListItem(
            r.Id,
            r.LaoId,
            Name(r.LaoId),
            r.FiscalYear,
            r.Kind,
            r.Sequence,
            r.Status,
            Money.Sum(revenues.Where(x => x.BudgetId == r.Id).Select(x => x.Amount)),
            Money.Sum(lines.Where(x => x.BudgetId == r.Id).Select(x => x.CurrentAmount)))).ToList();

        string? ownLao = null;
        if (user.LaoId is { } laoId && await IsAllowedAsync(BudgetingModule.PreparePolicy) && await scope.CanChangeLaoAsync(laoId, cancellationToken))
        {
            var lao = await directory.FindLaoAsync(laoId, cancellationToken);
            ownLao = lao is null ? null : thai ? lao.NameTh : lao.NameEn;
            create ??= new CreateBudgetForm
            {
                FiscalYear = FiscalYear.Current(clock).Next.BuddhistYear,
                CopyFromLastYear = true,
            };
        }

        return new BudgetIndexViewModel(items, year, years, page, pageCount, total, ownLao, ownLao is null ? null : create);
    }

    private async Task<bool> IsAllowedAsync(string policy) =>
        User.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(User, policy)).Succeeded;
}
