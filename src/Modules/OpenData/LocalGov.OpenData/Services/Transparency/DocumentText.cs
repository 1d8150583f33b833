using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Resources;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Files;
using LocalGov.SharedKernel.Time;
using Microsoft.Extensions.Localization;

namespace LocalGov.OpenData.Services.Transparency;

/// <summary>
/// How a document reads in the reader's language: headings, labels, notes and cells for the page, and the same values
/// for the files (numbers unformatted in the CSV, as numbers in the workbook, so both carry the page's figures).
/// </summary>
internal sealed class DocumentText(IStringLocalizer<Strings> l)
{
    private static bool Thai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";

    public string KindName(PublicationKind kind) => l["Tr.Kind." + kind];

    public string LaoName(TransparencyDocument document) => Thai ? document.LaoNameTh : document.LaoNameEn;

    public string Title(TransparencyDocument document) => l["Tr.DocumentTitle", KindName(document.Kind), LaoName(document), document.FiscalYear];

    public string Period(TransparencyDocument document) => document.Kind == PublicationKind.ProcurementMonthlySummary
        ? ThaiDate.FormatMonth(document.PeriodFrom.Year, document.PeriodFrom.Month, abbreviated: false)
        : l["Tr.PeriodRange", ThaiDate.Format(document.PeriodFrom, ThaiDateStyle.Long), ThaiDate.Format(document.PeriodTo, ThaiDateStyle.Long)];

    public string Heading(DocumentColumn column) => l[column.Key];

    public string TableTitle(DocumentTable table) => l[table.TitleKey];

    public string Note(DocumentNote note) =>
        l[note.Key, [.. note.Args.Select(a => a.StartsWith(DocumentNote.DatePrefix, StringComparison.Ordinal)
            && DateOnly.TryParseExact(a[DocumentNote.DatePrefix.Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? ThaiDate.Format(d, ThaiDateStyle.Long)
                : (object)a)]];

    public static bool IsNumeric(ColumnKind kind) => kind is ColumnKind.Money or ColumnKind.Integer or ColumnKind.Percent;

    /// <summary>A cell as the page shows it ("—" when empty).</summary>
    public string Display(DocumentColumn column, DocumentCell cell)
    {
        if (cell.IsEmpty)
        {
            return "—";
        }

        return column.Kind switch
        {
            ColumnKind.Money when cell.N is { } n => BahtFormat.Format(Money.FromSatang(n)),
            ColumnKind.Integer when cell.N is { } n => n.ToString("#,##0", CultureInfo.InvariantCulture),
            ColumnKind.Percent when cell.N is { } n => (n / 10m).ToString("0.0", CultureInfo.InvariantCulture),
            ColumnKind.Date when TryDate(cell.T, out var d) => ThaiDate.Format(d, ThaiDateStyle.Medium),
            ColumnKind.Month when TryMonth(cell.T, out var m) => ThaiDate.FormatMonth(m.Year, m.Month),
            _ => Plain(column, cell) ?? "—",
        };
    }

    /// <summary>A cell as the CSV writes it: money with two decimals and no grouping, dates ISO, labels in the reader's language; empty when there is no value.</summary>
    public string? Plain(DocumentColumn column, DocumentCell cell) => column.Kind switch
    {
        _ when cell.IsEmpty => null,
        ColumnKind.Money => cell.N is { } n ? (n / 100m).ToString("0.00", CultureInfo.InvariantCulture) : null,
        ColumnKind.Integer => cell.N?.ToString(CultureInfo.InvariantCulture),
        ColumnKind.Percent => cell.N is { } n ? (n / 10m).ToString("0.0", CultureInfo.InvariantCulture) : null,
        ColumnKind.Label => cell.T is null ? null : l[cell.T].Value,
        ColumnKind.Text => Thai ? cell.T : cell.E ?? cell.T,
        _ => cell.T,
    };

    /// <summary>The document as CSV (UTF-8 with BOM for Excel): a title block, then each table with its title, headings, rows and totals, separated by a blank line.</summary>
    public byte[] Csv(TransparencyDocument document, DateTimeOffset? publishedAt)
    {
        var text = new StringBuilder();
        void Row(IEnumerable<string?> cells) => CsvRow.Append(text, cells);

        Row([Title(document)]);
        Row([l["Tr.Period"], Period(document)]);
        if (publishedAt is { } at)
        {
            Row([l["Tr.PublishedAt"], ThaiDate.FormatDateTime(at.UtcDateTime, ThaiDateStyle.Long)]);
        }

        foreach (var table in document.Tables)
        {
            text.Append("\r\n");
            Row([TableTitle(table)]);
            Row(table.Columns.Select(Heading));
            foreach (var r in table.Rows)
            {
                Row(table.Columns.Select((c, i) => i < r.Count ? Plain(c, r[i]) : null));
            }

            if (table.Totals is { } totals)
            {
                Row(table.Columns.Select((c, i) => i < totals.Count ? Plain(c, totals[i]) : null));
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Row of the headings in every sheet of the workbook (title, period and publication date above).</summary>
    public const int XlsxHeaderRow = 5;

    /// <summary>The document as a workbook: one sheet per table, amounts as numbers. Column widths are set explicitly (AdjustToContents needs Windows graphics).</summary>
    public byte[] Xlsx(TransparencyDocument document, DateTimeOffset? publishedAt)
    {
        using var book = new XLWorkbook();
        var no = 0;
        foreach (var table in document.Tables)
        {
            no++;
            var sheet = book.Worksheets.Add(SheetName(no, TableTitle(table)));
            sheet.Cell(1, 1).SetValue(Title(document));
            sheet.Cell(1, 1).Style.Font.Bold = true;
            sheet.Cell(2, 1).SetValue(TableTitle(table));
            sheet.Cell(3, 1).SetValue($"{l["Tr.Period"]}: {Period(document)}");
            if (publishedAt is { } at)
            {
                sheet.Cell(4, 1).SetValue($"{l["Tr.PublishedAt"]}: {ThaiDate.FormatDateTime(at.UtcDateTime, ThaiDateStyle.Long)}");
            }

            for (var c = 0; c < table.Columns.Count; c++)
            {
                sheet.Cell(XlsxHeaderRow, c + 1).SetValue(Heading(table.Columns[c]));
                sheet.Column(c + 1).Width = table.Columns[c].Kind switch
                {
                    ColumnKind.Text => 40,
                    ColumnKind.Label => 24,
                    ColumnKind.Money => 18,
                    _ => 12,
                };
            }

            sheet.Row(XlsxHeaderRow).Style.Font.Bold = true;
            var row = XlsxHeaderRow + 1;
            foreach (var r in table.Totals is { } t ? table.Rows.Append(t) : table.Rows)
            {
                for (var c = 0; c < table.Columns.Count && c < r.Count; c++)
                {
                    WriteCell(sheet.Cell(row, c + 1), table.Columns[c], r[c]);
                }

                row++;
            }

            if (table.Totals is not null)
            {
                sheet.Row(row - 1).Style.Font.Bold = true;
            }
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private void WriteCell(IXLCell target, DocumentColumn column, DocumentCell cell)
    {
        if (cell.IsEmpty)
        {
            return;
        }

        switch (column.Kind)
        {
            case ColumnKind.Money when cell.N is { } n:
                target.SetValue(n / 100m);
                target.Style.NumberFormat.Format = "#,##0.00";
                break;
            case ColumnKind.Integer when cell.N is { } n:
                target.SetValue(n);
                target.Style.NumberFormat.Format = "#,##0";
                break;
            case ColumnKind.Percent when cell.N is { } n:
                target.SetValue(n / 10m);
                target.Style.NumberFormat.Format = "0.0";
                break;
            default:
                target.SetValue(Plain(column, cell));
                break;
        }
    }

    private static string SheetName(int no, string title)
    {
        var clean = new string([.. title.Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]);
        var name = $"{no} {clean}";
        return name.Length > 31 ? name[..31] : name;
    }
    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool TryMonth(string? text, out DateOnly month) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);
}
