using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Areas.Revenue.Features.Fees;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Fees;
using LocalGov.Revenue.Resources;
using LocalGov.Revenue.Services;
using LocalGov.Revenue.Services.Fees;
using LocalGov.Revenue.Services.Taxpayers;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Licences;

/// <summary>Licences (ใบอนุญาต): issue with a bill, renew from the old expiry, follow expiries, print.</summary>
[Area("Revenue")]
[Authorize(Policy = RevenueModule.ReadPolicy)]
internal sealed class LicencesController(
    LocalGovDbContext db,
    RevenueAccess access,
    TaxpayerQueries taxpayers,
    LicenceService licences,
    IOrganizationDirectory directory,
    IStringLocalizer<Strings> l,
    TimeProvider clock) : Controller
{
    public const int ExpiringWithinDays = 30;
    private const int PageSize = 25;

    [HttpGet]
    public async Task<IActionResult> Index(LicenceSearch search, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            search = new LicenceSearch();
        }

        var filter = await access.ReadableAsync(cancellationToken);
        var laoIds = filter.LaoIds.ToList();
        var today = Today();
        var soon = today.AddDays(ExpiringWithinDays);
        var query = from x in db.Set<Licence>().AsNoTracking()
                    join t in db.Set<Taxpayer>() on x.TaxpayerId equals t.Id
                    join f in db.Set<FeeItem>() on x.FeeItemId equals f.Id
                    where filter.All || laoIds.Contains(x.LaoId)
                    select new { x, t, f.NameTh };
        query = search.Filter switch
        {
            LicenceFilter.Expiring => query.Where(r => r.x.Status == LicenceStatus.Active && r.x.ExpiresOn >= today && r.x.ExpiresOn <= soon),
            LicenceFilter.Expired => query.Where(r => r.x.Status == LicenceStatus.Active && r.x.ExpiresOn < today),
            _ => query,
        };
        var q = search.Q?.Trim() ?? "";
        if (q.Length > 0)
        {
            query = query.Where(r => r.x.Number == q || r.x.Premises.Contains(q) || r.t.FirstName.Contains(q) || r.t.LastName.Contains(q) || r.t.TaxId == q);
        }

        var total = await query.CountAsync(cancellationToken);
        var (page, pageCount) = Pager.Clamp(search.Page, total, PageSize);
        search.Page = page;
        var rows = await (search.Filter == LicenceFilter.All ? query.OrderByDescending(r => r.x.IssuedOn).ThenByDescending(r => r.x.Id) : query.OrderBy(r => r.x.ExpiresOn).ThenBy(r => r.x.Id))
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var items = rows.Select(r => new LicenceRow(r.x.Id, r.x.Number, r.t.DisplayName, r.t.Id, r.NameTh, r.x.Premises, r.x.IssuedOn, r.x.ExpiresOn, r.x.Status, r.x.IsExpired(today), r.x.IsExpiringWithin(today, ExpiringWithinDays))).ToList();
        var pager = new Pager(page, pageCount, p => Url.Action(nameof(Index), new { filter = search.Filter, q = search.Q, page = p })!);
        return View(new LicenceListViewModel(items, search, total, pager, access.OwnLaoId is not null));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var licence = await db.Set<Licence>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (licence is null || !await access.CanReadAsync(licence.LaoId, cancellationToken))
        {
            return NotFound();
        }

        var holder = await db.Set<Taxpayer>().AsNoTracking().FirstAsync(t => t.Id == licence.TaxpayerId, cancellationToken);
        var item = await db.Set<FeeItem>().AsNoTracking().FirstAsync(f => f.Id == licence.FeeItemId, cancellationToken);
        var bill = licence.BillId is { } billId ? await db.Set<Bill>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == billId, cancellationToken) : null;
        var from = licence.RenewedFromId is { } fromId ? await db.Set<Licence>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == fromId, cancellationToken) : null;
        var by = await db.Set<Licence>().AsNoTracking().FirstOrDefaultAsync(x => x.RenewedFromId == id, cancellationToken);
        var lao = await directory.FindLaoAsync(licence.LaoId, cancellationToken);
        var canRenew = licence.Status == LicenceStatus.Active && item.Active && await access.CanChangeAsync(licence.LaoId, cancellationToken);
        return View(new LicenceDetailsViewModel(licence, holder, item, lao?.NameTh ?? "", bill, from, by, licence.IsExpired(Today()), canRenew));
    }

    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Issue(int? taxpayerId, int? feeItemId, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId)
        {
            return Forbid();
        }

        var model = new LicenceIssueFormModel { IssuedOn = Today(), FeeItemId = feeItemId };
        if (taxpayerId is { } tid)
        {
            model.TaxpayerTaxId = (await taxpayers.ActiveAsync(laoId, cancellationToken)).FirstOrDefault(t => t.Id == tid)?.TaxId ?? "";
        }

        await LoadChoicesAsync(laoId, cancellationToken);
        return View(model);
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Issue(LicenceIssueFormModel model, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId)
        {
            return Forbid();
        }

        Taxpayer? taxpayer = null;
        if (ModelState.GetFieldValidationState(nameof(model.TaxpayerTaxId)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            taxpayer = await taxpayers.FindActiveByTaxIdAsync(laoId, model.TaxpayerTaxId, cancellationToken);
            if (taxpayer is null)
            {
                ModelState.AddModelError(nameof(model.TaxpayerTaxId), l["Sign.Error.OwnerUnknown"]);
            }
        }

        if (model.FeeItemId is { } fid && !await db.Set<FeeItem>().AnyAsync(f => f.Id == fid && f.LaoId == laoId && f.Active && f.IssuesLicence && f.ValidityMonths > 0, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.FeeItemId), l["Fee.Error.ItemUnknown"]);
        }

        if (ModelState.IsValid)
        {
            var outcome = await licences.IssueAsync(laoId, taxpayer!.Id, model.FeeItemId!.Value, model.IssuedOn!.Value, model.Premises, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData.Flash(l["Fee.Licence.Issued", outcome.Licence!.Number]);
                return RedirectToAction(nameof(Details), new { id = outcome.Licence.Id });
            }

            ModelState.AddModelError(nameof(model.FeeItemId), l["Fee.Error.ItemUnknown"]);
        }

        await LoadChoicesAsync(laoId, cancellationToken);
        return View(model);
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Renew(int id, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        var licence = await db.Set<Licence>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (licence is null || !await access.CanReadAsync(licence.LaoId, cancellationToken))
        {
            return NotFound();
        }

        if (!await access.CanChangeAsync(licence.LaoId, cancellationToken))
        {
            return Forbid();
        }

        LicenceOutcome outcome;
        try
        {
            outcome = await licences.RenewAsync(licence.LaoId, id, concurrencyStamp, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Flash(l["Common.ConcurrencyConflict"], FlashKind.Danger);
            return RedirectToAction(nameof(Details), new { id });
        }

        if (!outcome.Succeeded)
        {
            TempData.Flash(l[$"Fee.Licence.Problem.{outcome.Problem}"], FlashKind.Danger);
            return RedirectToAction(nameof(Details), new { id });
        }

        TempData.Flash(l["Fee.Licence.Renewed", outcome.Licence!.Number, ThaiDate.Format(outcome.Licence.ExpiresOn, ThaiDateStyle.Medium)]);
        return RedirectToAction(nameof(Details), new { id = outcome.Licence.Id });
    }

    private async Task LoadChoicesAsync(int laoId, CancellationToken cancellationToken)
    {
        ViewData["Taxpayers"] = await taxpayers.ActiveAsync(laoId, cancellationToken);
        ViewData["FeeItems"] = await FeesController.FeeItemChoicesAsync(db, laoId, licencesOnly: true, cancellationToken);
    }

    private DateOnly Today() => ThaiDate.Today(clock);
}
