using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Files;
using LocalGov.SharedKernel.Time;

namespace LocalGov.Finance.Services.Cash;

/// <summary>One line of a bank statement as read from the file.</summary>
internal sealed record ParsedStatementLine(int Row, DateOnly Date, string Description, string Reference, Money Withdrawal, Money Deposit, Money Balance);

/// <summary>Why a row of a statement file was refused: the row (1-based, as the user sees it), the column and the message key.</summary>
internal sealed record StatementParseError(int Row, string Column, string Code);

internal sealed record ParsedStatement(IReadOnlyList<ParsedStatementLine> Lines, IReadOnlyList<StatementParseError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Lines.Count > 0;
}

/// <summary>
/// Reads a bank statement: CSV (UTF-8 with or without BOM, comma-separated, cells in double quotes may hold commas)
/// or an .xlsx workbook (first sheet); columns date, description, reference, withdrawal, deposit, balance; an optional
/// header row. Dates are yyyy-MM-dd or d/M/yyyy in B.E. (or a date cell); amounts in baht with at most two decimals
/// (thousands separators allowed); exactly one of withdrawal and deposit per row. Any bad row → errors by row.
/// </summary>
internal static class StatementParser
{
    public const int MaxRows = 10_000;
    public const int Columns = 6;

    public static ParsedStatement Parse(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (Path.GetExtension(fileName ?? "").Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return ParseWorkbook(content);
        }

        using var reader = new StreamReader(content, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        string text;
        try
        {
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            return new ParsedStatement([], [new StatementParseError(0, "", "Recon.Parse.NotUtf8")]);
        }

        return ParseCsv(text);
    }

    public static ParsedStatement ParseCsv(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var cells = new List<(int Row, IReadOnlyList<Cell> Cells)>();
        for (var i = 0; i < rows.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(rows[i]))
            {
                cells.Add((i + 1, [.. CsvRow.Split(rows[i]).Select(c => new Cell(c, null, null))]));
            }
        }

        return ParseRows(cells);
    }

    private static ParsedStatement ParseWorkbook(Stream content)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(content);
        }
#pragma warning disable CA1031 // Any failure to open the file means it is not a workbook we can read.
        catch (Exception)
#pragma warning restore CA1031
        {
            return new ParsedStatement([], [new StatementParseError(0, "", "Recon.Parse.NotWorkbook")]);
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.FirstOrDefault();
            var used = sheet?.RangeUsed();
            if (sheet is null || used is null)
            {
                return new ParsedStatement([], [new StatementParseError(0, "", "Recon.Parse.Empty")]);
            }

            var rows = new List<(int Row, IReadOnlyList<Cell> Cells)>();
            var lastColumn = used.LastColumn().ColumnNumber();
            for (var r = 1; r <= used.LastRow().RowNumber(); r++)
            {
                var row = sheet.Row(r);
                if (row.IsEmpty())
                {
                    continue;
                }

                var cells = new List<Cell>();
                for (var c = 1; c <= Math.Max(lastColumn, Columns); c++)
                {
                    var cell = row.Cell(c);
                    if (c > Columns && cell.IsEmpty())
                    {
                        continue;
                    }

                    cells.Add(cell.DataType switch
                    {
                        XLDataType.DateTime => new Cell("", DateOnly.FromDateTime(cell.GetDateTime()), null),
                        XLDataType.Number => new Cell(cell.GetDouble().ToString("R", CultureInfo.InvariantCulture), null, (decimal)cell.GetDouble()),
                        _ => new Cell(cell.GetString(), null, null),
                    });
                }

                rows.Add((r, cells));
            }

            return ParseRows(rows);
        }
    }

    private sealed record Cell(string Text, DateOnly? Date, decimal? Number);

    private static ParsedStatement ParseRows(List<(int Row, IReadOnlyList<Cell> Cells)> rows)
    {
        var lines = new List<ParsedStatementLine>();
        var errors = new List<StatementParseError>();
        if (rows.Count > 0 && rows[0].Cells.Count > 0 && !TryDate(rows[0].Cells[0], out _))
        {
            rows.RemoveAt(0); // the header row
        }

        if (rows.Count == 0)
        {
            return new ParsedStatement([], [new StatementParseError(0, "", "Recon.Parse.Empty")]);
        }

        if (rows.Count > MaxRows)
        {
            return new ParsedStatement([], [new StatementParseError(0, "", "Recon.Parse.TooManyRows")]);
        }

        foreach (var (row, cells) in rows)
        {
            void Error(string column, string code) => errors.Add(new StatementParseError(row, column, code));

            if (cells.Count != Columns)
            {
                Error("", "Recon.Parse.WrongColumns");
                continue;
            }

            var ok = true;
            if (!TryDate(cells[0], out var date))
            {
                Error("date", "Recon.Parse.BadDate");
                ok = false;
            }

            var description = cells[1].Text.Trim();
            if (description.Length > 300)
            {
                Error("description", "Recon.Parse.TooLong");
                ok = false;
            }

            var reference = cells[2].Text.Trim();
            if (reference.Length > 50)
            {
                Error("reference", "Recon.Parse.TooLong");
                ok = false;
            }

            var withdrawal = ReadAmount(cells[3], "withdrawal", Error, ref ok);
            var deposit = ReadAmount(cells[4], "deposit", Error, ref ok);
            var balanceCell = cells[5];
            Money balance = Money.Zero;
            if (balanceCell.Number is null && string.IsNullOrWhiteSpace(balanceCell.Text))
            {
                Error("balance", "Recon.Parse.BalanceRequired");
                ok = false;
            }
            else
            {
                balance = ReadAmount(balanceCell, "balance", Error, ref ok, allowNegative: true) ?? Money.Zero;
            }

            if (ok && (withdrawal ?? Money.Zero) > Money.Zero == (deposit ?? Money.Zero) > Money.Zero)
            {
                Error("withdrawal", "Recon.Parse.OneSide");
                ok = false;
            }

            if (ok)
            {
                lines.Add(new ParsedStatementLine(row, date, description, reference, withdrawal ?? Money.Zero, deposit ?? Money.Zero, balance));
            }
        }

        return new ParsedStatement(errors.Count > 0 ? [] : lines, errors);
    }

    private static Money? ReadAmount(Cell cell, string column, Action<string, string> error, ref bool ok, bool allowNegative = false)
    {
        decimal value;
        if (cell.Number is { } number)
        {
            value = decimal.Round(number, 6);
        }
        else if (string.IsNullOrWhiteSpace(cell.Text))
        {
            return null;
        }
        else if (!decimal.TryParse(cell.Text.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            error(column, "Recon.Parse.BadAmount");
            ok = false;
            return null;
        }

        if ((value < 0 && !allowNegative) || !BahtInput.HasAtMostTwoDecimals(value) || Math.Abs(value) > 100_000_000_000m)
        {
            error(column, "Recon.Parse.BadAmount");
            ok = false;
            return null;
        }

        return Money.FromBaht(value);
    }

    private static bool TryDate(Cell cell, out DateOnly date)
    {
        if (cell.Date is { } d)
        {
            date = d;
            return true;
        }

        return ThaiDate.TryParseIsoOrShort(cell.Text, out date);
    }
}
