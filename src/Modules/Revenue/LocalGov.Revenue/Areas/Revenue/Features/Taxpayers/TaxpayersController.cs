using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Fees;
using LocalGov.Revenue.Domain.Signboards;
using LocalGov.Revenue.Resources;
using LocalGov.Revenue.Services;
using LocalGov.Revenue.Services.Taxpayers;
using LocalGov.SharedKernel.Identity;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Taxpayers;

/// <summary>
/// The taxpayer register (ทะเบียนผู้ชำระภาษี): search, register, correct, see everything a taxpayer owes and holds,
/// and merge duplicates. LAO staff change their own LAO's register; provincial and national officers read.
/// </summary>
[Area("Revenue")]
[Authorize(Policy = RevenueModule.ReadPolicy)]
internal sealed class TaxpayersController(
    LocalGovDbContext db,
    RevenueAccess access,
    TaxpayerMergeService merger,
    IOrganizationDirectory directory,
    IStringLocalizer<Strings> l,
    TimeProvider clock) : Controller
{
    private const int PageSize = 25;

    [HttpGet]
    public async Task<IActionResult> Index(TaxpayerSearch search, CancellationToken cancellationToken)
    {
        var filter = await access.ReadableAsync(cancellationToken);
        var laoIds = filter.LaoIds.ToList();
        var query = db.Set<Taxpayer>().AsNoTracking().Where(t => filter.All || laoIds.Contains(t.LaoId));
        var q = search.Q?.Trim() ?? "";
        if (q.Length > 0)
        {
            var digits = new string(q.Where(char.IsAsciiDigit).ToArray());
            var onlyNumber = digits.Length >= 3 && q.All(c => char.IsAsciiDigit(c) || c is '-' or ' ');
            query = onlyNumber
                ? query.Where(t => t.TaxId.Contains(digits) || t.Phone.Replace("-", "").Replace(" ", "").Contains(digits))
                : query.Where(t => (t.FirstName + " " + t.LastName).Contains(q) || t.FirstName.Contains(q) || t.LastName.Contains(q));
        }

        var total = await query.CountAsync(cancellationToken);
        var (page, pageCount) = Pager.Clamp(search.Page, total, PageSize);
        search.Page = page;
        var rows = await query.OrderBy(t => t.MergedIntoId != null).ThenBy(t => t.FirstName).ThenBy(t => t.LastName).ThenBy(t => t.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var laoNames = await LaoNamesAsync(rows.Select(r => r.LaoId), cancellationToken);
        var items = rows.Select(t => new TaxpayerListItem(t.Id, laoNames.GetValueOrDefault(t.LaoId, ""), t.Kind, t.TaxId, t.DisplayName, t.Address, t.Phone, t.MergedIntoId is not null)).ToList();
        var pager = new Pager(page, pageCount, p => Url.Action(nameof(Index), new { q = search.Q, page = p })!);
        return View(new TaxpayerListViewModel(items, search, total, pager, access.OwnLaoId is not null, access.OwnLaoId is null));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var taxpayer = await db.Set<Taxpayer>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (taxpayer is null || !await access.CanReadAsync(taxpayer.LaoId, cancellationToken))
        {
            return NotFound();
        }

        TaxpayerLink? mergedInto = null;
        if (taxpayer.MergedIntoId is { } into)
        {
            var survivor = await db.Set<Taxpayer>().AsNoTracking().FirstAsync(t => t.Id == into, cancellationToken);
            mergedInto = new TaxpayerLink(survivor.Id, survivor.TaxId, survivor.DisplayName);
        }

        var mergedFrom = (await db.Set<Taxpayer>().AsNoTracking().Where(t => t.MergedIntoId == id).OrderBy(t => t.Id).ToListAsync(cancellationToken))
            .Select(t => new TaxpayerLink(t.Id, t.TaxId, t.DisplayName)).ToList();
        var bills = await db.Set<Bill>().AsNoTracking().Where(b => b.TaxpayerId == id && b.LaoId == taxpayer.LaoId)
            .OrderByDescending(b => b.IssuedOn).ThenByDescending(b => b.Id)
            .Select(b => new TaxpayerBillRow(b.Id, b.Number, b.Kind, b.TaxYear, b.Description, b.DueOn, b.Amount, b.Amount - b.PaidPrincipal, b.Status))
            .ToListAsync(cancellationToken);
        var receipts = await db.Set<Receipt>().AsNoTracking().Where(r => r.TaxpayerId == id && r.LaoId == taxpayer.LaoId)
            .OrderByDescending(r => r.IssuedOn).ThenByDescending(r => r.Id)
            .Select(r => new TaxpayerReceiptRow(r.Id, r.ReceiptNo, r.IssuedOn, r.Total, r.Status == ReceiptStatus.Cancelled))
            .ToListAsync(cancellationToken);
        var signs = await db.Set<Sign>().AsNoTracking().Where(s => s.TaxpayerId == id && s.LaoId == taxpayer.LaoId).OrderBy(s => s.Id)
            .Select(s => new TaxpayerSignRow(s.Id, s.Text, s.WidthCm, s.HeightCm, s.RemovedOn != null))
            .ToListAsync(cancellationToken);
        var today = Today();
        var licences = (await (from x in db.Set<Licence>().AsNoTracking()
                               join f in db.Set<FeeItem>() on x.FeeItemId equals f.Id
                               where x.TaxpayerId == id && x.LaoId == taxpayer.LaoId
                               orderby x.IssuedOn descending
                               select new { x, f.NameTh }).ToListAsync(cancellationToken))
            .Select(r => new TaxpayerLicenceRow(r.x.Id, r.x.Number, r.NameTh, r.x.ExpiresOn, r.x.Status, r.x.IsExpired(today))).ToList();
        var laoNames = await LaoNamesAsync([taxpayer.LaoId], cancellationToken);
        var canChange = taxpayer.MergedIntoId is null && await access.CanChangeAsync(taxpayer.LaoId, cancellationToken);
        return View(new TaxpayerDetailsViewModel(taxpayer, laoNames.GetValueOrDefault(taxpayer.LaoId, ""), mergedInto, mergedFrom, bills, receipts, signs, licences, canChange));
    }

    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public IActionResult Create()
    {
        if (access.OwnLaoId is null)
        {
            return Forbid();
        }

        return View("Edit", new TaxpayerFormModel { Kind = TaxpayerKind.Person, Province = "", ConcurrencyStamp = Guid.Empty });
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Create(TaxpayerFormModel model, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId)
        {
            return Forbid();
        }

        model.Id = null;
        if (ModelState.IsValid)
        {
            await CheckDuplicateAsync(laoId, model, null, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            return View("Edit", model);
        }

        var taxpayer = new Taxpayer { LaoId = laoId, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        model.ApplyTo(taxpayer);
        db.Set<Taxpayer>().Add(taxpayer);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone saved the same id between the check and this save: the unique index refused it.
            if (await IsNewTaxIdAsync(laoId, taxpayer.TaxId, null, cancellationToken))
            {
                throw;
            }

            db.Entry(taxpayer).State = EntityState.Detached;
            await CheckDuplicateAsync(laoId, model, null, cancellationToken);
            return View("Edit", model);
        }

        TempData.Flash(l["Taxpayer.Created", taxpayer.DisplayName]);
        return RedirectToAction(nameof(Details), new { id = taxpayer.Id });
    }

    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var (taxpayer, refusal) = await ForChangeAsync(id, cancellationToken);
        return refusal ?? View(TaxpayerFormModel.From(taxpayer!));
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, TaxpayerFormModel model, CancellationToken cancellationToken)
    {
        var (taxpayer, refusal) = await ForChangeAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        model.Id = id;
        if (ModelState.IsValid)
        {
            await CheckDuplicateAsync(taxpayer!.LaoId, model, id, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        db.Entry(taxpayer!).Property(t => t.ConcurrencyStamp).OriginalValue = model.ConcurrencyStamp;
        model.ApplyTo(taxpayer!);
        taxpayer!.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Common.ConcurrencyConflict"]);
            return View(model);
        }
        catch (DbUpdateException)
        {
            if (await IsNewTaxIdAsync(taxpayer.LaoId, taxpayer.TaxId, id, cancellationToken))
            {
                throw;
            }

            await CheckDuplicateAsync(taxpayer.LaoId, model, id, cancellationToken);
            return View(model);
        }

        TempData.Flash(l["Taxpayer.Saved", taxpayer.DisplayName]);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The merge page of a duplicate: search the surviving record, then merge.</summary>
    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Merge(int id, string? q, CancellationToken cancellationToken)
    {
        var (taxpayer, refusal) = await ForChangeAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var candidates = await CandidatesAsync(taxpayer!, q, cancellationToken);
        return View(new MergeViewModel(taxpayer!, q, candidates, new MergeFormModel { ConcurrencyStamp = taxpayer!.ConcurrencyStamp, SurvivorId = candidates.Count == 1 ? candidates[0].Id : null }));
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Merge(int id, MergeFormModel form, string? q, CancellationToken cancellationToken)
    {
        var (taxpayer, refusal) = await ForChangeAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (form.SurvivorId is not { } survivorId)
        {
            ModelState.AddModelError(nameof(form.SurvivorId), l["Taxpayer.Merge.ChooseSurvivor"]);
        }
        else
        {
            db.ChangeTracker.Clear();
            var outcome = await merger.MergeAsync(id, survivorId, form.ConcurrencyStamp, cancellationToken);
            switch (outcome.Problem)
            {
                case MergeProblem.None:
                    var moved = string.Join(", ", outcome.Moved.Where(m => m.Count > 0).Select(m => l[m.ResourceKey, m.Count].Value));
                    TempData.Flash(l["Taxpayer.Merge.Done", moved.Length == 0 ? l["Taxpayer.Merge.NothingMoved"].Value : moved]);
                    return RedirectToAction(nameof(Details), new { id = survivorId });
                case MergeProblem.NotFound:
                    return NotFound();
                case MergeProblem.Forbidden:
                    return Forbid();
                case MergeProblem.Conflict:
                    ModelState.AddModelError("", l["Common.ConcurrencyConflict"]);
                    break;
                default:
                    ModelState.AddModelError(nameof(form.SurvivorId), l[$"Taxpayer.Merge.Problem.{outcome.Problem}"]);
                    break;
            }
        }

        taxpayer = await db.Set<Taxpayer>().AsNoTracking().FirstAsync(t => t.Id == id, cancellationToken);
        return View(new MergeViewModel(taxpayer, q, await CandidatesAsync(taxpayer, q, cancellationToken), form));
    }

    /// <summary>The taxpayer for a change: 404 outside the user's scope, 403 when the user may only read, and a merged record is read-only.</summary>
    private async Task<(Taxpayer? Taxpayer, IActionResult? Refusal)> ForChangeAsync(int id, CancellationToken cancellationToken)
    {
        var taxpayer = await db.Set<Taxpayer>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (taxpayer is null || !await access.CanReadAsync(taxpayer.LaoId, cancellationToken))
        {
            return (null, NotFound());
        }

        if (!await access.CanChangeAsync(taxpayer.LaoId, cancellationToken))
        {
            return (null, Forbid());
        }

        if (taxpayer.MergedIntoId is not null)
        {
            TempData.Flash(l["Taxpayer.MergedReadOnly"], FlashKind.Warning);
            return (null, RedirectToAction(nameof(Details), new { id }));
        }

        return (taxpayer, null);
    }

    /// <summary>Active records of the LAO with the same id, or matching the search, other than the duplicate itself.</summary>
    private async Task<IReadOnlyList<TaxpayerLink>> CandidatesAsync(Taxpayer duplicate, string? q, CancellationToken cancellationToken)
    {
        var query = db.Set<Taxpayer>().AsNoTracking().Where(t => t.LaoId == duplicate.LaoId && t.Id != duplicate.Id && t.MergedIntoId == null);
        var text = q?.Trim() ?? "";
        var digits = ThaiTaxId.Normalize(text);
        query = text.Length == 0
            ? query.Where(t => t.TaxId == duplicate.TaxId || (t.FirstName == duplicate.FirstName && t.LastName == duplicate.LastName))
            : digits is not null
                ? query.Where(t => t.TaxId == digits)
                : query.Where(t => t.FirstName.Contains(text) || t.LastName.Contains(text));
        var rows = await query.OrderBy(t => t.FirstName).ThenBy(t => t.Id).Take(50).ToListAsync(cancellationToken);
        return [.. rows.Select(t => new TaxpayerLink(t.Id, t.TaxId, t.DisplayName))];
    }

    /// <summary>Whether no other active taxpayer of the LAO has the id (after a failed save: was it the unique index?).</summary>
    private Task<bool> IsNewTaxIdAsync(int laoId, string taxId, int? exceptId, CancellationToken cancellationToken) =>
        db.Set<Taxpayer>().AsNoTracking().AllAsync(t => t.LaoId != laoId || t.TaxId != taxId || t.MergedIntoId != null || t.Id == (exceptId ?? 0), cancellationToken);

    private async Task CheckDuplicateAsync(int laoId, TaxpayerFormModel model, int? id, CancellationToken cancellationToken)
    {
        var taxId = ThaiTaxId.Normalize(model.TaxId);
        var existing = await db.Set<Taxpayer>().AsNoTracking()
            .Where(t => t.LaoId == laoId && t.TaxId == taxId && t.MergedIntoId == null && t.Id != (id ?? 0))
            .Select(t => new { t.Id, t.Title, t.FirstName, t.LastName }).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            ModelState.AddModelError(nameof(model.TaxId), l["Taxpayer.Error.Duplicate", string.Join(' ', new[] { existing.Title + existing.FirstName, existing.LastName }.Where(s => s.Length > 0))]);
            ViewData["DuplicateId"] = existing.Id;
        }
    }

    private async Task<Dictionary<int, string>> LaoNamesAsync(IEnumerable<int> laoIds, CancellationToken cancellationToken)
    {
        var ids = laoIds.Distinct().ToList();
        var laos = await directory.GetLaosAsync(ids, cancellationToken);
        var thai = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";
        return laos.ToDictionary(x => x.Id, x => thai ? x.NameTh : x.NameEn);
    }

    private DateOnly Today() => ThaiDate.Today(clock);
}
