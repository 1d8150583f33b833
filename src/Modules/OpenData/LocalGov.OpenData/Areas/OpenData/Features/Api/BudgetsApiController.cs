using System.ComponentModel;
using LocalGov.OpenData.Domain;
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

/// <summary>
/// API v1: the published budgets, their lines, revenue estimates and the action-plan projects. Only published copies
/// are read, so a draft budget is never in any answer (a draft's URL is a 404 like any unpublished one).
/// </summary>
[ApiController]
[AllowAnonymous]
[EnableRateLimiting(OpenDataModule.ApiRateLimit)]
[OutputCache(PolicyName = PublicationCache.PolicyName)]
[ProducesResponseType(StatusCodes.Status304NotModified)]
[ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
internal sealed class BudgetsApiController(ApiQueries queries, DatasetFilterReader filters, IStringLocalizer<Strings> l) : ApiBaseController(l)
{
    [HttpGet("api/v1/budgets")]
    [EndpointSummary("Published budgets")]
    [EndpointDescription("The published budgets in force (approved or promulgated): totals in baht, population, publication time and version. Ordered by fiscal year, province, LAO.")]
    [ProducesResponseType<ApiPage<BudgetDto>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> List(
        [FromQuery] DatasetPageQuery query,
        CancellationToken cancellationToken)
    {
        var (filter, paging, errors) = await ReadAsync(query, cancellationToken);
        return errors.Count > 0 ? BadRequestProblem(errors) : Json(await queries.BudgetsAsync(filter, paging, Request, cancellationToken));
    }

    [HttpGet("api/v1/budgets/{laoCode}/{year}")]
    [EndpointSummary("One published budget")]
    [EndpointDescription("An LAO's published budget of a fiscal year with its totals by programme (แผนงาน) and by group (งบ); 404 when the LAO is unknown or has not published that year's budget.")]
    [ProducesResponseType<BudgetDetailDto>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> One(
        [Description("LAO code (e.g. 3260101)")] string laoCode,
        [Description("Fiscal year, Buddhist Era (e.g. 2569)")] string year,
        CancellationToken cancellationToken)
    {
        var read = await filters.ReadAsync(year, null, null, null, cancellationToken);
        if (!read.IsValid)
        {
            return BadRequestProblem(read.Errors);
        }

        var lao = await queries.FindLaoAsync(laoCode, cancellationToken);
        if (lao is null)
        {
            return NotFoundProblem(L["Api.NoLao", laoCode]);
        }

        var budget = await queries.BudgetAsync(lao, read.Filter.FiscalYear!.Value, Request, cancellationToken);
        return budget is null ? NotFoundProblem(L["Api.NoBudget", lao.NameTh, read.Filter.FiscalYear.Value]) : Json(budget);
    }

    [HttpGet("api/v1/budget-lines")]
    [EndpointSummary("Published budget lines")]
    [EndpointDescription("The lines of the published budgets with their classification codes and Thai/English names, original and current amounts. Ordered by fiscal year, province, LAO, line number.")]
    [ProducesResponseType<ApiPage<BudgetLineDto>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> Lines(
        [FromQuery] DatasetPageQuery query,
        [Description("Programme (แผนงาน) code")] string? programme,
        [Description("Group (งบ) code")] string? group,
        CancellationToken cancellationToken)
    {
        var (filter, paging, errors) = await ReadAsync(query, cancellationToken);
        programme = string.IsNullOrWhiteSpace(programme) ? null : programme.Trim();
        group = string.IsNullOrWhiteSpace(group) ? null : group.Trim();
        if (programme is not null && !await queries.IsKnownCodeAsync(ClassificationGroup.Programme, programme, cancellationToken))
        {
            errors["programme"] = [L["Api.BadProgramme", programme]];
        }

        if (group is not null && !await queries.IsKnownCodeAsync(ClassificationGroup.Group, group, cancellationToken))
        {
            errors["group"] = [L["Api.BadGroup", group]];
        }

        return errors.Count > 0 ? BadRequestProblem(errors) : Json(await queries.BudgetLinesAsync(filter, programme, group, paging, Request, cancellationToken));
    }

    [HttpGet("api/v1/revenue-estimates")]
    [EndpointSummary("Published revenue estimates")]
    [EndpointDescription("The revenue estimates of the published budgets, with the revenue category and source (OwnSource, SharedTax, GeneralGrant, SpecificGrant). Ordered by fiscal year, province, LAO, line number.")]
    [ProducesResponseType<ApiPage<RevenueEstimateDto>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> RevenueEstimates(
        [FromQuery] DatasetPageQuery query,
        CancellationToken cancellationToken)
    {
        var (filter, paging, errors) = await ReadAsync(query, cancellationToken);
        return errors.Count > 0 ? BadRequestProblem(errors) : Json(await queries.RevenueEstimatesAsync(filter, paging, Request, cancellationToken));
    }

    [HttpGet("api/v1/projects")]
    [EndpointSummary("Published action-plan projects")]
    [EndpointDescription("The published projects of the LAOs' action plans with their progress as at publication. Ordered by fiscal year, province, LAO, project code.")]
    [ProducesResponseType<ApiPage<ProjectDto>>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> Projects(
        [FromQuery] DatasetPageQuery query,
        CancellationToken cancellationToken)
    {
        var (filter, paging, errors) = await ReadAsync(query, cancellationToken);
        return errors.Count > 0 ? BadRequestProblem(errors) : Json(await queries.ProjectsAsync(filter, paging, Request, cancellationToken));
    }

    private async Task<(DatasetFilter Filter, ApiPaging Paging, Dictionary<string, string[]> Errors)> ReadAsync(DatasetPageQuery query, CancellationToken cancellationToken)
    {
        var read = await filters.ReadAsync(query.Year, query.Province, query.Type, query.Lao, cancellationToken);
        var errors = new Dictionary<string, string[]>(read.Errors, StringComparer.Ordinal);
        var paging = ApiPaging.Read(query.Page, query.PageSize, errors, L);
        return (read.Filter, paging, errors);
    }
}

/// <summary>
/// The dataset filter and paging of the list endpoints, as raw text: the controller validates it itself, so a bad value
/// is a problem-details 400 naming the parameter rather than a model-binding error.
/// </summary>
internal sealed class DatasetPageQuery
{
    [FromQuery(Name = "year")]
    [Description("Fiscal year, Buddhist Era (e.g. 2569)")]
    public string? Year { get; set; }

    [FromQuery(Name = "province")]
    [Description("Province code (e.g. 26)")]
    public string? Province { get; set; }

    [FromQuery(Name = "type")]
    [Description("LAO type: a name such as TownMunicipality, or its number 1–7")]
    public string? Type { get; set; }

    [FromQuery(Name = "lao")]
    [Description("LAO code (e.g. 3260101)")]
    public string? Lao { get; set; }

    [FromQuery(Name = "page")]
    [Description("Page number, from 1 (default 1)")]
    public string? Page { get; set; }

    [FromQuery(Name = "pageSize")]
    [Description("Rows per page, 1–500 (default 100)")]
    public string? PageSize { get; set; }
}
