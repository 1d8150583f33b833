using System.Text.Json;
using System.Text.Json.Nodes;
using LocalGov.OpenData.Areas.OpenData.Features.ApiDocs;
using LocalGov.OpenData.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.OpenData.Services.Api;

/// <summary>
/// Builds the browsable documentation of API v1 from the OpenAPI document itself (so the page cannot drift from the
/// API), with an example request per endpoint and, where data is published, the real answer to it.
/// </summary>
internal sealed class ApiDocsBuilder(ApiQueries queries, PublishedData published)
{
    private static readonly JsonSerializerOptions Indented = new(ApiJson.Options) { WriteIndented = true };

    public async Task<ApiDocsModel> BuildAsync(IOpenApiDocumentProvider provider, HttpRequest request, CancellationToken cancellationToken)
    {
        var root = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var json = await ApiDocument.JsonAsync(provider, root, cancellationToken);
        var document = JsonNode.Parse(json)!;

        // The examples use the newest published budget, so every example request returns data.
        var sample = await published.Budgets(DatasetFilter.None).OrderByDescending(b => b.FiscalYear).ThenBy(b => b.LaoId)
            .Select(b => new { b.LaoId, b.FiscalYear }).FirstOrDefaultAsync(cancellationToken);
        var laos = sample is null ? null : (await queries.OrganisationsAsync(new DatasetFilter(null, null, null, sample.LaoId), null, new ApiPaging(1, 1), request, cancellationToken)).Data;
        var laoCode = laos is { Count: > 0 } ? laos[0].Code : "3260101";
        var year = sample?.FiscalYear ?? 2569;

        var endpoints = new List<ApiEndpointDoc>();
        var paths = document["paths"]?.AsObject() ?? [];
        foreach (var (path, item) in paths.OrderBy(p => Order(p.Key)))
        {
            foreach (var (method, operation) in item!.AsObject().Where(o => o.Key is "get" or "post" or "put" or "delete"))
            {
                var parameters = (operation?["parameters"]?.AsArray() ?? [])
                    .Select(p => new ApiParameterDoc(
                        (string?)p?["name"] ?? "",
                        (string?)p?["in"] ?? "",
                        (bool?)p?["required"] ?? false,
                        (string?)p?["description"] ?? ""))
                    .ToList();
                var responses = (operation?["responses"]?.AsObject() ?? [])
                    .Select(r => new ApiResponseDoc(r.Key, (string?)r.Value?["description"] ?? ""))
                    .OrderBy(r => r.Status, StringComparer.Ordinal)
                    .ToList();
                var example = ExampleUrl(path, laoCode, year);
                endpoints.Add(new ApiEndpointDoc(
                    Id(path),
                    method.ToUpperInvariant(),
                    path,
                    (string?)operation?["summary"] ?? "",
                    (string?)operation?["description"] ?? "",
                    parameters,
                    responses,
                    example,
                    sample is null ? null : await ExampleResponseAsync(path, example, laoCode, year, request, cancellationToken)));
            }
        }

        return new ApiDocsModel(root + ApiDocument.Path, (string?)document["openapi"] ?? "", endpoints, laoCode, year);
    }

    private static int Order(string path) => Array.IndexOf(Paths, path) is var i and >= 0 ? i : Paths.Length;

    private static readonly string[] Paths =
    [
        "/api/v1/organisations", "/api/v1/organisations/{laoCode}", "/api/v1/budgets", "/api/v1/budgets/{laoCode}/{year}",
        "/api/v1/budget-lines", "/api/v1/revenue-estimates", "/api/v1/projects", "/api/v1/procurement/releases",
        "/api/v1/indicators", "/api/v1/indicator-values",
    ];

    private static string Id(string path) =>
        "api-" + string.Concat(path["/api/v1/".Length..].Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');

    private static string ExampleUrl(string path, string lao, int year) => path switch
    {
        "/api/v1/organisations" => $"{path}?province=26&pageSize=5",
        "/api/v1/organisations/{laoCode}" => $"/api/v1/organisations/{lao}",
        "/api/v1/budgets" => $"{path}?year={year}&province=26",
        "/api/v1/budgets/{laoCode}/{year}" => $"/api/v1/budgets/{lao}/{year}",
        "/api/v1/budget-lines" => $"{path}?lao={lao}&year={year}&pageSize=20",
        "/api/v1/revenue-estimates" => $"{path}?lao={lao}&year={year}",
        "/api/v1/projects" => $"{path}?lao={lao}&year={year}",
        "/api/v1/procurement/releases" => $"{path}?lao={lao}&year={year}",
        "/api/v1/indicators" => $"{path}?year={year}",
        "/api/v1/indicator-values" => $"{path}?year={year}&lao={lao}",
        _ => path,
    };

    /// <summary>The real answer to a shortened example request (one or two rows), as the API would write it.</summary>
    private async Task<string?> ExampleResponseAsync(string path, string exampleUrl, string laoCode, int year, HttpRequest real, CancellationToken cancellationToken)
    {
        var lao = await queries.FindLaoAsync(laoCode, cancellationToken);
        if (lao is null)
        {
            return null;
        }

        var request = Request(real, exampleUrl);
        var filter = new DatasetFilter(year, null, null, lao.Id);
        var one = new ApiPaging(1, 1);
        object? value = path switch
        {
            "/api/v1/organisations" => await queries.OrganisationsAsync(new DatasetFilter(null, lao.ProvinceId, null, null), null, one, request, cancellationToken),
            "/api/v1/organisations/{laoCode}" => await queries.OrganisationAsync(laoCode, request, cancellationToken),
            "/api/v1/budgets" => await queries.BudgetsAsync(filter, one, request, cancellationToken),
            "/api/v1/budgets/{laoCode}/{year}" => await queries.BudgetAsync(lao, year, request, cancellationToken),
            "/api/v1/budget-lines" => await queries.BudgetLinesAsync(filter, null, null, one, request, cancellationToken),
            "/api/v1/revenue-estimates" => await queries.RevenueEstimatesAsync(filter, one, request, cancellationToken),
            "/api/v1/projects" => await queries.ProjectsAsync(filter, one, request, cancellationToken),
            "/api/v1/indicators" => (await queries.IndicatorsAsync(year, cancellationToken)).Take(1).ToList(),
            "/api/v1/indicator-values" => await queries.IndicatorValuesAsync(year, null, filter, one, request, cancellationToken),
            _ => null,
        };
        return value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Indented);
    }

    /// <summary>A stand-in request for the example, so that its links point at the example, not at this page.</summary>
    private static HttpRequest Request(HttpRequest real, string pathAndQuery)
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = real.Scheme;
        request.Host = real.Host;
        request.PathBase = real.PathBase;
        var q = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        request.Path = q < 0 ? pathAndQuery : pathAndQuery[..q];
        request.QueryString = q < 0 ? QueryString.Empty : new QueryString(pathAndQuery[q..]);
        return request;
    }
}
