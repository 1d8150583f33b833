using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Organizations.Domain;
using LocalGov.Organizations.Resources;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Organizations.Areas.Organizations.Features.Laos;

/// <summary>
/// The LAO directory: public to browse and search; administrators create and edit LAOs; an LAO's own
/// staff keep its profile figures current. Scope is checked on the server for every change.
/// </summary>
[Area("Organizations")]
internal sealed class LaosController(
    LocalGovDbContext db,
    IOrganizationDirectory directory,
    IOrganizationScope scope,
    ICurrentUser user,
    IAuthorizationService authorization,
    IStringLocalizer<Strings> l) : Controller
{
    private const int PageSize = 50;

    [HttpGet]
    [AllowAnonymous]
    public async Task<IActionResult> Index(LaoSearch search, int page = 1, CancellationToken cancellationToken = default)
    {
        if (!ModelState.IsValid)
        {
            search = new LaoSearch();
        }

        var query = db.Set<Lao>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var term = search.Q.Trim();
            query = query.Where(x => x.NameTh.Contains(term) || x.NameEn.Contains(term) || x.Code.StartsWith(term));
        }

        if (search.ProvinceId is { } provinceId)
        {
            query = query.Where(x => x.ProvinceId == provinceId);
        }

        if (search.Type is { } type)
        {
            query = query.Where(x => x.Type == type);
        }

        var total = await query.CountAsync(cancellationToken);
        (page, var pageCount) = Pager.Clamp(page, total, PageSize);
        var rows = await query
            .OrderBy(x => x.ProvinceId).ThenBy(x => x.Type).ThenBy(x => x.Code)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new LaoListItem(x.Id, x.Code, x.NameTh, x.NameEn, x.Type, x.Province!.NameTh, x.Province.NameEn, x.Population))
            .ToListAsync(cancellationToken);
        var provinces = await directory.GetProvincesAsync(cancellationToken);
        return View(new LaoListViewModel(rows, search, provinces, page, pageCount, total));
    }

    [HttpGet]
    [AllowAnonymous]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var lao = await db.Set<Lao>().AsNoTracking().Include(x => x.Province).Include(x => x.District)
            .FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (lao is null)
        {
            return NotFound();
        }

        var canManage = await IsAllowedAsync(OrganizationsModule.ManagePolicy);
        var canEdit = canManage || (await IsAllowedAsync(OrganizationsModule.EditProfilePolicy) && await scope.CanChangeLaoAsync(id, cancellationToken));
        return View(new LaoDetailsViewModel(lao.ToDto(), lao.Province!.NameTh, lao.Province.NameEn, lao.District?.NameTh, lao.District?.NameEn, canEdit, canManage));
    }

    [HttpGet]
    [Authorize(Policy = OrganizationsModule.ManagePolicy)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        return View("Edit", new LaoFormModel());
    }

    [HttpPost]
    [Authorize(Policy = OrganizationsModule.ManagePolicy)]
    public async Task<IActionResult> Create(LaoFormModel model, CancellationToken cancellationToken)
    {
        model.Id = null;
        if (ModelState.IsValid)
        {
            await CheckReferencesAsync(model, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(cancellationToken);
            return View("Edit", model);
        }

        var lao = new Lao { Code = model.Code.Trim(), NameTh = "", NameEn = "" };
        ApplyAll(lao, model);
        db.Set<Lao>().Add(lao);
        await db.SaveChangesAsync(cancellationToken);
        TempData.Flash(l["Lao.Created", lao.NameTh]);
        return RedirectToAction(nameof(Details), new { id = lao.Id });
    }

    [HttpGet]
    [Authorize(Policy = OrganizationsModule.EditProfilePolicy)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var lao = await db.Set<Lao>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (lao is null)
        {
            return NotFound();
        }

        if (!await scope.CanChangeLaoAsync(id, cancellationToken))
        {
            return Forbid();
        }

        await LoadChoicesAsync(cancellationToken);
        return View(new LaoFormModel
        {
            Id = lao.Id,
            Code = lao.Code,
            NameTh = lao.NameTh,
            NameEn = lao.NameEn,
            Type = lao.Type,
            ProvinceId = lao.ProvinceId,
            DistrictId = lao.DistrictId,
            Population = lao.Population,
            AreaSquareKm = lao.AreaSquareKm,
            CouncilSize = lao.CouncilSize,
            ConcurrencyStamp = lao.ConcurrencyStamp,
        });
    }

    [HttpPost]
    [Authorize(Policy = OrganizationsModule.EditProfilePolicy)]
    public async Task<IActionResult> Edit(int id, LaoFormModel model, CancellationToken cancellationToken)
    {
        var lao = await db.Set<Lao>().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (lao is null)
        {
            return NotFound();
        }

        if (!await scope.CanChangeLaoAsync(id, cancellationToken))
        {
            return Forbid();
        }

        model.Id = id;
        var isAdministrator = user.IsInRole(Roles.SystemAdministrator);
        if (ModelState.IsValid && isAdministrator)
        {
            await CheckReferencesAsync(model, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(cancellationToken);
            return View(model);
        }

        // The stamp the user saw: if someone saved in between, EF refuses the update.
        db.Entry(lao).Property(x => x.ConcurrencyStamp).OriginalValue = model.ConcurrencyStamp;
        if (isAdministrator)
        {
            ApplyAll(lao, model);
        }
        else
        {
            ApplyProfile(lao, model);
        }

        lao.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, l["Common.ConcurrencyConflict"]);
            await LoadChoicesAsync(cancellationToken);
            return View(model);
        }

        TempData.Flash(l["Lao.Saved", lao.NameTh]);
        return RedirectToAction(nameof(Details), new { id });
    }

    private static void ApplyProfile(Lao lao, LaoFormModel model)
    {
        lao.Population = model.Population!.Value;
        lao.AreaSquareKm = model.AreaSquareKm!.Value;
        lao.CouncilSize = model.CouncilSize!.Value;
    }

    private static void ApplyAll(Lao lao, LaoFormModel model)
    {
        lao.Code = model.Code.Trim();
        lao.NameTh = model.NameTh.Trim();
        lao.NameEn = model.NameEn.Trim();
        lao.Type = model.Type!.Value;
        lao.ProvinceId = model.ProvinceId!.Value;
        lao.DistrictId = model.Type is LaoType.ProvincialAdministrativeOrganisation or LaoType.Bangkok ? null : model.DistrictId;
        ApplyProfile(lao, model);
    }

    /// <summary>Checks that need the database: the code is unused, the province exists and the district is in it.</summary>
    private async Task CheckReferencesAsync(LaoFormModel model, CancellationToken cancellationToken)
    {
        var code = model.Code.Trim();
        if (await db.Set<Lao>().AnyAsync(x => x.Code == code && x.Id != (model.Id ?? 0), cancellationToken))
        {
            ModelState.AddModelError(nameof(model.Code), l["Lao.CodeTaken"]);
        }

        if (!await db.Set<Province>().AnyAsync(p => p.Id == model.ProvinceId, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.ProvinceId), l["Lao.ProvinceRequired"]);
        }
        else if (model.DistrictId is { } districtId
            && model.Type is not (LaoType.ProvincialAdministrativeOrganisation or LaoType.Bangkok)
            && !await db.Set<District>().AnyAsync(d => d.Id == districtId && d.ProvinceId == model.ProvinceId, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.DistrictId), l["Lao.DistrictNotInProvince"]);
        }
    }

    /// <summary>Province and district choices; districts are grouped by province so the list works without script.</summary>
    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var thai = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";
        var provinces = await db.Set<Province>().AsNoTracking().Include(p => p.Districts).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        ViewData["Provinces"] = provinces.Select(p => new SelectListItem(thai ? p.NameTh : p.NameEn, Invariant(p.Id))).ToList();
        ViewData["Districts"] = provinces.Where(p => p.Districts.Count > 0).SelectMany(p =>
        {
            var group = new SelectListGroup { Name = thai ? p.NameTh : p.NameEn };
            return p.Districts.OrderBy(d => d.Code).Select(d => new SelectListItem(thai ? d.NameTh : d.NameEn, Invariant(d.Id)) { Group = group });
        }).ToList();
        ViewData["IsAdministrator"] = user.IsInRole(Roles.SystemAdministrator);
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<bool> IsAllowedAsync(string policy) =>
        User.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(User, policy)).Succeeded;
}
