using System.Globalization;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Resources;
using LocalGov.Procurement.Services.Ocds;
using LocalGov.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalGov.Procurement.Areas.Procurement.Features.Ocds;

/// <summary>
/// The open contracting data (OCDS 1.1) of published cases, for anyone: the release package and record package of one
/// ocid, and an LAO-year's releases a page at a time. A case not published (or unknown) is a 404, bad parameters a
/// 400, both as problem details.
/// </summary>
[Area("Procurement")]
[AllowAnonymous]
[Route("api/procurement/ocds")]
internal sealed class OcdsController(OcdsPublisher publisher, IOrganizationDirectory directory, IStringLocalizer<Strings> l) : Controller
{
    private const string JsonType = "application/json; charset=utf-8";

    [HttpGet("releases/{ocid}")]
    public async Task<IActionResult> Release(string ocid, CancellationToken cancellationToken)
    {
        var data = await publisher.FindAsync(ocid, cancellationToken);
        return data is null
            ? NotPublished(ocid)
            : Json(publisher.ReleasePackage(data, CurrentUri(), BaseUri()));
    }

    [HttpGet("records/{ocid}")]
    public async Task<IActionResult> Record(string ocid, CancellationToken cancellationToken)
    {
        var data = await publisher.FindAsync(ocid, cancellationToken);
        return data is null
            ? NotPublished(ocid)
            : Json(publisher.RecordPackage(data, CurrentUri(), BaseUri()));
    }

    [HttpGet("releases")]
    public async Task<IActionResult> Releases([FromQuery(Name = "lao")] string? lao, [FromQuery(Name = "year")] string? year, [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(lao) || lao.Length > 20 || !lao.All(char.IsAsciiDigit))
        {
            errors["lao"] = [l["Ocds.BadLao"]];
        }

        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var fiscalYear) || fiscalYear < FiscalYear.MinBuddhistYear || fiscalYear > FiscalYear.MaxBuddhistYear)
        {
            errors["year"] = [l["Ocds.BadYear"]];
        }

        var pageNo = 1;
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNo) || pageNo < 1))
        {
            errors["page"] = [l["Ocds.BadPage"]];
        }

        if (errors.Count > 0)
        {
            return ValidationProblem(new ValidationProblemDetails(errors) { Status = StatusCodes.Status400BadRequest, Title = l["Ocds.BadRequest"] });
        }

        var found = await directory.FindLaoByCodeAsync(lao!, cancellationToken);
        if (found is null)
        {
            return Problem(title: l["Ocds.NotFound"], detail: l["Ocds.NoLao", lao!], statusCode: StatusCodes.Status404NotFound);
        }

        var result = await publisher.LaoYearAsync(found, fiscalYear, pageNo, CurrentUri(), BaseUri(), cancellationToken);
        if (pageNo > result.PageCount)
        {
            return ValidationProblem(new ValidationProblemDetails(new Dictionary<string, string[]> { ["page"] = [l["Ocds.PageOutOfRange", result.PageCount]] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = l["Ocds.BadRequest"],
            });
        }

        if (pageNo < result.PageCount)
        {
            Response.Headers.Append("Link", $"<{BaseUri()}api/procurement/ocds/releases?lao={Uri.EscapeDataString(found.Code)}&year={fiscalYear}&page={pageNo + 1}>; rel=\"next\"");
        }

        Response.Headers.Append("X-Total-Count", result.Total.ToString(CultureInfo.InvariantCulture));
        return Json(result.Package);
    }

    private ContentResult Json<T>(T document) => Content(OcdsJson.Serialize(document), JsonType);

    private ObjectResult NotPublished(string ocid) =>
        Problem(title: l["Ocds.NotFound"], detail: l["Ocds.NoRelease", ocid], statusCode: StatusCodes.Status404NotFound);

    private string BaseUri() => $"{Request.Scheme}://{Request.Host}{Request.PathBase}/";

    private string CurrentUri() => $"{Request.Scheme}://{Request.Host}{Request.PathBase}{Request.Path}{Request.QueryString}";
}
