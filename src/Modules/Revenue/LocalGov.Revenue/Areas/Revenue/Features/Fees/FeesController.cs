using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Domain.Fees;
using LocalGov.Revenue.Resources;
using LocalGov.Revenue.Services;
using LocalGov.Revenue.Services.Fees;
using LocalGov.Revenue.Services.Taxpayers;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Fees;

/// <summary>The LAO's fee catalogue (ค่าธรรมเนียมและใบอนุญาต), kept by its own staff, and fee bills without a licence.</summary>
[Area("Revenue")]
[Authorize(Policy = RevenueModule.ReadPolicy)]
internal sealed class FeesController(
    LocalGovDbContext db,
    RevenueAccess access,
    TaxpayerQueries taxpayers,
    LicenceService licences,
    IOrganizationDirectory directory,
    IStringLocalizer<Strings> l,
    TimeProvider clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var filter = await access.ReadableAsync(cancellationToken);
        var laoIds = filter.LaoIds.ToList();
        var items = await db.Set<FeeItem>().AsNoTracking().Where(f => filter.All || laoIds.Contains(f.LaoId))
            .OrderBy(f => f.LaoId).ThenBy(f => f.Code).Take(1000).ToListAsync(cancellationToken);
        var laos = (await directory.GetLaosAsync(items.Select(i => i.LaoId).Distinct().ToList(), cancellationToken)).ToDictionary(x => x.Id, x => x.NameTh);
        var rows = items.Select(f => new FeeItemRow(f.Id, laos.GetValueOrDefault(f.LaoId, ""), f.Code, f.NameTh, f.NameEn, f.Amount, f.Period, f.IssuesLicence, f.ValidityMonths, f.Active)).ToList();
        return View(new FeeCatalogViewModel(rows, access.OwnLaoId is not null, access.OwnLaoId is null));
    }

    /// <summary>Loads the standard catalogue into the LAO's empty catalogue.</summary>
    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> LoadDefaults(CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId)
        {
            return Forbid();
        }

        if (await db.Set<FeeItem>().AnyAsync(f => f.LaoId == laoId, cancellationToken))
        {
            TempData.Flash(l["Fee.Defaults.NotEmpty"], FlashKind.Warning);
            return RedirectToAction(nameof(Index));
        }

        db.Set<FeeItem>().AddRange(FeeCatalogDefaults.Entries.Select(e => FeeCatalogDefaults.ToItem(e, laoId)));
        await db.SaveChangesAsync(cancellationToken);
        TempData.Flash(l["Fee.Defaults.Loaded", FeeCatalogDefaults.Entries.Count]);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public IActionResult CreateItem() => access.OwnLaoId is null ? Forbid() : View("EditItem", new FeeItemFormModel { Period = FeePeriod.Yearly });

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> CreateItem(FeeItemFormModel model, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId)
        {
            return Forbid();
        }

        model.Id = null;
        if (ModelState.IsValid)
        {
            await CheckCodeAsync(laoId, model, null, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            return View("EditItem", model);
        }

        var item = new FeeItem { LaoId = laoId };
        Apply(item, model);
        db.Set<FeeItem>().Add(item);
        await db.SaveChangesAsync(cancellationToken);
        TempData.Flash(l["Fee.Item.Saved", item.NameTh]);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> EditItem(int id, CancellationToken cancellationToken)
    {
        var (item, refusal) = await ForChangeAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return View(new FeeItemFormModel
        {
            Id = item!.Id,
            Code = item.Code,
            NameTh = item.NameTh,
            NameEn = item.NameEn,
            Amount = item.Amount.Baht,
            Period = item.Period,
            IssuesLicence = item.IssuesLicence,
            ValidityMonths = item.ValidityMonths,
            Active = item.Active,
            ConcurrencyStamp = item.ConcurrencyStamp,
        });
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> EditItem(int id, FeeItemFormModel model, CancellationToken cancellationToken)
    {
        var (item, refusal) = await ForChangeAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        model.Id = id;
        if (ModelState.IsValid)
        {
            await CheckCodeAsync(item!.LaoId, model, id, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        db.Entry(item!).Property(f => f.ConcurrencyStamp).OriginalValue = model.ConcurrencyStamp;
        Apply(item!, model);
        item!.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Common.ConcurrencyConflict"]);
            return View(model);
        }

        TempData.Flash(l["Fee.Item.Saved", item.NameTh]);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Bill(int? taxpayerId, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId)
        {
            return Forbid();
        }

        var model = new FeeBillFormModel { IssuedOn = Today() };
        if (taxpayerId is { } tid)
        {
            model.TaxpayerTaxId = (await taxpayers.ActiveAsync(laoId, cancellationToken)).FirstOrDefault(t => t.Id == tid)?.TaxId ?? "";
        }

        await LoadChoicesAsync(laoId, licencesOnly: false, cancellationToken);
        return View(model);
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Bill(FeeBillFormModel model, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId)
        {
            return Forbid();
        }

        var taxpayer = ModelState.GetFieldValidationState(nameof(model.TaxpayerTaxId)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid
            ? null
            : await taxpayers.FindActiveByTaxIdAsync(laoId, model.TaxpayerTaxId, cancellationToken);
        if (taxpayer is null && ModelState.GetFieldValidationState(nameof(model.TaxpayerTaxId)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(model.TaxpayerTaxId), l["Sign.Error.OwnerUnknown"]);
        }

        if (model.FeeItemId is { } fid && !await db.Set<FeeItem>().AnyAsync(f => f.Id == fid && f.LaoId == laoId && f.Active, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.FeeItemId), l["Fee.Error.ItemUnknown"]);
        }

        if (ModelState.IsValid)
        {
            var outcome = await licences.BillFeeAsync(laoId, taxpayer!.Id, model.FeeItemId!.Value, model.Quantity!.Value, model.IssuedOn!.Value, cancellationToken);
            switch (outcome.Problem)
            {
                case FeeProblem.None:
                    TempData.Flash(l["Fee.Bill.Done", outcome.Bill!.Number, BahtFormat.Format(outcome.Bill.Amount)]);
                    return RedirectToAction("Details", "Taxpayers", new { id = taxpayer.Id });
                case FeeProblem.AlreadyBilled:
                    ModelState.AddModelError(nameof(model.FeeItemId), l["Fee.Error.AlreadyBilled", outcome.Bill!.Number]);
                    break;
                default:
                    ModelState.AddModelError(nameof(model.FeeItemId), l["Fee.Error.ItemUnknown"]);
                    break;
            }
        }

        await LoadChoicesAsync(laoId, licencesOnly: false, cancellationToken);
        return View(model);
    }

    private async Task<(FeeItem? Item, IActionResult? Refusal)> ForChangeAsync(int id, CancellationToken cancellationToken)
    {
        var item = await db.Set<FeeItem>().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (item is null || !await access.CanReadAsync(item.LaoId, cancellationToken))
        {
            return (null, NotFound());
        }

        return await access.CanChangeAsync(item.LaoId, cancellationToken) ? (item, null) : (null, Forbid());
    }

    private async Task CheckCodeAsync(int laoId, FeeItemFormModel model, int? id, CancellationToken cancellationToken)
    {
        var code = Taxpayers.TaxpayerFormModel.Clean(model.Code);
        if (await db.Set<FeeItem>().AnyAsync(f => f.LaoId == laoId && f.Code == code && f.Id != (id ?? 0), cancellationToken))
        {
            ModelState.AddModelError(nameof(model.Code), l["Fee.Error.CodeTaken"]);
        }
    }

    private static void Apply(FeeItem item, FeeItemFormModel model)
    {
        item.Code = Taxpayers.TaxpayerFormModel.Clean(model.Code);
        item.NameTh = Taxpayers.TaxpayerFormModel.Clean(model.NameTh);
        item.NameEn = Taxpayers.TaxpayerFormModel.Clean(model.NameEn);
        item.Amount = Money.FromBaht(model.Amount!.Value);
        item.Period = model.Period!.Value;
        item.IssuesLicence = model.IssuesLicence;
        item.ValidityMonths = model.IssuesLicence ? model.ValidityMonths : null;
        item.Active = model.Active;
    }

    private async Task LoadChoicesAsync(int laoId, bool licencesOnly, CancellationToken cancellationToken)
    {
        ViewData["Taxpayers"] = await taxpayers.ActiveAsync(laoId, cancellationToken);
        ViewData["FeeItems"] = await FeeItemChoicesAsync(db, laoId, licencesOnly, cancellationToken);
    }

    internal static async Task<IReadOnlyList<FeeItemChoice>> FeeItemChoicesAsync(LocalGovDbContext db, int laoId, bool licencesOnly, CancellationToken cancellationToken) =>
        await db.Set<FeeItem>().AsNoTracking()
            .Where(f => f.LaoId == laoId && f.Active && (!licencesOnly || f.IssuesLicence))
            .OrderBy(f => f.Code)
            .Select(f => new FeeItemChoice(f.Id, f.Code, f.NameTh, f.Amount, f.Period, f.IssuesLicence, f.ValidityMonths))
            .ToListAsync(cancellationToken);

    private DateOnly Today() => ThaiDate.Today(clock);
}
