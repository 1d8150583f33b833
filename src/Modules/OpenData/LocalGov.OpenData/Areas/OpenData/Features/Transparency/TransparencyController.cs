using System.Globalization;
using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Services;
using LocalGov.OpenData.Services.Transparency;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.OpenData.Areas.OpenData.Features.Transparency;

/// <summary>A row of the public list: a published document without its content.</summary>
internal sealed record TransparencyListRow(int Id, PublicationKind Kind, int FiscalYear, DateOnly PeriodFrom, DateOnly PeriodTo, DateTimeOffset PublishedAt, int Version);

internal sealed record TransparencyIndexViewModel(
    LaoDto Lao, int? FiscalYear, IReadOnlyList<int> Years, IReadOnlyList<TransparencyListRow> Documents, IReadOnlyList<(PublicationKind Kind, int FiscalYear)> Datasets);

internal sealed record TransparencyDocumentViewModel(LaoDto Lao, int PublicationId, TransparencyDocumentView View);

/// <summary>
/// The public ITA/OIT page of an LAO: its published transparency documents (spending plan and reports, procurement
/// plan and summaries), each shown exactly as stored at publication, printable, and downloadable as CSV and XLSX.
/// Anonymous and output-cached; a withdrawn or unknown document is 404 (its content is never read for the public).
/// </summary>
[Area("OpenData")]
[AllowAnonymous]
[Route("open/lao/{laoCode}/transparency")]
internal sealed class TransparencyController(IOrganizationDirectory directory, PublishedData data, DocumentText text) : Controller
{
    private const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet("")]
    [EnableRateLimiting(OpenDataModule.PageRateLimit)]
    [OutputCache(PolicyName = PublicationCache.PolicyName)]
    public async Task<IActionResult> Index(string laoCode, string? year, CancellationToken cancellationToken)
    {
        if (await FindLaoAsync(laoCode, cancellationToken) is not { } lao)
        {
            return NotFound();
        }

        int? fiscalYear = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (!FiscalYear.TryParse(year, out var y))
            {
                return NotFound();
            }

            fiscalYear = y.BuddhistYear;
        }

        var publications = await data.PublicationsOf(lao.Id)
            .Select(p => new { p.Id, p.Kind, p.FiscalYear, p.PeriodFrom, p.PeriodTo, p.PublishedAt, p.Version })
            .ToListAsync(cancellationToken);
        var years = publications.Select(p => p.FiscalYear).Distinct().OrderDescending().ToList();
        var shown = publications.Where(p => fiscalYear is null || p.FiscalYear == fiscalYear).ToList();
        var documents = shown.Where(p => TransparencyDocuments.IsDocument(p.Kind))
            .OrderByDescending(p => p.FiscalYear).ThenBy(p => p.Kind).ThenBy(p => p.PeriodFrom)
            .Select(p => new TransparencyListRow(p.Id, p.Kind, p.FiscalYear, p.PeriodFrom, p.PeriodTo, p.PublishedAt, p.Version))
            .ToList();
        var datasets = shown.Where(p => !TransparencyDocuments.IsDocument(p.Kind)).OrderByDescending(p => p.FiscalYear).ThenBy(p => p.Kind)
            .Select(p => (p.Kind, p.FiscalYear)).ToList();
        return View(new TransparencyIndexViewModel(lao, fiscalYear, years, documents, datasets));
    }

    [HttpGet("{publicationId:int}")]
    [EnableRateLimiting(OpenDataModule.PageRateLimit)]
    [OutputCache(PolicyName = PublicationCache.PolicyName)]
    public async Task<IActionResult> Document(string laoCode, int publicationId, CancellationToken cancellationToken) =>
        await LoadAsync(laoCode, publicationId, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("{publicationId:int}.csv")]
    [EnableRateLimiting(OpenDataModule.ApiRateLimit)]
    [OutputCache(PolicyName = PublicationCache.PolicyName)]
    public async Task<IActionResult> Csv(string laoCode, int publicationId, CancellationToken cancellationToken) =>
        await LoadAsync(laoCode, publicationId, cancellationToken) is { } model
            ? File(text.Csv(model.View.Document, model.View.PublishedAt), "text/csv; charset=utf-8", FileName(model, "csv"))
            : NotFound();

    [HttpGet("{publicationId:int}.xlsx")]
    [EnableRateLimiting(OpenDataModule.ApiRateLimit)]
    [OutputCache(PolicyName = PublicationCache.PolicyName)]
    public async Task<IActionResult> Xlsx(string laoCode, int publicationId, CancellationToken cancellationToken) =>
        await LoadAsync(laoCode, publicationId, cancellationToken) is { } model
            ? File(text.Xlsx(model.View.Document, model.View.PublishedAt), ExcelContentType, FileName(model, "xlsx"))
            : NotFound();

    private static string FileName(TransparencyDocumentViewModel model, string extension)
    {
        var d = model.View.Document;
        return string.Create(CultureInfo.InvariantCulture, $"{d.LaoCode}-{d.Kind}-{d.FiscalYear}-{d.PeriodFrom:yyyy-MM}.{extension}");
    }

    private Task<LaoDto?> FindLaoAsync(string laoCode, CancellationToken cancellationToken) =>
        directory.FindByPublicCodeAsync(laoCode.Trim(), cancellationToken);

    private async Task<TransparencyDocumentViewModel?> LoadAsync(string laoCode, int publicationId, CancellationToken cancellationToken)
    {
        if (await FindLaoAsync(laoCode, cancellationToken) is not { } lao)
        {
            return null;
        }

        var publication = await data.PublicationsOf(lao.Id).FirstOrDefaultAsync(p => p.Id == publicationId, cancellationToken);
        if (publication is null || !TransparencyDocuments.IsDocument(publication.Kind) || TransparencyDocument.FromJson(publication.Content) is not { } document)
        {
            return null;
        }

        return new TransparencyDocumentViewModel(lao, publication.Id, new TransparencyDocumentView(document, publication.PublishedAt, publication.Version));
    }
}
