using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using LocalGov.Data;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Services;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Revenue.Dashboard;

/// <summary>
/// The LAO revenue dashboard over bills and receipts made directly in the database for a neighbour of the demo
/// LAO in fiscal years 2561 and 2560 (no demo data there), with the summary rows kept by <see cref="RevenueSummaryUpdater"/>.
/// </summary>
public sealed class DashboardTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const int Year = 2561;

    [Fact]
    public async Task Province_officer_sees_assessed_collected_efficiency_and_change_by_kind_and_month()
    {
        var laoId = await EnsureDataAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("province");
        var (response, page) = await browser.GetAsync($"/Revenue/Dashboard?laoId={laoId}&year={Year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Assessed 10,000 (land tax) + 2,000 (signboard); the cancelled fee bill does not count. Collected 6,000 + 2,000;
        // the cancelled receipt does not count. Last year's collection 5,000 → +60 %.
        Assert.Equal("12,000.00", page.QuerySelector("#kpi-assessed")!.TextContent.Trim());
        Assert.Equal("8,000.00", page.QuerySelector("#kpi-collected")!.TextContent.Trim());
        Assert.Equal("66.7 %", page.QuerySelector("#kpi-efficiency")!.TextContent.Trim());
        Assert.Equal("60.0 %", page.QuerySelector("#kpi-change")!.TextContent.Trim());
        Assert.Equal("4,000.00", page.QuerySelector("#kpi-outstanding")!.TextContent.Trim());

        var land = Cells(page.QuerySelector($"#kind-table tr[data-kind='{RevenueKind.LandAndBuildingTax}']")!);
        Assert.Equal(["10,000.00", "6,000.00", "60.0 %", "100.00", "5,000.00", "20.0 %"], land);
        var fee = Cells(page.QuerySelector($"#kind-table tr[data-kind='{RevenueKind.Fee}']")!);
        Assert.Equal(["0.00", "0.00", "–", "0.00", "0.00", "–"], fee);

        var months = page.QuerySelectorAll("#month-table tbody tr");
        Assert.Equal(12, months.Length);
        Assert.StartsWith("ต.ค. 2560", months[0].QuerySelector("th")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["2,000.00", "2,000.00", "0.00"], Cells(months[1]));  // November 2017
        Assert.Equal(["10,000.00", "0.00", "0.00"], Cells(months[4]));     // February 2018
        Assert.Equal(["0.00", "6,000.00", "5,000.00"], Cells(months[5]));  // March 2018, and March 2017 last year

        var debtor = Assert.Single(page.QuerySelectorAll("#debtor-table tbody tr"));
        Assert.Contains("4,000.00", debtor.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("canvas#month-chart[data-chart]"));
    }

    [Fact]
    public async Task Export_has_the_same_figures_as_the_page()
    {
        var laoId = await EnsureDataAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("province");
        var response = await browser.Client.GetAsync($"/Revenue/Dashboard/Export?laoId={laoId}&year={Year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var kinds = book.Worksheet(1);
        Assert.Equal(10_000m, kinds.Cell(2, 2).GetValue<decimal>());
        Assert.Equal(6_000m, kinds.Cell(2, 3).GetValue<decimal>());
        Assert.Equal(12_000m, kinds.Cell(5, 2).GetValue<decimal>());
        Assert.Equal(8_000m, kinds.Cell(5, 3).GetValue<decimal>());
        Assert.Equal(4_000m, book.Worksheet(3).Cell(2, 5).GetValue<decimal>());
    }

    [Fact]
    public async Task LAO_staff_see_only_their_own_LAO_and_others_get_404()
    {
        var otherLaoId = await EnsureDataAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("revenue");
        var (own, page) = await browser.GetAsync($"/Revenue/Dashboard?year={Year}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains(DemoData.DemoLaoCode, page.QuerySelector("#dashboard-lao")!.TextContent, StringComparison.Ordinal);
        var (other, _) = await browser.GetAsync($"/Revenue/Dashboard?laoId={otherLaoId}&year={Year}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        var export = await browser.Client.GetAsync($"/Revenue/Dashboard/Export?laoId={otherLaoId}&year={Year}");
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
    }

    [Fact]
    public async Task Province_officer_picks_from_the_province_and_national_officer_finds_by_code()
    {
        var laoId = await EnsureDataAsync();
        using (var province = new Browser(factory))
        {
            await province.SignInAsync("province");
            var (_, picker) = await province.GetAsync("/Revenue/Dashboard");
            Assert.Equal(41, picker.QuerySelectorAll("#lao-choices a").Length);
        }

        using var dla = new Browser(factory);
        await dla.SignInAsync("dla");
        string code;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            code = (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindLaoAsync(laoId))!.Code;
        }

        var (found, page) = await dla.GetAsync($"/Revenue/Dashboard?code={code}&year={Year}");
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal("12,000.00", page.QuerySelector("#kpi-assessed")!.TextContent.Trim());
        var (_, missing) = await dla.GetAsync("/Revenue/Dashboard?code=0000000");
        Assert.Contains("0000000", missing.QuerySelector("#code-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_recomputes_the_same_summary_rows_after_they_were_lost()
    {
        var laoId = await EnsureDataAsync();
        static string Key(RevenueSummaryRow r) => $"{r.FiscalYear}/{r.Kind}/{r.Month}: {r.Assessed.Satang} {r.Collected.Satang} {r.Penalties.Satang}";
        // The years this test billed and received in; the demo's synthetic summary rows of later years have no bills to rebuild from.
        var before = await factory.WithDbAsync(async db => (await db.Set<RevenueSummaryRow>().AsNoTracking().Where(r => r.LaoId == laoId && r.FiscalYear <= 2561).ToListAsync()).Select(Key).Order().ToList());
        Assert.NotEmpty(before);
        await factory.WithDbAsync(db => db.Set<RevenueSummaryRow>().Where(r => r.LaoId == laoId).ExecuteDeleteAsync());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<IRevenueSummaryRebuild>().RebuildAsync() >= 2);
        }

        var after = await factory.WithDbAsync(async db => (await db.Set<RevenueSummaryRow>().AsNoTracking().Where(r => r.LaoId == laoId && r.FiscalYear <= 2561).ToListAsync()).Select(Key).Order().ToList());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Citizens_are_sent_to_sign_in()
    {
        using var browser = new Browser(factory);
        var (response, _) = await browser.GetAsync("/Revenue/Dashboard");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", Browser.PathOf(response), StringComparison.Ordinal);
    }

    private static string[] Cells(AngleSharp.Dom.IElement row) => [.. row.QuerySelectorAll("td").Select(c => c.TextContent.Trim())];

    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Creates the test data once per factory: bills and receipts of a neighbour LAO in FY 2560–2561.</summary>
    private async Task<int> EnsureDataAsync()
    {
        await Gate.WaitAsync();
        try
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<LocalGovDbContext>();
            var directory = services.GetRequiredService<IOrganizationDirectory>();
            var demo = (await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode))!;
            var laoId = (await directory.GetLaoIdsInProvinceAsync(demo.ProvinceId)).First(id => id != demo.Id);
            if (await db.Set<Bill>().AnyAsync(b => b.LaoId == laoId && b.SourceKey.StartsWith("TEST:")))
            {
                return laoId;
            }

            var taxpayer = new Taxpayer { LaoId = laoId, Kind = TaxpayerKind.Person, TaxId = "1103700000011", Title = "นาย", FirstName = "ทดสอบ", LastName = "แดชบอร์ด", CreatedUtc = DateTime.UtcNow };
            var book = new ReceiptBook { LaoId = laoId, FiscalYear = Year, BookNo = "T/2561" };
            db.AddRange(taxpayer, book);
            await db.SaveChangesAsync();

            Bill NewBill(string key, RevenueKind kind, DateOnly issued, decimal amount, decimal paid, BillStatus status) => new()
            {
                LaoId = laoId,
                TaxpayerId = taxpayer.Id,
                Kind = kind,
                TaxYear = issued.Year + 543,
                FiscalYear = LocalGov.SharedKernel.Time.FiscalYear.Containing(issued).BuddhistYear,
                Number = "TEST " + key,
                SourceKey = "TEST:" + key,
                IssuedOn = issued,
                DueOn = issued.AddMonths(2),
                Amount = Money.FromBaht(amount),
                PaidPrincipal = Money.FromBaht(paid),
                Status = status,
                CreatedUtc = DateTime.UtcNow,
            };
            var land = NewBill("LBT", RevenueKind.LandAndBuildingTax, new DateOnly(2018, 2, 15), 10_000m, 6_000m, BillStatus.PartlyPaid);
            var sign = NewBill("SGN", RevenueKind.SignboardTax, new DateOnly(2017, 11, 1), 2_000m, 2_000m, BillStatus.Paid);
            var fee = NewBill("FEE", RevenueKind.Fee, new DateOnly(2018, 1, 5), 999m, 0m, BillStatus.Cancelled);
            var lastYear = NewBill("LBT-2560", RevenueKind.LandAndBuildingTax, new DateOnly(2017, 2, 1), 5_000m, 5_000m, BillStatus.Paid);
            db.AddRange(land, sign, fee, lastYear);
            await db.SaveChangesAsync();

            var number = 0;
            Receipt NewReceipt(DateOnly on, Bill bill, decimal principal, decimal interest, ReceiptStatus status)
            {
                number++;
                var receipt = new Receipt
                {
                    LaoId = laoId,
                    BookId = book.Id,
                    Number = number,
                    ReceiptNo = "T/2561-" + number.ToString(CultureInfo.InvariantCulture),
                    FiscalYear = LocalGov.SharedKernel.Time.FiscalYear.Containing(on).BuddhistYear,
                    IssuedOn = on,
                    TaxpayerId = taxpayer.Id,
                    PayerName = "ทดสอบ",
                    Method = PaymentMethod.Cash,
                    Total = Money.FromBaht(principal + interest),
                    Status = status,
                    IssuedBy = "test",
                    CreatedUtc = DateTime.UtcNow,
                };
                receipt.Lines.Add(new ReceiptLine { BillId = bill.Id, Principal = Money.FromBaht(principal), Interest = Money.FromBaht(interest) });
                return receipt;
            }

            db.AddRange(
                NewReceipt(new DateOnly(2018, 3, 10), land, 6_000m, 100m, ReceiptStatus.Issued),
                NewReceipt(new DateOnly(2018, 3, 11), land, 500m, 0m, ReceiptStatus.Cancelled),
                NewReceipt(new DateOnly(2017, 11, 20), sign, 2_000m, 0m, ReceiptStatus.Issued),
                NewReceipt(new DateOnly(2017, 3, 1), lastYear, 5_000m, 0m, ReceiptStatus.Issued));
            await db.SaveChangesAsync();

            var updater = services.GetRequiredService<RevenueSummaryUpdater>();
            await updater.RefreshAsync(laoId, Year, CancellationToken.None);
            await updater.RefreshAsync(laoId, Year - 1, CancellationToken.None);
            await db.SaveChangesAsync();
            return laoId;
        }
        finally
        {
            Gate.Release();
        }
    }
}
