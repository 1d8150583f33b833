using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using ClosedXML.Excel;
using LocalGov.Benchmarking.Domain;
using LocalGov.Data;
using LocalGov.IntegrationTests.Finance.Vouchers;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Benchmarking.DataQuality;

/// <summary>
/// The data-quality view over rows written for FY 2581 (no demo year): five LAOs of province 26 with figures (one
/// without a budget, one without ledger figures and a late budget, one with late reports, one flagged outlier) and an
/// LAO of another province with missing, late and flagged data.
/// </summary>
public sealed class DataQualityTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const int Year = 2581;
    private const int OtherLaoId = 900_301;
    private const int BandId = 9_301;

    [Fact]
    public async Task Province_officer_sees_the_missing_and_late_lists_the_stored_figures_give()
    {
        var data = await EnsureAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("province");
        var (response, page) = await browser.GetAsync($"/Benchmarking/DataQuality?year={Year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var missing = page.QuerySelectorAll("#missing-data tbody tr").Select(r => (Id(r, "data-lao-id"), r.GetAttribute("data-module"))).ToList();
        Assert.Equal([(data.NoBudget, "Budgeting"), (data.NoLedger, "Finance")], missing.OrderBy(m => m.Item2));
        var noBudget = page.QuerySelector($"#missing-data tr[data-lao-id='{data.NoBudget}']")!;
        Assert.Equal("budget_expenditure, budget_revenue", Cell(noBudget, "figures"));
        Assert.Equal(data.Indicator.Code, Cell(noBudget, "indicators"));
        Assert.Equal("", Cell(page.QuerySelector($"#missing-data tr[data-lao-id='{data.NoLedger}']")!, "indicators"));

        var late = page.QuerySelectorAll("#late-data tbody tr").Select(r => (Id(r, "data-lao-id"), r.GetAttribute("data-kind"), Cell(r, "count"))).ToList();
        Assert.Equal([(data.NoLedger, "Budget", "1"), (data.LateReports, "Reports", "3")], late.OrderBy(l => l.Item2));
        Assert.DoesNotContain(page.QuerySelectorAll("[data-lao-id]"), r => Id(r, "data-lao-id") == OtherLaoId);
    }

    [Fact]
    public async Task Outliers_are_listed_with_the_peer_groups_range_and_median()
    {
        var data = await EnsureAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");
        var (_, page) = await browser.GetAsync($"/Benchmarking/DataQuality?year={Year}&provinceId={data.ProvinceId}&filter=all");
        var rows = page.QuerySelectorAll("#outlier-list tbody tr");
        var row = Assert.Single(rows);
        Assert.Equal(data.Outlier, Id(row, "data-lao-id"));
        Assert.Equal(data.Indicator.Code, row.GetAttribute("data-indicator"));
        Assert.Equal("512.50 %", Cell(row, "value"));
        Assert.Equal("20.25 – 40.75", Cell(row, "range"));
        Assert.Equal("30.00", Cell(row, "median"));
    }

    [Fact]
    public async Task A_review_is_saved_with_who_and_when_and_shown_on_the_list()
    {
        var data = await EnsureAsync();
        await factory.WithDbAsync(db => db.Set<OutlierReview>().Where(r => r.FiscalYear == Year).ExecuteDeleteAsync());
        using var browser = new Browser(factory);
        await browser.SignInAsync("province");
        var url = $"/Benchmarking/DataQuality?year={Year}&provinceId={data.ProvinceId}";
        var before = DateTime.UtcNow.AddSeconds(-1);
        var (response, _) = await VoucherTestData.SubmitFormAsync(browser, url, $"review-form-{data.Indicator.Id}-{data.Outlier}",
            new Dictionary<string, string> { ["Outcome"] = "DataError", ["Note"] = "รายได้บันทึกซ้ำ แจ้ง อปท. แก้ไขแล้ว" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var review = await factory.WithDbAsync(db => db.Set<OutlierReview>().AsNoTracking().SingleAsync(r => r.FiscalYear == Year));
        Assert.Equal((data.Indicator.Id, data.Outlier, data.ProvinceId), (review.IndicatorId, review.LaoId, review.ProvinceId));
        Assert.Equal(OutlierOutcome.DataError, review.Outcome);
        Assert.Equal("province", review.ReviewedBy);
        Assert.InRange(review.ReviewedUtc, before, DateTime.UtcNow.AddSeconds(1));

        // The default list shows only unreviewed outliers; "all" shows the review.
        var (_, unreviewed) = await browser.GetAsync(url);
        Assert.Empty(unreviewed.QuerySelectorAll("#outlier-list tbody tr"));
        var (_, all) = await browser.GetAsync(url + "&filter=all");
        var row = Assert.Single(all.QuerySelectorAll("#outlier-list tbody tr"));
        Assert.Equal("true", row.GetAttribute("data-reviewed"));
        Assert.Equal("รายได้บันทึกซ้ำ แจ้ง อปท. แก้ไขแล้ว", row.QuerySelector(".review-note")!.TextContent.Trim());
        Assert.Equal("province", row.QuerySelector(".review")!.GetAttribute("data-reviewed-by"));
    }

    [Fact]
    public async Task A_review_without_a_note_is_refused_with_a_field_message()
    {
        var data = await EnsureAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");
        var count = await factory.WithDbAsync(db => db.Set<OutlierReview>().CountAsync(r => r.FiscalYear == Year));
        var (response, page) = await VoucherTestData.SubmitFormAsync(browser, $"/Benchmarking/DataQuality/Review?year={Year}&indicatorId={data.Indicator.Id}&laoId={data.Outlier}",
            $"review-form-{data.Indicator.Id}-{data.Outlier}", new Dictionary<string, string> { ["Outcome"] = "Confirmed", ["Note"] = " " });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector($"#note-error-{data.Indicator.Id}-{data.Outlier}"));
        Assert.Equal(count, await factory.WithDbAsync(db => db.Set<OutlierReview>().CountAsync(r => r.FiscalYear == Year)));
    }

    [Fact]
    public async Task Province_officer_cannot_see_or_review_another_provinces_LAO()
    {
        var data = await EnsureAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("province");
        var (page, _) = await browser.GetAsync($"/Benchmarking/DataQuality?year={Year}&provinceId={data.OtherProvinceId}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var (excel, _) = await browser.GetAsync($"/Benchmarking/DataQuality/Excel?year={Year}&provinceId={data.OtherProvinceId}");
        Assert.Equal(HttpStatusCode.NotFound, excel.StatusCode);

        var (review, _) = await VoucherTestData.SubmitFormAsync(browser, $"/Benchmarking/DataQuality/Review?year={Year}&indicatorId={data.Indicator.Id}&laoId={data.Outlier}",
            $"review-form-{data.Indicator.Id}-{data.Outlier}",
            new Dictionary<string, string> { ["LaoId"] = OtherLaoId.ToString(CultureInfo.InvariantCulture), ["Outcome"] = "Confirmed", ["Note"] = "ตรวจแล้ว" });
        Assert.Equal(HttpStatusCode.NotFound, review.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<OutlierReview>().AnyAsync(r => r.LaoId == OtherLaoId)));
    }

    [Theory]
    [InlineData("/Benchmarking/DataQuality")]
    [InlineData("/Benchmarking/DataQuality?provinceId=26")]
    [InlineData("/Benchmarking/DataQuality/Excel?provinceId=26")]
    [InlineData("/Benchmarking/DataQuality/Review?year=2581&indicatorId=1&laoId=1")]
    public async Task Lao_staff_are_forbidden_the_data_quality_view(string url)
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        var (response, _) = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task National_summary_counts_each_provinces_LAOs_missing_late_and_flagged()
    {
        var data = await EnsureAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");
        var (response, page) = await browser.GetAsync($"/Benchmarking/DataQuality?year={Year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(77, page.QuerySelectorAll("#province-quality tbody tr").Length);
        var reviewed = await factory.WithDbAsync(db => db.Set<OutlierReview>().Where(r => r.FiscalYear == Year && r.ProvinceId == data.ProvinceId)
            .Select(r => r.LaoId).Distinct().CountAsync());

        var own = page.QuerySelector($"#province-quality tr[data-province-id='{data.ProvinceId}']")!;
        Assert.Equal(("5", "2", "2", "1", (1 - reviewed).ToString(CultureInfo.InvariantCulture)),
            (Cell(own, "laos"), Cell(own, "missing"), Cell(own, "late"), Cell(own, "outliers"), Cell(own, "unreviewed")));
        Assert.NotNull(own.QuerySelector($"a[href='/Benchmarking/DataQuality?year={Year}&provinceId={data.ProvinceId}']"));
        var other = page.QuerySelector($"#province-quality tr[data-province-id='{data.OtherProvinceId}']")!;
        Assert.Equal(("1", "1", "1", "1", "1"), (Cell(other, "laos"), Cell(other, "missing"), Cell(other, "late"), Cell(other, "outliers"), Cell(other, "unreviewed")));

        // National users open any province.
        var (otherPage, _) = await browser.GetAsync($"/Benchmarking/DataQuality?year={Year}&provinceId={data.OtherProvinceId}");
        Assert.Equal(HttpStatusCode.OK, otherPage.StatusCode);
    }

    [Fact]
    public async Task Excel_of_the_province_carries_the_rows_of_the_screen()
    {
        var data = await EnsureAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");
        var (_, page) = await browser.GetAsync($"/Benchmarking/DataQuality?year={Year}&provinceId={data.ProvinceId}&filter=all");
        var response = await browser.Client.GetAsync($"/Benchmarking/DataQuality/Excel?year={Year}&provinceId={data.ProvinceId}&filter=all");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());

        var missing = page.QuerySelectorAll("#missing-data tbody tr").ToList();
        Assert.Equal(missing.Count + 1, book.Worksheet(1).LastRowUsed()!.RowNumber());
        for (var i = 0; i < missing.Count; i++)
        {
            Assert.Equal(missing[i].QuerySelector("td")!.TextContent.Trim(), book.Worksheet(1).Cell(i + 2, 1).GetString());
            Assert.Equal(Cell(missing[i], "figures"), book.Worksheet(1).Cell(i + 2, 4).GetString());
        }

        Assert.Equal(page.QuerySelectorAll("#late-data tbody tr").Length + 1, book.Worksheet(2).LastRowUsed()!.RowNumber());
        var outliers = book.Worksheet(3);
        Assert.Equal(data.Indicator.Code, outliers.Cell(2, 3).GetString());
        Assert.Equal(512.5m, outliers.Cell(2, 5).GetValue<decimal>());
        Assert.Equal(20.25m, outliers.Cell(2, 6).GetValue<decimal>());
        Assert.Equal(30m, outliers.Cell(2, 7).GetValue<decimal>());
        Assert.Equal(40.75m, outliers.Cell(2, 8).GetValue<decimal>());
    }

    private static string Cell(IElement row, string col) => row.QuerySelector($"[data-col='{col}']")!.TextContent.Trim();

    private static int Id(IElement row, string attribute) => int.Parse(row.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    private sealed record TestData(int ProvinceId, int OtherProvinceId, Indicator Indicator, int NoBudget, int NoLedger, int LateReports, int Outlier, int Normal);

    private static readonly SemaphoreSlim Gate = new(1, 1);

    private async Task<TestData> EnsureAsync()
    {
        await Gate.WaitAsync();
        try
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            var provinces = await directory.GetProvincesAsync();
            var province = provinces.Single(p => p.Code == DemoData.DemoProvinceCode);
            var other = provinces.First(p => p.Id != province.Id);
            var laoIds = (await directory.GetLaoIdsInProvinceAsync(province.Id)).Order().Take(5).ToList();
            var indicator = await BenchmarkTestData.IndicatorAsync(db, "DQ_TEST");
            var data = new TestData(province.Id, other.Id, indicator, laoIds[0], laoIds[1], laoIds[2], laoIds[3], laoIds[4]);
            if (await db.Set<LaoYearProfile>().AnyAsync(p => p.FiscalYear == Year))
            {
                return data;
            }

            LaoYearProfile Profile(int laoId, int provinceId) =>
                new() { LaoId = laoId, ProvinceId = provinceId, LaoType = LaoType.SubdistrictAdministrativeOrganisation, Population = 5000, PeerBandId = BandId, ComputedUtc = DateTime.UtcNow };
            await BenchmarkTestData.ProfilesAsync(db, Year, [.. laoIds.Select(id => Profile(id, province.Id)), Profile(OtherLaoId, other.Id)]);

            // Every figure present, then the gaps of each LAO.
            var figures = new Dictionary<(int, string), decimal?>();
            foreach (var laoId in laoIds.Append(OtherLaoId))
            {
                foreach (var figure in FigureCatalog.All)
                {
                    figures[(laoId, figure.Code)] = 100m;
                }

                figures[(laoId, FigureCatalog.BudgetOnTime)] = 1m;
                figures[(laoId, FigureCatalog.PlanningReportsDue)] = 4m;
                figures[(laoId, FigureCatalog.PlanningReportsOnTime)] = 4m;
            }

            figures[(data.NoBudget, FigureCatalog.BudgetRevenue)] = null;
            figures[(data.NoBudget, FigureCatalog.BudgetExpenditure)] = null;
            figures[(data.NoLedger, FigureCatalog.FinanceRevenue)] = null;
            figures[(data.NoLedger, FigureCatalog.BudgetOnTime)] = 0m;
            figures[(data.LateReports, FigureCatalog.PlanningReportsOnTime)] = 1m;
            figures[(OtherLaoId, FigureCatalog.RevenueCollected)] = null;
            figures[(OtherLaoId, FigureCatalog.BudgetOnTime)] = 0m;
            db.AddRange(figures.Select(f => new LaoFigure { FiscalYear = Year, LaoId = f.Key.Item1, Code = f.Key.Item2, Value = f.Value }));
            await db.SaveChangesAsync();

            IndicatorValue Value(int laoId, int provinceId, decimal? value, string? missing = null, bool outlier = false) => new()
            {
                LaoId = laoId,
                ProvinceId = provinceId,
                LaoType = LaoType.SubdistrictAdministrativeOrganisation,
                PeerBandId = BandId,
                Value = value,
                MissingInputs = missing,
                IsOutlier = outlier,
            };
            await BenchmarkTestData.ValuesAsync(db, Year, indicator,
                Value(data.NoBudget, province.Id, null, "budget_revenue"),
                Value(data.NoLedger, province.Id, 25m),
                Value(data.LateReports, province.Id, 30m),
                Value(data.Outlier, province.Id, 512.5m, outlier: true),
                Value(data.Normal, province.Id, 35m),
                Value(OtherLaoId, other.Id, 999m, outlier: true));
            await BenchmarkTestData.StatisticAsync(db, Year, indicator, new IndicatorStatistic
            {
                Group = StatisticGroup.PeerGroup,
                GroupKey = BandId,
                Count = 5,
                Missing = 1,
                Min = 25m,
                Q1 = 20.25m,
                Median = 30m,
                Q3 = 40.75m,
                Max = 999m,
                Mean = 100m,
            });
            await BenchmarkTestData.FinishedRunAsync(db, Year);
            return data;
        }
        finally
        {
            Gate.Release();
        }
    }
}
