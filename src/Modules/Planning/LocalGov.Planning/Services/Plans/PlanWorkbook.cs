using ClosedXML.Excel;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Resources;
using LocalGov.SharedKernel.Amounts;
using Microsoft.Extensions.Localization;

namespace LocalGov.Planning.Services.Plans;

/// <summary>
/// The plan as แบบ ผ.02 (รายละเอียดโครงการพัฒนา): one sheet, projects by strategy, each strategy with a heading and a
/// subtotal row, then the grand total. Amounts are numbers (baht) so the sheet's own sums can be checked.
/// </summary>
internal sealed class PlanWorkbook(IStringLocalizer<Strings> l)
{
    public const int FirstAmountColumn = 5;
    public const string AmountFormat = "#,##0.00";

    public byte[] Write(LaoDto lao, PlanContent content, bool draft)
    {
        ArgumentNullException.ThrowIfNull(lao);
        ArgumentNullException.ThrowIfNull(content);
        var plan = content.Plan;
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("P02");
        sheet.Cell(1, 1).SetValue(l["Plans.Print.Heading", plan.FirstYear, plan.LastYear].Value);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).SetValue(lao.NameTh);
        sheet.Cell(3, 1).SetValue(draft ? l["Plans.DraftMarker", content.VersionNo].Value : l["Plans.InForceVersion", content.VersionNo].Value);

        var headers = new List<string> { l["Plans.Col.No"], l["Plans.Col.Project"], l["Plans.Col.Objective"], l["Plans.Col.Target"] };
        headers.AddRange(Enumerable.Range(plan.FirstYear, DevelopmentPlan.Years).Select(y => l["Plans.Col.Budget", y].Value));
        headers.AddRange([l["Plans.Col.Indicator"], l["Plans.Col.ExpectedResult"], l["Plans.Col.ResponsibleUnit"]]);
        double[] widths = [6, 40, 30, 30, 15, 15, 15, 15, 15, 25, 30, 20];
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Cell(5, c + 1).SetValue(headers[c]);
            sheet.Column(c + 1).Width = widths[c];
        }

        sheet.Row(5).Style.Font.Bold = true;
        sheet.Row(5).Style.Alignment.WrapText = true;
        var row = 6;
        void Amounts(int r, Func<int, Money> amount)
        {
            for (var i = 0; i < DevelopmentPlan.Years; i++)
            {
                var cell = sheet.Cell(r, FirstAmountColumn + i);
                cell.SetValue(amount(i).Baht);
                cell.Style.NumberFormat.Format = AmountFormat;
            }
        }

        foreach (var group in content.Strategies)
        {
            sheet.Cell(row, 1).SetValue(l["Plans.StrategyHeading", group.Strategy.No, group.Strategy.Name].Value);
            sheet.Row(row).Style.Font.Bold = true;
            row++;
            var no = 0;
            foreach (var r in group.Rows)
            {
                sheet.Cell(row, 1).SetValue(++no);
                sheet.Cell(row, 2).SetValue($"{r.Revision.Name} ({r.Project.Code})");
                sheet.Cell(row, 3).SetValue(r.Revision.Objective ?? "");
                sheet.Cell(row, 4).SetValue(r.Revision.Target ?? "");
                Amounts(row, r.Revision.AmountForYearIndex);
                sheet.Cell(row, 10).SetValue(r.Revision.Indicator ?? "");
                sheet.Cell(row, 11).SetValue(r.Revision.ExpectedResult ?? "");
                sheet.Cell(row, 12).SetValue(r.Revision.ResponsibleUnit ?? "");
                row++;
            }

            sheet.Cell(row, 2).SetValue(l["Plans.StrategyTotal", group.Strategy.No, group.Rows.Count].Value);
            Amounts(row, group.AmountForYearIndex);
            sheet.Row(row).Style.Font.Bold = true;
            row++;
        }

        sheet.Cell(row, 2).SetValue(l["Plans.GrandTotal", content.ProjectCount].Value);
        Amounts(row, content.AmountForYearIndex);
        sheet.Row(row).Style.Font.Bold = true;
        sheet.Range(6, 2, row, 4).Style.Alignment.WrapText = true;
        sheet.SheetView.FreezeRows(5);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
