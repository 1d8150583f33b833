using ClosedXML.Excel;

namespace LocalGov.Finance.Reporting;

/// <summary>A report as a workbook: one sheet per table, title and period on top, amounts as numbers in baht.</summary>
internal static class ReportExcel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string AmountFormat = "#,##0.00;-#,##0.00";

    public static byte[] Write(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var book = new XLWorkbook();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in report.Tables)
        {
            var sheet = book.Worksheets.Add(SheetName(table.Caption ?? report.Title, names));
            sheet.Cell(1, 1).SetValue(report.Title);
            sheet.Cell(1, 1).Style.Font.Bold = true;
            sheet.Cell(2, 1).SetValue(report.Subtitle);
            if (table.Caption is not null)
            {
                sheet.Cell(3, 1).SetValue(table.Caption);
            }

            const int headerRow = 4;
            for (var c = 0; c < table.Columns.Count; c++)
            {
                sheet.Cell(headerRow, c + 1).SetValue(table.Columns[c].Header);
                sheet.Column(c + 1).Width = table.Columns[c].IsAmount ? 18 : (c == 0 ? 16 : 44);
            }

            sheet.Row(headerRow).Style.Font.Bold = true;
            var row = headerRow + 1;
            foreach (var r in table.Rows)
            {
                for (var c = 0; c < r.Cells.Count && c < table.Columns.Count; c++)
                {
                    var cell = sheet.Cell(row, c + 1);
                    var value = r.Cells[c];
                    if (value.Amount is { } amount)
                    {
                        cell.SetValue(amount.Baht);
                        cell.Style.NumberFormat.Format = AmountFormat;
                    }
                    else if (value.Text is not null)
                    {
                        cell.SetValue(value.Text);
                        if (c == 0 || !table.Columns[c].IsAmount)
                        {
                            cell.Style.Alignment.Indent = r.Indent;
                        }
                    }
                }

                if (r.IsTotal)
                {
                    sheet.Row(row).Style.Font.Bold = true;
                }

                row++;
            }

            foreach (var note in report.Notes)
            {
                sheet.Cell(++row, 1).SetValue(note);
            }
        }

        if (report.Tables.Count == 0)
        {
            book.Worksheets.Add(SheetName(report.Title, names)).Cell(1, 1).SetValue(report.Title);
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Excel's sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook.</summary>
    private static string SheetName(string text, HashSet<string> taken)
    {
        var clean = new string([.. text.Select(ch => ":\\/?*[]".Contains(ch, StringComparison.Ordinal) ? ' ' : ch)]).Trim();
        clean = clean.Length == 0 ? "Sheet" : clean[..Math.Min(clean.Length, 28)];
        var name = clean;
        for (var i = 2; !taken.Add(name); i++)
        {
            name = $"{clean[..Math.Min(clean.Length, 26)]} {i}";
        }

        return name;
    }
}
