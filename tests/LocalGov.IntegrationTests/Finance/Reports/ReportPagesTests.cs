using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using LocalGov.Finance.Reporting;
using LocalGov.Finance.Services.Reports;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.Organizations.Domain;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LocalGov.IntegrationTests.Finance.Reports.ReportTestData;

namespace LocalGov.IntegrationTests.Finance.Reports;

/// <summary>The report pages: the screen, the Excel workbook and the print layout show the document's numbers; scope.</summary>
public sealed class ReportPagesTests(ReportsFixture fixture) : IClassFixture<ReportsFixture>
{
    private const int Year = ReportsFixture.Year;

    public static TheoryData<string, int?> Reports => new()
    {
        { "TrialBalance", 6 }, { "TrialBalance", null }, { "GeneralLedger", 9 }, { "AccountDetail", null }, { "RevenueExpenditure", 9 },
        { "BalanceSheet", 6 }, { "BudgetExecution", null }, { "CashFlow", 3 },
    };

    private async Task<ReportDocument> BuildAsync(string report, ReportPeriod period, int bankId)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var lao = (await sp.GetRequiredService<IOrganizationDirectory>().FindLaoAsync(fixture.LaoId))!;
        return report switch
        {
            "TrialBalance" => await sp.GetRequiredService<TrialBalanceReport>().BuildAsync(lao, period, null, default),
            "GeneralLedger" => await sp.GetRequiredService<GeneralLedgerReport>().BuildAsync(lao, period, null, default),
            "AccountDetail" => (await sp.GetRequiredService<AccountDetailReport>().BuildAsync(lao, period, bankId, 0, null, default))!.Document,
            "RevenueExpenditure" => await sp.GetRequiredService<RevenueExpenditureReport>().BuildAsync(lao, period, null, default),
            "BalanceSheet" => await sp.GetRequiredService<BalanceSheetReport>().BuildAsync(lao, period, null, default),
            "BudgetExecution" => await sp.GetRequiredService<BudgetExecutionReport>().BuildAsync(lao, period, default),
            "CashFlow" => await sp.GetRequiredService<CashFlowReport>().BuildAsync(lao, period, null, default),
            _ => throw new ArgumentOutOfRangeException(nameof(report)),
        };
    }

    /// <summary>The budget execution reads the demo's FY 2569 budget in force; the others the fixture's year.</summary>
    private static int YearOf(string report) => report == "BudgetExecution" ? 2569 : Year;

    private static string Url(string report, int? month, int bankId, string extra = "") =>
        $"/Finance/Reports/{report}?year={YearOf(report)}" + (month is { } m ? $"&month={m}" : "") + (report == "AccountDetail" ? $"&accountId={bankId}" : "") + extra;

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task The_screen_and_the_Excel_workbook_show_the_documents_numbers(string report, int? month)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("th-TH");
        var bankId = (await AccountIdsAsync(fixture.Factory))[Bank];
        var document = await BuildAsync(report, new ReportPeriod(YearOf(report), month), bankId);
        using var browser = new Browser(fixture.Factory);
        await browser.SignInAsync("finance");

        var (response, page) = await browser.GetAsync(Url(report, month, bankId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#report-filter"));
        Assert.NotNull(page.QuerySelector("#finance-nav"));
        foreach (var table in document.Tables)
        {
            var rows = page.QuerySelectorAll($"table#{table.Id} tbody tr");
            Assert.Equal(table.Rows.Count, rows.Length);
            for (var i = 0; i < table.Rows.Count; i++)
            {
                Assert.Equal(table.Rows[i].Key ?? "", rows[i].GetAttribute("data-key") ?? "");
                var cells = rows[i].QuerySelectorAll("td");
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    if (table.Columns[c].IsAmount)
                    {
                        var cell = c < table.Rows[i].Cells.Count ? table.Rows[i].Cells[c] : ReportCell.Of((string?)null);
                        Assert.Equal(cell.Amount is { } a ? BahtFormat.Format(a) : cell.Text ?? "", cells[c].TextContent.Trim());
                    }
                }
            }
        }

        var excel = await browser.Client.GetAsync(Url(report, month, bankId, "&format=xlsx"));
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        Assert.Equal(ReportExcel.ContentType, excel.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(await excel.Content.ReadAsByteArrayAsync()));
        Assert.Equal(document.Tables.Count, workbook.Worksheets.Count);
        for (var t = 0; t < document.Tables.Count; t++)
        {
            var sheet = workbook.Worksheet(t + 1);
            var table = document.Tables[t];
            Assert.Equal(document.Title, sheet.Cell(1, 1).GetString());
            for (var i = 0; i < table.Rows.Count; i++)
            {
                for (var c = 0; c < table.Columns.Count && c < table.Rows[i].Cells.Count; c++)
                {
                    var expected = table.Rows[i].Cells[c];
                    var cell = sheet.Cell(5 + i, c + 1);
                    if (expected.Amount is { } amount)
                    {
                        Assert.Equal(amount.Baht, Math.Round((decimal)cell.GetDouble(), 2));
                    }
                    else
                    {
                        Assert.Equal(expected.Text ?? "", cell.GetString());
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task The_print_layout_renders_without_the_navigation(string report, int? month)
    {
        var bankId = (await AccountIdsAsync(fixture.Factory))[Bank];
        using var browser = new Browser(fixture.Factory);
        await browser.SignInAsync("finance");

        var (response, page) = await browser.GetAsync(Url(report, month, bankId, "&print=1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#print-report"));
        Assert.Null(page.QuerySelector("#finance-nav"));
        Assert.Null(page.QuerySelector("#report-filter"));
        Assert.NotNull(page.QuerySelector(".finance-report table"));
    }

    [Fact]
    public async Task The_trial_balance_on_screen_has_a_row_per_account_and_equal_totals()
    {
        using var browser = new Browser(fixture.Factory);
        await browser.SignInAsync("finance");

        var (_, page) = await browser.GetAsync($"/Finance/Reports/TrialBalance?year={Year}&month=6");

        var total = page.QuerySelector("table#trial-balance tr[data-key='total']")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(total[4], total[5]);
        Assert.Equal("100,000.00", total[4]);
        Assert.NotNull(page.QuerySelector($"table#trial-balance tr[data-key='{Bank}'] a[href*='AccountDetail']"));
        Assert.Null(page.QuerySelector("#report-warning"));
    }

    [Fact]
    public async Task The_index_lists_every_report_and_the_daily_cash_report()
    {
        using var browser = new Browser(fixture.Factory);
        await browser.SignInAsync("finance");

        var (response, page) = await browser.GetAsync("/Finance/Reports");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var action in new[] { "DailyCash", "TrialBalance", "GeneralLedger", "RevenueExpenditure", "BalanceSheet", "BudgetExecution", "CashFlow" })
        {
            Assert.NotNull(page.QuerySelector($"#report-link-{action}"));
        }
    }

    [Fact]
    public async Task The_account_detail_links_each_line_to_its_journal_entry()
    {
        var bankId = (await AccountIdsAsync(fixture.Factory))[Bank];
        using var browser = new Browser(fixture.Factory);
        await browser.SignInAsync("finance");

        var (_, page) = await browser.GetAsync($"/Finance/Reports/AccountDetail?year={Year}&accountId={bankId}");

        var links = page.QuerySelectorAll("table#account-detail tbody a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(7, links.Count);
        Assert.All(links, l => Assert.Matches("^/Finance/Journal/Details/[0-9]+$", l));
        var (missing, _) = await browser.GetAsync($"/Finance/Reports/AccountDetail?year={Year}&accountId=999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_provincial_officer_chooses_an_LAO_and_gets_404_for_another_province()
    {
        var other = await LaoInAnotherProvinceAsync();
        using var browser = new Browser(fixture.Factory);
        await browser.SignInAsync("province");

        var (picker, pickerPage) = await browser.GetAsync("/Finance/Reports/TrialBalance");
        Assert.Equal(HttpStatusCode.OK, picker.StatusCode);
        Assert.Null(pickerPage.QuerySelector("table#trial-balance"));
        var (own, ownPage) = await browser.GetAsync($"/Finance/Reports/BalanceSheet?laoId={fixture.LaoId}&year={Year}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.NotNull(ownPage.QuerySelector("table#balance-sheet"));

        foreach (var report in new[] { "TrialBalance", "GeneralLedger", "RevenueExpenditure", "BalanceSheet", "BudgetExecution", "CashFlow", "Index" })
        {
            var (response, _) = await browser.GetAsync($"/Finance/Reports/{report}?laoId={other}&year={Year}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var (excel, _) = await browser.GetAsync($"/Finance/Reports/TrialBalance?laoId={other}&year={Year}&format=xlsx");
        Assert.Equal(HttpStatusCode.NotFound, excel.StatusCode);
    }

    /// <summary>An LAO of another province (the demo's LAOs are all in Nakhon Nayok), added once.</summary>
    private Task<int> LaoInAnotherProvinceAsync() => fixture.Factory.WithDbAsync(async db =>
    {
        const string code = "9990101";
        if (await db.Set<Lao>().FirstOrDefaultAsync(l => l.Code == code) is { } existing)
        {
            return existing.Id;
        }

        var own = await db.Set<Lao>().AsNoTracking().SingleAsync(l => l.Id == fixture.LaoId);
        var province = await db.Set<Province>().AsNoTracking().Where(p => p.Id != own.ProvinceId).OrderBy(p => p.Id).FirstAsync();
        var lao = new Lao { Code = code, NameTh = "เทศบาลทดสอบต่างจังหวัด", NameEn = "Test municipality elsewhere", Type = own.Type, ProvinceId = province.Id, Population = 1000, CouncilSize = 12 };
        db.Set<Lao>().Add(lao);
        await db.SaveChangesAsync();
        return lao.Id;
    });

    [Fact]
    public async Task LAO_staff_get_404_for_another_LAOs_reports()
    {
        var other = await fixture.Factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT Id AS Value FROM org_Lao WHERE Id <> {fixture.LaoId} ORDER BY Id LIMIT 1").SingleAsync());
        using var browser = new Browser(fixture.Factory);
        await browser.SignInAsync("finance");

        var (response, _) = await browser.GetAsync($"/Finance/Reports/BudgetExecution?laoId={other}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/Finance/Reports/BudgetExecution?laoId={fixture.LaoId}&year=2569")).Response.StatusCode);
    }
}
