using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using LocalGov.Data;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Planning.Rollups;

/// <summary>
/// The province and national planning roll-ups over summary rows written directly for FY 2561 (a year no demo data
/// uses): six LAOs of province 26 with figures, the other 35 without a row, and one LAO of another province.
/// </summary>
public sealed class RollupsTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const int Year = 2561;
    private const int OtherLaoId = 900_101;

    [Fact]
    public async Task Province_officer_lands_on_own_province_and_sees_each_LAO_with_its_summary_figures_or_no_data()
    {
        var data = await EnsureSummariesAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("province");
        var (landing, _) = await browser.GetAsync($"/Planning/Rollups?year={Year}");
        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        var target = Browser.PathOf(landing);
        Assert.StartsWith($"/Planning/Rollups/Province/{data.ProvinceId}", target, StringComparison.Ordinal);

        var (response, page) = await browser.GetAsync(target);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#lao-rollup tbody tr[data-lao-id]");
        Assert.Equal(data.LaoIds.Order(), rows.Select(r => Id(r, "data-lao-id")).Order());
        foreach (var row in rows)
        {
            var laoId = Id(row, "data-lao-id");
            if (data.Rows.TryGetValue(laoId, out var s))
            {
                Assert.Equal("true", row.GetAttribute("data-has-data"));
                AssertFigures(s, row);
            }
            else
            {
                Assert.Equal("false", row.GetAttribute("data-has-data"));
                Assert.NotNull(row.QuerySelector(".no-data"));
                Assert.Null(row.QuerySelector("[data-col='planned']"));
            }
        }

        var total = page.QuerySelector("#province-total")!;
        Assert.Equal(BahtFormat.Format(Money.Sum(data.Rows.Values.Select(r => r.PlannedAmount))), Cell(total, "planned"));
        Assert.Equal(BahtFormat.Format(Money.Sum(data.Rows.Values.Select(r => r.DisbursedAmount))), Cell(total, "disbursed"));
        Assert.Equal(data.Rows.Values.Sum(r => r.ProjectsInPlan).ToString("N0", CultureInfo.InvariantCulture), Cell(total, "inplan"));

        // Budget per national strategy of the province only (the other province's row is not counted).
        var strategy = page.QuerySelector($"#by-strategy tr[data-strategy='{(int)NationalStrategy.GreenGrowth}']")!;
        Assert.Equal("7", Cell(strategy, "projects"));
        Assert.Equal(BahtFormat.Format(Money.FromBaht(3_500_000m)), Cell(strategy, "planned"));

        // Late reports: the LAOs with a report due and not on time.
        var late = page.QuerySelectorAll("#late-reports tbody tr").Select(r => Id(r, "data-lao-id")).Order();
        Assert.Equal(data.Rows.Values.Where(r => r.ReportsLate > 0).Select(r => r.LaoId).Order(), late);
    }

    [Fact]
    public async Task Province_table_sorts_on_the_server_by_the_asked_column_with_LAOs_without_data_last()
    {
        var data = await EnsureSummariesAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("province");
        var (_, page) = await browser.GetAsync($"/Planning/Rollups/Province/{data.ProvinceId}?year={Year}&sort=planned&desc=true");
        var order = page.QuerySelectorAll("#lao-rollup tbody tr[data-lao-id]").Select(r => Id(r, "data-lao-id")).ToList();
        var expected = data.Rows.Values.OrderByDescending(r => r.PlannedAmount.Satang).Select(r => r.LaoId).ToList();
        Assert.Equal(expected, order.Take(expected.Count));
        Assert.All(order.Skip(expected.Count), id => Assert.DoesNotContain(id, data.Rows.Keys));

        (_, page) = await browser.GetAsync($"/Planning/Rollups/Province/{data.ProvinceId}?year={Year}&sort=rate");
        order = page.QuerySelectorAll("#lao-rollup tbody tr[data-lao-id]").Select(r => Id(r, "data-lao-id")).ToList();
        var rates = order.Take(data.Rows.Count).Select(id => data.Rows[id].BudgetedAmount.Satang == 0 ? -1m : data.Rows[id].DisbursedAmount.Satang * 1m / data.Rows[id].BudgetedAmount.Satang).ToList();
        Assert.Equal(rates.Order(), rates);
    }

    [Fact]
    public async Task National_page_totals_equal_the_sum_of_the_province_rows_and_the_province_row_sums_its_LAOs()
    {
        var data = await EnsureSummariesAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");
        var (response, page) = await browser.GetAsync($"/Planning/Rollups?year={Year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var provinces = page.QuerySelectorAll("#province-rollup tbody tr[data-province-id]");
        Assert.Equal(77, provinces.Length);
        var total = page.QuerySelector("#national-total")!;
        foreach (var col in new[] { "withdata", "approved", "inplan", "inactionplan", "done", "inprogress", "notstarted", "cancelled", "due", "ontime", "late" })
        {
            Assert.Equal(provinces.Sum(p => Number(Cell(p, col))), Number(Cell(total, col)));
        }

        foreach (var col in new[] { "planned", "budgeted", "disbursed" })
        {
            Assert.Equal(provinces.Sum(p => Baht(Cell(p, col))), Baht(Cell(total, col)));
        }

        var own = provinces.Single(p => Id(p, "data-province-id") == data.ProvinceId);
        Assert.Equal(data.Rows.Count.ToString(CultureInfo.InvariantCulture), Cell(own, "withdata"));
        Assert.Equal(BahtFormat.Format(Money.Sum(data.Rows.Values.Select(r => r.BudgetedAmount))), Cell(own, "budgeted"));
        var counted = data.Rows.Values.Sum(r => r.ProjectsInActionPlan - r.ProjectsCancelled);
        var progress = Math.Round((decimal)data.Rows.Values.Sum(r => r.PercentCompleteTotal) / counted, 1, MidpointRounding.AwayFromZero);
        Assert.Equal(progress.ToString("0.0", CultureInfo.InvariantCulture) + " %", Cell(own, "progress"));
        Assert.NotNull(own.QuerySelector($"a[href='/Planning/Rollups/Province/{data.ProvinceId}?year={Year}']"));
        var other = provinces.Single(p => Id(p, "data-province-id") == data.OtherProvinceId);
        Assert.Equal("1", Cell(other, "withdata"));

        // A national user opens any province.
        var (otherPage, _) = await browser.GetAsync($"/Planning/Rollups/Province/{data.OtherProvinceId}?year={Year}");
        Assert.Equal(HttpStatusCode.OK, otherPage.StatusCode);
    }

    [Theory]
    [InlineData("/Planning/Rollups")]
    [InlineData("/Planning/Rollups/Province/1")]
    [InlineData("/Planning/Rollups/Province/1/Export")]
    [InlineData("/Planning/Rollups/ExportNational")]
    public async Task Lao_staff_are_forbidden_the_rollups(string url)
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("planning");
        var (response, _) = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Province_officer_cannot_open_or_export_another_province_nor_the_national_view()
    {
        var data = await EnsureSummariesAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("province");
        var (page, _) = await browser.GetAsync($"/Planning/Rollups/Province/{data.OtherProvinceId}?year={Year}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var (export, _) = await browser.GetAsync($"/Planning/Rollups/Province/{data.OtherProvinceId}/Export?year={Year}");
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
        var (national, _) = await browser.GetAsync($"/Planning/Rollups/ExportNational?year={Year}");
        Assert.Equal(HttpStatusCode.Forbidden, national.StatusCode);
    }

    [Fact]
    public async Task Excel_exports_carry_the_numbers_of_the_screen()
    {
        var data = await EnsureSummariesAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");
        var (_, page) = await browser.GetAsync($"/Planning/Rollups/Province/{data.ProvinceId}?year={Year}");
        var response = await browser.Client.GetAsync($"/Planning/Rollups/Province/{data.ProvinceId}/Export?year={Year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using (var book = new XLWorkbook(await response.Content.ReadAsStreamAsync()))
        {
            var sheet = book.Worksheet(1);
            var screen = page.QuerySelectorAll("#lao-rollup tbody tr[data-lao-id]").ToList();
            for (var i = 0; i < screen.Count; i++)
            {
                var row = sheet.Row(i + 2);
                var code = screen[i].QuerySelector("td")!.TextContent.Trim();
                Assert.Equal(code, row.Cell(1).GetString());
                if (screen[i].GetAttribute("data-has-data") == "true")
                {
                    Assert.Equal(Number(Cell(screen[i], "inplan")), row.Cell(5).GetValue<int>());
                    Assert.Equal(Baht(Cell(screen[i], "planned")), row.Cell(11).GetValue<decimal>());
                    Assert.Equal(Baht(Cell(screen[i], "budgeted")), row.Cell(12).GetValue<decimal>());
                    Assert.Equal(Baht(Cell(screen[i], "disbursed")), row.Cell(13).GetValue<decimal>());
                    Assert.Equal(Cell(screen[i], "rate"), Percent(row.Cell(14)));
                    Assert.Equal(Cell(screen[i], "progress"), Percent(row.Cell(15)));
                    Assert.Equal(Number(Cell(screen[i], "late")), row.Cell(18).GetValue<int>());
                    Assert.Equal("#,##0.00", row.Cell(11).Style.NumberFormat.Format);
                }
            }

            var totalRow = sheet.Row(screen.Count + 2);
            var total = page.QuerySelector("#province-total")!;
            Assert.Equal(Baht(Cell(total, "planned")), totalRow.Cell(11).GetValue<decimal>());
            Assert.Equal(Cell(total, "rate"), Percent(totalRow.Cell(14)));
            var strategies = book.Worksheet(2);
            Assert.Equal(Baht(Cell(page.QuerySelector("#strategy-total")!, "planned")), strategies.Row(8).Cell(4).GetValue<decimal>());
        }

        (_, page) = await browser.GetAsync($"/Planning/Rollups?year={Year}");
        response = await browser.Client.GetAsync($"/Planning/Rollups/ExportNational?year={Year}");
        using (var book = new XLWorkbook(await response.Content.ReadAsStreamAsync()))
        {
            var sheet = book.Worksheet(1);
            var screen = page.QuerySelectorAll("#province-rollup tbody tr[data-province-id]").ToList();
            for (var i = 0; i < screen.Count; i++)
            {
                Assert.Equal(Number(Cell(screen[i], "withdata")), sheet.Row(i + 2).Cell(4).GetValue<int>());
                Assert.Equal(Baht(Cell(screen[i], "disbursed")), sheet.Row(i + 2).Cell(14).GetValue<decimal>());
                Assert.Equal(Cell(screen[i], "progress"), Percent(sheet.Row(i + 2).Cell(16)));
            }

            Assert.Equal(Baht(Cell(page.QuerySelector("#national-total")!, "budgeted")), sheet.Row(screen.Count + 2).Cell(13).GetValue<decimal>());
        }
    }

    private static void AssertFigures(PlanningYearSummary s, IElement row)
    {
        Assert.Equal(s.ProjectsInPlan.ToString("N0", CultureInfo.InvariantCulture), Cell(row, "inplan"));
        Assert.Equal(s.ProjectsInActionPlan.ToString(CultureInfo.InvariantCulture), Cell(row, "inactionplan"));
        Assert.Equal(s.ProjectsDone.ToString(CultureInfo.InvariantCulture), Cell(row, "done"));
        Assert.Equal(s.ProjectsInProgress.ToString(CultureInfo.InvariantCulture), Cell(row, "inprogress"));
        Assert.Equal(s.ProjectsNotStarted.ToString(CultureInfo.InvariantCulture), Cell(row, "notstarted"));
        Assert.Equal(s.ProjectsCancelled.ToString(CultureInfo.InvariantCulture), Cell(row, "cancelled"));
        Assert.Equal(BahtFormat.Format(s.PlannedAmount), Cell(row, "planned"));
        Assert.Equal(BahtFormat.Format(s.BudgetedAmount), Cell(row, "budgeted"));
        Assert.Equal(BahtFormat.Format(s.DisbursedAmount), Cell(row, "disbursed"));
        var rate = s.BudgetedAmount.Satang == 0 ? "–"
            : Math.Round(s.DisbursedAmount.Satang * 100m / s.BudgetedAmount.Satang, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + " %";
        Assert.Equal(rate, Cell(row, "rate"));
        var counted = s.ProjectsInActionPlan - s.ProjectsCancelled;
        var progress = counted == 0 ? "–" : Math.Round((decimal)s.PercentCompleteTotal / counted, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + " %";
        Assert.Equal(progress, Cell(row, "progress"));
        Assert.Equal(s.ReportsDue.ToString(CultureInfo.InvariantCulture), Cell(row, "due"));
        Assert.Equal(s.ReportsOnTime.ToString(CultureInfo.InvariantCulture), Cell(row, "ontime"));
        Assert.Equal(s.ReportsLate.ToString(CultureInfo.InvariantCulture), Cell(row, "late"));
    }

    private static string Cell(IElement row, string col) => row.QuerySelector($"[data-col='{col}']")!.TextContent.Trim();

    private static int Id(IElement row, string attribute) => int.Parse(row.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    private static int Number(string text) => int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    private static decimal Baht(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string Percent(IXLCell cell) => cell.IsEmpty() ? "–" : cell.GetValue<decimal>().ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private sealed record TestData(int ProvinceId, int OtherProvinceId, IReadOnlyList<int> LaoIds, IReadOnlyDictionary<int, PlanningYearSummary> Rows);

    private async Task<TestData> EnsureSummariesAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var provinces = await directory.GetProvincesAsync();
        var province = provinces.Single(p => p.Code == DemoData.DemoProvinceCode);
        var other = provinces.First(p => p.Id != province.Id);
        var laoIds = (await directory.GetLaoIdsInProvinceAsync(province.Id)).Order().ToList();

        if (!await db.Set<PlanningYearSummary>().AnyAsync(s => s.FiscalYear == Year))
        {
            PlanningYearSummary Row(int laoId, int provinceId, int i) => new()
            {
                LaoId = laoId,
                ProvinceId = provinceId,
                FiscalYear = Year,
                HasApprovedPlan = i % 3 != 2,
                ProjectsInPlan = 10 + (i * 7 % 13),
                ProjectsInActionPlan = 6 + i,
                ProjectsDone = 2 + (i % 3),
                ProjectsInProgress = 2,
                ProjectsNotStarted = 1 + (i % 2),
                ProjectsCancelled = i % 2,
                PlannedAmount = Money.FromBaht(1_000_000m + (i * 370_000.25m % 2_000_000m)),
                BudgetedAmount = i == 4 ? Money.Zero : Money.FromBaht(800_000m + (i * 110_000m)),
                DisbursedAmount = i == 4 ? Money.Zero : Money.FromBaht(100_000.5m * ((i * 5 % 7) + 1)),
                PercentCompleteTotal = 35 * (4 + i),
                ReportsDue = 4,
                ReportsOnTime = 4 - (i % 3),
                ReportsLate = i % 3,
                UpdatedAt = DateTimeOffset.UtcNow,
            };
            for (var i = 0; i < 6; i++)
            {
                db.Add(Row(laoIds[i * 5], province.Id, i));
            }

            db.Add(Row(OtherLaoId, other.Id, 7));
            db.AddRange(
                new PlanningStrategySummary { LaoId = laoIds[0], ProvinceId = province.Id, FiscalYear = Year, NationalStrategy = NationalStrategy.GreenGrowth, Projects = 4, PlannedAmount = Money.FromBaht(2_000_000m) },
                new PlanningStrategySummary { LaoId = laoIds[5], ProvinceId = province.Id, FiscalYear = Year, NationalStrategy = NationalStrategy.GreenGrowth, Projects = 3, PlannedAmount = Money.FromBaht(1_500_000m) },
                new PlanningStrategySummary { LaoId = laoIds[5], ProvinceId = province.Id, FiscalYear = Year, NationalStrategy = NationalStrategy.Security, Projects = 2, PlannedAmount = Money.FromBaht(250_000.5m) },
                new PlanningStrategySummary { LaoId = OtherLaoId, ProvinceId = other.Id, FiscalYear = Year, NationalStrategy = NationalStrategy.GreenGrowth, Projects = 9, PlannedAmount = Money.FromBaht(9_000_000m) });
            await db.SaveChangesAsync();
        }

        var rows = await db.Set<PlanningYearSummary>().AsNoTracking().Where(s => s.FiscalYear == Year && s.ProvinceId == province.Id).ToDictionaryAsync(s => s.LaoId);
        return new TestData(province.Id, other.Id, laoIds, rows);
    }
}
