using System.Text;

namespace LocalGov.SharedKernel.Files;

/// <summary>
/// One CSV row (RFC 4180): comma-separated cells; a cell in double quotes may hold commas and line breaks, "" is a
/// quote. <see cref="Split"/> reads imported files (bank statements), <see cref="Append"/> writes downloads.
/// </summary>
public static class CsvRow
{
    public static List<string> Split(string row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < row.Length && row[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    /// <summary>Appends one record with its CRLF: a cell with a comma, quote or line break is quoted, quotes doubled; null is empty.</summary>
    public static void Append(StringBuilder line, IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(cells);
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                line.Append(',');
            }

            first = false;
            if (cell is null)
            {
                continue;
            }

            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                line.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(cell);
            }
        }

        line.Append("\r\n");
    }
}
