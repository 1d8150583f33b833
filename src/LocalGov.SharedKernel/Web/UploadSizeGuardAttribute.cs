using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace LocalGov.SharedKernel.Web;

/// <summary>
/// Refuses an upload whose declared length is over the limit before anything reads the body (the anti-forgery
/// check reads the form first): the user is sent back to the form with a message instead of getting a bare
/// 400/413. Requests without a length still meet <see cref="RequestSizeLimitAttribute"/> and the form limits.
/// The message is <paramref name="messageKey"/> in the resources of <paramref name="resourceType"/> (the module's
/// <c>Strings</c> marker).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadSizeGuardAttribute(long maxBytes, Type resourceType, string messageKey) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public long MaxBytes => maxBytes;

    public Type ResourceType => resourceType;

    public string MessageKey => messageKey;

    /// <summary>Before the request-size, form-limit (900) and anti-forgery (1000) filters.</summary>
    public int Order => 800;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (request.ContentLength is not { } length || length <= maxBytes)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var l = services.GetRequiredService<IStringLocalizerFactory>().Create(resourceType);
        var tempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context.HttpContext);
        tempData.Flash(l[messageKey], FlashKind.Danger);

        // Result filters (which normally save TempData) do not run after a short-circuit here.
        tempData.Save();

        // Close the connection rather than read the rest of a body nobody wants.
        context.HttpContext.Response.Headers.Connection = "close";
        context.Result = new RedirectResult(request.PathBase + request.Path);
    }
}
