using ClosedXML.Excel;
using LocalGov.Budgeting.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using static LocalGov.Budgeting.Areas.Budgeting.Features.Excel.BudgetWorkbookLayout;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Excel;

/// <summary>
/// Writes a budget as the workbook finance staff use: revenue estimates, expenditure lines and an information
/// sheet. Codes are text (leading zeros kept), amounts are numbers formatted "#,##0.00", headers are bold and
/// frozen, and column widths are set explicitly (ClosedXML's AdjustToContents needs Windows graphics).
/// </summary>
internal sealed class BudgetWorkbookWriter
{
    public byte[] Write(Budget budget, BudgetWorkbookInfo info, IReadOnlyDictionary<int, Classification> classifications)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(classifications);
        using var workbook = new XLWorkbook();
        WriteRevenues(workbook.Worksheets.Add(RevenueSheet), budget, classifications);
        WriteExpenditure(workbook.Worksheets.Add(ExpenditureSheet), budget, classifications);
        WriteInfo(workbook.Worksheets.Add(InfoSheet), budget, info);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void WriteRevenues(IXLWorksheet sheet, Budget budget, IReadOnlyDictionary<int, Classification> classifications)
    {
        var headers = RevenueHeaders(budget.FiscalYear);
        WriteHeader(sheet, headers, [8, 16, 40, 45, 18, 60, 18, 18, 18]);
        var row = 2;
        foreach (var revenue in budget.Revenues.OrderBy(r => r.LineNo))
        {
            var category = classifications.GetValueOrDefault(revenue.CategoryId);
            sheet.Cell(row, 1).SetValue(row - 1);
            Text(sheet.Cell(row, 2), category?.Code);
            Text(sheet.Cell(row, 3), category?.NameTh);
            Text(sheet.Cell(row, 4), revenue.ItemName);
            Amount(sheet.Cell(row, 5), revenue.Amount);
            Text(sheet.Cell(row, 6), revenue.Explanation);
            Amount(sheet.Cell(row, 7), revenue.ActualTwoYearsAgo);
            Amount(sheet.Cell(row, 8), revenue.ActualLastYear);
            Amount(sheet.Cell(row, 9), revenue.EstimateLastYear);
            row++;
        }

        FormatAmounts(sheet, row, 5, 7, 8, 9);
    }

    private static void WriteExpenditure(IXLWorksheet sheet, Budget budget, IReadOnlyDictionary<int, Classification> classifications)
    {
        var headers = ExpenditureHeaders(budget.FiscalYear);
        WriteHeader(sheet, headers, [8, 12, 36, 12, 36, 12, 20, 12, 26, 45, 12, 18, 60, 20, 18, 18, 18]);
        var row = 2;
        foreach (var line in budget.Lines.OrderBy(l => l.LineNo))
        {
            sheet.Cell(row, 1).SetValue(row - 1);
            Classified(sheet, row, 2, classifications.GetValueOrDefault(line.ProgrammeId));
            Classified(sheet, row, 4, classifications.GetValueOrDefault(line.WorkUnitId));
            Classified(sheet, row, 6, classifications.GetValueOrDefault(line.GroupId));
            Classified(sheet, row, 8, classifications.GetValueOrDefault(line.CategoryId));
            Text(sheet.Cell(row, 10), line.ItemName);
            Text(sheet.Cell(row, 11), line.IsProject ? "Y" : "N");
            Amount(sheet.Cell(row, 12), line.OriginalAmount);
            Text(sheet.Cell(row, 13), line.Explanation);
            Text(sheet.Cell(row, 14), line.PlanProjectCode);
            Amount(sheet.Cell(row, 15), line.ActualTwoYearsAgo);
            Amount(sheet.Cell(row, 16), line.ActualLastYear);
            Amount(sheet.Cell(row, 17), line.EstimateLastYear);
            row++;
        }

        FormatAmounts(sheet, row, 12, 15, 16, 17);
    }

    private static void WriteInfo(IXLWorksheet sheet, Budget budget, BudgetWorkbookInfo info)
    {
        (string Label, string Value)[] rows =
        [
            ("องค์กรปกครองส่วนท้องถิ่น", info.LaoName),
            ("รหัส อปท.", info.LaoCode),
            ("ปีงบประมาณ", info.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("สถานะ", info.Status),
            ("ประมาณการรายรับรวม (บาท)", BahtFormat.Format(budget.RevenueTotal)),
            ("ประมาณการรายจ่ายรวม (บาท)", BahtFormat.Format(Money.Sum(budget.Lines.Select(l => l.OriginalAmount)))),
            ("ส่งออกเมื่อ", ThaiDate.FormatDateTime(info.ExportedUtc, ThaiDateStyle.Medium, ThaiCulture)),
        ];
        sheet.Column(1).Width = 30;
        sheet.Column(2).Width = 50;
        for (var i = 0; i < rows.Length; i++)
        {
            Text(sheet.Cell(i + 1, 1), rows[i].Label);
            Text(sheet.Cell(i + 1, 2), rows[i].Value);
        }

        sheet.Column(1).Style.Font.Bold = true;
    }

    private static readonly System.Globalization.CultureInfo ThaiCulture = System.Globalization.CultureInfo.GetCultureInfo("th-TH");

    private static void WriteHeader(IXLWorksheet sheet, IReadOnlyList<string> headers, IReadOnlyList<double> widths)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            Text(sheet.Cell(1, i + 1), headers[i]);
            sheet.Column(i + 1).Width = widths[i];
        }

        var header = sheet.Range(1, 1, 1, headers.Count).Style;
        header.Font.Bold = true;
        header.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
        header.Alignment.WrapText = true;
        header.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        sheet.SheetView.FreezeRows(1);
    }

    private static void Classified(IXLWorksheet sheet, int row, int column, Classification? entry)
    {
        Text(sheet.Cell(row, column), entry?.Code);
        Text(sheet.Cell(row, column + 1), entry?.NameTh);
    }

    /// <summary>Text stays text: SetValue with a string keeps "00110" from turning into the number 110.</summary>
    private static void Text(IXLCell cell, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            cell.SetValue(value);
            cell.DataType = XLDataType.Text;
        }
    }

    private static void Amount(IXLCell cell, Money? value)
    {
        if (value is { } amount)
        {
            cell.SetValue(amount.Baht);
        }
    }

    private static void FormatAmounts(IXLWorksheet sheet, int nextRow, params int[] columns)
    {
        if (nextRow <= 2)
        {
            return;
        }

        foreach (var column in columns)
        {
            sheet.Range(2, column, nextRow - 1, column).Style.NumberFormat.Format = AmountFormat;
        }
    }
}
