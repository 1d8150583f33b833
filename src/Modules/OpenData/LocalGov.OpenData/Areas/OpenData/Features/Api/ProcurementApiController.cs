using System.ComponentModel;
using System.Globalization;
using System.Text;
using LocalGov.OpenData.Resources;
using LocalGov.OpenData.Services;
using LocalGov.OpenData.Services.Api;
using LocalGov.Procurement.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LocalGov.OpenData.Areas.OpenData.Features.Api;

/// <summary>
/// API v1: an LAO-year's published procurement cases as an OCDS 1.1 release package, exactly as Procurement generates
/// it (OCDS field names, not the API's envelope), a page of <see cref="IOcdsReleasePackages.PageSize"/> releases at a
/// time; the paging is in the <c>Link</c> (rel=next/prev), <c>X-Total-Count</c> and <c>X-Page-Count</c> headers.
/// </summary>
[ApiController]
[AllowAnonymous]
[EnableRateLimiting(OpenDataModule.ApiRateLimit)]
[OutputCache(PolicyName = PublicationCache.PolicyName)]
[ProducesResponseType(StatusCodes.Status304NotModified)]
[ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
internal sealed class ProcurementApiController(IOcdsReleasePackages packages, DatasetFilterReader filters, IStringLocalizer<Strings> l) : ApiBaseController(l)
{
    [HttpGet("api/v1/procurement/releases")]
    [EndpointSummary("Procurement releases (OCDS 1.1)")]
    [EndpointDescription("The release package (OCDS 1.1) of an LAO's published procurement cases of a fiscal year, 100 releases a page. A page beyond the last has no releases.")]
    [ProducesResponseType(typeof(object), StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> Releases(
        [Description("LAO code (e.g. 3260101), required")] string? lao,
        [Description("Fiscal year, Buddhist Era (e.g. 2569), required")] string? year,
        [Description("Page number, from 1 (default 1)")] string? page,
        CancellationToken cancellationToken)
    {
        var read = await filters.ReadAsync(year, null, null, lao, cancellationToken);
        var errors = new Dictionary<string, string[]>(read.Errors, StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(lao))
        {
            errors["lao"] = [L["Api.LaoRequired"]];
        }

        if (string.IsNullOrWhiteSpace(year))
        {
            errors["year"] = [L["Api.YearRequired"]];
        }

        var paging = ApiPaging.Read(page, null, errors, L);
        if (errors.Count > 0)
        {
            return BadRequestProblem(errors);
        }

        var root = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        var result = await packages.GetLaoYearAsync(
            read.Filter.LaoId!.Value, read.Filter.FiscalYear!.Value, paging.Page, $"{root}{Request.Path}{Request.QueryString}", root + "/", cancellationToken);
        var links = new List<string>();
        if (paging.Page < result.PageCount)
        {
            links.Add($"<{ApiPaging.LinkTo(Request, paging.Page + 1)}>; rel=\"next\"");
        }

        if (paging.Page > 1)
        {
            links.Add($"<{ApiPaging.LinkTo(Request, Math.Min(paging.Page - 1, result.PageCount))}>; rel=\"prev\"");
        }

        if (links.Count > 0)
        {
            Response.Headers.Append("Link", string.Join(", ", links));
        }

        Response.Headers.Append("X-Total-Count", result.Total.ToString(CultureInfo.InvariantCulture));
        Response.Headers.Append("X-Page-Count", result.PageCount.ToString(CultureInfo.InvariantCulture));
        return new ETaggedResult(Encoding.UTF8.GetBytes(result.Json), JsonType);
    }
}
