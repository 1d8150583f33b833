using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LocalGov.Data;
using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Domain;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.OpenData.Services.Datasets;

/// <summary>
/// The machine-readable catalogue of the datasets: DCAT (DCAT-AP style) in JSON-LD, with the property names
/// ckanext-dcat reads (dct:title, dct:description, dcat:keyword, dcat:theme, dct:publisher, dcat:contactPoint,
/// dct:temporal with dcat:startDate/endDate, dct:modified, dcat:distribution with dcat:downloadURL, dcat:mediaType,
/// dct:format, dct:license and dcat:accessService). Every download URL works as given: the datasets that need a year
/// and a province get one distribution per province and format for that province's newest published year.
/// </summary>
internal sealed class DcatCatalogue(LocalGovDbContext db, PublishedData data, IOrganizationDirectory directory, TimeProvider clock)
{
    public static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly DatasetFormat[] Formats = [DatasetFormat.Csv, DatasetFormat.Json, DatasetFormat.Xlsx];

    public async Task<JsonObject> BuildAsync(string baseUrl, CancellationToken cancellationToken)
    {
        var provinces = (await directory.GetProvincesAsync(cancellationToken)).ToDictionary(p => p.Id);

        // Few rows per LAO-year; DateTimeOffset is compared in memory (SQLite cannot order it).
        var budgets = await data.Budgets(DatasetFilter.None).Select(b => new { b.FiscalYear, b.ProvinceId, b.PublishedAt }).ToListAsync(cancellationToken);
        var projectYears = await data.Projects(DatasetFilter.None).Select(p => new { p.FiscalYear, p.ProvinceId }).Distinct().ToListAsync(cancellationToken);
        var projectTimes = await db.Set<Publication>().AsNoTracking()
            .Where(p => p.Kind == PublicationKind.Projects && p.WithdrawnAt == null).Select(p => p.PublishedAt).ToListAsync(cancellationToken);

        var budgetPlaces = NewestYearPerProvince(budgets.Select(b => (b.FiscalYear, b.ProvinceId)));
        var projectPlaces = NewestYearPerProvince(projectYears.Select(p => (p.FiscalYear, p.ProvinceId)));
        DateTimeOffset? budgetModified = budgets.Count == 0 ? null : budgets.Max(b => b.PublishedAt);
        DateTimeOffset? projectModified = projectTimes.Count == 0 ? null : projectTimes.Max();
        var budgetYears = budgets.Select(b => b.FiscalYear).ToList();
        var indicatorYear = budgetYears.Count > 0 ? budgetYears.Max() : FiscalYear.Current(clock).BuddhistYear;

        var agent = new JsonObject
        {
            ["@id"] = baseUrl + "open/datasets#publisher",
            ["@type"] = "foaf:Organization",
            ["foaf:name"] = Languages("กรมส่งเสริมการปกครองท้องถิ่น", "Department of Local Administration (DLA)"),
            ["foaf:homepage"] = Id("https://www.dla.go.th/"),
        };

        var datasets = new JsonArray();
        foreach (var d in DatasetRegistry.All)
        {
            var (places, modified, years) = d.Name switch
            {
                DatasetRegistry.Budgets or DatasetRegistry.BudgetLines or DatasetRegistry.RevenueEstimates => (budgetPlaces, budgetModified, budgetYears),
                DatasetRegistry.Projects => (projectPlaces, projectModified, projectYears.Select(p => p.FiscalYear).ToList()),
                _ => (new List<(int Year, int ProvinceId)>(), (DateTimeOffset?)null, new List<int>()),
            };
            datasets.Add(Dataset(d, baseUrl, agent, modified, years, DistributionQueries(d, places, provinces, indicatorYear)));
        }

        var catalogModified = new[] { budgetModified, projectModified }.Where(m => m is not null).Max();
        var catalog = new JsonObject
        {
            ["@context"] = new JsonObject
            {
                ["dcat"] = "http://www.w3.org/ns/dcat#",
                ["dct"] = "http://purl.org/dc/terms/",
                ["foaf"] = "http://xmlns.com/foaf/0.1/",
                ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
                ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
            },
            ["@id"] = baseUrl + "open/catalog.jsonld",
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = Languages("แคตตาล็อกข้อมูลเปิดขององค์กรปกครองส่วนท้องถิ่น (LocalGov)", "LocalGov open data catalogue of Thai local administrative organisations"),
            ["dct:description"] = Languages(
                "ข้อมูลงบประมาณ ประมาณการรายรับ โครงการ และตัวชี้วัดที่ อปท. เผยแพร่ ดาวน์โหลดได้ในรูปแบบ CSV JSON และ XLSX และผ่าน API",
                "Budgets, revenue estimates, projects and indicators published by Thai local administrative organisations, as CSV, JSON and XLSX downloads and through an API."),
            ["dct:publisher"] = agent,
            ["dct:language"] = new JsonArray(Id("http://id.loc.gov/vocabulary/iso639-1/th"), Id("http://id.loc.gov/vocabulary/iso639-1/en")),
            ["foaf:homepage"] = Id(baseUrl + "open/datasets"),
            ["dct:license"] = Id(DatasetRegistry.LicenseUrl),
            ["dcat:dataset"] = datasets,
        };
        if (catalogModified is { } m)
        {
            catalog["dct:modified"] = DateTimeValue(m);
        }

        return catalog;
    }

    /// <summary>The query strings of a dataset's distributions: none, the indicator year, or each province's newest year.</summary>
    private static List<(string Query, string Label)> DistributionQueries(
        DatasetDefinition d, List<(int Year, int ProvinceId)> places, Dictionary<int, ProvinceDto> provinces, int indicatorYear) => d.Scope switch
        {
            DatasetScope.Open => [("", "")],
            DatasetScope.NeedsYear => [($"?year={indicatorYear}", $" {indicatorYear}")],
            _ => [.. places
                .Where(p => provinces.ContainsKey(p.ProvinceId))
                .Select(p => (Query: $"?year={p.Year}&province={Uri.EscapeDataString(provinces[p.ProvinceId].Code)}", Label: $" {p.Year} {provinces[p.ProvinceId].NameEn}"))
                .OrderBy(p => p.Query, StringComparer.Ordinal)],
        };

    private static JsonObject Dataset(
        DatasetDefinition d, string baseUrl, JsonObject agent, DateTimeOffset? modified, List<int> years, List<(string Query, string Label)> queries)
    {
        var page = baseUrl + "open/datasets/" + d.Name;
        var keywords = new JsonArray();
        foreach (var k in d.KeywordsTh)
        {
            keywords.Add(Language(k, "th"));
        }

        foreach (var k in d.KeywordsEn)
        {
            keywords.Add(Language(k, "en"));
        }

        var service = new JsonObject
        {
            ["@id"] = baseUrl + d.ApiPath.TrimStart('/'),
            ["@type"] = "dcat:DataService",
            ["dct:title"] = Languages("LocalGov API v1", "LocalGov API v1"),
            ["dcat:endpointURL"] = Id(baseUrl + d.ApiPath.TrimStart('/')),
            ["dcat:endpointDescription"] = Id(baseUrl + "api/v1/openapi.json"),
            ["dcat:servesDataset"] = Id(page),
        };

        var distributions = new JsonArray();
        foreach (var (query, label) in queries)
        {
            foreach (var format in Formats)
            {
                var url = $"{baseUrl}open/datasets/{d.Name}.{DatasetFormats.Extension(format)}{query}";
                distributions.Add(new JsonObject
                {
                    ["@id"] = url,
                    ["@type"] = "dcat:Distribution",
                    ["dct:title"] = $"{d.TitleEn}{label} ({format.ToString().ToUpperInvariant()})",
                    ["dcat:accessURL"] = Id(page),
                    ["dcat:downloadURL"] = Id(url),
                    ["dcat:mediaType"] = DatasetFormats.MediaType(format),
                    ["dct:format"] = format.ToString().ToUpperInvariant(),
                    ["dct:license"] = Id(DatasetRegistry.LicenseUrl),
                    ["dcat:accessService"] = service.DeepClone(),
                });
            }
        }

        var dataset = new JsonObject
        {
            ["@id"] = page,
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = "localgov-" + d.Name,
            ["dct:title"] = Languages(d.TitleTh, d.TitleEn),
            ["dct:description"] = Languages(d.DescriptionTh + " " + d.UpdateRuleTh, d.DescriptionEn + " " + d.UpdateRuleEn),
            ["dcat:keyword"] = keywords,
            ["dcat:theme"] = Id("http://publications.europa.eu/resource/authority/data-theme/GOVE"),
            ["dct:publisher"] = Id((string)agent["@id"]!),
            ["dcat:contactPoint"] = new JsonObject
            {
                ["@type"] = "vcard:Organization",
                ["vcard:fn"] = "กรมส่งเสริมการปกครองท้องถิ่น (Department of Local Administration)",
                ["vcard:hasURL"] = Id("https://www.dla.go.th/"),
            },
            ["dcat:landingPage"] = Id(page),
            ["dct:language"] = new JsonArray(Id("http://id.loc.gov/vocabulary/iso639-1/th"), Id("http://id.loc.gov/vocabulary/iso639-1/en")),
            ["dct:license"] = Id(DatasetRegistry.LicenseUrl),
            ["dct:accrualPeriodicity"] = Id("http://publications.europa.eu/resource/authority/frequency/IRREG"),
            ["dcat:distribution"] = distributions,
        };
        if (modified is { } m)
        {
            dataset["dct:modified"] = DateTimeValue(m);
        }

        if (years.Count > 0)
        {
            dataset["dct:temporal"] = new JsonObject
            {
                ["@type"] = "dct:PeriodOfTime",
                ["dcat:startDate"] = DateValue(new FiscalYear(years.Min()).Start),
                ["dcat:endDate"] = DateValue(new FiscalYear(years.Max()).End),
            };
        }

        return dataset;
    }

    private static List<(int Year, int ProvinceId)> NewestYearPerProvince(IEnumerable<(int Year, int ProvinceId)> rows) =>
        [.. rows.GroupBy(r => r.ProvinceId).Select(g => (g.Max(r => r.Year), g.Key))];

    private static JsonObject Id(string iri) => new() { ["@id"] = iri };

    private static JsonObject Language(string text, string language) => new() { ["@value"] = text, ["@language"] = language };

    private static JsonArray Languages(string th, string en) => [Language(th, "th"), Language(en, "en")];

    private static JsonObject DateTimeValue(DateTimeOffset at) => new()
    {
        ["@value"] = at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["@type"] = "xsd:dateTime",
    };

    private static JsonObject DateValue(DateOnly date) => new()
    {
        ["@value"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["@type"] = "xsd:date",
    };
}
