using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Resources;
using LocalGov.Budgeting.Services;
using LocalGov.Data;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Budgets;

/// <summary>Shared steps of the features that change a budget's lines or estimates.</summary>
internal static class BudgetEditing
{
    /// <summary>
    /// The budget when the user may change it now: an unknown id is 404, another LAO's budget 403; a budget past
    /// the draft stage is refused with a flash on its page (crafted posts included).
    /// </summary>
    public static async Task<(Budget? Budget, IActionResult? Refusal)> LoadForEditAsync(
        Controller controller, LocalGovDbContext db, BudgetAccess access, int budgetId, IStringLocalizer<Strings> l, CancellationToken cancellationToken)
    {
        var budget = await access.FindReadableAsync(budgetId, cancellationToken);
        if (budget is null)
        {
            return (null, await RefuseChangeAsync(controller, db, budgetId, cancellationToken));
        }

        if (!await access.CanChangeAsync(budget, cancellationToken))
        {
            return (null, controller.Forbid());
        }

        if (!budget.IsEditable)
        {
            controller.TempData.Flash(l["Prep.NotEditable"], FlashKind.Danger);
            return (null, controller.RedirectToAction("Details", "Budgets", new { id = budget.Id }));
        }

        return (budget, null);
    }

    /// <summary>For a change to a budget the user cannot read: 403 when it exists (another LAO's), else 404.</summary>
    public static async Task<IActionResult> RefuseChangeAsync(Controller controller, LocalGovDbContext db, int budgetId, CancellationToken cancellationToken) =>
        await db.Set<Budget>().AnyAsync(b => b.Id == budgetId, cancellationToken) ? controller.Forbid() : controller.NotFound();

    /// <summary>The user's stamp is the expected one: if someone saved in between, EF refuses the update.</summary>
    public static void ExpectStamp(LocalGovDbContext db, Budget budget, Guid seen)
    {
        db.Entry(budget).Property(b => b.ConcurrencyStamp).OriginalValue = seen;
        budget.ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>
    /// Removes a line or estimate of an editable budget and refreshes the LAO's summary in one transaction
    /// (the updater reads saved rows, hence two saves), then flashes the outcome and returns to the budget page.
    /// </summary>
    public static async Task<IActionResult> DeleteAsync<TItem>(
        Controller controller,
        LocalGovDbContext db,
        BudgetSummaryUpdater summaries,
        Budget budget,
        TItem item,
        Guid concurrencyStamp,
        string deletedMessage,
        string conflictMessage,
        CancellationToken cancellationToken)
        where TItem : class
    {
        ExpectStamp(db, budget, concurrencyStamp);
        db.Set<TItem>().Remove(item);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await summaries.RefreshAsync(budget.LaoId, budget.FiscalYear, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            controller.TempData.Flash(deletedMessage);
        }
        catch (DbUpdateConcurrencyException)
        {
            controller.TempData.Flash(conflictMessage, FlashKind.Danger);
        }

        return controller.RedirectToAction("Details", "Budgets", new { id = budget.Id });
    }

    public static async Task<Guid> CurrentStampAsync(LocalGovDbContext db, int budgetId, CancellationToken cancellationToken) =>
        await db.Set<Budget>().AsNoTracking().Where(b => b.Id == budgetId).Select(b => b.ConcurrencyStamp).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Classification entries of a kind that apply to the fiscal year, in catalogue order.</summary>
    public static async Task<List<Classification>> ClassificationsAsync(LocalGovDbContext db, int fiscalYear, CancellationToken cancellationToken)
    {
        var all = await db.Set<Classification>().AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        return all.Where(c => c.AppliesTo(fiscalYear)).ToList();
    }

    public static string Name(Classification c) =>
        System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th" ? c.NameTh : c.NameEn;

    public static string Label(Classification c) => c.Code + " " + Name(c);

    public static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Choices of one kind; children grouped under their parent's name so the page works without script.</summary>
    public static List<SelectListItem> Choices(IReadOnlyList<Classification> all, ClassificationKind kind, int? selected)
    {
        var parents = all.ToDictionary(c => c.Id);
        var groups = new Dictionary<int, SelectListGroup>();
        return all.Where(c => c.Kind == kind).Select(c =>
        {
            var item = new SelectListItem(Label(c), Invariant(c.Id), c.Id == selected);
            if (c.ParentId is { } parentId && parents.TryGetValue(parentId, out var parent))
            {
                if (!groups.TryGetValue(parentId, out var group))
                {
                    group = new SelectListGroup { Name = Label(parent) };
                    groups[parentId] = group;
                }

                item.Group = group;
            }

            return item;
        }).ToList();
    }
}
