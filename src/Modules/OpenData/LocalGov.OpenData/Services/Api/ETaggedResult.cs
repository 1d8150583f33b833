using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace LocalGov.OpenData.Services.Api;

/// <summary>
/// A public GET response with a strong ETag computed from its bytes and <c>Cache-Control: public, max-age=60</c>; a
/// request whose <c>If-None-Match</c> names the same tag gets 304 without a body. Because the tag is the hash of the
/// body, any publication that changes the data changes the tag, and nothing else has to be remembered. Reusable for
/// every public file (the API's JSON, the downloads' CSV/JSON/XLSX).
/// </summary>
internal sealed class ETaggedResult(byte[] body, string contentType, string? fileName = null) : IActionResult
{
    public const string CacheControl = "public, max-age=60";

    public byte[] Body => body;

    public string ETag { get; } = TagOf(body);

    /// <summary>The first 128 bits of the SHA-256 of the body, base64url, quoted (a strong validator).</summary>
    public static string TagOf(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        return TagOfHash(hash);
    }

    /// <summary>The tag of a SHA-256 already computed (the downloads hash their file as they stream it).</summary>
    public static string TagOfHash(ReadOnlySpan<byte> sha256) =>
        "\"" + Convert.ToBase64String(sha256[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";

    /// <summary>Whether an <c>If-None-Match</c> header value (a list of tags, weak or strong, or *) matches <paramref name="tag"/>.</summary>
    public static bool Matches(string? ifNoneMatch, string tag)
    {
        if (string.IsNullOrWhiteSpace(ifNoneMatch))
        {
            return false;
        }

        foreach (var part in ifNoneMatch.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/"x" matches "x".
            var candidate = part.StartsWith("W/", StringComparison.Ordinal) ? part[2..] : part;
            if (candidate == "*" || string.Equals(candidate, tag, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var request = context.HttpContext.Request;
        var response = context.HttpContext.Response;
        response.Headers.ETag = ETag;
        response.Headers.CacheControl = CacheControl;
        if (Matches(request.Headers.IfNoneMatch.ToString(), ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        if (fileName is not null)
        {
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
        }

        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(body, context.HttpContext.RequestAborted);
        }
    }
}
