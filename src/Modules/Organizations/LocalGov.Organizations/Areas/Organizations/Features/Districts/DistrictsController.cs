using LocalGov.Data;
using LocalGov.Organizations.Areas.Organizations.Features.Provinces;
using LocalGov.Organizations.Domain;
using LocalGov.Organizations.Resources;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Organizations.Areas.Organizations.Features.Districts;

/// <summary>Administrators correct district names; districts are listed on their province's page.</summary>
[Area("Organizations")]
[Authorize(Policy = OrganizationsModule.ManagePolicy)]
internal sealed class DistrictsController(LocalGovDbContext db, IStringLocalizer<Strings> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var district = await db.Set<District>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return district is null
            ? NotFound()
            : View(new DistrictFormModel { Id = id, ProvinceId = district.ProvinceId, Code = district.Code, NameTh = district.NameTh, NameEn = district.NameEn });
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, DistrictFormModel model, CancellationToken cancellationToken)
    {
        var district = await db.Set<District>().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (district is null)
        {
            return NotFound();
        }

        (model.Id, model.ProvinceId, model.Code) = (id, district.ProvinceId, district.Code);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        district.NameTh = model.NameTh.Trim();
        district.NameEn = model.NameEn.Trim();
        await db.SaveChangesAsync(cancellationToken);
        TempData.Flash(l["District.Saved", district.NameTh]);
        return RedirectToAction(nameof(ProvincesController.Details), "Provinces", new { id = district.ProvinceId });
    }
}

/// <summary>Same fields and rules as a province's names.</summary>
internal sealed class DistrictFormModel : ProvinceFormModel
{
    public int ProvinceId { get; set; }
}

internal sealed class DistrictFormValidator : FluentValidation.AbstractValidator<DistrictFormModel>
{
    public DistrictFormValidator(IStringLocalizer<Strings> l) => Include(new ProvinceFormValidator(l));
}
