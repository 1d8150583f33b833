using LocalGov.Benchmarking.Resources;
using LocalGov.Benchmarking.Services;
using LocalGov.Benchmarking.Services.DataQuality;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalGov.Benchmarking.Areas.Benchmarking.Features.DataQuality;

/// <summary>
/// The DLA's data-quality view of a computed year: national users see each province's counts, a province lists its
/// LAOs with missing or late data and the flagged outliers, which the DLA reviews. Provincial officers see only their
/// province (another → 404); LAO staff are outside the policy (403).
/// </summary>
[Area("Benchmarking")]
[Authorize(Policy = BenchmarkingModule.DataQualityPolicy)]
internal sealed class DataQualityController(
    DataQualityQueries queries,
    OutlierReviews reviews,
    IndicatorCatalogQueries catalog,
    BenchmarkingAccess access,
    IStringLocalizer<Strings> l) : Controller
{
    private const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet]
    public async Task<IActionResult> Index(int? year, int? provinceId, string? filter, CancellationToken cancellationToken)
    {
        var fiscalYear = (await catalog.ChooseYearAsync(year, cancellationToken)).FiscalYear;
        if (provinceId is null)
        {
            if (access.Level == ScopeLevel.National)
            {
                return View(await queries.NationalAsync(fiscalYear, cancellationToken));
            }

            if (access.OwnProvinceId is not { } own)
            {
                return Forbid();
            }

            provinceId = own;
        }

        if (!access.CanReadProvince(provinceId.Value))
        {
            return NotFound();
        }

        var model = await queries.ProvinceAsync(provinceId.Value, fiscalYear, ShowAll(filter), cancellationToken);
        return model is null ? NotFound() : View("Province", new ProvinceQualityViewModel(model, access.Level == ScopeLevel.National));
    }

    [HttpGet]
    public async Task<IActionResult> Excel(int? year, int? provinceId, string? filter, CancellationToken cancellationToken)
    {
        var id = provinceId ?? access.OwnProvinceId;
        if (id is null || !access.CanReadProvince(id.Value))
        {
            return NotFound();
        }

        var model = await queries.ProvinceAsync(id.Value, (await catalog.ChooseYearAsync(year, cancellationToken)).FiscalYear, ShowAll(filter), cancellationToken);
        return model is null
            ? NotFound()
            : File(DataQualityExcel.Province(model, l), ExcelContentType, $"data-quality-{model.Province.Code}-{model.FiscalYear}.xlsx");
    }

    /// <summary>One flagged value and its review form.</summary>
    [HttpGet]
    public async Task<IActionResult> Review(int year, int indicatorId, int laoId, CancellationToken cancellationToken)
    {
        var outlier = await OutlierAsync(year, indicatorId, laoId, cancellationToken);
        return outlier is null
            ? NotFound()
            : View(new ReviewViewModel(outlier.Value.Row, year, outlier.Value.ProvinceId, new OutlierReviewForm { Year = year, IndicatorId = indicatorId, LaoId = laoId }));
    }

    [HttpPost]
    public async Task<IActionResult> Review(OutlierReviewForm form, CancellationToken cancellationToken)
    {
        var flagged = await queries.FlaggedAsync(form.Year, form.IndicatorId, form.LaoId, cancellationToken);
        if (flagged is null || !access.CanReadProvince(flagged.ProvinceId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            var outlier = await OutlierAsync(form.Year, form.IndicatorId, form.LaoId, cancellationToken);
            return View(new ReviewViewModel(outlier!.Value.Row, form.Year, flagged.ProvinceId, form));
        }

        await reviews.SaveAsync(flagged, form.Outcome!.Value, form.Note!, access.UserName, cancellationToken);
        TempData.Flash(l["Quality.Review.Saved"]);
        return Redirect($"/Benchmarking/DataQuality?year={form.Year}&provinceId={flagged.ProvinceId}{(ShowAll(form.Filter) ? "&filter=all" : "")}#outliers");
    }

    private static bool ShowAll(string? filter) => string.Equals(filter, "all", StringComparison.OrdinalIgnoreCase);

    private async Task<(OutlierRow Row, int ProvinceId)?> OutlierAsync(int year, int indicatorId, int laoId, CancellationToken cancellationToken)
    {
        var flagged = await queries.FlaggedAsync(year, indicatorId, laoId, cancellationToken);
        if (flagged is null || !access.CanReadProvince(flagged.ProvinceId))
        {
            return null;
        }

        var province = await queries.ProvinceAsync(flagged.ProvinceId, year, showAll: true, cancellationToken);
        var row = province?.Outliers.FirstOrDefault(o => o.Indicator.Id == indicatorId && o.Lao.Id == laoId);
        return row is null ? null : (row, flagged.ProvinceId);
    }
}
