using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClosedXML.Excel;
using LocalGov.SharedKernel.Files;

namespace LocalGov.OpenData.Services.Datasets;

/// <summary>The download formats of a dataset.</summary>
internal enum DatasetFormat
{
    Csv = 1,
    Json = 2,
    Xlsx = 3,
}

/// <summary>What the JSON download says about itself besides the rows.</summary>
internal sealed record DatasetFileHeader(DatasetDefinition Dataset, IReadOnlyDictionary<string, string?> Filter, DateTimeOffset GeneratedAt);

/// <summary>
/// Writes a dataset's rows as CSV (UTF-8 with BOM so Excel reads Thai, RFC 4180 quoting, header = column names),
/// JSON (self-describing: the dictionary and the rows, amounts as numbers) or XLSX (Thai labels, a dictionary sheet).
/// Every format writes the same values: amounts with two decimals, dates ISO 8601.
/// </summary>
internal static class DatasetFormats
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string JsonContentType = "application/json; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string PublishedByTh = "องค์กรปกครองส่วนท้องถิ่นผู้เผยแพร่ข้อมูล ผ่านระบบ LocalGov ของกรมส่งเสริมการปกครองท้องถิ่น";
    public const string PublishedByEn = "The publishing local administrative organisations, through the LocalGov portal of the Department of Local Administration";

    /// <summary>Row of the XLSX column labels; data starts on the next row.</summary>
    public const int XlsxHeaderRow = 1;

    public static bool TryParse(string? text, out DatasetFormat format)
    {
        format = text switch
        {
            "csv" => DatasetFormat.Csv,
            "json" => DatasetFormat.Json,
            "xlsx" => DatasetFormat.Xlsx,
            _ => 0,
        };
        return format != 0;
    }

    public static string Extension(DatasetFormat format) => format.ToString().ToLowerInvariant();

    public static string ContentType(DatasetFormat format) => format switch
    {
        DatasetFormat.Csv => CsvContentType,
        DatasetFormat.Json => JsonContentType,
        _ => XlsxContentType,
    };

    /// <summary>The IANA media type without parameters (DCAT).</summary>
    public static string MediaType(DatasetFormat format) => ContentType(format).Split(';')[0];

    /// <summary>A value as CSV text: invariant, amounts with two decimals, ISO dates, true/false, null empty.</summary>
    public static string Text(DatasetColumn column, object? value) => value switch
    {
        null => "",
        decimal d when column.Type == ColumnType.Amount => d.ToString("0.00", CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.############", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset at => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static async Task WriteCsvAsync(Stream output, DatasetDefinition dataset, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 65536, leaveOpen: true);
        var line = new StringBuilder();
        CsvRow.Append(line, dataset.Columns.Select(c => c.Name));
        await writer.WriteAsync(line, cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            line.Clear();
            CsvRow.Append(line, row.Select((v, i) => Text(dataset.Columns[i], v)));
            await writer.WriteAsync(line, cancellationToken);
        }
    }

    public static async Task WriteJsonAsync(Stream output, DatasetFileHeader header, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var dataset = header.Dataset;
        // Thai text stays readable in the file (no \u escapes); the output is a file, not HTML.
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false });
        json.WriteStartObject();
        json.WriteString("dataset", dataset.Name);
        WriteLanguages(json, "title", dataset.TitleTh, dataset.TitleEn);
        WriteLanguages(json, "description", dataset.DescriptionTh, dataset.DescriptionEn);
        WriteLanguages(json, "publishedBy", PublishedByTh, PublishedByEn);
        json.WriteString("license", DatasetRegistry.LicenseUrl);
        json.WriteString("generatedAt", Text(new DatasetColumn("", "", "", ColumnType.DateTime, "", "", ""), header.GeneratedAt));
        json.WriteStartObject("filter");
        foreach (var (key, value) in header.Filter)
        {
            if (value is null)
            {
                json.WriteNull(key);
            }
            else
            {
                json.WriteString(key, value);
            }
        }

        json.WriteEndObject();
        json.WriteStartArray("columns");
        foreach (var c in dataset.Columns)
        {
            WriteColumn(json, c);
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            for (var i = 0; i < row.Length; i++)
            {
                WriteValue(json, dataset.Columns[i], row[i]);
            }

            json.WriteEndObject();
            if (++count % 1000 == 0)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    /// <summary>A column of the data dictionary as JSON (the JSON download and the Fiscal Data Package schema share it).</summary>
    public static void WriteColumn(Utf8JsonWriter json, DatasetColumn c)
    {
        json.WriteStartObject();
        json.WriteString("name", c.Name);
        json.WriteString("type", c.SchemaType);
        WriteLanguages(json, "label", c.LabelTh, c.LabelEn);
        WriteLanguages(json, "description", c.DescriptionTh, c.DescriptionEn);
        json.WriteString("example", c.Example);
        if (c.Type == ColumnType.Amount)
        {
            json.WriteString("unit", "THB");
        }

        json.WriteEndObject();
    }

    private static void WriteLanguages(Utf8JsonWriter json, string name, string th, string en)
    {
        json.WriteStartObject(name);
        json.WriteString("th", th);
        json.WriteString("en", en);
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, DatasetColumn column, object? value)
    {
        json.WritePropertyName(column.Name);
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case decimal d when column.Type == ColumnType.Amount:
                json.WriteNumberValue(decimal.Round(d, 2));
                break;
            case decimal d:
                json.WriteNumberValue(d);
                break;
            case int n:
                json.WriteNumberValue(n);
                break;
            case long n:
                json.WriteNumberValue(n);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            default:
                json.WriteStringValue(Text(column, value));
                break;
        }
    }

    /// <summary>
    /// The workbook: sheet "data" with the Thai labels as header and typed cells (amounts as numbers with two decimals),
    /// sheet "dictionary" with every column described. Column widths are set explicitly (AdjustToContents needs Windows
    /// graphics). ClosedXML holds the workbook in memory, so this format is meant for the narrowed downloads too.
    /// </summary>
    public static async Task WriteXlsxAsync(Stream output, DatasetDefinition dataset, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("data");
        for (var i = 0; i < dataset.Columns.Count; i++)
        {
            var c = dataset.Columns[i];
            sheet.Cell(XlsxHeaderRow, i + 1).SetValue(c.LabelTh);
            sheet.Column(i + 1).Width = c.Type switch
            {
                ColumnType.Amount => 18,
                ColumnType.Integer or ColumnType.Boolean => 12,
                ColumnType.Date => 12,
                ColumnType.DateTime => 22,
                _ => c.Name.EndsWith("name", StringComparison.Ordinal) || c.Name.Contains("_name_", StringComparison.Ordinal) ? 40 : 16,
            };
        }

        sheet.Row(XlsxHeaderRow).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(XlsxHeaderRow);
        var r = XlsxHeaderRow + 1;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            for (var i = 0; i < row.Length; i++)
            {
                SetCell(sheet.Cell(r, i + 1), dataset.Columns[i], row[i]);
            }

            r++;
        }

        var dictionary = book.Worksheets.Add("dictionary");
        string[] headers = ["name", "label_th", "label_en", "type", "description_th", "description_en", "example"];
        double[] widths = [22, 30, 30, 10, 60, 60, 24];
        for (var i = 0; i < headers.Length; i++)
        {
            dictionary.Cell(1, i + 1).SetValue(headers[i]);
            dictionary.Column(i + 1).Width = widths[i];
        }

        dictionary.Row(1).Style.Font.Bold = true;
        for (var i = 0; i < dataset.Columns.Count; i++)
        {
            var c = dataset.Columns[i];
            string[] cells = [c.Name, c.LabelTh, c.LabelEn, c.SchemaType, c.DescriptionTh, c.DescriptionEn, c.Example];
            for (var j = 0; j < cells.Length; j++)
            {
                dictionary.Cell(i + 2, j + 1).SetValue(cells[j]);
            }
        }

        book.SaveAs(output);
    }

    private static void SetCell(IXLCell cell, DatasetColumn column, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case decimal d:
                cell.SetValue(d);
                cell.Style.NumberFormat.Format = column.Type == ColumnType.Amount ? "#,##0.00" : "0.##";
                break;
            case int n:
                cell.SetValue(n);
                break;
            case long n:
                cell.SetValue(n);
                break;
            case bool b:
                cell.SetValue(b);
                break;
            default:
                // Codes stay text (leading zeros), dates ISO like the CSV.
                cell.SetValue(Text(column, value));
                break;
        }
    }
}
