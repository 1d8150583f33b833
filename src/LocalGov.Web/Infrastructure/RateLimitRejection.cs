using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using LocalGov.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LocalGov.Web.Infrastructure;

/// <summary>
/// The one answer to a request over any module's rate limit (the callback is global to the rate limiter): 429 with
/// Retry-After; under <c>/api/</c> localized problem details for programs, elsewhere a short localized text.
/// </summary>
public static class RateLimitRejection
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static void Configure(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = WriteAsync;
    }

    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var l = http.RequestServices.GetRequiredService<IStringLocalizer<Strings>>();
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            var problem = new ProblemDetails
            {
                Type = "https://tools.ietf.org/html/rfc6585#section-4",
                Title = l["RateLimit.Title"],
                Detail = l["RateLimit.Detail", seconds],
                Status = StatusCodes.Status429TooManyRequests,
                Instance = http.Request.Path,
            };
            http.Response.ContentType = "application/problem+json; charset=utf-8";
            await JsonSerializer.SerializeAsync(http.Response.Body, problem, Json, cancellationToken);
            return;
        }

        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(l["RateLimit.TooManyRequests"], cancellationToken);
    }
}
