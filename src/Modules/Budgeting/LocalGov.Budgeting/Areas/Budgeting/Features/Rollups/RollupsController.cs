using LocalGov.Budgeting.Resources;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Rollups;

/// <summary>
/// Budget roll-ups for supervisors: provincial DLA officers see their province (every LAO with its status and
/// totals), DLA central officers and executives the national roll-up by province, both with year-over-year
/// comparison and Excel export. Reads only the summary tables.
/// </summary>
[Area("Budgeting")]
[Authorize(Policy = BudgetingModule.RollupPolicy)]
internal sealed class RollupsController(
    RollupReports reports,
    ICurrentUser user,
    IOrganizationScope scope,
    IStringLocalizer<Strings> l) : Controller
{
    private const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>National users get the national roll-up; provincial officers land on their province.</summary>
    [HttpGet]
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken)
    {
        var fiscalYear = ReadYear(year);
        if (user.ScopeLevel == ScopeLevel.Province && user.ProvinceId is { } own)
        {
            return RedirectToAction(nameof(Province), new { provinceId = own, year = fiscalYear.BuddhistYear });
        }

        if (user.ScopeLevel != ScopeLevel.National)
        {
            return Forbid();
        }

        return View(await reports.NationalAsync(fiscalYear, cancellationToken));
    }

    [HttpGet]
    public async Task<IActionResult> ExportNational(int? year, CancellationToken cancellationToken)
    {
        if (user.ScopeLevel != ScopeLevel.National)
        {
            return Forbid();
        }

        var model = await reports.NationalAsync(ReadYear(year), cancellationToken);
        return File(RollupExcel.National(model, l), ExcelContentType, $"budget-rollup-{model.FiscalYear}.xlsx");
    }

    [HttpGet("/Budgeting/Rollups/Province/{provinceId:int}")]
    public async Task<IActionResult> Province(int provinceId, int? year, CancellationToken cancellationToken)
    {
        if (!scope.CanReadProvince(provinceId))
        {
            return NotFound();
        }

        var model = await reports.ProvinceAsync(provinceId, ReadYear(year), user.ScopeLevel == ScopeLevel.National, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("/Budgeting/Rollups/Province/{provinceId:int}/Export")]
    public async Task<IActionResult> ExportProvince(int provinceId, int? year, CancellationToken cancellationToken)
    {
        if (!scope.CanReadProvince(provinceId))
        {
            return NotFound();
        }

        var model = await reports.ProvinceAsync(provinceId, ReadYear(year), false, cancellationToken);
        return model is null
            ? NotFound()
            : File(RollupExcel.Province(model, l), ExcelContentType, $"budget-rollup-{model.Province.Code}-{model.FiscalYear}.xlsx");
    }

    /// <summary>The requested B.E. year, or the current fiscal year (with a flash when the request was not a valid year).</summary>
    private FiscalYear ReadYear(int? year)
    {
        if (year is null)
        {
            return reports.CurrentFiscalYear;
        }

        if (year < FiscalYear.MinBuddhistYear || year > FiscalYear.MaxBuddhistYear)
        {
            TempData.Flash(l["Rollup.InvalidYear"], FlashKind.Warning);
            return reports.CurrentFiscalYear;
        }

        return new FiscalYear(year.Value);
    }
}
