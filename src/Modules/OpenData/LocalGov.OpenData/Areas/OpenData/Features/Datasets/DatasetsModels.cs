using System.Globalization;
using LocalGov.OpenData.Services;
using LocalGov.OpenData.Services.Datasets;
using LocalGov.Organizations.Contracts;

namespace LocalGov.OpenData.Areas.OpenData.Features.Datasets;

/// <summary>The catalogue page and a dataset's dictionary page: the datasets, the filter as typed and what is wrong with it.</summary>
internal sealed record DatasetsPageModel(
    IReadOnlyList<DatasetDefinition> Datasets,
    DatasetDefinition? Current,
    string? Year,
    string? Province,
    string? Type,
    string? Lao,
    DatasetFilter Filter,
    IReadOnlyDictionary<string, string[]> Errors,
    IReadOnlyList<ProvinceDto> Provinces)
{
    public static bool IsThai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";

    /// <summary>The filter as a query string for the download links ("" when there is none or it is invalid).</summary>
    public string Query
    {
        get
        {
            if (Errors.Count > 0)
            {
                return "";
            }

            var parts = new[] { ("year", Year), ("province", Province), ("type", Type), ("lao", Lao) }
                .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
                .Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!.Trim()))
                .ToList();
            return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
        }
    }

    /// <summary>Whether the filter narrows enough for the dataset's downloads (budget lines need a year and a province or LAO).</summary>
    public bool IsReady(DatasetDefinition dataset) => Errors.Count == 0 && dataset.Scope switch
    {
        DatasetScope.NeedsYear => Filter.FiscalYear is not null,
        DatasetScope.NeedsYearAndPlace => Filter.FiscalYear is not null && (Filter.ProvinceId is not null || Filter.LaoId is not null),
        _ => true,
    };

    public string DownloadUrl(DatasetDefinition dataset, DatasetFormat format) =>
        $"~/open/datasets/{dataset.Name}.{DatasetFormats.Extension(format)}{Query}";

    /// <summary>The Fiscal Data Package of the chosen LAO-year, on the budget datasets' pages.</summary>
    public string? DataPackageUrl =>
        Current is { Name: DatasetRegistry.Budgets or DatasetRegistry.BudgetLines or DatasetRegistry.RevenueEstimates }
        && Errors.Count == 0 && Filter is { LaoId: not null, FiscalYear: { } year } && !string.IsNullOrWhiteSpace(Lao)
            ? $"~/open/lao/{Uri.EscapeDataString(Lao.Trim())}/{year}/datapackage.json"
            : null;
}
