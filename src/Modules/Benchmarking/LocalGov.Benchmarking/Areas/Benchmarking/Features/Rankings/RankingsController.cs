using LocalGov.Benchmarking.Areas.Benchmarking.Features.Dashboards;
using LocalGov.Benchmarking.Resources;
using LocalGov.Benchmarking.Services;
using LocalGov.Benchmarking.Services.Dashboards;
using LocalGov.SharedKernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalGov.Benchmarking.Areas.Benchmarking.Features.Rankings;

/// <summary>
/// The full ranked list of one indicator, 100 LAOs a page, LAOs without a value last with the reason. Provincial
/// officers see their province's LAOs only (with their national ranks); another province is 404.
/// </summary>
[Area("Benchmarking")]
[Authorize(Policy = BenchmarkingModule.DashboardPolicy)]
internal sealed class RankingsController(DashboardQueries queries, BenchmarkingAccess access, IStringLocalizer<Strings> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? indicator, int? year, int? provinceId, int? type, int? band, int? page, CancellationToken cancellationToken)
    {
        var model = await RankingAsync(indicator, year, provinceId, type, band, page ?? 1, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>The whole filtered list, not only the page.</summary>
    [HttpGet]
    public async Task<IActionResult> Excel(string? indicator, int? year, int? provinceId, int? type, int? band, CancellationToken cancellationToken)
    {
        var model = await RankingAsync(indicator, year, provinceId, type, band, null, cancellationToken);
        return model is null
            ? NotFound()
            : File(DashboardExcel.Ranking(model, l), DashboardExcel.ContentType, $"benchmarking-ranking-{model.Selection.Indicator?.Code}-{model.Selection.FiscalYear}.xlsx");
    }

    private async Task<Ranking?> RankingAsync(string? indicator, int? year, int? provinceId, int? type, int? band, int? page, CancellationToken cancellationToken)
    {
        if (access.Level == ScopeLevel.Province)
        {
            if (provinceId is { } asked && asked != access.OwnProvinceId)
            {
                return null;
            }

            provinceId = access.OwnProvinceId;
        }
        else if (access.Level != ScopeLevel.National)
        {
            return null;
        }

        var selection = await queries.SelectAsync(indicator, year, cancellationToken);
        var filter = await queries.FilterAsync(type, band, cancellationToken);
        return selection is null || filter is null ? null : await queries.RankingAsync(selection, filter, provinceId, page, cancellationToken);
    }
}
