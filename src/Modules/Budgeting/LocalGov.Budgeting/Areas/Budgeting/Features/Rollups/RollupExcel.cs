using System.Globalization;
using ClosedXML.Excel;
using LocalGov.Budgeting.Resources;
using LocalGov.Organizations.Contracts;
using Microsoft.Extensions.Localization;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Rollups;

/// <summary>
/// The roll-up pages as workbooks: one sheet per table, amounts in baht as numbers. Column widths are set
/// explicitly (ClosedXML's AdjustToContents needs Windows graphics).
/// </summary>
internal static class RollupExcel
{
    private const string AmountFormat = "#,##0.00";

    public static byte[] National(NationalRollupViewModel model, IStringLocalizer<Strings> l)
    {
        using var book = new XLWorkbook();
        var thai = IsThai;
        var sheet = book.Worksheets.Add(l["Rollup.SheetProvinces"]);
        var headers = new[]
        {
            l["Rollup.ProvinceCode"].Value, l["Rollup.Province"], l["Rollup.LaoCount"], l["Rollup.StatusNotStarted"], l["Rollup.StatusDraft"],
            l["Rollup.StatusInCouncil"], l["Rollup.StatusAwaitingApproval"], l["Rollup.StatusApproved"], l["Rollup.Late"],
            l["Rollup.Revenue"], l["Rollup.Expenditure"], l["Rollup.PersonnelShare"], l["Rollup.PreviousExpenditure", model.FiscalYear - 1], l["Rollup.Change"],
        };
        Header(sheet, headers, [10, 30, 10, 12, 10, 12, 14, 12, 10, 20, 20, 12, 20, 10]);
        var row = 2;
        foreach (var p in model.Provinces)
        {
            sheet.Cell(row, 1).SetValue(p.Code);
            sheet.Cell(row, 2).SetValue(thai ? p.NameTh : p.NameEn);
            TotalsCells(sheet, row, 3, p.Totals);
            row++;
        }

        sheet.Cell(row, 2).SetValue(l["Rollup.Total"].Value);
        TotalsCells(sheet, row, 3, model.Total);
        sheet.Row(row).Style.Font.Bold = true;
        TypeSheet(book, model.ByType, model.FiscalYear, l);
        ClassificationSheet(book, l["Rollup.SheetProgrammes"], l["Rollup.Programme"], model.ByProgramme, l);
        ClassificationSheet(book, l["Rollup.SheetGroups"], l["Rollup.Group"], model.ByGroup, l);
        return Save(book);
    }

    public static byte[] Province(ProvinceRollupViewModel model, IStringLocalizer<Strings> l)
    {
        using var book = new XLWorkbook();
        var thai = IsThai;
        var sheet = book.Worksheets.Add(l["Rollup.SheetLaos"]);
        var headers = new[]
        {
            l["Rollup.LaoCode"].Value, l["Rollup.Lao"], l["Rollup.LaoType"], l["Rollup.Status"], l["Rollup.Late"], l["Rollup.Revenue"],
            l["Rollup.Expenditure"], l["Rollup.Personnel"], l["Rollup.Capital"], l["Rollup.LineCount"], l["Rollup.PreviousExpenditure", model.FiscalYear - 1], l["Rollup.Change"],
        };
        Header(sheet, headers, [12, 40, 28, 18, 8, 20, 20, 20, 20, 10, 20, 10]);
        var row = 2;
        foreach (var lao in model.Laos)
        {
            sheet.Cell(row, 1).SetValue(lao.Code);
            sheet.Cell(row, 2).SetValue(thai ? lao.NameTh : lao.NameEn);
            sheet.Cell(row, 3).SetValue(LaoTypes.DisplayName(lao.Type, thai));
            sheet.Cell(row, 4).SetValue(l[$"Rollup.Status{lao.Status}"].Value);
            sheet.Cell(row, 5).SetValue(lao.Late ? l["Rollup.Yes"].Value : "");
            Amount(sheet.Cell(row, 6), lao.Revenue);
            Amount(sheet.Cell(row, 7), lao.Expenditure);
            Amount(sheet.Cell(row, 8), lao.Personnel);
            Amount(sheet.Cell(row, 9), lao.Capital);
            sheet.Cell(row, 10).SetValue(lao.LineCount);
            if (lao.PreviousExpenditure is { } previous)
            {
                Amount(sheet.Cell(row, 11), previous);
            }

            Percent(sheet.Cell(row, 12), lao.ChangePercent);
            row++;
        }

        sheet.Cell(row, 2).SetValue(l["Rollup.Total"].Value);
        Amount(sheet.Cell(row, 6), model.Total.Revenue);
        Amount(sheet.Cell(row, 7), model.Total.Expenditure);
        Amount(sheet.Cell(row, 8), model.Total.Personnel);
        Amount(sheet.Cell(row, 9), model.Total.Capital);
        Amount(sheet.Cell(row, 11), model.Total.PreviousExpenditure);
        Percent(sheet.Cell(row, 12), model.Total.ChangePercent);
        sheet.Row(row).Style.Font.Bold = true;
        TypeSheet(book, model.ByType, model.FiscalYear, l);
        ClassificationSheet(book, l["Rollup.SheetProgrammes"], l["Rollup.Programme"], model.ByProgramme, l);
        ClassificationSheet(book, l["Rollup.SheetGroups"], l["Rollup.Group"], model.ByGroup, l);
        return Save(book);
    }

    private static bool IsThai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";

    private static void TypeSheet(XLWorkbook book, IReadOnlyList<TypeRollupRow> rows, int fiscalYear, IStringLocalizer<Strings> l)
    {
        var sheet = book.Worksheets.Add(l["Rollup.SheetTypes"]);
        var headers = new[]
        {
            l["Rollup.LaoType"].Value, l["Rollup.LaoCount"], l["Rollup.StatusNotStarted"], l["Rollup.StatusDraft"], l["Rollup.StatusInCouncil"],
            l["Rollup.StatusAwaitingApproval"], l["Rollup.StatusApproved"], l["Rollup.Late"], l["Rollup.Revenue"], l["Rollup.Expenditure"],
            l["Rollup.PersonnelShare"], l["Rollup.PreviousExpenditure", fiscalYear - 1], l["Rollup.Change"],
        };
        Header(sheet, headers, [34, 10, 12, 10, 12, 14, 12, 10, 20, 20, 12, 20, 10]);
        var row = 2;
        foreach (var t in rows)
        {
            sheet.Cell(row, 1).SetValue(LaoTypes.DisplayName(t.Type, IsThai));
            TotalsCells(sheet, row, 2, t.Totals);
            row++;
        }
    }

    private static void ClassificationSheet(XLWorkbook book, string sheetName, string heading, IReadOnlyList<ClassificationRollupRow> rows, IStringLocalizer<Strings> l)
    {
        var sheet = book.Worksheets.Add(sheetName);
        Header(sheet, [l["Rollup.ClassificationCode"].Value, heading, l["Rollup.Amount"], l["Rollup.Share"]], [12, 50, 22, 10]);
        var row = 2;
        foreach (var c in rows)
        {
            sheet.Cell(row, 1).SetValue(c.Code);
            sheet.Cell(row, 2).SetValue(IsThai ? c.NameTh : c.NameEn);
            Amount(sheet.Cell(row, 3), c.Amount);
            Percent(sheet.Cell(row, 4), c.SharePercent);
            row++;
        }
    }

    /// <summary>LAO count, status counts, late, revenue, expenditure, personnel share, last year, change – from <paramref name="column"/>.</summary>
    private static void TotalsCells(IXLWorksheet sheet, int row, int column, RollupTotals t)
    {
        sheet.Cell(row, column).SetValue(t.LaoCount);
        sheet.Cell(row, column + 1).SetValue(t.Statuses.NotStarted);
        sheet.Cell(row, column + 2).SetValue(t.Statuses.Draft);
        sheet.Cell(row, column + 3).SetValue(t.Statuses.InCouncil);
        sheet.Cell(row, column + 4).SetValue(t.Statuses.AwaitingApproval);
        sheet.Cell(row, column + 5).SetValue(t.Statuses.Approved);
        sheet.Cell(row, column + 6).SetValue(t.Statuses.Late);
        Amount(sheet.Cell(row, column + 7), t.Revenue);
        Amount(sheet.Cell(row, column + 8), t.Expenditure);
        Percent(sheet.Cell(row, column + 9), t.PersonnelSharePercent);
        Amount(sheet.Cell(row, column + 10), t.PreviousExpenditure);
        Percent(sheet.Cell(row, column + 11), t.ChangePercent);
    }

    private static void Header(IXLWorksheet sheet, IReadOnlyList<string> headers, IReadOnlyList<double> widths)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            sheet.Cell(1, i + 1).SetValue(headers[i]);
            sheet.Column(i + 1).Width = widths[i];
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
    }

    private static void Amount(IXLCell cell, long satang)
    {
        cell.SetValue(satang / 100m);
        cell.Style.NumberFormat.Format = AmountFormat;
    }

    private static void Percent(IXLCell cell, decimal? value)
    {
        if (value is { } v)
        {
            cell.SetValue(v);
            cell.Style.NumberFormat.Format = "0.0";
        }
    }

    private static byte[] Save(XLWorkbook book)
    {
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
