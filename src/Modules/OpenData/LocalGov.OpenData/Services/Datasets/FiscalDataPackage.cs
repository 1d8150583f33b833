using System.Globalization;
using System.Text.Json.Nodes;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.OpenData.Services.Datasets;

/// <summary>
/// An LAO-year's published budget as a Fiscal Data Package (OpenSpending, profile <c>fiscal-data-package</c>): the
/// budget lines (expenditure) and revenue estimates as CSV resources pointing at the downloads, each with its Table
/// Schema from the registry, and a fiscal model: measures (original and current amounts, revenue amount, in THB),
/// administrative (programme, work unit) and economic (group, category) classifications, the fiscal year as date, and
/// the revenue source. Null when the LAO-year has no published budget (withdrawn or never published: 404).
/// </summary>
internal sealed class FiscalDataPackage(PublishedData data)
{
    public async Task<JsonObject?> BuildAsync(LaoDto lao, int fiscalYear, string baseUrl, CancellationToken cancellationToken)
    {
        var filter = new DatasetFilter(fiscalYear, null, null, lao.Id);
        var budget = await data.Budgets(filter).FirstOrDefaultAsync(cancellationToken);
        if (budget is null)
        {
            return null;
        }

        var year = new FiscalYear(fiscalYear);
        var query = $"?lao={Uri.EscapeDataString(lao.Code)}&year={fiscalYear}";
        var lines = DatasetRegistry.Find(DatasetRegistry.BudgetLines)!;
        var revenue = DatasetRegistry.Find(DatasetRegistry.RevenueEstimates)!;
        return new JsonObject
        {
            ["profile"] = "fiscal-data-package",
            ["name"] = $"localgov-{lao.Code}-{fiscalYear}",
            ["title"] = $"{lao.NameEn} budget FY {fiscalYear} (B.E.) / งบประมาณ {lao.NameTh} ปีงบประมาณ {fiscalYear}",
            ["description"] = "Published budget ordinance in force: expenditure lines and revenue estimates.",
            ["homepage"] = $"{baseUrl}open/lao/{Uri.EscapeDataString(lao.Code)}?year={fiscalYear}",
            ["countryCode"] = "TH",
            ["currencyCode"] = "THB",
            ["granularity"] = "transactional",
            ["fiscalPeriod"] = new JsonObject
            {
                ["start"] = Iso(year.Start),
                ["end"] = Iso(year.End),
            },
            ["created"] = budget.PublishedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["version"] = budget.Version.ToString(CultureInfo.InvariantCulture),
            ["publisher"] = new JsonObject { ["name"] = lao.NameTh, ["code"] = lao.Code },
            ["licenses"] = new JsonArray(new JsonObject
            {
                ["name"] = "ODC-By-1.0",
                ["path"] = DatasetRegistry.LicenseUrl,
                ["title"] = DatasetRegistry.LicenseName,
            }),
            ["resources"] = new JsonArray(
                Resource(lines, $"{baseUrl}open/datasets/{lines.Name}.csv{query}"),
                Resource(revenue, $"{baseUrl}open/datasets/{revenue.Name}.csv{query}")),
            ["model"] = Model(lines.Name, revenue.Name),
        };
    }

    private static JsonObject Resource(DatasetDefinition d, string url)
    {
        var fields = new JsonArray();
        foreach (var c in d.Columns)
        {
            var field = new JsonObject
            {
                ["name"] = c.Name,
                ["type"] = c.SchemaType,
                ["title"] = c.LabelEn,
                ["description"] = c.DescriptionEn,
            };
            if (c.Type == ColumnType.Date)
            {
                field["format"] = "%Y-%m-%d";
            }

            fields.Add(field);
        }

        return new JsonObject
        {
            ["name"] = d.Name,
            ["title"] = d.TitleEn,
            ["path"] = url,
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            // The downloads start with a byte-order mark for Excel; utf-8-sig tells readers to skip it.
            ["encoding"] = "utf-8-sig",
            ["dialect"] = new JsonObject { ["delimiter"] = ",", ["quoteChar"] = "\"", ["header"] = true, ["lineTerminator"] = "\r\n" },
            ["schema"] = new JsonObject
            {
                ["fields"] = fields,
                ["primaryKey"] = new JsonArray("fiscal_year", "lao_code", "line_no"),
            },
        };
    }

    private static JsonObject Model(string lines, string revenue) => new()
    {
        ["measures"] = new JsonObject
        {
            ["original_amount"] = Measure(lines, "original_amount", "expenditure", "approved"),
            ["current_amount"] = Measure(lines, "current_amount", "expenditure", "adjusted"),
            ["revenue_amount"] = Measure(revenue, "amount", "revenue", "approved"),
        },
        ["dimensions"] = new JsonObject
        {
            ["administrative-classification"] = Dimension(lines, "classification", "administrative",
                ("programme_code", "programme_code", null), ("programme_name", "programme_name_th", "programme_code"),
                ("work_unit_code", "work_unit_code", null), ("work_unit_name", "work_unit_name_th", "work_unit_code")),
            ["economic-classification"] = Dimension(lines, "classification", "economic",
                ("group_code", "group_code", null), ("group_name", "group_name_th", "group_code"),
                ("category_code", "category_code", null), ("category_name", "category_name_th", "category_code")),
            ["budget-line"] = Dimension(lines, "fact", null, ("line_no", "line_no", null), ("item_name", "item_name", "line_no")),
            ["date"] = Dimension(lines, "datetime", null, ("fiscal_year", "fiscal_year", null)),
            ["organisation"] = Dimension(lines, "entity", null, ("lao_code", "lao_code", null)),
            ["revenue-source"] = Dimension(revenue, "classification", "economic", ("source", "source", null)),
            ["revenue-classification"] = Dimension(revenue, "classification", "economic",
                ("revenue_category_code", "category_code", null), ("revenue_category_name", "category_name_th", "revenue_category_code")),
            ["revenue-date"] = Dimension(revenue, "datetime", null, ("revenue_fiscal_year", "fiscal_year", null)),
        },
    };

    private static JsonObject Measure(string resource, string source, string direction, string phase) => new()
    {
        ["source"] = source,
        ["resource"] = resource,
        ["currency"] = "THB",
        ["factor"] = 1,
        ["direction"] = direction,
        ["phase"] = phase,
    };

    /// <summary>A model dimension; each attribute is (name, source column, the code attribute it labels or null for a key).</summary>
    private static JsonObject Dimension(string resource, string type, string? classificationType, params (string Name, string Source, string? LabelFor)[] attributes)
    {
        var attrs = new JsonObject();
        var keys = new JsonArray();
        foreach (var (name, source, labelFor) in attributes)
        {
            var attr = new JsonObject { ["source"] = source, ["resource"] = resource };
            if (labelFor is not null)
            {
                attr["labelfor"] = labelFor;
            }
            else
            {
                keys.Add(name);
            }

            attrs[name] = attr;
        }

        var dimension = new JsonObject { ["dimensionType"] = type, ["attributes"] = attrs, ["primaryKey"] = keys };
        if (classificationType is not null)
        {
            dimension["classificationType"] = classificationType;
        }

        return dimension;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
