namespace LocalGov.OpenData.Areas.OpenData.Features.ApiDocs;

/// <summary>The browsable documentation of API v1, read from its OpenAPI document.</summary>
internal sealed record ApiDocsModel(string DocumentUrl, string OpenApiVersion, IReadOnlyList<ApiEndpointDoc> Endpoints, string ExampleLaoCode, int ExampleYear);

/// <param name="Id">A stable HTML id for the endpoint's section.</param>
/// <param name="ExampleUrl">An example request (path and query).</param>
/// <param name="ExampleResponse">The real answer to a one-row version of the example, or null when nothing is published.</param>
internal sealed record ApiEndpointDoc(
    string Id,
    string Method,
    string Path,
    string Summary,
    string Description,
    IReadOnlyList<ApiParameterDoc> Parameters,
    IReadOnlyList<ApiResponseDoc> Responses,
    string ExampleUrl,
    string? ExampleResponse);

internal sealed record ApiParameterDoc(string Name, string In, bool Required, string Description);

internal sealed record ApiResponseDoc(string Status, string Description);
