using LocalGov.Revenue.Resources;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Parcels;

/// <summary>
/// Refuses an upload whose declared length is over the limit before the body is read (anti-forgery reads the
/// form first): back to the form with a message instead of a bare 413.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PriceUploadSizeGuardAttribute(long maxBytes) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => 800;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (request.ContentLength is not { } length || length <= maxBytes)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var l = services.GetRequiredService<IStringLocalizer<Strings>>();
        var tempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context.HttpContext);
        tempData.Flash(l["Land.Import.TooLarge"], FlashKind.Danger);
        tempData.Save();
        context.HttpContext.Response.Headers.Connection = "close";
        context.Result = new RedirectResult(request.PathBase + request.Path);
    }
}
