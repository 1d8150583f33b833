using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Web.Features.Error;

/// <summary>Friendly pages for 403, 404 and 500 (and any other status), never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("Error/{statusCode:int}")]
    public IActionResult Status([FromRoute] int statusCode)
    {
        if (statusCode == 500 && HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
        {
            logger.LogError(failure.Error, "Unhandled exception on {Path}", failure.Path);
        }

        // The code comes from the route only: a re-executed POST whose form cannot be read (too large) must
        // not be read again here. Direct visits to /Error/403 get the status too.
        var code = statusCode is >= 400 and <= 599 ? statusCode : 500;
        Response.StatusCode = code;
        return View("Status", new ErrorViewModel(code, HttpContext.TraceIdentifier));
    }
}

public sealed record ErrorViewModel(int StatusCode, string TraceId);
