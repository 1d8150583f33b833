using System.Net;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Services;
using LocalGov.Data;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Budgeting;

/// <summary>
/// Province and national roll-ups over budgets created directly in the database (FY 2561 and 2560, years no
/// demo data uses), with the summary tables kept by <see cref="BudgetSummaryUpdater"/>.
/// </summary>
public sealed class RollupsTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const int Year = 2561;
    private const int PreviousYear = 2560;

    /// <summary>Statuses given to the first LAOs of province 26 (by id); the rest have not started.</summary>
    private static readonly BudgetStatus[] Statuses =
    [
        BudgetStatus.Draft, BudgetStatus.Returned, BudgetStatus.SubmittedToCouncil, BudgetStatus.PassedByCouncil,
        BudgetStatus.SubmittedToSupervisor, BudgetStatus.Approved, BudgetStatus.Promulgated,
    ];

    [Fact]
    public async Task Province_officer_lands_on_own_province_and_sees_every_LAO_with_status_late_flag_and_totals()
    {
        var data = await EnsureBudgetsAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("province");
        var (landing, _) = await browser.GetAsync($"/Budgeting/Rollups?year={Year}");
        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        var target = Browser.PathOf(landing);
        Assert.StartsWith($"/Budgeting/Rollups/Province/{data.ProvinceId}", target, StringComparison.Ordinal);

        var (response, page) = await browser.GetAsync(target);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#lao-rollup tbody tr[data-lao-id]");
        Assert.Equal(41, rows.Length);
        Assert.Equal(data.LaoIds.Order(), rows.Select(r => int.Parse(r.GetAttribute("data-lao-id")!, System.Globalization.CultureInfo.InvariantCulture)).Order());

        var expected = new Dictionary<int, (string Status, bool Late)>();
        for (var i = 0; i < data.LaoIds.Count; i++)
        {
            var status = i < Statuses.Length ? RollupsRules.Classify(Statuses[i]) : RollupStatus.NotStarted;
            expected[data.LaoIds[i]] = (status.ToString(), status != RollupStatus.Approved);
        }

        foreach (var row in rows)
        {
            var laoId = int.Parse(row.GetAttribute("data-lao-id")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(expected[laoId].Status, row.GetAttribute("data-status"));
            Assert.Equal(expected[laoId].Late ? "true" : "false", row.GetAttribute("data-late"));
        }

        var total = page.QuerySelector("#province-total")!.QuerySelectorAll("td");
        Assert.Equal(BahtFormat.Format(data.Expenditure), total[4].TextContent.Trim());
        Assert.Equal(BahtFormat.Format(data.Revenue), total[3].TextContent.Trim());

        // Drill-down: a budget's LAO links to its budget page; the one awaiting approval has a review link.
        var awaiting = rows.Single(r => r.GetAttribute("data-lao-id") == data.LaoIds[4].ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, awaiting.QuerySelectorAll($"a[href='/Budgeting/Budgets/Details/{data.BudgetIds[4]}']").Length);
        Assert.Empty(rows.Single(r => r.GetAttribute("data-lao-id") == data.LaoIds[^1].ToString(System.Globalization.CultureInfo.InvariantCulture)).QuerySelectorAll("a"));

        // Tables by แผนงาน and by งบ add up to the province's expenditure.
        Assert.Equal(data.Expenditure, SumAmounts(page, "#by-programme"));
        Assert.Equal(data.Expenditure, SumAmounts(page, "#by-group"));
    }

    [Fact]
    public async Task Province_officer_cannot_open_or_export_another_province()
    {
        var data = await EnsureBudgetsAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("province");
        var (page, _) = await browser.GetAsync($"/Budgeting/Rollups/Province/{data.OtherProvinceId}?year={Year}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var (export, _) = await browser.GetAsync($"/Budgeting/Rollups/Province/{data.OtherProvinceId}/Export?year={Year}");
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
        var (national, _) = await browser.GetAsync($"/Budgeting/Rollups/ExportNational?year={Year}");
        Assert.Equal(HttpStatusCode.Forbidden, national.StatusCode);
    }

    [Theory]
    [InlineData("/Budgeting/Rollups")]
    [InlineData("/Budgeting/Rollups/Province/26")]
    [InlineData("/Budgeting/Rollups/ExportNational")]
    public async Task Lao_staff_are_forbidden_the_rollups(string url)
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        var (response, _) = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task National_page_lists_77_provinces_with_status_counts_totals_and_year_over_year_change()
    {
        var data = await EnsureBudgetsAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");
        var (response, page) = await browser.GetAsync($"/Budgeting/Rollups?year={Year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(77, page.QuerySelectorAll("#province-rollup tbody tr[data-province-id]").Length);

        var cells = page.QuerySelector($"#province-rollup tr[data-province-id='{data.ProvinceId}']")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["41", "34", "2", "2", "1", "2", "39"], cells.Skip(2).Take(7));
        Assert.Equal(BahtFormat.Format(data.Revenue), cells[9]);
        Assert.Equal(BahtFormat.Format(data.Expenditure), cells[10]);
        Assert.Equal(BahtFormat.Format(data.PreviousExpenditure), cells[12]);
        var change = Math.Round((data.Expenditure - data.PreviousExpenditure).Satang * 100m / data.PreviousExpenditure.Satang, 1, MidpointRounding.AwayFromZero);
        Assert.Equal(change.ToString("+0.0;-0.0;0.0", System.Globalization.CultureInfo.InvariantCulture) + " %", cells[13]);

        var other = page.QuerySelector($"#province-rollup tr[data-province-id='{data.OtherProvinceId}']")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(BahtFormat.Format(data.OtherExpenditure), other[10]);
        Assert.Equal("–", other[13]);

        var total = page.QuerySelector("#national-total")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(BahtFormat.Format(data.Expenditure + data.OtherExpenditure), total[10]);
        Assert.Equal(data.Expenditure + data.OtherExpenditure, SumAmounts(page, "#by-programme"));
    }

    [Fact]
    public async Task Excel_exports_open_with_one_row_per_LAO_and_per_province()
    {
        var data = await EnsureBudgetsAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");

        var province = await browser.Client.GetAsync($"/Budgeting/Rollups/Province/{data.ProvinceId}/Export?year={Year}");
        Assert.Equal(HttpStatusCode.OK, province.StatusCode);
        using (var book = new XLWorkbook(await province.Content.ReadAsStreamAsync()))
        {
            var sheet = book.Worksheet(1);
            Assert.Equal(1 + 41 + 1, sheet.LastRowUsed().RowNumber());
            Assert.Equal(data.Expenditure.Baht, sheet.Cell(43, 7).GetValue<decimal>());
            Assert.Equal(4, book.Worksheets.Count);
        }

        var national = await browser.Client.GetAsync($"/Budgeting/Rollups/ExportNational?year={Year}");
        Assert.Equal(HttpStatusCode.OK, national.StatusCode);
        using (var book = new XLWorkbook(await national.Content.ReadAsStreamAsync()))
        {
            var sheet = book.Worksheet(1);
            Assert.Equal(1 + 77 + 1, sheet.LastRowUsed().RowNumber());
            Assert.Equal((data.Expenditure + data.OtherExpenditure).Baht, sheet.Cell(79, 11).GetValue<decimal>());
        }
    }

    [Fact]
    public async Task Rebuild_writes_the_same_summary_rows_as_the_incremental_updater()
    {
        await EnsureBudgetsAsync();
        var before = await SnapshotAsync();
        Assert.NotEmpty(before.Summaries);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var written = await scope.ServiceProvider.GetRequiredService<IBudgetSummaryRebuild>().RebuildAsync();
            Assert.Equal(before.Summaries.Count, written);
        }

        var after = await SnapshotAsync();
        Assert.Equal(before.Summaries, after.Summaries);
        Assert.Equal(before.ByClassification, after.ByClassification);
    }

    [Fact]
    public async Task Budget_summaries_contract_returns_the_years_rows_for_the_asked_LAOs()
    {
        var data = await EnsureBudgetsAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var summaries = scope.ServiceProvider.GetRequiredService<IBudgetSummaries>();
        var rows = await summaries.GetAsync(Year, data.LaoIds);
        Assert.Equal(Statuses.Length, rows.Count);
        Assert.Equal(data.Expenditure, Money.Sum(rows.Select(r => r.ExpenditureTotal)));
        Assert.Equal(Statuses, rows.OrderBy(r => data.LaoIds.IndexOf(r.LaoId)).Select(r => r.Status));
    }

    private static Money SumAmounts(IHtmlDocument page, string table) =>
        Money.Sum(page.QuerySelectorAll($"{table} tbody tr").Where(r => r.QuerySelectorAll("td").Length == 4)
            .Select(r => Money.FromBaht(decimal.Parse(r.QuerySelectorAll("td")[2].TextContent.Trim().Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture))));

    private async Task<(List<string> Summaries, List<string> ByClassification)> SnapshotAsync() => await factory.WithDbAsync(async db =>
    {
        var summaries = (await db.Set<BudgetSummaryRow>().AsNoTracking().ToListAsync())
            .Select(s => $"{s.LaoId}/{s.FiscalYear}/{s.ProvinceId}/{s.LaoType}/{s.Status}/{s.RevenueTotal.Satang}/{s.ExpenditureTotal.Satang}/{s.PersonnelTotal.Satang}/{s.CapitalTotal.Satang}/{s.LineCount}")
            .Order(StringComparer.Ordinal).ToList();
        var byClassification = (await db.Set<BudgetSummaryByClassificationRow>().AsNoTracking().ToListAsync())
            .Select(s => $"{s.LaoId}/{s.FiscalYear}/{s.ProvinceId}/{s.LaoType}/{s.ClassificationId}/{s.Amount.Satang}")
            .Order(StringComparer.Ordinal).ToList();
        return (summaries, byClassification);
    });

    private sealed record TestData(
        int ProvinceId, List<int> LaoIds, List<int> BudgetIds, Money Expenditure, Money Revenue, Money PreviousExpenditure,
        int OtherProvinceId, Money OtherExpenditure);

    /// <summary>
    /// Once per database: annual budgets for FY 2561 for the first LAOs of province 26 (one per status) and one in
    /// another province; promulgated FY 2560 budgets for the same LAOs of province 26. Summaries through the updater.
    /// </summary>
    private async Task<TestData> EnsureBudgetsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var directory = services.GetRequiredService<IOrganizationDirectory>();
        var db = services.GetRequiredService<LocalGovDbContext>();
        var province = (await directory.GetProvincesAsync()).Single(p => p.Code == DemoData.DemoProvinceCode);
        var laos = (await directory.GetLaosAsync(await directory.GetLaoIdsInProvinceAsync(province.Id))).OrderBy(l => l.Id).ToList();
        Assert.Equal(41, laos.Count);
        var otherProvince = (await directory.GetProvincesAsync()).First(p => p.Id != province.Id);

        // The demo has LAOs in province 26 only; the other province's budget uses an LAO id outside the demo.
        var otherLaoId = 900_001;
        var classifications = await db.Set<Classification>().AsNoTracking().ToListAsync();
        var category = classifications.First(c => c.Kind == ClassificationKind.ExpenditureCategory && c.IsPersonnel);
        var capital = classifications.First(c => c.Kind == ClassificationKind.ExpenditureCategory && c.IsCapital);
        var workUnit = classifications.First(c => c.Kind == ClassificationKind.WorkUnit);
        var otherWorkUnit = classifications.Last(c => c.Kind == ClassificationKind.WorkUnit);
        var revenueCategory = classifications.First(c => c.Kind == ClassificationKind.RevenueCategory);

        Budget NewBudget(int laoId, int provinceId, LaoType type, int year, BudgetStatus status, decimal baseBaht) => new()
        {
            LaoId = laoId,
            ProvinceId = provinceId,
            LaoType = (int)type,
            FiscalYear = year,
            Kind = BudgetKind.Annual,
            Status = status,
            CreatedUtc = DateTime.UtcNow,
            Lines =
            [
                Line(1, workUnit, category, Money.FromBaht(baseBaht)),
                Line(2, otherWorkUnit, capital, Money.FromBaht(baseBaht / 4 + 0.25m)),
            ],
            Revenues = [new RevenueEstimate { LineNo = 1, CategoryId = revenueCategory.Id, ItemName = "ภาษี", Amount = Money.FromBaht(baseBaht * 1.5m) }],
        };

        if (!await db.Set<Budget>().AnyAsync(b => b.FiscalYear == Year))
        {
            var updater = services.GetRequiredService<BudgetSummaryUpdater>();
            for (var i = 0; i < Statuses.Length; i++)
            {
                db.Set<Budget>().Add(NewBudget(laos[i].Id, province.Id, laos[i].Type, Year, Statuses[i], 1_000_000m * (i + 1)));
                db.Set<Budget>().Add(NewBudget(laos[i].Id, province.Id, laos[i].Type, PreviousYear, BudgetStatus.Promulgated, 900_000m * (i + 1)));
            }

            db.Set<Budget>().Add(NewBudget(otherLaoId, otherProvince.Id, LaoType.SubdistrictAdministrativeOrganisation, Year, BudgetStatus.Approved, 3_000_000m));
            await db.SaveChangesAsync();
            for (var i = 0; i < Statuses.Length; i++)
            {
                await updater.RefreshAsync(laos[i].Id, Year, CancellationToken.None);
                await updater.RefreshAsync(laos[i].Id, PreviousYear, CancellationToken.None);
            }

            await updater.RefreshAsync(otherLaoId, Year, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var budgets = await db.Set<Budget>().AsNoTracking().Include(b => b.Lines).Include(b => b.Revenues)
            .Where(b => b.FiscalYear == Year || b.FiscalYear == PreviousYear).ToListAsync();
        var ids = laos.Take(Statuses.Length).Select(l => budgets.Single(b => b.LaoId == l.Id && b.FiscalYear == Year).Id).ToList();
        var own = budgets.Where(b => b.ProvinceId == province.Id).ToList();
        return new TestData(
            province.Id,
            laos.ConvertAll(l => l.Id),
            ids,
            Money.Sum(own.Where(b => b.FiscalYear == Year).SelectMany(b => b.Lines).Select(l => l.CurrentAmount)),
            Money.Sum(own.Where(b => b.FiscalYear == Year).SelectMany(b => b.Revenues).Select(r => r.Amount)),
            Money.Sum(own.Where(b => b.FiscalYear == PreviousYear).SelectMany(b => b.Lines).Select(l => l.CurrentAmount)),
            otherProvince.Id,
            Money.Sum(budgets.Where(b => b.LaoId == otherLaoId).SelectMany(b => b.Lines).Select(l => l.CurrentAmount)));
    }

    private static BudgetLine Line(int no, Classification workUnit, Classification category, Money amount) => new()
    {
        LineNo = no,
        ProgrammeId = workUnit.ParentId!.Value,
        WorkUnitId = workUnit.Id,
        GroupId = category.ParentId!.Value,
        CategoryId = category.Id,
        ItemName = "รายการ " + no.ToString(System.Globalization.CultureInfo.InvariantCulture),
        OriginalAmount = amount,
        CurrentAmount = amount,
    };
}
