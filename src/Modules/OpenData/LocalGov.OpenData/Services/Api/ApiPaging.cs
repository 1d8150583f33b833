using System.Globalization;
using LocalGov.OpenData.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;

namespace LocalGov.OpenData.Services.Api;

/// <summary>Links of a page: itself, the neighbours (null at the ends), the first and the last page.</summary>
internal sealed record ApiLinks(string Self, string? Next, string? Prev, string First, string Last);

/// <summary>The envelope of every list endpoint.</summary>
internal sealed record ApiPage<T>(IReadOnlyList<T> Data, int Page, int PageSize, int Total, ApiLinks Links);

/// <summary>
/// Paging of the list endpoints: <c>page</c> 1–1,000,000 (default 1), <c>pageSize</c> 1–500 (default 100). A page
/// beyond the last one is not an error: it answers 200 with empty <c>data</c> (and the links to the first and last).
/// </summary>
internal sealed record ApiPaging(int Page, int PageSize)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    /// <summary>Bounds the offset ((page − 1) × pageSize) within an int.</summary>
    public const int MaxPage = 1_000_000;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>Reads page and pageSize; a bad value adds a localized error under its parameter name.</summary>
    public static ApiPaging Read(string? page, string? pageSize, IDictionary<string, string[]> errors, IStringLocalizer<Strings> l)
    {
        var p = 1;
        if (page is not null && (!int.TryParse(page.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out p) || p < 1 || p > MaxPage))
        {
            errors["page"] = [l["Api.BadPage", page, MaxPage]];
            p = 1;
        }

        var size = DefaultPageSize;
        if (pageSize is not null && (!int.TryParse(pageSize.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > MaxPageSize))
        {
            errors["pageSize"] = [l["Api.BadPageSize", pageSize, MaxPageSize]];
            size = DefaultPageSize;
        }

        return new ApiPaging(p, size);
    }

    public ApiPage<T> Envelope<T>(IReadOnlyList<T> data, int total, HttpRequest request)
    {
        var last = Math.Max(1, (total + PageSize - 1) / PageSize);
        return new ApiPage<T>(data, Page, PageSize, total, new ApiLinks(
            LinkTo(request, Page),
            Page < last ? LinkTo(request, Page + 1) : null,
            Page > 1 ? LinkTo(request, Math.Min(Page - 1, last)) : null,
            LinkTo(request, 1),
            LinkTo(request, last)));
    }

    /// <summary>The request's own absolute URL with <c>page</c> replaced (other parameters kept as given).</summary>
    public static string LinkTo(HttpRequest request, int page)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, StringValues>(q.Key, v)))
            .Append(new KeyValuePair<string, StringValues>("page", page.ToString(CultureInfo.InvariantCulture)));
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{QueryString.Create(query)}";
    }
}
