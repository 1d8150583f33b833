using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using LocalGov.OpenData.Contracts;
using LocalGov.Organizations.Contracts;

namespace LocalGov.OpenData.Services.Transparency;

/// <summary>How a column's cells are read and shown (the same rule for the page, the CSV and the workbook).</summary>
internal enum ColumnKind
{
    /// <summary>Literal text (<see cref="DocumentCell.T"/>; English in <see cref="DocumentCell.E"/> when it differs).</summary>
    Text = 0,

    /// <summary>A resource key in <see cref="DocumentCell.T"/>, shown in the reader's language (status, method, category).</summary>
    Label = 1,

    /// <summary>Satang in <see cref="DocumentCell.N"/>.</summary>
    Money = 2,

    Integer = 3,

    /// <summary>Tenths of a percent in <see cref="DocumentCell.N"/> (456 = 45.6 %).</summary>
    Percent = 4,

    /// <summary>ISO date (yyyy-MM-dd, C.E.) in <see cref="DocumentCell.T"/>.</summary>
    Date = 5,

    /// <summary>ISO month (yyyy-MM, C.E.) in <see cref="DocumentCell.T"/>.</summary>
    Month = 6,
}

/// <summary>A column: its heading (a resource key) and kind.</summary>
internal sealed record DocumentColumn(string Key, ColumnKind Kind);

/// <summary>One cell; an empty cell (no value) is shown as a dash and left empty in the files.</summary>
internal sealed record DocumentCell(
    [property: JsonPropertyName("t")] string? T = null,
    [property: JsonPropertyName("n")] long? N = null,
    [property: JsonPropertyName("e")] string? E = null)
{
    public static DocumentCell Empty { get; } = new();

    public static DocumentCell Text(string? thai, string? english = null) =>
        new(thai, null, string.IsNullOrEmpty(english) || english == thai ? null : english);

    public static DocumentCell Label(string? key) => new(key);

    public static DocumentCell Money(SharedKernel.Amounts.Money? amount) => new(null, amount?.Satang);

    public static DocumentCell Number(long? value) => new(null, value);

    public static DocumentCell Date(DateOnly? date) => new(date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static DocumentCell Month(DateOnly date) => new(date.ToString("yyyy-MM", CultureInfo.InvariantCulture));

    /// <summary>A share in tenths of a percent, rounded half away from zero; empty when the base is zero.</summary>
    public static DocumentCell Percent(long part, long whole) =>
        whole == 0 ? Empty : new(null, (long)Math.Round(part * 1000m / whole, MidpointRounding.AwayFromZero));

    [JsonIgnore]
    public bool IsEmpty => T is null && N is null;
}

/// <summary>A table of a document: its title (resource key), columns, rows and an optional totals row.</summary>
internal sealed record DocumentTable(
    string Id,
    string TitleKey,
    IReadOnlyList<DocumentColumn> Columns,
    IReadOnlyList<IReadOnlyList<DocumentCell>> Rows,
    IReadOnlyList<DocumentCell>? Totals = null);

/// <summary>
/// A sentence shown above the tables (a resource key); arguments are literal text, or a date written as
/// <c>date:yyyy-MM-dd</c> that the reader sees in the B.E. format of their language.
/// </summary>
internal sealed record DocumentNote(string Key, IReadOnlyList<string> Args)
{
    public const string DatePrefix = "date:";

    public static DocumentNote Of(string key, params string[] args) => new(key, args);

    public static string DateArg(DateOnly date) => DatePrefix + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// A generated ITA/OIT transparency document: everything needed to show it again exactly as published (the LAO's
/// names, the period, the date its figures were taken, notes and tables) so that it never changes afterwards; only
/// headings, labels and date formats follow the reader's language.
/// </summary>
internal sealed record TransparencyDocument(
    PublicationKind Kind,
    string LaoCode,
    string LaoNameTh,
    string LaoNameEn,
    int FiscalYear,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    DateOnly AsOf,
    IReadOnlyList<DocumentNote> Notes,
    IReadOnlyList<DocumentTable> Tables)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static TransparencyDocument Create(
        PublicationKind kind, LaoDto lao, int fiscalYear, DateOnly from, DateOnly to, DateOnly asOf, IReadOnlyList<DocumentNote> notes, IReadOnlyList<DocumentTable> tables) =>
        new(kind, lao.Code, lao.NameTh, lao.NameEn, fiscalYear, from, to, asOf, notes, tables);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static TransparencyDocument? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TransparencyDocument>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public DocumentTable? Table(string id) => Tables.FirstOrDefault(t => t.Id == id);
}

/// <summary>A document as a page shows it: published (date and version) or a preview (neither).</summary>
internal sealed record TransparencyDocumentView(TransparencyDocument Document, DateTimeOffset? PublishedAt, int? Version);
