using FluentValidation;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Organizations.Domain;
using LocalGov.Organizations.Resources;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Organizations.Areas.Organizations.Features.Provinces;

/// <summary>Provinces with their districts and LAO counts; administrators correct names.</summary>
[Area("Organizations")]
internal sealed class ProvincesController(LocalGovDbContext db, IStringLocalizer<Strings> l) : Controller
{
    [HttpGet]
    [AllowAnonymous]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var counts = await db.Set<Lao>().GroupBy(x => x.ProvinceId).Select(g => new { g.Key, Count = g.Count(), Population = g.Where(x => x.Type != LaoType.ProvincialAdministrativeOrganisation).Sum(x => (long)x.Population) })
            .ToDictionaryAsync(x => x.Key, cancellationToken);
        var provinces = await db.Set<Province>().AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var rows = provinces.Select(p => new ProvinceListItem(
            p.Id, p.Code, p.NameTh, p.NameEn, p.Region,
            counts.TryGetValue(p.Id, out var c) ? c.Count : 0,
            counts.TryGetValue(p.Id, out var c2) ? c2.Population : 0)).ToList();
        return View(rows);
    }

    [HttpGet]
    [AllowAnonymous]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var province = await db.Set<Province>().AsNoTracking().Include(p => p.Districts).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (province is null)
        {
            return NotFound();
        }

        var byDistrict = await db.Set<Lao>().Where(x => x.ProvinceId == id && x.DistrictId != null)
            .GroupBy(x => x.DistrictId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var byType = await db.Set<Lao>().Where(x => x.ProvinceId == id)
            .GroupBy(x => x.Type).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var districts = province.Districts.OrderBy(d => d.Code)
            .Select(d => new DistrictRow(d.Id, d.Code, d.NameTh, d.NameEn, byDistrict.GetValueOrDefault(d.Id))).ToList();
        return View(new ProvinceDetailsViewModel(province.Id, province.Code, province.NameTh, province.NameEn, province.Region, districts, byType));
    }

    [HttpGet]
    [Authorize(Policy = OrganizationsModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var province = await db.Set<Province>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return province is null ? NotFound() : View(new ProvinceFormModel { Id = id, Code = province.Code, NameTh = province.NameTh, NameEn = province.NameEn });
    }

    [HttpPost]
    [Authorize(Policy = OrganizationsModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, ProvinceFormModel model, CancellationToken cancellationToken)
    {
        var province = await db.Set<Province>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (province is null)
        {
            return NotFound();
        }

        model.Id = id;
        model.Code = province.Code;
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        province.NameTh = model.NameTh.Trim();
        province.NameEn = model.NameEn.Trim();
        await db.SaveChangesAsync(cancellationToken);
        TempData.Flash(l["Province.Saved", province.NameTh]);
        return RedirectToAction(nameof(Details), new { id });
    }
}

internal sealed record ProvinceListItem(int Id, string Code, string NameTh, string NameEn, Region Region, int LaoCount, long Population);

internal sealed record DistrictRow(int Id, string Code, string NameTh, string NameEn, int LaoCount);

internal sealed record ProvinceDetailsViewModel(
    int Id,
    string Code,
    string NameTh,
    string NameEn,
    Region Region,
    IReadOnlyList<DistrictRow> Districts,
    IReadOnlyDictionary<LaoType, int> LaosByType);

internal sealed class ProvinceFormModel
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string NameTh { get; set; } = "";
    public string NameEn { get; set; } = "";
}

internal sealed class ProvinceFormValidator : AbstractValidator<ProvinceFormModel>
{
    public ProvinceFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.NameTh).NotEmpty().WithMessage(_ => l["Lao.NameThRequired"]).MaximumLength(100);
        RuleFor(x => x.NameEn).NotEmpty().WithMessage(_ => l["Lao.NameEnRequired"]).MaximumLength(100);
    }
}
