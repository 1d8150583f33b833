using System.Globalization;
using ClosedXML.Excel;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Resources;
using Microsoft.Extensions.Localization;

namespace LocalGov.Planning.Services.Monitoring;

/// <summary>A quarterly progress report (submitted or previewed) as an Excel workbook, one row per project and a total row.</summary>
internal sealed class ProgressReportWorkbook(IStringLocalizer<Strings> l)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public byte[] Write(ProgressReport report, string laoName, bool submitted)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var book = new XLWorkbook();
        var ws = book.Worksheets.Add(FormattableString.Invariant($"Q{report.Quarter}"));
        ws.Cell(1, 1).SetValue(l["Report.Heading", report.Quarter, report.FiscalYear].Value);
        ws.Cell(1, 1).Style.Font.Bold = true;
        ws.Cell(2, 1).SetValue(laoName);
        ws.Cell(3, 1).SetValue(submitted
            ? l["Report.SubmittedOnBy", LocalGov.SharedKernel.Time.ThaiDate.Format(report.SubmittedOn, LocalGov.SharedKernel.Time.ThaiDateStyle.Medium), report.SubmittedBy].Value
            : l["Report.PreviewNote"].Value);
        string[] headers =
        [
            l["Report.Col.Code"], l["Report.Col.Project"], l["Report.Col.Strategy"], l["Report.Col.Status"], l["Report.Col.Percent"],
            l["Report.Col.Budgeted"], l["Report.Col.Disbursed"], l["Report.Col.Problems"], l["Report.Col.Remedies"],
        ];
        double[] widths = [16, 50, 30, 18, 10, 16, 16, 40, 40];
        for (var c = 0; c < headers.Length; c++)
        {
            ws.Cell(5, c + 1).SetValue(headers[c]);
            ws.Column(c + 1).Width = widths[c];
        }

        ws.Row(5).Style.Font.Bold = true;
        var row = 6;
        foreach (var line in report.Lines)
        {
            ws.Cell(row, 1).SetValue(line.ProjectCode);
            ws.Cell(row, 2).SetValue(line.ProjectName);
            ws.Cell(row, 3).SetValue(line.StrategyName);
            ws.Cell(row, 4).SetValue(l[$"Status.{line.Status}"].Value);
            ws.Cell(row, 5).SetValue(line.PercentComplete);
            Money(ws.Cell(row, 6), line.Budgeted.Baht);
            Money(ws.Cell(row, 7), line.Disbursed.Baht);
            ws.Cell(row, 8).SetValue(line.Problems ?? "");
            ws.Cell(row, 9).SetValue(line.Remedies ?? "");
            row++;
        }

        ws.Cell(row, 2).SetValue(l["Report.Total", report.Projects.ToString(CultureInfo.InvariantCulture)].Value);
        ws.Cell(row, 5).SetValue(report.AveragePercentComplete);
        Money(ws.Cell(row, 6), report.Budgeted.Baht);
        Money(ws.Cell(row, 7), report.Disbursed.Baht);
        ws.Row(row).Style.Font.Bold = true;
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Money(IXLCell cell, decimal baht)
    {
        cell.SetValue(baht);
        cell.Style.NumberFormat.Format = "#,##0.00";
    }
}
