using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Finance.Reporting;

/// <summary>
/// Every Finance report is built once as a <see cref="ReportDocument"/> and rendered three ways from it: on screen
/// (Features/Shared/Report.cshtml), as a print layout (the same view with <c>print=1</c>) and as an Excel workbook
/// (<see cref="ReportExcel"/>). The three therefore always show the same numbers.
/// </summary>
/// <param name="Id">The document's id in the page (tests and styles find tables by it).</param>
/// <param name="Title">Localized title, e.g. งบทดลอง.</param>
/// <param name="Subtitle">Localized organisation and period line, e.g. "เทศบาลเมืองนครนายก · ณ วันที่ 31 ธันวาคม 2568".</param>
internal sealed record ReportDocument(
    string Id,
    string Title,
    string Subtitle,
    IReadOnlyList<ReportTable> Tables,
    IReadOnlyList<string> Notes,
    DateTime GeneratedUtc);

/// <summary>One table of a report. Columns are text or amounts; amount cells are <see cref="Money"/> in baht.</summary>
internal sealed record ReportTable(string Id, string? Caption, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportRow> Rows);

internal sealed record ReportColumn(string Header, bool IsAmount = false);

/// <summary>A row: one cell per column, an indent level for hierarchies, totals in bold, an optional drill-down link.</summary>
/// <param name="Key">A stable key written to <c>data-key</c> (an account code, a budget line id) so tests and scripts find rows.</param>
internal sealed record ReportRow(IReadOnlyList<ReportCell> Cells, int Indent = 0, bool IsTotal = false, string? Url = null, string? Key = null);

/// <summary>A text or an amount (null amount = blank cell, not zero).</summary>
internal sealed record ReportCell(string? Text, Money? Amount)
{
    public static ReportCell Of(string? text) => new(text, null);

    public static ReportCell Of(Money? amount) => new(null, amount);
}
