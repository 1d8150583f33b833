using LocalGov.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Web.Features.Culture;

/// <summary>Switches the UI language (th-TH or en-US) and remembers it in a cookie for a year.</summary>
[AllowAnonymous]
public sealed class CultureController : Controller
{
    [HttpPost]
    public IActionResult Set(string? culture, string? returnUrl) => Remember(culture, returnUrl);

    /// <summary>The same as a link, for the output-cached public pages (which carry no form); choosing a language changes nothing else.</summary>
    [HttpGet]
    public IActionResult Switch(string? culture, string? returnUrl) => Remember(culture, returnUrl);

    private IActionResult Remember(string? culture, string? returnUrl)
    {
        var chosen = Cultures.Supported.FirstOrDefault(c => c.Name == culture) ?? Cultures.ThaiGregorian;
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen, chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "~/");
    }
}
