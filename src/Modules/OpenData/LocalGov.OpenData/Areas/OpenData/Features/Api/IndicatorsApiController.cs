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

/// <summary>API v1: the benchmarking indicator catalogue and the computed values with their ranks (Benchmarking's contract).</summary>
[ApiController]
[AllowAnonymous]
[EnableRateLimiting(OpenDataModule.ApiRateLimit)]
[OutputCache(PolicyName = PublicationCache.PolicyName)]
[ProducesResponseType(StatusCodes.Status304NotModified)]
[ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
internal sealed class IndicatorsApiController(ApiQueries queries, DatasetFilterReader filters, IStringLocalizer<Strings> l) : ApiBaseController(l)
{
    [HttpGet("api/v1/indicators")]
    [EndpointSummary("Indicator catalogue")]
    [EndpointDescription("The benchmarking indicators (code, names, formula, unit, direction, source), those in force in the year when one is given.")]
    [ProducesResponseType<IReadOnlyList<IndicatorDto>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> Indicators([Description("Fiscal year, Buddhist Era (e.g. 2569)")] string? year, CancellationToken cancellationToken)
    {
        var read = await filters.ReadAsync(year, null, null, null, cancellationToken);
        return read.IsValid ? Json(await queries.IndicatorsAsync(read.Filter.FiscalYear, cancellationToken)) : BadRequestProblem(read.Errors);
    }

    [HttpGet("api/v1/indicator-values")]
    [EndpointSummary("Indicator values")]
    [EndpointDescription("Each LAO's value of each indicator in a fiscal year with its national, provincial and peer-group ranks. Ordered by indicator code, then LAO code.")]
    [ProducesResponseType<ApiPage<IndicatorValueDto>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> Values(
        [Description("Fiscal year, Buddhist Era (e.g. 2569), required")] string? year,
        [Description("Indicator code")] string? indicator,
        [Description("Province code (e.g. 26)")] string? province,
        [Description("LAO type: a name such as TownMunicipality, or its number 1–7")] string? type,
        [Description("LAO code (e.g. 3260101)")] string? lao,
        [Description("Page number, from 1 (default 1)")] string? page,
        [Description("Rows per page, 1–500 (default 100)")] string? pageSize,
        CancellationToken cancellationToken)
    {
        var read = await filters.ReadAsync(year, province, type, lao, cancellationToken);
        var errors = new Dictionary<string, string[]>(read.Errors, StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(year))
        {
            errors["year"] = [L["Api.YearRequired"]];
        }

        indicator = string.IsNullOrWhiteSpace(indicator) ? null : indicator.Trim();
        if (indicator is not null && read.Filter.FiscalYear is not null
            && !(await queries.IndicatorsAsync(null, cancellationToken)).Any(i => string.Equals(i.Code, indicator, StringComparison.Ordinal)))
        {
            errors["indicator"] = [L["Api.BadIndicator", indicator]];
        }

        var paging = ApiPaging.Read(page, pageSize, errors, L);
        if (errors.Count > 0)
        {
            return BadRequestProblem(errors);
        }

        return Json(await queries.IndicatorValuesAsync(read.Filter.FiscalYear!.Value, indicator, read.Filter, paging, Request, cancellationToken));
    }
}
