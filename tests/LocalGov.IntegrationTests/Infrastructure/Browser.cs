using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LocalGov.IntegrationTests.Infrastructure;

/// <summary>
/// A cookie-keeping client that behaves like a user's browser: it loads a form, reads its anti-forgery
/// token and posts the fields back. No redirects are followed automatically, so tests can see them.
/// </summary>
public sealed class Browser(LocalGovFactory factory) : IDisposable
{
    public const string DemoPassword = "LocalGov2569";

    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(string url)
    {
        var response = await Client.GetAsync(url);
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Loads <paramref name="formPageUrl"/>, takes the form posting to <paramref name="action"/> (or the first), fills fields and submits.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitAsync(string formPageUrl, IDictionary<string, string> fields, string? action = null)
    {
        var (page, document) = await GetAsync(formPageUrl);
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {formPageUrl} returned {(int)page.StatusCode}");
        }

        var form = document.Forms.FirstOrDefault(f => action is null || (f.GetAttribute("action") ?? "").StartsWith(action, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No form for {action} on {formPageUrl}");
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is "hidden" or "text" or "number" or "email" or "date")
            .GroupBy(i => i.Name!)
            .ToDictionary(g => g.Key, g => g.First().Value);
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name)))
        {
            values[select.Name!] = select.Value ?? "";
        }

        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        return await PostAsync(form.GetAttribute("action") ?? formPageUrl, values);
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> PostAsync(string url, IDictionary<string, string> values)
    {
        using var content = new FormUrlEncodedContent(values);
        var response = await Client.PostAsync(url, content);
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password = DemoPassword)
    {
        var (response, _) = await SubmitAsync("/Account/Login", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password }, "/Account/Login");
        return response;
    }

    public async Task SwitchCultureAsync(string culture) =>
        await SubmitAsync("/", new Dictionary<string, string> { ["culture"] = culture, ["returnUrl"] = "/" }, "/Culture/Set");

    /// <summary>The path (and query) a redirect points to, whether the Location header is absolute or not.</summary>
    public static string PathOf(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException("Not a redirect");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public void Dispose() => Client.Dispose();
}
