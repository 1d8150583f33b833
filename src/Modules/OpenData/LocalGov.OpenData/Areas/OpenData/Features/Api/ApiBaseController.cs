using LocalGov.OpenData.Resources;
using LocalGov.OpenData.Services.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalGov.OpenData.Areas.OpenData.Features.Api;

/// <summary>
/// What every API v1 controller shares: JSON with an ETag (<see cref="ETaggedResult"/>) and localized problem details
/// (400 with an <c>errors</c> entry per parameter, 404). The attributes of the public API (anonymous, rate limited,
/// output cached) are on each controller, so that each file shows them.
/// </summary>
internal abstract class ApiBaseController(IStringLocalizer<Strings> l) : ControllerBase
{
    public const string JsonType = "application/json; charset=utf-8";

    protected IStringLocalizer<Strings> L => l;

    protected static ETaggedResult Json<T>(T value) => new(ApiJson.Serialize(value), JsonType);

    protected ActionResult BadRequestProblem(IEnumerable<KeyValuePair<string, string[]>> errors) =>
        ValidationProblem(new ValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = l["Api.BadRequest"],
        });

    protected ObjectResult NotFoundProblem(string detail) =>
        Problem(title: l["Api.NotFound"], detail: detail, statusCode: StatusCodes.Status404NotFound);
}
