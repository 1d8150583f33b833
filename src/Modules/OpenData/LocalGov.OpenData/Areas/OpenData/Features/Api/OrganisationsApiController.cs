using System.ComponentModel;
using LocalGov.OpenData.Resources;
using LocalGov.OpenData.Services;
using LocalGov.OpenData.Services.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LocalGov.OpenData.Areas.OpenData.Features.Api;

/// <summary>API v1: the organisations (LAOs), with the years each has published a budget for.</summary>
[ApiController]
[AllowAnonymous]
[EnableRateLimiting(OpenDataModule.ApiRateLimit)]
[OutputCache(PolicyName = PublicationCache.PolicyName)]
[ProducesResponseType(StatusCodes.Status304NotModified)]
[ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
internal sealed class OrganisationsApiController(ApiQueries queries, DatasetFilterReader filters, IStringLocalizer<Strings> l) : ApiBaseController(l)
{
    [HttpGet("api/v1/organisations")]
    [EndpointSummary("Organisations (LAOs)")]
    [EndpointDescription("Every LAO, by code, filtered by province, type and a name search; each with the fiscal years it has published a budget for.")]
    [ProducesResponseType<ApiPage<OrganisationDto>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> List(
        [Description("Province code (e.g. 26)")] string? province,
        [Description("LAO type: a name such as TownMunicipality, or its number 1–7")] string? type,
        [Description("Part of the Thai or English name, or the start of the LAO code")] string? q,
        [Description("Page number, from 1 (default 1)")] string? page,
        [Description("Rows per page, 1–500 (default 100)")] string? pageSize,
        CancellationToken cancellationToken)
    {
        var read = await filters.ReadAsync(null, province, type, null, cancellationToken);
        var errors = new Dictionary<string, string[]>(read.Errors, StringComparer.Ordinal);
        var paging = ApiPaging.Read(page, pageSize, errors, L);
        if (errors.Count > 0)
        {
            return BadRequestProblem(errors);
        }

        return Json(await queries.OrganisationsAsync(read.Filter, q, paging, Request, cancellationToken));
    }

    [HttpGet("api/v1/organisations/{laoCode}")]
    [EndpointSummary("One organisation")]
    [EndpointDescription("One LAO by its code, with the fiscal years it has published a budget for; 404 for an unknown code.")]
    [ProducesResponseType<OrganisationDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> One([Description("LAO code (e.g. 3260101)")] string laoCode, CancellationToken cancellationToken)
    {
        var found = await queries.OrganisationAsync(laoCode, Request, cancellationToken);
        return found is null ? NotFoundProblem(L["Api.NoLao", laoCode]) : Json(found);
    }
}
