using System.Net;
using System.Text.Json.Nodes;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.IntegrationTests.Procurement.OpenData;
using NJsonSchema;
using NJsonSchema.References;

namespace LocalGov.IntegrationTests.Procurement.Ocds;

/// <summary>The OCDS documents validate against the official 1.1.5 schemas shipped in Schema/ (no network).</summary>
public sealed class OcdsSchemaTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const string Base = "https://standard.open-contracting.org/schema/1__1__5/";
    private static readonly string SchemaDirectory = Path.Combine(AppContext.BaseDirectory, "Procurement", "Ocds", "Schema");
    private static readonly Lazy<Task<(JsonSchema ReleasePackage, JsonSchema RecordPackage)>> Schemas = new(LoadAsync);

    private static async Task<(JsonSchema, JsonSchema)> LoadAsync()
    {
        var release = await JsonSchema.FromFileAsync(Path.Combine(SchemaDirectory, "release-schema.json"));
        Task<JsonSchema> Package(string file) => JsonSchema.FromJsonAsync(
            File.ReadAllText(Path.Combine(SchemaDirectory, file)), Path.Combine(SchemaDirectory, file), schema =>
            {
                var resolver = new JsonReferenceResolver(new JsonSchemaAppender(schema, new DefaultTypeNameGenerator()));
                resolver.AddDocumentReference(Base + "release-schema.json", release);

                // Not shipped: only the optional versionedRelease uses it, which is never published (asserted below).
                resolver.AddDocumentReference(Base + "versioned-release-validation-schema.json", new JsonSchema());
                return resolver;
            });
        return (await Package("release-package-schema.json"), await Package("record-package-schema.json"));
    }

    private static async Task<string> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task The_shipped_schemas_are_the_OCDS_1_1_5_release()
    {
        foreach (var file in new[] { "release-schema.json", "release-package-schema.json", "record-package-schema.json" })
        {
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaDirectory, file)))!;
            Assert.Equal(Base + file, (string?)json["id"]);
        }
    }

    [Theory]
    [InlineData(CaseStageForTest.Planning, "planning")]
    [InlineData(CaseStageForTest.Announced, "tender")]
    [InlineData(CaseStageForTest.Awarded, "award")]
    [InlineData(CaseStageForTest.Contracted, "implementation")]
    [InlineData(CaseStageForTest.Cancelled, "tenderCancellation")]
    public async Task A_published_case_at_each_stage_gives_valid_release_and_record_packages(CaseStageForTest stage, string tag)
    {
        var lao = await OpenDataTestData.DemoLaoAsync(factory);
        var c = await OpenDataTestData.CreateCaseAsync(factory, lao.Id, stage);
        var (releaseSchema, recordSchema) = await Schemas.Value;
        using var client = factory.CreateClient();
        var ocid = $"ocds-localgov-{lao.Code}-{c.CaseNo}";

        var releaseJson = await GetJsonAsync(client, "/api/procurement/ocds/releases/" + ocid);
        Assert.Empty(releaseSchema.Validate(releaseJson));
        var release = JsonNode.Parse(releaseJson)!["releases"]![0]!;
        Assert.Equal(ocid, (string?)release["ocid"]);
        Assert.StartsWith(ocid + "-", (string?)release["id"], StringComparison.Ordinal);
        Assert.Equal(tag, (string?)release["tag"]![0]);
        Assert.Equal("TH-DLA-" + lao.Code, (string?)release["buyer"]!["id"]);
        Assert.Equal("open", (string?)release["tender"]!["procurementMethod"]);
        Assert.DoesNotContain("null", releaseJson, StringComparison.Ordinal);
        if (stage == CaseStageForTest.Contracted)
        {
            var contract = release["contracts"]![0]!;
            Assert.Equal("K-" + c.CaseNo, (string?)contract["id"]);
            Assert.Single(contract["implementation"]!["transactions"]!.AsArray());
            Assert.Equal(2, contract["implementation"]!["milestones"]!.AsArray().Count);
            Assert.Equal("THB", (string?)contract["value"]!["currency"]);
        }

        var recordJson = await GetJsonAsync(client, "/api/procurement/ocds/records/" + ocid);
        Assert.Empty(recordSchema.Validate(recordJson));
        var record = JsonNode.Parse(recordJson)!["records"]![0]!;
        Assert.Null(record["versionedRelease"]);
        Assert.Equal("compiled", (string?)record["compiledRelease"]!["tag"]![0]);
    }

    [Fact]
    public async Task The_validator_finds_errors_in_a_broken_package()
    {
        var lao = await OpenDataTestData.DemoLaoAsync(factory);
        var c = await OpenDataTestData.CreateCaseAsync(factory, lao.Id, CaseStageForTest.Awarded);
        var (releaseSchema, _) = await Schemas.Value;
        using var client = factory.CreateClient();
        var json = JsonNode.Parse(await GetJsonAsync(client, $"/api/procurement/ocds/releases/ocds-localgov-{lao.Code}-{c.CaseNo}"))!;
        json["releases"]![0]!["tender"]!["procurementMethod"] = "auction";
        Assert.NotEmpty(releaseSchema.Validate(json.ToJsonString()));
    }

    [Fact]
    public async Task An_LAO_years_release_package_is_valid_and_holds_only_published_cases()
    {
        var lao = await OpenDataTestData.DemoLaoAsync(factory);
        var published = await OpenDataTestData.CreateCaseAsync(factory, lao.Id, CaseStageForTest.Contracted, fiscalYear: 2568);
        var hidden = await OpenDataTestData.CreateCaseAsync(factory, lao.Id, CaseStageForTest.Announced, published: false, fiscalYear: 2568);
        var (releaseSchema, _) = await Schemas.Value;
        using var client = factory.CreateClient();
        var json = await GetJsonAsync(client, $"/api/procurement/ocds/releases?lao={lao.Code}&year=2568");
        Assert.Empty(releaseSchema.Validate(json));
        Assert.Contains(published.CaseNo, json, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden.CaseNo, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unpublished_case_is_not_found()
    {
        var lao = await OpenDataTestData.DemoLaoAsync(factory);
        var c = await OpenDataTestData.CreateCaseAsync(factory, lao.Id, CaseStageForTest.Announced, published: false);
        using var client = factory.CreateClient();
        foreach (var kind in new[] { "releases", "records" })
        {
            var response = await client.GetAsync($"/api/procurement/ocds/{kind}/ocds-localgov-{lao.Code}-{c.CaseNo}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("?year=2569")]
    [InlineData("?lao=abc&year=2569")]
    [InlineData("?lao=3260101&year=next")]
    [InlineData("?lao=3260101&year=2569&page=0")]
    [InlineData("?lao=3260101&year=2569&page=99")]
    public async Task Bad_parameters_are_a_400_problem(string query)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/api/procurement/ocds/releases" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
