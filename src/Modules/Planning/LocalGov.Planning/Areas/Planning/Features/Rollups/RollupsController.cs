using LocalGov.Planning.Resources;
using LocalGov.Planning.Services.Rollups;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalGov.Planning.Areas.Planning.Features.Rollups;

/// <summary>
/// The DLA's planning roll-ups: provincial officers see their province (every LAO's plan status, projects, progress,
/// disbursement rate and reports), national users the same by province. LAO staff have the dashboard instead (403);
/// another province is 404. Reads only the summary tables.
/// </summary>
[Area("Planning")]
[Authorize(Policy = PlanningModule.ReadPolicy)]
internal sealed class RollupsController(PlanningRollupReports reports, ICurrentUser user, IOrganizationScope scope, IStringLocalizer<Strings> l) : Controller
{
    private const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>National users get the national view; provincial officers land on their province.</summary>
    [HttpGet]
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken)
    {
        var fiscalYear = ReadYear(year);
        if (user.ScopeLevel == ScopeLevel.Province && user.ProvinceId is { } own)
        {
            return RedirectToAction(nameof(Province), new { provinceId = own, year = fiscalYear });
        }

        return user.ScopeLevel == ScopeLevel.National ? View(await reports.NationalAsync(fiscalYear, cancellationToken)) : Forbid();
    }

    [HttpGet]
    public async Task<IActionResult> ExportNational(int? year, CancellationToken cancellationToken)
    {
        if (user.ScopeLevel != ScopeLevel.National)
        {
            return Forbid();
        }

        var model = await reports.NationalAsync(ReadYear(year), cancellationToken);
        return File(RollupExcel.National(model, l), ExcelContentType, $"planning-rollup-{model.FiscalYear}.xlsx");
    }

    [HttpGet("/Planning/Rollups/Province/{provinceId:int}")]
    public async Task<IActionResult> Province(int provinceId, int? year, string? sort, bool? desc, CancellationToken cancellationToken)
    {
        if (user.ScopeLevel is not (ScopeLevel.Province or ScopeLevel.National))
        {
            return Forbid();
        }

        if (!scope.CanReadProvince(provinceId))
        {
            return NotFound();
        }

        var model = await reports.ProvinceAsync(provinceId, ReadYear(year), RollupSort.Parse(sort, desc), cancellationToken);
        return model is null ? NotFound() : View(new ProvinceRollupViewModel(model, RollupSort.Parse(sort, desc), user.ScopeLevel == ScopeLevel.National));
    }

    [HttpGet("/Planning/Rollups/Province/{provinceId:int}/Export")]
    public async Task<IActionResult> ExportProvince(int provinceId, int? year, string? sort, bool? desc, CancellationToken cancellationToken)
    {
        if (user.ScopeLevel is not (ScopeLevel.Province or ScopeLevel.National))
        {
            return Forbid();
        }

        if (!scope.CanReadProvince(provinceId))
        {
            return NotFound();
        }

        var model = await reports.ProvinceAsync(provinceId, ReadYear(year), RollupSort.Parse(sort, desc), cancellationToken);
        return model is null
            ? NotFound()
            : File(RollupExcel.Province(model, l), ExcelContentType, $"planning-rollup-{model.Province.Code}-{model.FiscalYear}.xlsx");
    }

    /// <summary>The requested B.E. year, or the current fiscal year when none (or an impossible one) is asked.</summary>
    private int ReadYear(int? year) =>
        year is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear ? year.Value : reports.CurrentYear;
}

internal sealed record ProvinceRollupViewModel(ProvinceRollup Rollup, RollupSort Sort, bool ShowNationalLink);
