using System.Text;
using LocalGov.OpenData.Areas.OpenData.Features.Api;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace LocalGov.OpenData.Services.Api;

/// <summary>
/// The OpenAPI 3.1 description of API v1, generated from the controllers under <c>/api/v1</c> (document "v1"), with
/// what the generator cannot see added: the conditional-request headers, the rate limit's Retry-After and the
/// general rules (paging, filters, errors).
/// </summary>
internal static class ApiDocument
{
    public const string Name = "v1";
    public const string Path = "/api/v1/openapi.json";

    public static void AddTo(IServiceCollection services) =>
        services.AddOpenApi(Name, o =>
        {
            o.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            o.ShouldInclude = d => d.RelativePath is { } p && p.StartsWith("api/v1/", StringComparison.Ordinal);
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "LocalGov open data API",
                    Version = "v1",
                    Description = Description,
                };
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, _, _) =>
            {
                AddHeaders(operation);
                return Task.CompletedTask;
            });
            o.AddSchemaTransformer((schema, context, _) =>
            {
                // Amounts are written by the baht converters (two decimals); the generator cannot see through a converter.
                if (context.JsonPropertyInfo?.CustomConverter is BahtJsonConverter or NullableBahtJsonConverter)
                {
                    schema.Type = context.JsonPropertyInfo.CustomConverter is NullableBahtJsonConverter ? JsonSchemaType.Number | JsonSchemaType.Null : JsonSchemaType.Number;
                    schema.Format = "decimal";
                    schema.Description = "Baht, two decimals";
                }

                return Task.CompletedTask;
            });
        });

    /// <summary>The document as JSON text, with the server the request came to.</summary>
    public static async Task<string> JsonAsync(IOpenApiDocumentProvider provider, string serverUrl, CancellationToken cancellationToken)
    {
        var document = await provider.GetOpenApiDocumentAsync(cancellationToken);
        document.Servers = [new OpenApiServer { Url = serverUrl }];
        using var text = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        document.SerializeAsV31(new OpenApiJsonWriter(text));
        return text.ToString();
    }

    private static void AddHeaders(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Required = false,
            Description = "The ETag of a response received before: when the data has not changed the answer is 304 without a body.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        if (operation.Responses is null)
        {
            return;
        }

        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse r)
            {
                continue;
            }

            r.Headers ??= new Dictionary<string, IOpenApiHeader>();
            switch (status)
            {
                case "200":
                    r.Description = "OK";
                    r.Headers["ETag"] = Header("A strong tag of the body; send it back in If-None-Match.");
                    r.Headers["Cache-Control"] = Header("public, max-age=60");
                    break;
                case "304":
                    r.Description = "Not modified: the ETag in If-None-Match is still current (no body).";
                    r.Headers["ETag"] = Header("The same tag.");
                    break;
                case "400":
                    r.Description = "Bad request: a filter or paging parameter is not valid (problem details with an errors entry per parameter).";
                    break;
                case "404":
                    r.Description = "Not found (problem details): an unknown LAO, or data not published.";
                    break;
                case "429":
                    r.Description = "Too many requests from this address (problem details); wait Retry-After seconds.";
                    r.Headers["Retry-After"] = Header("Seconds to wait before the next request.");
                    break;
            }
        }
    }

    private static OpenApiHeader Header(string description) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };

    private const string Description =
        "Read-only open data of Thai local administrative organisations (LAOs): organisations, published budgets, budget lines, "
        + "revenue estimates, action-plan projects, procurement (OCDS 1.1) and benchmarking indicators. Only data an LAO has "
        + "published is served; drafts never are. Years are fiscal years in the Buddhist Era (2569 = 1 Oct 2025 – 30 Sep 2026); "
        + "amounts are baht with two decimals. Lists are paged: page ≥ 1 (default 1), pageSize 1–500 (default 100); the answer is "
        + "{ data, page, pageSize, total, links { self, next, prev, first, last } }, and a page beyond the last has empty data. "
        + "Filters: year, province (province code, e.g. 26), type (LAO type name or 1–7), lao (LAO code). Bad parameters answer 400 "
        + "problem details (application/problem+json) with an errors entry per parameter, in Thai unless ?culture=en-US. Every "
        + "answer has an ETag; send it in If-None-Match to get 304 when nothing changed. Requests are limited per client address "
        + "per minute; over the limit the answer is 429 with Retry-After.";
}
