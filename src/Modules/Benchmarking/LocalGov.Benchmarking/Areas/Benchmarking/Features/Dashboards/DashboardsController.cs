using LocalGov.Benchmarking.Resources;
using LocalGov.Benchmarking.Services;
using LocalGov.Benchmarking.Services.Dashboards;
using LocalGov.SharedKernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalGov.Benchmarking.Areas.Benchmarking.Features.Dashboards;

/// <summary>
/// The executive dashboards: the national view (province tiles, top and bottom LAOs, distribution, change from last
/// year) for national users, and a province's view. Provincial officers are sent to their own province (the national
/// lists name LAOs of every province); another province is 404. Unknown indicator, type, band or province is 404.
/// </summary>
[Area("Benchmarking")]
[Authorize(Policy = BenchmarkingModule.DashboardPolicy)]
internal sealed class DashboardsController(DashboardQueries queries, BenchmarkingAccess access, IStringLocalizer<Strings> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? indicator, int? year, int? type, int? band, CancellationToken cancellationToken)
    {
        if (access.Level != ScopeLevel.National)
        {
            return access.OwnProvinceId is { } own
                ? RedirectToAction(nameof(Province), new { provinceId = own, indicator, year })
                : Forbid();
        }

        var model = await NationalAsync(indicator, year, type, band, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet]
    public async Task<IActionResult> Excel(string? indicator, int? year, int? type, int? band, CancellationToken cancellationToken)
    {
        if (access.Level != ScopeLevel.National)
        {
            return Forbid();
        }

        var model = await NationalAsync(indicator, year, type, band, cancellationToken);
        return model is null
            ? NotFound()
            : File(DashboardExcel.National(model, l), DashboardExcel.ContentType, $"benchmarking-dashboard-{model.Selection.Indicator?.Code}-{model.Selection.FiscalYear}.xlsx");
    }

    [HttpGet]
    public async Task<IActionResult> Province(int? provinceId, string? indicator, int? year, string? sort, bool? desc, CancellationToken cancellationToken)
    {
        var model = await ProvinceAsync(provinceId, indicator, year, sort, desc, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet]
    public async Task<IActionResult> ProvinceExcel(int? provinceId, string? indicator, int? year, string? sort, bool? desc, CancellationToken cancellationToken)
    {
        var model = await ProvinceAsync(provinceId, indicator, year, sort, desc, cancellationToken);
        return model is null
            ? NotFound()
            : File(DashboardExcel.Province(model, l), DashboardExcel.ContentType,
                $"benchmarking-province-{model.Province.Code}-{model.Selection.Indicator?.Code}-{model.Selection.FiscalYear}.xlsx");
    }

    private async Task<NationalDashboard?> NationalAsync(string? indicator, int? year, int? type, int? band, CancellationToken cancellationToken)
    {
        var selection = await queries.SelectAsync(indicator, year, cancellationToken);
        var filter = await queries.FilterAsync(type, band, cancellationToken);
        return selection is null || filter is null ? null : await queries.NationalAsync(selection, filter, cancellationToken);
    }

    private async Task<ProvinceDashboard?> ProvinceAsync(int? provinceId, string? indicator, int? year, string? sort, bool? desc, CancellationToken cancellationToken)
    {
        var id = provinceId ?? access.OwnProvinceId;
        if (id is not { } province || !access.CanReadProvince(province))
        {
            return null;
        }

        var selection = await queries.SelectAsync(indicator, year, cancellationToken);
        return selection is null ? null : await queries.ProvinceAsync(selection, province, ProvinceSort.Parse(sort, desc), cancellationToken);
    }
}
