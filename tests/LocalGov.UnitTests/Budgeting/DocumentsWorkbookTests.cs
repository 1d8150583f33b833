using ClosedXML.Excel;
using LocalGov.Budgeting.Areas.Budgeting.Features.Excel;
using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Seeding;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Budgeting;

/// <summary>The budget workbook: what the writer produces reads back identically, and every kind of bad input is reported by row and column.</summary>
public class DocumentsWorkbookTests
{
    private const int Year = 2572;

    private static readonly List<Classification> Catalog = BuildCatalog();

    private static List<Classification> BuildCatalog()
    {
        var list = new List<Classification>();
        var id = 0;
        foreach (var e in ClassificationCatalog.Entries)
        {
            var parentKind = e.Kind == ClassificationKind.WorkUnit ? ClassificationKind.Programme : ClassificationKind.ExpenditureGroup;
            list.Add(new Classification
            {
                Id = ++id,
                Kind = e.Kind,
                Code = e.Code,
                NameTh = e.NameTh,
                NameEn = e.NameEn,
                ParentId = e.ParentCode is null ? null : list.Single(p => p.Kind == parentKind && p.Code == e.ParentCode).Id,
                IsPersonnel = e.IsPersonnel,
                IsCapital = e.IsCapital,
                RevenueSource = e.Source,
                EffectiveFromYear = ClassificationCatalog.EffectiveFrom,
            });
        }

        // An entry that ended before the test year.
        list.Add(new Classification { Id = ++id, Kind = ClassificationKind.RevenueCategory, Code = "419000", NameTh = "เลิกใช้", NameEn = "Ended", EffectiveFromYear = 2560, EffectiveToYear = 2565 });
        return list;
    }

    private static Classification C(ClassificationKind kind, string code) => Catalog.Single(c => c.Kind == kind && c.Code == code);

    private static Budget BudgetWith(int lineCount)
    {
        var budget = new Budget { Id = 1, LaoId = 1, FiscalYear = Year, Kind = BudgetKind.Annual };
        var units = Catalog.Where(c => c.Kind == ClassificationKind.WorkUnit).ToList();
        var categories = Catalog.Where(c => c.Kind == ClassificationKind.ExpenditureCategory).ToList();
        for (var i = 1; i <= lineCount; i++)
        {
            var unit = units[i % units.Count];
            var category = categories[i % categories.Count];
            var amount = Money.FromSatang((i * 123_457L) + 1);
            budget.Lines.Add(new BudgetLine
            {
                LineNo = i,
                ProgrammeId = unit.ParentId!.Value,
                WorkUnitId = unit.Id,
                GroupId = category.ParentId!.Value,
                CategoryId = category.Id,
                ItemName = $"รายการที่ {i} \"ค่าใช้จ่าย\"",
                IsProject = i % 7 == 0,
                PlanProjectCode = i % 7 == 0 ? $"P-{i:0000}" : null,
                OriginalAmount = amount,
                CurrentAmount = amount,
                Explanation = i % 5 == 0 ? "" : $"เพื่อจ่ายเป็นค่า… บรรทัดที่ {i}\nบรรทัดที่สอง",
                ActualTwoYearsAgo = i % 3 == 0 ? null : Money.FromSatang(i * 1000L),
                ActualLastYear = Money.FromSatang(i * 999L),
                EstimateLastYear = i % 4 == 0 ? null : Money.FromBaht(1_000_000.55m),
            });
        }

        foreach (var (category, index) in Catalog.Where(c => c.Kind == ClassificationKind.RevenueCategory && c.AppliesTo(Year)).Select((c, i) => (c, i)))
        {
            budget.Revenues.Add(new RevenueEstimate
            {
                LineNo = index + 1,
                CategoryId = category.Id,
                ItemName = "ประมาณการ " + category.NameTh,
                Amount = Money.FromBaht(1_234_567.89m + index),
                Explanation = "ตามสถิติการจัดเก็บ",
                ActualLastYear = index % 2 == 0 ? Money.FromBaht(10.5m) : null,
            });
        }

        return budget;
    }

    private static byte[] Write(Budget budget) =>
        new BudgetWorkbookWriter().Write(budget, new BudgetWorkbookInfo("เทศบาลเมืองทดสอบ", "3260101", Year, "ร่าง", DateTime.UtcNow), Catalog.ToDictionary(c => c.Id));

    private static BudgetWorkbookReadResult Read(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return new BudgetWorkbookReader().Read(stream, Year, Catalog);
    }

    /// <summary>Writes a small valid budget, lets <paramref name="edit"/> spoil the file, and reads it back.</summary>
    private static BudgetWorkbookReadResult ReadEdited(Action<IXLWorksheet, IXLWorksheet> edit)
    {
        using var workbook = new XLWorkbook(new MemoryStream(Write(BudgetWith(5))));
        edit(workbook.Worksheet(BudgetWorkbookLayout.RevenueSheet), workbook.Worksheet(BudgetWorkbookLayout.ExpenditureSheet));
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return Read(stream.ToArray());
    }

    private static int Col(IXLWorksheet sheet, string header) =>
        sheet.Row(1).CellsUsed().Single(c => c.GetString() == header).Address.ColumnNumber;

    [Fact]
    public void A_300_line_budget_reads_back_exactly_as_written()
    {
        var budget = BudgetWith(300);

        var result = Read(Write(budget));

        Assert.Empty(result.Errors);
        Assert.Equal(300, result.Lines.Count);
        var expected = budget.Lines.OrderBy(l => l.LineNo).Select(l => (l.ProgrammeId, l.WorkUnitId, l.GroupId, l.CategoryId, l.ItemName, l.IsProject, l.OriginalAmount, l.Explanation, l.PlanProjectCode, l.ActualTwoYearsAgo, l.ActualLastYear, l.EstimateLastYear));
        var actual = result.Lines.Select(l => (l.ProgrammeId, l.WorkUnitId, l.GroupId, l.CategoryId, l.ItemName, l.IsProject, l.Amount, l.Explanation, l.PlanProjectCode, l.ActualTwoYearsAgo, l.ActualLastYear, l.EstimateLastYear));
        Assert.Equal(expected, actual);
        Assert.Equal(
            budget.Revenues.Select(r => (r.CategoryId, r.ItemName, r.Amount, r.Explanation, r.ActualTwoYearsAgo, r.ActualLastYear, r.EstimateLastYear)),
            result.Revenues.Select(r => (r.CategoryId, r.ItemName, r.Amount, r.Explanation, r.ActualTwoYearsAgo, r.ActualLastYear, r.EstimateLastYear)));
    }

    [Fact]
    public void Written_workbook_keeps_codes_as_text_amounts_as_formatted_numbers_and_a_frozen_bold_header()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Write(BudgetWith(3))));
        var sheet = workbook.Worksheet(BudgetWorkbookLayout.ExpenditureSheet);

        Assert.Equal(BudgetWorkbookLayout.ExpenditureHeaders(Year), sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(XLDataType.Text, sheet.Cell(2, 2).DataType);
        Assert.StartsWith("00", sheet.Cell(2, 2).GetString(), StringComparison.Ordinal);
        Assert.Equal(XLDataType.Number, sheet.Cell(2, 12).DataType);
        Assert.Equal("#,##0.00", sheet.Cell(2, 12).Style.NumberFormat.Format);
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(workbook.TryGetWorksheet(BudgetWorkbookLayout.InfoSheet, out _));
        Assert.Contains("รายรับจริงปี 2570", workbook.Worksheet(BudgetWorkbookLayout.RevenueSheet).Row(1).CellsUsed().Select(c => c.GetString()));
    }

    [Fact]
    public void Negative_amount_is_reported_with_its_row_and_column()
    {
        var result = ReadEdited((_, lines) => lines.Cell(4, Col(lines, BudgetWorkbookLayout.Amount)).SetValue(-5m));

        var error = Assert.Single(result.Errors);
        Assert.Equal((BudgetWorkbookLayout.ExpenditureSheet, 4, BudgetWorkbookLayout.Amount, WorkbookProblem.Negative), (error.Sheet, error.Row, error.Column, error.Problem));
        Assert.Equal(4, result.Lines.Count);
    }

    [Fact]
    public void Text_in_an_amount_cell_is_reported()
    {
        var result = ReadEdited((revenues, _) => revenues.Cell(3, Col(revenues, BudgetWorkbookLayout.Amount)).SetValue("หนึ่งพันบาท"));

        var error = Assert.Single(result.Errors);
        Assert.Equal((BudgetWorkbookLayout.RevenueSheet, 3, BudgetWorkbookLayout.Amount, WorkbookProblem.NotANumber), (error.Sheet, error.Row, error.Column, error.Problem));
    }

    [Fact]
    public void More_than_two_decimals_is_reported()
    {
        var result = ReadEdited((_, lines) => lines.Cell(2, Col(lines, BudgetWorkbookLayout.Amount)).SetValue(10.125m));

        Assert.Equal(WorkbookProblem.TooManyDecimals, Assert.Single(result.Errors).Problem);
    }

    [Fact]
    public void Unknown_classification_code_is_reported()
    {
        var result = ReadEdited((_, lines) => lines.Cell(3, Col(lines, BudgetWorkbookLayout.CategoryCode)).SetValue("999999"));

        var error = Assert.Single(result.Errors);
        Assert.Equal((3, BudgetWorkbookLayout.CategoryCode, WorkbookProblem.UnknownCode, "999999"), (error.Row, error.Column, error.Problem, error.Detail));
    }

    [Fact]
    public void Code_of_the_wrong_kind_and_code_not_in_force_are_reported()
    {
        var result = ReadEdited((revenues, lines) =>
        {
            lines.Cell(2, Col(lines, BudgetWorkbookLayout.GroupCode)).SetValue("00110");
            revenues.Cell(2, Col(revenues, BudgetWorkbookLayout.RevenueCategoryCode)).SetValue("419000");
        });

        Assert.Contains(result.Errors, e => e is { Sheet: BudgetWorkbookLayout.ExpenditureSheet, Row: 2, Column: BudgetWorkbookLayout.GroupCode, Problem: WorkbookProblem.WrongKind });
        Assert.Contains(result.Errors, e => e is { Sheet: BudgetWorkbookLayout.RevenueSheet, Row: 2, Column: BudgetWorkbookLayout.RevenueCategoryCode, Problem: WorkbookProblem.NotInForce });
    }

    [Fact]
    public void Work_unit_of_another_programme_and_category_of_another_group_are_reported()
    {
        var result = ReadEdited((_, lines) =>
        {
            lines.Cell(2, Col(lines, BudgetWorkbookLayout.ProgrammeCode)).SetValue("00410");
            lines.Cell(2, Col(lines, BudgetWorkbookLayout.WorkUnitCode)).SetValue("00111");
            lines.Cell(3, Col(lines, BudgetWorkbookLayout.GroupCode)).SetValue("520000");
            lines.Cell(3, Col(lines, BudgetWorkbookLayout.CategoryCode)).SetValue("532000");
        });

        Assert.Contains(result.Errors, e => e is { Row: 2, Column: BudgetWorkbookLayout.WorkUnitCode, Problem: WorkbookProblem.WorkUnitNotInProgramme });
        Assert.Contains(result.Errors, e => e is { Row: 3, Column: BudgetWorkbookLayout.CategoryCode, Problem: WorkbookProblem.CategoryNotInGroup });
    }

    [Fact]
    public void Duplicate_line_is_reported_on_the_second_row_naming_the_first()
    {
        var result = ReadEdited((_, lines) =>
        {
            foreach (var column in new[] { BudgetWorkbookLayout.ProgrammeCode, BudgetWorkbookLayout.WorkUnitCode, BudgetWorkbookLayout.GroupCode, BudgetWorkbookLayout.CategoryCode, BudgetWorkbookLayout.LineItem })
            {
                var c = Col(lines, column);
                lines.Cell(5, c).SetValue(lines.Cell(3, c).GetString());
            }
        });

        var error = Assert.Single(result.Errors);
        Assert.Equal((5, BudgetWorkbookLayout.LineItem, WorkbookProblem.Duplicate, "3"), (error.Row, error.Column, error.Problem, error.Detail));
    }

    [Fact]
    public void Missing_item_name_too_long_explanation_and_bad_project_flag_are_reported()
    {
        var result = ReadEdited((_, lines) =>
        {
            lines.Cell(2, Col(lines, BudgetWorkbookLayout.LineItem)).Clear();
            lines.Cell(3, Col(lines, BudgetWorkbookLayout.Explanation)).SetValue(new string('ก', 4001));
            lines.Cell(4, Col(lines, BudgetWorkbookLayout.IsProject)).SetValue("maybe");
        });

        Assert.Contains(result.Errors, e => e is { Row: 2, Column: BudgetWorkbookLayout.LineItem, Problem: WorkbookProblem.Required });
        Assert.Contains(result.Errors, e => e is { Row: 3, Column: BudgetWorkbookLayout.Explanation, Problem: WorkbookProblem.TooLong });
        Assert.Contains(result.Errors, e => e is { Row: 4, Column: BudgetWorkbookLayout.IsProject, Problem: WorkbookProblem.InvalidFlag });
    }

    [Fact]
    public void Columns_are_found_by_header_so_their_order_may_change()
    {
        var result = ReadEdited((_, lines) => lines.Column(3).Delete());

        Assert.Empty(result.Errors);
        Assert.Equal(5, result.Lines.Count);
    }

    [Fact]
    public void Missing_sheet_and_missing_column_are_reported()
    {
        var result = ReadEdited((revenues, lines) =>
        {
            revenues.Name = "Sheet9";
            lines.Column(Col(lines, BudgetWorkbookLayout.Amount)).Delete();
        });

        Assert.Contains(result.Errors, e => e is { Sheet: BudgetWorkbookLayout.RevenueSheet, Problem: WorkbookProblem.MissingSheet });
        Assert.Contains(result.Errors, e => e is { Sheet: BudgetWorkbookLayout.ExpenditureSheet, Row: 1, Column: BudgetWorkbookLayout.Amount, Problem: WorkbookProblem.MissingColumn });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Junk_is_not_a_workbook(int kind)
    {
        byte[] junk = kind switch
        {
            0 => [],
            1 => System.Text.Encoding.UTF8.GetBytes("ลำดับ,รายการ\n1,abc"),
            _ => new byte[100_000].Select((_, i) => (byte)(i * 31)).ToArray(),
        };

        var result = Read(junk);

        Assert.Equal(WorkbookProblem.NotAWorkbook, Assert.Single(result.Errors).Problem);
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hello");
        }

        Assert.Equal(WorkbookProblem.NotAWorkbook, Assert.Single(Read(stream.ToArray()).Errors).Problem);
    }
}
