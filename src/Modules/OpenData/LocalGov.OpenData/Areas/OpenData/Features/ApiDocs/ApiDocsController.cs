using LocalGov.OpenData.Services;
using LocalGov.OpenData.Services.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.OpenData.Areas.OpenData.Features.ApiDocs;

/// <summary>The OpenAPI document of API v1 (<c>/api/v1/openapi.json</c>) and its browsable page (<c>/open/api</c>).</summary>
[Area("OpenData")]
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[OutputCache(PolicyName = PublicationCache.PolicyName)]
internal sealed class ApiDocsController([FromKeyedServices(ApiDocument.Name)] IOpenApiDocumentProvider provider) : Controller
{
    [HttpGet("api/v1/openapi.json")]
    [EnableRateLimiting(OpenDataModule.ApiRateLimit)]
    public async Task<IActionResult> Document(CancellationToken cancellationToken)
    {
        var json = await ApiDocument.JsonAsync(provider, $"{Request.Scheme}://{Request.Host}{Request.PathBase}", cancellationToken);
        return new ETaggedResult(System.Text.Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8");
    }

    [HttpGet("open/api")]
    [EnableRateLimiting(OpenDataModule.PageRateLimit)]
    public async Task<IActionResult> Index([FromServices] ApiDocsBuilder builder, CancellationToken cancellationToken) =>
        View(await builder.BuildAsync(provider, Request, cancellationToken));
}
