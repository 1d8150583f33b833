using System.Text;

namespace LocalGov.SharedKernel.Files;

/// <summary>One row of an imported CSV file (bank statements): comma-separated cells; a cell in double quotes may hold commas, "" is a quote.</summary>
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
}
