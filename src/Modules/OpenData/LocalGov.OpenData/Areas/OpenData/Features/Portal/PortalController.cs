using LocalGov.OpenData.Services;
using LocalGov.OpenData.Services.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalGov.OpenData.Areas.OpenData.Features.Portal;

/// <summary>
/// The citizen portal (no sign-in): find an LAO by name, code, province, type or on the map; a province's LAOs; an
/// LAO's published budget year. Only published copies are read, responses are output-cached until the next
/// publication or withdrawal, and the pages issue no cookie.
/// </summary>
[Area("OpenData")]
[AllowAnonymous]
[EnableRateLimiting(OpenDataModule.PageRateLimit)]
internal sealed class PortalController(PortalQueries queries) : Controller
{
    [HttpGet("open")]
    [OutputCache(PolicyName = PublicationCache.PolicyName)]
    public async Task<IActionResult> Index(string? q, string? province, string? type, int? page, CancellationToken cancellationToken)
    {
        var search = new PortalSearch(q, province, type, page);
        var model = await queries.IndexAsync(search, p => Url.Action(nameof(Index), new { q, province, type, page = p })!, cancellationToken);
        return View(model);
    }

    [HttpGet("open/province/{provinceCode}")]
    [OutputCache(PolicyName = PublicationCache.PolicyName)]
    public async Task<IActionResult> Province(string provinceCode, string? sort, CancellationToken cancellationToken)
    {
        var model = await queries.ProvinceAsync(provinceCode, sort, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("open/lao/{laoCode}")]
    [OutputCache(PolicyName = PublicationCache.PolicyName)]
    public async Task<IActionResult> Lao(string laoCode, string? year, CancellationToken cancellationToken)
    {
        // A year that is not a number is treated as not given (the newest published year), not as an error page.
        int? fiscalYear = int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
        var model = await queries.LaoAsync(laoCode, fiscalYear, cancellationToken);
        return model is null ? NotFound() : View(model);
    }
}
