using System.Globalization;
using System.Text.Json;
using LocalGov.IntegrationTests.Infrastructure;

namespace LocalGov.IntegrationTests.OpenData.Api;

/// <summary>Reads the open data API as a program would: anonymous, JSON in, problem details on errors.</summary>
internal static class ApiClient
{
    public const string DemoLao = "3260101";

    public static async Task<(HttpResponseMessage Response, JsonElement Json, string Body)> GetJsonAsync(HttpClient client, string url, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var json = body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
        return (response, json, body);
    }

    public static HttpClient Anonymous(LocalGovFactory factory) =>
        factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public static decimal Baht(JsonElement element, string property) => element.GetProperty(property).GetDecimal();

    public static IEnumerable<JsonElement> Rows(JsonElement envelope) => envelope.GetProperty("data").EnumerateArray();

    public static int Total(JsonElement envelope) => envelope.GetProperty("total").GetInt32();

    public static string? Link(JsonElement envelope, string name) =>
        envelope.GetProperty("links").GetProperty(name) is { ValueKind: JsonValueKind.String } link ? link.GetString() : null;

    public static string PathAndQuery(string absolute) => new Uri(absolute, UriKind.Absolute).PathAndQuery;

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
