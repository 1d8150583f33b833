using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Resources;
using LocalGov.Data;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Classifications;

/// <summary>
/// The budget classification (แผนงาน, งาน, งบ, หมวด, หมวดรายได้) as effective-dated reference data that system
/// administrators correct, add to and end without a release. Changes are audited by the platform's interceptor.
/// </summary>
[Area("Budgeting")]
[Authorize(Policy = BudgetingModule.ManageClassificationsPolicy)]
internal sealed class ClassificationsController(LocalGovDbContext db, IStringLocalizer<Strings> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(ClassificationSearch search, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            search = new ClassificationSearch();
        }

        var query = db.Set<Classification>().AsNoTracking();
        if (search.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (search.Year is { } year)
        {
            query = query.Where(c => c.EffectiveFromYear <= year && (c.EffectiveToYear == null || c.EffectiveToYear >= year));
        }

        var items = await query
            .OrderBy(c => c.Kind).ThenBy(c => c.Code).ThenBy(c => c.EffectiveFromYear)
            .Select(c => new ClassificationListItem(
                c.Id, c.Kind, c.Code, c.NameTh, c.NameEn, c.Parent == null ? null : c.Parent.Code,
                c.IsPersonnel, c.IsCapital, c.RevenueSource, c.EffectiveFromYear, c.EffectiveToYear))
            .ToListAsync(cancellationToken);
        return View(new ClassificationListViewModel(items, search));
    }

    [HttpGet]
    public async Task<IActionResult> Create(ClassificationKind? kind, CancellationToken cancellationToken)
    {
        await LoadParentsAsync(cancellationToken);
        return View("Edit", new ClassificationFormModel { Kind = kind, EffectiveFromYear = SharedKernel.Time.FiscalYear.Containing(DateTime.UtcNow).Next.BuddhistYear });
    }

    [HttpPost]
    public async Task<IActionResult> Create(ClassificationFormModel model, CancellationToken cancellationToken)
    {
        model.Id = null;
        if (ModelState.IsValid)
        {
            await CheckAsync(model, null, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            await LoadParentsAsync(cancellationToken);
            return View("Edit", model);
        }

        var kind = model.Kind!.Value;
        var entry = new Classification
        {
            Kind = kind,
            Code = model.Code.Trim(),
            NameTh = "",
            NameEn = "",
            ParentId = ClassificationFormModel.ParentKindOf(kind) is null ? null : model.ParentId,
            EffectiveFromYear = model.EffectiveFromYear!.Value,
            SortOrder = (await db.Set<Classification>().MaxAsync(c => (int?)c.SortOrder, cancellationToken) ?? 0) + 1,
        };
        Apply(entry, model);
        db.Set<Classification>().Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        TempData.Flash(l["Docs.Class.Created", entry.Code, entry.NameTh]);
        return RedirectToAction(nameof(Index), new { kind });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var entry = await db.Set<Classification>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        await LoadParentsAsync(cancellationToken);
        return View(new ClassificationFormModel
        {
            Id = entry.Id,
            Kind = entry.Kind,
            Code = entry.Code,
            NameTh = entry.NameTh,
            NameEn = entry.NameEn,
            ParentId = entry.ParentId,
            IsPersonnel = entry.IsPersonnel,
            IsCapital = entry.IsCapital,
            RevenueSource = entry.RevenueSource,
            EffectiveFromYear = entry.EffectiveFromYear,
            EffectiveToYear = entry.EffectiveToYear,
        });
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, ClassificationFormModel model, CancellationToken cancellationToken)
    {
        var entry = await db.Set<Classification>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        // What identifies the entry stays as it is; only names, flags and the last year change.
        model.Id = id;
        model.Kind = entry.Kind;
        model.Code = entry.Code;
        model.ParentId = entry.ParentId;
        model.EffectiveFromYear = entry.EffectiveFromYear;
        ModelState.Remove(nameof(model.Kind));
        ModelState.Remove(nameof(model.Code));
        ModelState.Remove(nameof(model.ParentId));
        ModelState.Remove(nameof(model.EffectiveFromYear));
        if (ModelState.IsValid)
        {
            await CheckAsync(model, id, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            await LoadParentsAsync(cancellationToken);
            return View(model);
        }

        Apply(entry, model);
        await db.SaveChangesAsync(cancellationToken);
        TempData.Flash(l["Docs.Class.Saved", entry.Code, entry.NameTh]);
        return RedirectToAction(nameof(Index), new { kind = entry.Kind });
    }

    private static void Apply(Classification entry, ClassificationFormModel model)
    {
        entry.NameTh = model.NameTh.Trim();
        entry.NameEn = model.NameEn.Trim();
        entry.IsPersonnel = model.IsPersonnel;
        entry.IsCapital = model.IsCapital;
        entry.RevenueSource = entry.Kind == ClassificationKind.RevenueCategory ? model.RevenueSource : null;
        entry.EffectiveToYear = model.EffectiveToYear;
    }

    /// <summary>Database checks: the parent is of the right kind, and the code is not in use in the kind for overlapping years.</summary>
    private async Task CheckAsync(ClassificationFormModel model, int? id, CancellationToken cancellationToken)
    {
        var kind = model.Kind!.Value;
        if (ClassificationFormModel.ParentKindOf(kind) is { } parentKind
            && !await db.Set<Classification>().AnyAsync(c => c.Id == model.ParentId && c.Kind == parentKind, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.ParentId), l["Docs.Class.ParentWrongKind"]);
        }

        if (kind == ClassificationKind.RevenueCategory && model.RevenueSource is null)
        {
            ModelState.AddModelError(nameof(model.RevenueSource), l["Docs.Class.SourceRequired"]);
        }

        var code = model.Code.Trim();
        var from = model.EffectiveFromYear!.Value;
        if (model.EffectiveToYear < from)
        {
            // The validator cannot see the first year on an edit (it is not posted), so check it here too.
            ModelState.AddModelError(nameof(model.EffectiveToYear), l["Docs.Class.ToBeforeFrom"]);
        }

        var to = model.EffectiveToYear ?? int.MaxValue;
        var overlapping = await db.Set<Classification>()
            .Where(c => c.Kind == kind && c.Code == code && c.Id != (id ?? 0))
            .Where(c => c.EffectiveFromYear <= to && (c.EffectiveToYear == null || c.EffectiveToYear >= from))
            .AnyAsync(cancellationToken);
        if (overlapping)
        {
            ModelState.AddModelError(nameof(model.Code), l["Docs.Class.CodeTaken"]);
        }
    }

    /// <summary>Parent choices grouped by kind (แผนงาน for งาน, งบ for หมวด), so the list works without script.</summary>
    private async Task LoadParentsAsync(CancellationToken cancellationToken)
    {
        var parents = await db.Set<Classification>().AsNoTracking()
            .Where(c => c.Kind == ClassificationKind.Programme || c.Kind == ClassificationKind.ExpenditureGroup)
            .OrderBy(c => c.Kind).ThenBy(c => c.Code).ThenBy(c => c.EffectiveFromYear)
            .ToListAsync(cancellationToken);
        var groups = new Dictionary<ClassificationKind, SelectListGroup>
        {
            [ClassificationKind.Programme] = new() { Name = l[$"Docs.Kind.{ClassificationKind.Programme}"] },
            [ClassificationKind.ExpenditureGroup] = new() { Name = l[$"Docs.Kind.{ClassificationKind.ExpenditureGroup}"] },
        };
        ViewData["Parents"] = parents.Select(p =>
        {
            var text = FormattableString.Invariant($"{p.Code} {p.NameTh}")
                + (p.EffectiveToYear is { } end ? FormattableString.Invariant($" ({p.EffectiveFromYear}–{end})") : "");
            return new SelectListItem(text, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Group = groups[p.Kind] };
        }).ToList();
    }
}
