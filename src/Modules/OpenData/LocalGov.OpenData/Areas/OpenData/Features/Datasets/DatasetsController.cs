using System.Text.Json;
using LocalGov.OpenData.Resources;
using LocalGov.OpenData.Services;
using LocalGov.OpenData.Services.Datasets;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LocalGov.OpenData.Areas.OpenData.Features.Datasets;

/// <summary>
/// The datasets for anyone: the catalogue with its filter and download links, each dataset's data dictionary, the
/// downloads (CSV, JSON, XLSX) of the published copies, the DCAT catalogue and an LAO-year's Fiscal Data Package.
/// Bad filters are 400 problem details naming the parameter; an unknown dataset or an unpublished budget is 404.
/// </summary>
[Area("OpenData")]
[AllowAnonymous]
[EnableRateLimiting(OpenDataModule.ApiRateLimit)]
internal sealed class DatasetsController(
    DatasetDownloads downloads,
    DatasetFilterReader reader,
    IOrganizationDirectory directory,
    DcatCatalogue catalogue,
    FiscalDataPackage dataPackage,
    IStringLocalizer<Strings> l) : Controller
{
    [HttpGet("open/datasets")]
    [OutputCache(PolicyName = PublicationCache.PolicyName)]
    public async Task<IActionResult> Index(string? year, string? province, string? type, string? lao, CancellationToken cancellationToken) =>
        View(await PageAsync(null, year, province, type, lao, cancellationToken));

    [HttpGet("open/datasets/{dataset}")]
    [OutputCache(PolicyName = PublicationCache.PolicyName)]
    public async Task<IActionResult> Dataset(string dataset, string? year, string? province, string? type, string? lao, CancellationToken cancellationToken)
    {
        var definition = DatasetRegistry.Find(dataset);
        return definition is null ? NotFound() : View(await PageAsync(definition, year, province, type, lao, cancellationToken));
    }

    [HttpGet("open/datasets/{dataset}.{format}")]
    [OutputCache(PolicyName = PublicationCache.PolicyName)]
    public async Task<IActionResult> Download(string dataset, string format, string? year, string? province, string? type, string? lao, CancellationToken cancellationToken)
    {
        var definition = DatasetRegistry.Find(dataset);
        if (definition is null || !DatasetFormats.TryParse(format, out var fileFormat))
        {
            return Problem(title: l["Datasets.NotFound"], detail: l["Datasets.NoDataset", $"{dataset}.{format}"], statusCode: StatusCodes.Status404NotFound);
        }

        var (request, errors) = await downloads.ReadAsync(definition, year, province, type, lao, cancellationToken);
        if (request is null)
        {
            return ValidationProblem(new ValidationProblemDetails(new Dictionary<string, string[]>(errors)) { Status = StatusCodes.Status400BadRequest, Title = l["Datasets.BadRequest"] });
        }

        var file = await downloads.WriteAsync(request, fileFormat, cancellationToken);
        return File(file.Content, DatasetFormats.ContentType(fileFormat), file.FileName, lastModified: null, entityTag: file.ETag);
    }

    /// <summary>The catalogue page's "Fiscal Data Package" form (GET lao, year) goes to the package's own address.</summary>
    [HttpGet("open/datasets/fiscal-data-package")]
    public async Task<IActionResult> FiscalDataPackageFor(string? lao, string? year, CancellationToken cancellationToken)
    {
        var result = await reader.ReadAsync(year, null, null, lao, cancellationToken);
        if (!result.IsValid || result.Filter.LaoId is null || result.Filter.FiscalYear is null)
        {
            var errors = new Dictionary<string, string[]>(result.Errors);
            if (result.Filter.FiscalYear is null && !errors.ContainsKey("year"))
            {
                errors["year"] = [l["Datasets.NeedsYear", "datapackage"]];
            }

            if (result.Filter.LaoId is null && !errors.ContainsKey("lao"))
            {
                errors["lao"] = [l["Datasets.NeedsLao"]];
            }

            return ValidationProblem(new ValidationProblemDetails(errors) { Status = StatusCodes.Status400BadRequest, Title = l["Datasets.BadRequest"] });
        }

        return Redirect($"~/open/lao/{Uri.EscapeDataString(lao!.Trim())}/{result.Filter.FiscalYear}/datapackage.json");
    }

    [HttpGet("open/catalog.jsonld")]
    [OutputCache(PolicyName = PublicationCache.PolicyName)]
    public async Task<IActionResult> Catalog(CancellationToken cancellationToken)
    {
        var document = await catalogue.BuildAsync(BaseUrl(), cancellationToken);
        return JsonFile(JsonSerializer.SerializeToUtf8Bytes(document, DcatCatalogue.JsonOptions), "application/ld+json; charset=utf-8");
    }

    [HttpGet("open/lao/{laoCode}/{year}/datapackage.json")]
    [OutputCache(PolicyName = PublicationCache.PolicyName)]
    public async Task<IActionResult> DataPackage(string laoCode, string year, CancellationToken cancellationToken)
    {
        var lao = await directory.FindByPublicCodeAsync(laoCode, cancellationToken);
        var package = lao is not null && FiscalYear.TryParse(year, out var fiscalYear)
            ? await dataPackage.BuildAsync(lao, fiscalYear.BuddhistYear, BaseUrl(), cancellationToken)
            : null;
        if (package is null)
        {
            return Problem(title: l["Datasets.NotFound"], detail: l["Datasets.NoBudget", laoCode, year], statusCode: StatusCodes.Status404NotFound);
        }

        return JsonFile(JsonSerializer.SerializeToUtf8Bytes(package, DcatCatalogue.JsonOptions), "application/json; charset=utf-8");
    }

    private FileContentResult JsonFile(byte[] bytes, string contentType) =>
        File(bytes, contentType, fileDownloadName: null, lastModified: null, entityTag: DatasetDownloads.StrongETag(System.Security.Cryptography.SHA256.HashData(bytes)));

    private async Task<DatasetsPageModel> PageAsync(DatasetDefinition? current, string? year, string? province, string? type, string? lao, CancellationToken cancellationToken)
    {
        var result = await reader.ReadAsync(year, province, type, lao, cancellationToken);
        var provinces = (await directory.GetProvincesAsync(cancellationToken)).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        return new DatasetsPageModel(DatasetRegistry.All, current, year, province, type, lao, result.Filter, result.Errors, provinces);
    }

    private string BaseUrl() => $"{Request.Scheme}://{Request.Host}{Request.PathBase}/";
}
