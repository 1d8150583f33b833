using LocalGov.Benchmarking.Domain;
using LocalGov.Benchmarking.Resources;
using LocalGov.Benchmarking.Services.Catalogue;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalGov.Benchmarking.Areas.Benchmarking.Features.Indicators;

/// <summary>
/// The indicator catalogue and the figures formulas may use (every staff user reads them, so a number can be
/// explained); the DLA's central office adds and changes indicators and peer bands. Changes apply from the next
/// recomputation of a year.
/// </summary>
[Area("Benchmarking")]
[Authorize(Policy = BenchmarkingModule.ReadPolicy)]
internal sealed class IndicatorsController(
    IndicatorCatalogAdmin indicators,
    PeerBandAdmin bands,
    IAuthorizationService authorization,
    IStringLocalizer<Strings> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new IndicatorListViewModel(await indicators.ListAsync(cancellationToken), FigureCatalog.All, await CanManageAsync()));

    [HttpGet]
    [Authorize(Policy = BenchmarkingModule.ManagePolicy)]
    public IActionResult Create() => View("Edit", new IndicatorFormModel { Decimals = 2, FromYear = 2566, SourceModule = "Finance" });

    [HttpPost]
    [Authorize(Policy = BenchmarkingModule.ManagePolicy)]
    public async Task<IActionResult> Create(IndicatorFormModel model, CancellationToken cancellationToken)
    {
        model.Id = null;
        if (!ModelState.IsValid)
        {
            return View("Edit", model);
        }

        var (change, indicator) = await indicators.CreateAsync(model.ToInput(), cancellationToken);
        if (change == CatalogChange.DuplicateCode)
        {
            ModelState.AddModelError(nameof(model.Code), l["Catalog.Error.CodeTaken", IndicatorCatalogAdmin.NormalizeCode(model.Code)]);
            return View("Edit", model);
        }

        TempData.Flash(l["Catalog.Saved", indicator!.Code]);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    [Authorize(Policy = BenchmarkingModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var indicator = await indicators.FindAsync(id, cancellationToken);
        return indicator is null ? NotFound() : View(IndicatorFormModel.From(indicator));
    }

    [HttpPost]
    [Authorize(Policy = BenchmarkingModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, IndicatorFormModel model, CancellationToken cancellationToken)
    {
        var stored = await indicators.FindAsync(id, cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        // The code is the indicator's stable name (exports, links); an edit keeps it.
        model.Id = id;
        model.Code = stored.Code;
        model.IsActive = stored.IsActive;
        ModelState.Remove(nameof(model.Code));
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var change = await indicators.UpdateAsync(id, model.ConcurrencyStamp, model.ToInput(), cancellationToken);
        if (change == CatalogChange.Stale)
        {
            ModelState.AddModelError("", l["Catalog.Error.Stale"]);
            return View(model);
        }

        TempData.Flash(l["Catalog.Saved", stored.Code]);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Indicators are deactivated, never deleted: stored values of past years refer to them.</summary>
    [HttpPost]
    [Authorize(Policy = BenchmarkingModule.ManagePolicy)]
    public Task<IActionResult> Deactivate(int id, Guid concurrencyStamp, CancellationToken cancellationToken) =>
        SetActiveAsync(id, concurrencyStamp, false, cancellationToken);

    [HttpPost]
    [Authorize(Policy = BenchmarkingModule.ManagePolicy)]
    public Task<IActionResult> Activate(int id, Guid concurrencyStamp, CancellationToken cancellationToken) =>
        SetActiveAsync(id, concurrencyStamp, true, cancellationToken);

    [HttpGet]
    public async Task<IActionResult> PeerBands(CancellationToken cancellationToken) =>
        View(new PeerBandsViewModel(await bands.OverviewAsync(cancellationToken), new PeerBandFormModel(), await CanManageAsync()));

    [HttpPost]
    [Authorize(Policy = BenchmarkingModule.ManagePolicy)]
    public async Task<IActionResult> AddBand(PeerBandFormModel model, CancellationToken cancellationToken)
    {
        model.Id = null;
        if (ModelState.IsValid)
        {
            var refusal = await bands.AddAsync(model.LaoType!.Value, model.Basis!.Value, model.LowerBound!.Value, model.NameTh, model.NameEn, cancellationToken);
            if (refusal is null)
            {
                TempData.Flash(l["Band.Added"]);
                return RedirectToAction(nameof(PeerBands));
            }

            ModelState.AddModelError(refusal.Field, l[refusal.Key]);
        }

        return View(nameof(PeerBands), new PeerBandsViewModel(await bands.OverviewAsync(cancellationToken), model, true));
    }

    [HttpPost]
    [Authorize(Policy = BenchmarkingModule.ManagePolicy)]
    public async Task<IActionResult> RenameBand(PeerBandFormModel model, CancellationToken cancellationToken)
    {
        if (model.Id is not { } id)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            TempData.Flash(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)), FlashKind.Danger);
            return RedirectToAction(nameof(PeerBands));
        }

        if (!await bands.RenameAsync(id, model.NameTh, model.NameEn, cancellationToken))
        {
            return NotFound();
        }

        TempData.Flash(l["Band.Renamed"]);
        return RedirectToAction(nameof(PeerBands));
    }

    [HttpPost]
    [Authorize(Policy = BenchmarkingModule.ManagePolicy)]
    public async Task<IActionResult> RemoveBand(int id, CancellationToken cancellationToken)
    {
        var (found, refusal) = await bands.RemoveAsync(id, cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        TempData.Flash(refusal is null ? l["Band.Removed"] : l[refusal.Key], refusal is null ? FlashKind.Success : FlashKind.Danger);
        return RedirectToAction(nameof(PeerBands));
    }

    private async Task<IActionResult> SetActiveAsync(int id, Guid stamp, bool active, CancellationToken cancellationToken)
    {
        var change = await indicators.SetActiveAsync(id, stamp, active, cancellationToken);
        if (change == CatalogChange.NotFound)
        {
            return NotFound();
        }

        TempData.Flash(
            change == CatalogChange.Stale ? l["Catalog.Error.Stale"] : l[active ? "Catalog.Activated" : "Catalog.Deactivated"],
            change == CatalogChange.Stale ? FlashKind.Danger : FlashKind.Success);
        return change == CatalogChange.Stale ? RedirectToAction(nameof(Edit), new { id }) : RedirectToAction(nameof(Index));
    }

    private async Task<bool> CanManageAsync() => (await authorization.AuthorizeAsync(User, BenchmarkingModule.ManagePolicy)).Succeeded;
}
