using System.Security.Cryptography;
using LocalGov.OpenData.Resources;
using LocalGov.OpenData.Services.Api;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace LocalGov.OpenData.Services.Datasets;

/// <summary>A dataset request whose filter is valid and narrow enough, with the query text it came from (echoed in the file and its name).</summary>
internal sealed record DatasetRequest(DatasetDefinition Dataset, DatasetFilter Filter, IReadOnlyDictionary<string, string?> FilterText);

/// <summary>A generated download: a temporary file (deleted when closed) positioned at its start, and its strong ETag.</summary>
internal sealed record DownloadFile(Stream Content, EntityTagHeaderValue ETag, string FileName);

/// <summary>
/// Validates a download's filter (the shared <see cref="DatasetFilterReader"/> plus each dataset's required narrowing) and
/// writes the file. The file goes to a temporary file rather than memory, so a province's budget lines do not sit in
/// the heap, and its strong ETag is the SHA-256 of the bytes (the API's ETag helper may later replace this one place).
/// </summary>
internal sealed class DatasetDownloads(DatasetRows rows, DatasetFilterReader reader, TimeProvider clock, IStringLocalizer<Strings> l)
{
    public async Task<(DatasetRequest? Request, IReadOnlyDictionary<string, string[]> Errors)> ReadAsync(
        DatasetDefinition dataset, string? year, string? province, string? type, string? lao, CancellationToken cancellationToken)
    {
        var result = await reader.ReadAsync(year, province, type, lao, cancellationToken);
        var errors = new Dictionary<string, string[]>(result.Errors, StringComparer.Ordinal);
        var filter = result.Filter;
        if (dataset.Scope != DatasetScope.Open && filter.FiscalYear is null && !errors.ContainsKey("year"))
        {
            errors["year"] = [l["Datasets.NeedsYear", dataset.Name]];
        }

        if (dataset.Scope == DatasetScope.NeedsYearAndPlace && filter.ProvinceId is null && filter.LaoId is null && !errors.ContainsKey("province") && !errors.ContainsKey("lao"))
        {
            errors["province"] = [l["Datasets.NeedsPlace", dataset.Name]];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var text = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["year"] = Clean(year),
            ["province"] = Clean(province),
            ["type"] = Clean(type),
            ["lao"] = Clean(lao),
        };
        return (new DatasetRequest(dataset, filter, text), errors);
    }

    public async Task<DownloadFile> WriteAsync(DatasetRequest request, DatasetFormat format, CancellationToken cancellationToken)
    {
        var path = Path.GetTempFileName();
        var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 65536, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var data = rows.ReadAsync(request.Dataset, request.Filter, cancellationToken);
            switch (format)
            {
                case DatasetFormat.Csv:
                    await DatasetFormats.WriteCsvAsync(file, request.Dataset, data, cancellationToken);
                    break;
                case DatasetFormat.Json:
                    await DatasetFormats.WriteJsonAsync(file, new DatasetFileHeader(request.Dataset, request.FilterText, clock.GetUtcNow()), data, cancellationToken);
                    break;
                default:
                    await DatasetFormats.WriteXlsxAsync(file, request.Dataset, data, cancellationToken);
                    break;
            }

            await file.FlushAsync(cancellationToken);
            file.Position = 0;
            var hash = await SHA256.HashDataAsync(file, cancellationToken);
            file.Position = 0;
            return new DownloadFile(file, StrongETag(hash), FileName(request, format));
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>A strong ETag from the SHA-256 of the bytes, by the API's rule (the catalogue and the Fiscal Data Package use it too).</summary>
    public static EntityTagHeaderValue StrongETag(ReadOnlySpan<byte> hash) => new(ETaggedResult.TagOfHash(hash));

    /// <summary>budget-lines-2569-3260101.csv: the dataset, then the filter values given, in a fixed order.</summary>
    public static string FileName(DatasetRequest request, DatasetFormat format)
    {
        var parts = new List<string> { request.Dataset.Name };
        foreach (var key in new[] { "year", "province", "type", "lao" })
        {
            if (request.FilterText.GetValueOrDefault(key) is { } value)
            {
                parts.Add(key == "province" ? "p" + value : value);
            }
        }

        return string.Join('-', parts) + "." + DatasetFormats.Extension(format);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
