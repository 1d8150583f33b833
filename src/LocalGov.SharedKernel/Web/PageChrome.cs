using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LocalGov.SharedKernel.Web;

/// <summary>A step in the breadcrumb trail; the last step (the current page) has no URL.</summary>
public sealed record Breadcrumb(string Title, string? Url);

/// <summary>Breadcrumbs set by views (ViewData) and flash messages set by controllers (TempData), rendered by the layout.</summary>
public static class PageChrome
{
    private const string BreadcrumbsKey = "lg.breadcrumbs";
    private const string FlashKey = "lg.flash";
    private const string FlashKindKey = "lg.flash.kind";

    private const string PublicCacheableKey = "PageChrome.PublicCacheable";

    /// <summary>
    /// Marks a public page whose HTML is the same for every anonymous visitor (output-cached): the layout then renders
    /// no form, so no anti-forgery token or cookie is issued (the language switch becomes plain links).
    /// </summary>
    public static void MarkPublicCacheable(this ViewDataDictionary viewData) => viewData[PublicCacheableKey] = true;

    public static bool IsPublicCacheable(this ViewDataDictionary viewData) => viewData[PublicCacheableKey] is true;

    public static void AddBreadcrumb(this ViewDataDictionary viewData, string title, string? url = null)
    {
        if (viewData[BreadcrumbsKey] is not List<Breadcrumb> trail)
        {
            trail = [];
            viewData[BreadcrumbsKey] = trail;
        }

        trail.Add(new Breadcrumb(title, url));
    }

    public static IReadOnlyList<Breadcrumb> Breadcrumbs(this ViewDataDictionary viewData) =>
        viewData[BreadcrumbsKey] as List<Breadcrumb> ?? [];

    /// <summary>Shows a message on the next page (post/redirect/get). Kind: success, info, warning, danger.</summary>
    public static void Flash(this ITempDataDictionary tempData, string message, FlashKind kind = FlashKind.Success)
    {
        tempData[FlashKey] = message;
        tempData[FlashKindKey] = kind.ToString().ToLowerInvariant();
    }

    public static (string Message, string Kind)? TakeFlash(this ITempDataDictionary tempData) =>
        tempData[FlashKey] is string message ? (message, tempData[FlashKindKey] as string ?? "info") : null;
}

public enum FlashKind
{
    Success,
    Info,
    Warning,
    Danger,
}
