using System.Net;
using ClosedXML.Excel;
using LocalGov.Budgeting.Areas.Budgeting.Features.Excel;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using static LocalGov.IntegrationTests.Budgeting.DocumentsTestData;

namespace LocalGov.IntegrationTests.Budgeting;

/// <summary>Excel export and import of a budget, and the printable ordinance, through the real pipeline.</summary>
public sealed class DocumentsExcelAndOrdinanceTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private async Task<int> OtherLaoIdAsync()
    {
        var own = await FinanceLaoIdAsync(factory);
        return await factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT Id AS Value FROM org_Lao WHERE Id <> {own} AND ProvinceId = 26 ORDER BY Id LIMIT 1").SingleAsync());
    }

    private async Task<Browser> SignedInAsync(string user)
    {
        var browser = new Browser(factory);
        await browser.SignInAsync(user);
        return browser;
    }

    private static async Task<byte[]> ExportAsync(Browser browser, int budgetId)
    {
        var response = await browser.Client.GetAsync($"/Budgeting/Excel/Export/{budgetId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static byte[] Edit(byte[] file, Action<IXLWorksheet, IXLWorksheet> edit)
    {
        using var workbook = new XLWorkbook(new MemoryStream(file));
        edit(workbook.Worksheet(BudgetWorkbookLayout.RevenueSheet), workbook.Worksheet(BudgetWorkbookLayout.ExpenditureSheet));
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static int Col(IXLWorksheet sheet, string header) =>
        sheet.Row(1).CellsUsed().Single(c => c.GetString() == header).Address.ColumnNumber;

    [Fact]
    public async Task Export_returns_a_workbook_with_the_budgets_lines_for_its_own_staff()
    {
        var id = await CreateBudgetAsync(factory, 2581, BudgetStatus.Draft, 12);
        using var browser = await SignedInAsync("finance");

        var response = await browser.Client.GetAsync($"/Budgeting/Excel/Export/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("budget-3260101-2581.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var lines = workbook.Worksheet(BudgetWorkbookLayout.ExpenditureSheet);
        Assert.Equal(13, lines.LastRowUsed().RowNumber());
        Assert.Equal("รายการทดสอบ 1", lines.Cell(2, Col(lines, BudgetWorkbookLayout.LineItem)).GetString());
        Assert.Equal(1000.25, lines.Cell(2, Col(lines, BudgetWorkbookLayout.Amount)).GetDouble());
        Assert.Equal(3, workbook.Worksheet(BudgetWorkbookLayout.RevenueSheet).LastRowUsed().RowNumber());
        Assert.Contains("เทศบาลเมืองนครนายก", workbook.Worksheet(BudgetWorkbookLayout.InfoSheet).Cell(1, 2).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_of_another_LAOs_budget_is_not_found_but_the_provincial_officer_may_export_it()
    {
        var id = await CreateBudgetAsync(factory, 2582, BudgetStatus.Draft, 2, await OtherLaoIdAsync());
        using var finance = await SignedInAsync("finance");
        using var province = await SignedInAsync("province");

        Assert.Equal(HttpStatusCode.NotFound, (await finance.Client.GetAsync($"/Budgeting/Excel/Export/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finance.Client.GetAsync($"/Budgeting/Ordinance/{id}")).StatusCode);
        var response = await province.Client.GetAsync($"/Budgeting/Excel/Export/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(3, workbook.Worksheet(BudgetWorkbookLayout.ExpenditureSheet).LastRowUsed().RowNumber());
    }

    [Fact]
    public async Task Importing_a_valid_file_replaces_the_lines_and_updates_the_summary()
    {
        var id = await CreateBudgetAsync(factory, 2583, BudgetStatus.Draft, 3);
        using var browser = await SignedInAsync("finance");
        var file = Edit(await ExportAsync(browser, id), (_, lines) =>
        {
            lines.Cell(2, Col(lines, BudgetWorkbookLayout.Amount)).SetValue(7777.5m);
            lines.Row(4).Delete();
            var row = 4;
            foreach (var (header, value) in new[]
            {
                (BudgetWorkbookLayout.ProgrammeCode, "00220"), (BudgetWorkbookLayout.WorkUnitCode, "00223"), (BudgetWorkbookLayout.GroupCode, "540000"),
                (BudgetWorkbookLayout.CategoryCode, "541000"), (BudgetWorkbookLayout.LineItem, "ครุภัณฑ์การแพทย์"), (BudgetWorkbookLayout.IsProject, "N"),
            })
            {
                lines.Cell(row, Col(lines, header)).SetValue(value);
            }

            lines.Cell(row, Col(lines, BudgetWorkbookLayout.Amount)).SetValue(150000m);
        });

        var (response, _) = await UploadAsync(browser, id, file, "budget.xlsx");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var lines = await LinesAsync(factory, id);
        Assert.Equal(["รายการทดสอบ 1", "รายการทดสอบ 2", "ครุภัณฑ์การแพทย์"], lines.Select(l => l.ItemName));
        Assert.Equal(Money.FromBaht(7777.5m), lines[0].OriginalAmount);
        Assert.Equal(Money.FromBaht(150000m), lines[2].CurrentAmount);
        var (laoId, summary) = await factory.WithDbAsync(async db =>
        {
            var budget = await db.Set<Budget>().SingleAsync(b => b.Id == id);
            return (budget.LaoId, await db.Set<BudgetSummaryRow>().SingleAsync(s => s.LaoId == budget.LaoId && s.FiscalYear == 2583));
        });
        Assert.True(laoId > 0);
        Assert.Equal(3, summary.LineCount);
        Assert.Equal(Money.FromBaht(7777.5m + 2000.25m + 150000m), summary.ExpenditureTotal);
        Assert.Equal(Money.FromBaht(150000m), summary.CapitalTotal);
        Assert.Equal(Money.FromBaht(1_750_000.50m), summary.RevenueTotal);
        var (_, page) = await browser.GetAsync($"/Budgeting/Excel/Import/{id}");
        Assert.Contains("3", page.QuerySelector("#flash")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_a_file_with_bad_rows_lists_each_problem_and_saves_nothing()
    {
        var id = await CreateBudgetAsync(factory, 2584, BudgetStatus.Draft, 4);
        using var browser = await SignedInAsync("finance");
        var before = await LinesAsync(factory, id);
        var file = Edit(await ExportAsync(browser, id), (revenues, lines) =>
        {
            lines.Cell(2, Col(lines, BudgetWorkbookLayout.Amount)).SetValue(-10m);
            lines.Cell(3, Col(lines, BudgetWorkbookLayout.Amount)).SetValue("หนึ่งพัน");
            lines.Cell(4, Col(lines, BudgetWorkbookLayout.CategoryCode)).SetValue("599999");
            lines.Cell(5, Col(lines, BudgetWorkbookLayout.LineItem)).SetValue("รายการทดสอบ 2");
            revenues.Cell(2, Col(revenues, BudgetWorkbookLayout.Amount)).SetValue(1.005m);
        });

        var (response, page) = await UploadAsync(browser, id, file, "budget.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#import-errors tbody tr")
            .Select(r => (Row: r.GetAttribute("data-row"), Column: r.GetAttribute("data-column"), Problem: r.GetAttribute("data-problem"))).ToList();
        Assert.Contains(("2", BudgetWorkbookLayout.Amount, nameof(WorkbookProblem.Negative)), rows);
        Assert.Contains(("3", BudgetWorkbookLayout.Amount, nameof(WorkbookProblem.NotANumber)), rows);
        Assert.Contains(("4", BudgetWorkbookLayout.CategoryCode, nameof(WorkbookProblem.UnknownCode)), rows);
        Assert.Contains(("5", BudgetWorkbookLayout.LineItem, nameof(WorkbookProblem.Duplicate)), rows);
        Assert.Contains(("2", BudgetWorkbookLayout.Amount, nameof(WorkbookProblem.TooManyDecimals)), rows);
        Assert.NotNull(page.QuerySelector("#import-failed"));
        var after = await LinesAsync(factory, id);
        Assert.Equal(before.Select(l => (l.Id, l.ItemName, l.OriginalAmount)), after.Select(l => (l.Id, l.ItemName, l.OriginalAmount)));
    }

    [Fact]
    public async Task A_10_MB_junk_upload_gets_a_friendly_answer_and_changes_nothing()
    {
        var id = await CreateBudgetAsync(factory, 2585, BudgetStatus.Draft, 2);
        using var browser = await SignedInAsync("finance");
        var junk = new byte[10 * 1024 * 1024];
        new Random(42).NextBytes(junk);

        var (response, page) = await UploadAsync(browser, id, junk, "junk.xlsx");

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Budgeting/Excel/Import/{id}", Browser.PathOf(response));
        var (_, form) = await browser.GetAsync(Browser.PathOf(response));
        Assert.Contains("5 MB", form.QuerySelector("#flash")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(string.Empty, page.Body?.TextContent.Trim() ?? string.Empty);
        Assert.Equal(2, (await LinesAsync(factory, id)).Count);
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_refused_with_a_message()
    {
        var id = await CreateBudgetAsync(factory, 2586, BudgetStatus.Draft, 2);
        using var browser = await SignedInAsync("finance");

        var (response, page) = await UploadAsync(browser, id, "ลำดับ,รายการ\n1,x"u8.ToArray(), "budget.xlsx");
        var (csvResponse, csvPage) = await UploadAsync(browser, id, "a,b"u8.ToArray(), "budget.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#file-error"));
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.NotNull(csvPage.QuerySelector("#file-error"));
        Assert.Equal(2, (await LinesAsync(factory, id)).Count);
    }

    [Fact]
    public async Task Import_is_refused_on_an_approved_budget()
    {
        var approved = await CreateBudgetAsync(factory, 2587, BudgetStatus.Approved, 2);
        var draft = await CreateBudgetAsync(factory, 2588, BudgetStatus.Draft, 5);
        using var browser = await SignedInAsync("finance");
        var file = await ExportAsync(browser, draft);

        var (page, document) = await browser.GetAsync($"/Budgeting/Excel/Import/{approved}");
        var (response, result) = await UploadAsync(browser, approved, file, "budget.xlsx", $"/Budgeting/Excel/Import/{draft}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotNull(document.QuerySelector("#import-not-editable"));
        Assert.Null(document.QuerySelector("input[type=file]"));
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(result.QuerySelector("#import-not-editable"));
        Assert.Equal(2, (await LinesAsync(factory, approved)).Count);
    }

    [Fact]
    public async Task Import_of_another_LAOs_budget_is_forbidden_to_the_provincial_officer_and_hidden_from_others()
    {
        var id = await CreateBudgetAsync(factory, 2589, BudgetStatus.Draft, 2, await OtherLaoIdAsync());
        using var finance = await SignedInAsync("finance");
        using var province = await SignedInAsync("province");

        Assert.Equal(HttpStatusCode.NotFound, (await finance.Client.GetAsync($"/Budgeting/Excel/Import/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await province.Client.GetAsync($"/Budgeting/Excel/Import/{id}")).StatusCode);
    }

    [Fact]
    public async Task Ordinance_shows_the_official_title_the_three_parts_and_the_total_in_Thai_words()
    {
        var id = await CreateBudgetAsync(factory, 2590, BudgetStatus.Approved, 4);
        using var browser = await SignedInAsync("finance");

        var (response, page) = await browser.GetAsync($"/Budgeting/Ordinance/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2590", page.QuerySelector("h1")?.TextContent.Trim());
        var total = Money.FromBaht(1000.25m + 2000.25m + 3000.25m + 4000.25m);
        Assert.Equal(BahtFormat.Format(total), page.QuerySelector("#expenditure-total")?.TextContent);
        Assert.Equal("(หนึ่งหมื่นเอ็ดบาทถ้วน)", page.QuerySelector("#expenditure-words")?.TextContent);
        Assert.Equal($"({BahtText.ToThaiWords(Money.FromBaht(1_750_000.50m))})", page.QuerySelector("#revenue-words")?.TextContent);
        Assert.NotNull(page.QuerySelector("#revenue-table"));
        Assert.Equal(2, page.QuerySelectorAll("#summary-matrix tbody tr td").Length);
        Assert.Contains("เพื่อจ่ายเป็นค่าทดสอบ 3", page.QuerySelector("#part-detail")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#ordinance-draft"));
        Assert.Contains("@media print", page.Head!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ordinance_of_an_SAO_is_a_kho_banyat_marked_as_draft_until_approved()
    {
        var id = await CreateBudgetAsync(factory, 2591, BudgetStatus.Draft, 1, await OtherLaoIdAsync(), laoType: 5);
        using var browser = await SignedInAsync("province");

        var (response, page) = await browser.GetAsync($"/Budgeting/Ordinance/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("ข้อบัญญัติงบประมาณรายจ่าย", page.QuerySelector("h1")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#ordinance-draft"));
    }

    [Fact]
    public async Task Import_and_ordinance_pages_meet_the_accessibility_basics()
    {
        var id = await CreateBudgetAsync(factory, 2592, BudgetStatus.Draft, 3);
        using var browser = await SignedInAsync("finance");

        foreach (var url in new[] { $"/Budgeting/Excel/Import/{id}", $"/Budgeting/Ordinance/{id}" })
        {
            var (response, page) = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertAccessibleBasics(page, url);
        }
    }
}
