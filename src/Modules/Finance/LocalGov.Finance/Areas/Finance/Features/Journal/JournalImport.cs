using ClosedXML.Excel;
using LocalGov.Finance.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;

namespace LocalGov.Finance.Areas.Finance.Features.Journal;

/// <summary>A problem of the workbook: the sheet row (1-based, 0 for the file), the column letter ("" for the row) and the message key.</summary>
internal sealed record ImportError(int Row, string Column, string Code);

/// <summary>One row of the back-fill workbook.</summary>
internal sealed record ImportRow(int Row, string EntryRef, DateOnly Date, string AccountCode, Money Debit, Money Credit, string? Description);

/// <summary>The workbook's clean rows, its problems, and the entry refs that have a row with a problem.</summary>
internal sealed record ImportReadResult(IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportError> Errors, IReadOnlySet<string> RefsWithErrors)
{
    public static ImportReadResult Fail(string code) => new([], [new ImportError(0, "", code)], new HashSet<string>());
}

/// <summary>An entry of the workbook: its reference, the sheet rows of its lines (in order) and the draft to post.</summary>
internal sealed record ImportEntry(string EntryRef, IReadOnlyList<int> Rows, JournalDraft Draft);

/// <summary>
/// The back-fill workbook (one sheet, a header row, then one line per row: entry ref, date, account code, debit,
/// credit, description). Reading and grouping are pure; every problem is listed by row and column, and an entry is
/// only built when the whole workbook is clean.
/// </summary>
internal static class JournalImport
{
    public const string ColRef = "A", ColDate = "B", ColAccount = "C", ColDebit = "D", ColCredit = "E", ColDescription = "F";

    /// <summary>A sanity bound on the rows of one workbook.</summary>
    public const int MaxRows = 20_000;

    public static readonly string[] Headers = ["entry_ref", "date", "account_code", "debit", "credit", "description"];

    /// <summary>Reads the rows; every row's problems are returned, and the refs of the rows that have them.</summary>
    public static ImportReadResult Read(Stream workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        XLWorkbook book;
        try
        {
            book = new XLWorkbook(workbook);
        }
#pragma warning disable CA1031 // Any failure to open means "not a workbook" for the user.
        catch (Exception)
#pragma warning restore CA1031
        {
            return ImportReadResult.Fail("Books.Import.NotXlsx");
        }

        using (book)
        {
            var sheet = book.Worksheets.FirstOrDefault();
            var last = sheet?.LastRowUsed()?.RowNumber() ?? 0;
            if (sheet is null || last < 2)
            {
                return ImportReadResult.Fail("Books.Import.Empty");
            }

            if (last > MaxRows + 1)
            {
                return ImportReadResult.Fail("Books.Import.TooManyRows");
            }

            var rows = new List<ImportRow>();
            var errors = new List<ImportError>();
            var tainted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var r = 2; r <= last; r++)
            {
                var row = sheet.Row(r);
                if (Enumerable.Range(1, 6).All(c => row.Cell(c).IsEmpty() || string.IsNullOrWhiteSpace(row.Cell(c).GetString())))
                {
                    continue;
                }

                var before = errors.Count;
                var entryRef = row.Cell(1).GetString().Trim();
                if (entryRef.Length == 0)
                {
                    errors.Add(new ImportError(r, ColRef, "Books.Import.RefRequired"));
                }
                else if (entryRef.Length > 50)
                {
                    errors.Add(new ImportError(r, ColRef, "Books.Import.RefTooLong"));
                }

                var date = ReadDate(row.Cell(2));
                if (date is null)
                {
                    errors.Add(new ImportError(r, ColDate, "Books.Import.BadDate"));
                }

                var code = row.Cell(3).GetString().Trim();
                if (code.Length == 0)
                {
                    errors.Add(new ImportError(r, ColAccount, "Books.Import.AccountRequired"));
                }

                var (debit, debitError) = ReadAmount(row.Cell(4));
                if (debitError is not null)
                {
                    errors.Add(new ImportError(r, ColDebit, debitError));
                }

                var (credit, creditError) = ReadAmount(row.Cell(5));
                if (creditError is not null)
                {
                    errors.Add(new ImportError(r, ColCredit, creditError));
                }

                var description = row.Cell(6).GetString().Trim();
                if (errors.Count > before)
                {
                    tainted.Add(entryRef);
                }
                else
                {
                    rows.Add(new ImportRow(r, entryRef, date!.Value, code, debit, credit, description.Length == 0 ? null : description));
                }
            }

            if (rows.Count == 0 && errors.Count == 0)
            {
                errors.Add(new ImportError(0, "", "Books.Import.Empty"));
            }

            return new ImportReadResult(rows, errors, tainted);
        }
    }

    /// <summary>
    /// Groups clean rows by entry ref into drafts (Kind Imported): an entry's rows share one date; unknown account
    /// codes (the account in force on the row's date, found by <paramref name="accountIdFor"/>), one-sided or two-sided lines and unbalanced entries are reported on their rows.
    /// </summary>
    public static (IReadOnlyList<ImportEntry> Entries, IReadOnlyList<ImportError> Errors) Group(
        int laoId, IReadOnlyList<ImportRow> rows, Func<string, DateOnly, int?> accountIdFor)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(accountIdFor);
        var entries = new List<ImportEntry>();
        var errors = new List<ImportError>();
        foreach (var group in rows.GroupBy(r => r.EntryRef, StringComparer.OrdinalIgnoreCase))
        {
            var lines = group.OrderBy(r => r.Row).ToList();
            var first = lines[0];
            var before = errors.Count;
            foreach (var row in lines)
            {
                if (row.Date != first.Date)
                {
                    errors.Add(new ImportError(row.Row, ColDate, "Books.Import.DateDiffers"));
                }

                if (accountIdFor(row.AccountCode, row.Date) is null)
                {
                    errors.Add(new ImportError(row.Row, ColAccount, "Ledger.UnknownAccount"));
                }

                if ((row.Debit > Money.Zero) == (row.Credit > Money.Zero))
                {
                    errors.Add(new ImportError(row.Row, ColDebit, "Ledger.DebitOrCredit"));
                }
            }

            if (lines.Count < 2)
            {
                errors.Add(new ImportError(first.Row, ColRef, "Ledger.TwoLinesAtLeast"));
            }
            else if (Money.Sum(lines.Select(l => l.Debit)) != Money.Sum(lines.Select(l => l.Credit)))
            {
                errors.Add(new ImportError(first.Row, ColRef, "Ledger.Unbalanced"));
            }

            if (errors.Count > before)
            {
                continue;
            }

            var description = lines.Select(l => l.Description).FirstOrDefault(d => d is not null) ?? first.EntryRef;
            var draft = new JournalDraft(
                laoId,
                first.Date,
                $"{first.EntryRef}: {description}",
                JournalEntryKind.Imported,
                [.. lines.Select(l => new JournalDraftLine(accountIdFor(l.AccountCode, l.Date)!.Value, l.Debit, l.Credit, Description: l.Description))]);
            entries.Add(new ImportEntry(first.EntryRef, [.. lines.Select(l => l.Row)], draft));
        }

        return (entries, errors);
    }

    /// <summary>The column a ledger error of an imported entry points at.</summary>
    public static (int Row, string Column) Locate(ImportEntry entry, LedgerError error)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(error);
        if (error.Field.StartsWith("Lines[", StringComparison.Ordinal))
        {
            var close = error.Field.IndexOf(']', StringComparison.Ordinal);
            if (close > 6 && int.TryParse(error.Field.AsSpan(6, close - 6), System.Globalization.CultureInfo.InvariantCulture, out var index) && index < entry.Rows.Count)
            {
                var column = error.Field.EndsWith("AccountId", StringComparison.Ordinal) ? ColAccount : ColDebit;
                return (entry.Rows[index], column);
            }
        }

        return (entry.Rows[0], error.Field == "EntryDate" ? ColDate : ColRef);
    }

    /// <summary>An Excel date, or text "dd/MM/yyyy" with a B.E. year.</summary>
    internal static DateOnly? ReadDate(IXLCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.DataType == XLDataType.DateTime)
        {
            return DateOnly.FromDateTime(cell.GetDateTime());
        }

        if (cell.DataType == XLDataType.Number)
        {
            // A date the sheet holds as a serial number without a date format.
            var serial = cell.GetDouble();
            return serial is >= 1 and < 2_958_466 && serial == Math.Floor(serial) ? DateOnly.FromDateTime(DateTime.FromOADate(serial)) : null;
        }

        return ThaiDate.TryParseShort(cell.GetString(), out var date) ? date : null;
    }

    internal static (Money Amount, string? Error) ReadAmount(IXLCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.IsEmpty())
        {
            return (Money.Zero, null);
        }

        if (cell.DataType == XLDataType.Number)
        {
            decimal value;
            try
            {
                value = (decimal)cell.GetDouble();
            }
            catch (OverflowException)
            {
                return (Money.Zero, "Books.AmountTooLarge");
            }

            return EntryAmount.FromDecimal(value);
        }

        return EntryAmount.Parse(cell.GetString());
    }

    /// <summary>The empty template: the header row, column widths set (AdjustToContents needs Windows graphics).</summary>
    public static byte[] Template()
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("journal");
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = Headers[c];
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }

        double[] widths = [14, 14, 16, 16, 16, 50];
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
        }

        sheet.Column(2).Style.NumberFormat.Format = "@";
        sheet.Column(3).Style.NumberFormat.Format = "@";
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
