using System.Net;
using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Domain;
using LocalGov.Benchmarking.Services.Engine;
using LocalGov.Budgeting.Contracts;
using LocalGov.Finance.Contracts;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Revenue.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Benchmarking.Engine;

public sealed class RecomputeTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private async Task<IndicatorRecomputeResult> RecomputeAsync(int year, string by = "test")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IIndicatorRecompute>().RecomputeAsync(year, by);
    }

    /// <summary>The demo LAO's figures read straight from the modules' contracts, by the rules the engine documents.</summary>
    private async Task<(LaoDto Lao, Dictionary<string, decimal?> Figures)> DemoFiguresAsync(int year)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var s = scope.ServiceProvider;
        var lao = (await s.GetRequiredService<IOrganizationDirectory>().FindLaoByCodeAsync(DemoData.DemoLaoCode))!;
        int[] ids = [lao.Id];
        var budget = (await s.GetRequiredService<IBudgetSummaries>().GetAsync(year, ids)).SingleOrDefault();
        var finance = (await s.GetRequiredService<IFinanceSummaries>().GetAsync(year, ids)).SingleOrDefault();
        var revenue = await s.GetRequiredService<IRevenueSummaries>().GetAsync(lao.Id, year);
        var planning = (await s.GetRequiredService<IPlanningSummaries>().GetAsync(year, ids)).SingleOrDefault();
        var procurement = (await s.GetRequiredService<IProcurementSummaries>().GetAsync(year, ids)).SingleOrDefault();
        var inForce = budget is { Status: BudgetStatus.Approved or BudgetStatus.Promulgated };
        var figures = new Dictionary<string, decimal?>
        {
            ["population"] = lao.Population > 0 ? lao.Population : null,
            ["budget_expenditure"] = inForce ? budget!.ExpenditureTotal.Baht : null,
            ["budget_personnel"] = inForce ? budget!.PersonnelTotal.Baht : null,
            ["budget_capital"] = inForce ? budget!.CapitalTotal.Baht : null,
            ["budget_on_time"] = budget is null ? null : budget.PromulgatedOn is { } on ? (on < new DateOnly(year - 544, 10, 1) ? 1 : 0) : 0,
            ["finance_revenue"] = finance?.RevenueActual.Baht,
            ["finance_disbursed"] = finance?.BudgetDisbursed.Baht,
            ["finance_reserves"] = finance?.AccumulatedFunds.Baht,
            ["finance_debt_service"] = finance?.DebtService.Baht,
            ["revenue_collected"] = revenue.Count == 0 ? null : revenue.Sum(r => r.Collected.Baht),
            ["revenue_assessed"] = revenue.Count == 0 ? null : revenue.Sum(r => r.Assessed.Baht),
            ["planning_reports_due"] = planning?.ReportsDue,
            ["planning_reports_on_time"] = planning?.ReportsOnTime,
            ["planning_participants"] = planning?.Participants,
            ["procurement_contracted_value"] = procurement is { Cases: > 0 } ? procurement.ContractedValue.Baht : null,
            ["procurement_specific_value"] = procurement is { Cases: > 0 } ? procurement.SpecificMethodValue.Baht : null,
        };
        return (lao, figures);
    }

    [Theory]
    [InlineData(2569)]
    [InlineData(2570)]
    public async Task Demo_LAO_values_are_the_standard_formulas_applied_to_what_the_contracts_return(int year)
    {
        var (lao, figures) = await DemoFiguresAsync(year);

        var stored = await factory.WithDbAsync(db => db.Set<IndicatorValue>()
            .Where(v => v.FiscalYear == year && v.LaoId == lao.Id)
            .Join(db.Set<Indicator>(), v => v.IndicatorId, i => i.Id, (v, i) => new { i.Code, i.Formula, v.Value, v.MissingInputs })
            .ToListAsync());

        Assert.Equal(12, stored.Count);
        Assert.Contains(stored, s => s.Value is not null);
        foreach (var s in stored)
        {
            var expected = Formula.Parse(s.Formula).Formula!.Evaluate(figures);
            Assert.True(expected.Value is null ? s.Value is null : s.Value == Math.Round(expected.Value.Value, 4, MidpointRounding.AwayFromZero), $"{s.Code}: {s.Value} vs {expected.Value}");
            var missing = expected.Missing.Count > 0 ? string.Join(",", expected.Missing) : expected.DivisionByZero ? "/0" : null;
            Assert.Equal(missing, s.MissingInputs);
        }
    }

    [Fact]
    public async Task Missing_inputs_are_listed_for_LAOs_whose_modules_have_no_data()
    {
        var (values, figures) = await factory.WithDbAsync(async db => (
            await db.Set<IndicatorValue>().Where(v => v.FiscalYear == 2569).Join(db.Set<Indicator>(), v => v.IndicatorId, i => i.Id, (v, i) => new { v.LaoId, i.Formula, v.Value, v.MissingInputs }).ToListAsync(),
            await db.Set<LaoFigure>().Where(f => f.FiscalYear == 2569).ToListAsync()));
        var nullFigures = figures.Where(f => f.Value is null).Select(f => (f.LaoId, f.Code)).ToHashSet();

        var withMissing = values.Where(v => v.MissingInputs is { } m && m != "/0").ToList();
        Assert.NotEmpty(withMissing);
        Assert.All(withMissing, v =>
        {
            Assert.Null(v.Value);
            var expected = Formula.Parse(v.Formula).Formula!.Figures.Where(code => nullFigures.Contains((v.LaoId, code)));
            Assert.Equal(string.Join(",", expected), v.MissingInputs);
        });
        Assert.All(values.Where(v => v.Value is not null), v => Assert.Null(v.MissingInputs));
    }

    [Fact]
    public async Task Statistics_and_ranks_are_consistent_with_the_values()
    {
        var (values, statistics, indicators) = await factory.WithDbAsync(async db => (
            await db.Set<IndicatorValue>().Where(v => v.FiscalYear == 2570).ToListAsync(),
            await db.Set<IndicatorStatistic>().Where(s => s.FiscalYear == 2570).ToListAsync(),
            await db.Set<Indicator>().ToDictionaryAsync(i => i.Id)));

        Assert.NotEmpty(values);
        foreach (var group in values.GroupBy(v => v.IndicatorId))
        {
            var direction = indicators[group.Key].Direction;
            var present = group.Where(v => v.Value is not null).ToList();
            var nation = statistics.Single(s => s.IndicatorId == group.Key && s.Group == StatisticGroup.Nation && s.GroupKey == 0);
            Assert.Equal(present.Count, nation.Count);
            Assert.Equal(group.Count() - present.Count, nation.Missing);
            if (present.Count > 0)
            {
                var sorted = present.Select(v => v.Value!.Value).Order().ToList();
                var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
                Assert.Equal(Math.Round(median, 4, MidpointRounding.AwayFromZero), nation.Median);
                Assert.Equal(sorted[0], nation.Min);
                Assert.Equal(sorted[^1], nation.Max);
            }

            Assert.All(group.Where(v => v.Value is null), v => Assert.True(v.NationalRank is null && v.ProvinceRank is null && v.PeerRank is null && v.NationalPercentile is null));
            foreach (var v in present)
            {
                var better = present.Count(o => direction == IndicatorDirection.HigherIsBetter ? o.Value > v.Value : o.Value < v.Value);
                Assert.Equal(better + 1, v.NationalRank);
                Assert.InRange(v.NationalPercentile!.Value, 0m, 100m);
            }

            if (present.Count > 0)
            {
                Assert.Equal(1, present.Min(v => v.NationalRank));
                Assert.Equal(1, present.Min(v => v.ProvinceRank));
                Assert.True(present.Max(v => v.NationalRank) <= present.Count);
            }

            foreach (var peer in present.Where(v => v.PeerBandId is not null).GroupBy(v => v.PeerBandId!.Value))
            {
                var stat = statistics.Single(s => s.IndicatorId == group.Key && s.Group == StatisticGroup.PeerGroup && s.GroupKey == peer.Key);
                Assert.Equal(peer.Count(), stat.Count);
                Assert.Equal(1, peer.Min(v => v.PeerRank));
            }
        }
    }

    [Fact]
    public async Task Every_LAO_gets_a_profile_and_the_demo_municipality_a_peer_band_of_its_type()
    {
        var (profiles, bands) = await factory.WithDbAsync(async db => (
            await db.Set<LaoYearProfile>().Where(p => p.FiscalYear == 2570).ToListAsync(),
            await db.Set<PeerBand>().ToDictionaryAsync(b => b.Id)));
        var (lao, _) = await DemoFiguresAsync(2570);

        var demo = profiles.Single(p => p.LaoId == lao.Id);
        Assert.Equal(lao.ProvinceId, demo.ProvinceId);
        Assert.Equal(lao.Type, bands[demo.PeerBandId!.Value].LaoType);
        Assert.All(profiles.Where(p => p.PeerBandId is not null), p => Assert.Equal(p.LaoType, bands[p.PeerBandId!.Value].LaoType));
    }

    [Fact]
    public async Task Recomputing_replaces_the_year_and_keeps_reviews()
    {
        const int year = 2569;
        var before = await CountsAsync(year);
        var laoId = await factory.WithDbAsync(db => db.Set<IndicatorValue>().Where(v => v.FiscalYear == year).Select(v => v.LaoId).FirstAsync());
        var indicatorId = await factory.WithDbAsync(db => db.Set<Indicator>().Select(i => i.Id).FirstAsync());
        await factory.WithDbAsync(async db =>
        {
            db.Add(new OutlierReview
            {
                FiscalYear = year,
                IndicatorId = indicatorId,
                LaoId = laoId,
                ProvinceId = 1,
                Outcome = OutlierOutcome.Confirmed,
                Note = "checked",
                ReviewedBy = "dla",
                ReviewedUtc = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var result = await RecomputeAsync(year);

        var after = await CountsAsync(year);
        Assert.Equal(before with { Runs = before.Runs + 1 }, after);
        Assert.Equal(before.Profiles, result.Laos);
        Assert.Equal(12, result.Indicators);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<OutlierReview>().CountAsync(r => r.FiscalYear == year && r.LaoId == laoId && r.Note == "checked")));
        var run = await factory.WithDbAsync(db => db.Set<RecomputeRun>().OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal(("test", year, result.Values), (run.StartedBy, run.FiscalYear, run.Values));
        Assert.NotNull(run.FinishedUtc);
    }

    private sealed record Counts(int Profiles, int Figures, int Values, int Statistics, int Runs);

    private Task<Counts> CountsAsync(int year) => factory.WithDbAsync(async db => new Counts(
        await db.Set<LaoYearProfile>().CountAsync(p => p.FiscalYear == year),
        await db.Set<LaoFigure>().CountAsync(p => p.FiscalYear == year),
        await db.Set<IndicatorValue>().CountAsync(p => p.FiscalYear == year),
        await db.Set<IndicatorStatistic>().CountAsync(p => p.FiscalYear == year),
        await db.Set<RecomputeRun>().CountAsync(p => p.FiscalYear == year)));

    [Fact]
    public async Task The_demo_seeder_computed_the_five_demo_years()
    {
        var years = await factory.WithDbAsync(db => db.Set<RecomputeRun>().Where(r => r.StartedBy == "demo").Select(r => r.FiscalYear).Distinct().OrderBy(y => y).ToListAsync());

        Assert.Equal([2566, 2567, 2568, 2569, 2570], years);
        Assert.Equal(12, await factory.WithDbAsync(db => db.Set<Indicator>().CountAsync(i => i.FromYear == 2560)));
    }

    [Fact]
    public async Task Indicator_values_contract_returns_the_stored_values()
    {
        var stored = await factory.WithDbAsync(db => db.Set<IndicatorValue>()
            .Where(v => v.FiscalYear == 2570 && v.Value != null)
            .Join(db.Set<Indicator>().Where(i => i.Code == "OSR_SHARE" || i.Code == "BUDGET_EXECUTION"), v => v.IndicatorId, i => i.Id, (v, i) => new { i.Code, v.LaoId, v.Value, v.NationalRank, v.PeerPercentile })
            .ToListAsync());
        Assert.NotEmpty(stored);
        var one = stored[0];
        await using var scope = factory.Services.CreateAsyncScope();
        var values = scope.ServiceProvider.GetRequiredService<IIndicatorValues>();

        var read = await values.GetValuesAsync(2570, one.Code.ToLowerInvariant(), [one.LaoId]);
        var all = await values.GetValuesAsync(2570, null, null);
        var indicators = await values.GetIndicatorsAsync(2570);

        var info = Assert.Single(read);
        Assert.Equal((one.Code, one.LaoId, one.Value, one.NationalRank, one.PeerPercentile), (info.IndicatorCode, info.LaoId, info.Value, info.NationalRank, info.PeerPercentile));
        Assert.Equal(await factory.WithDbAsync(db => db.Set<IndicatorValue>().CountAsync(v => v.FiscalYear == 2570)), all.Count);
        Assert.Contains(indicators, i => i.Code == "PERSONNEL_RATIO" && i.Direction == IndicatorDirection.LowerIsBetter);
        Assert.Empty(await values.GetIndicatorsAsync(2550));
    }

    [Fact]
    public async Task Lao_staff_may_not_open_the_recompute_page()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/Benchmarking/Recompute")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.PostAsync("/Benchmarking/Recompute/Run", new Dictionary<string, string> { ["year"] = "2570" })).Response.StatusCode);
    }

    [Theory]
    [InlineData("dla")]
    [InlineData("admin")]
    public async Task Dla_and_admin_recompute_a_year_from_the_page(string user)
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync(user);
        var runsBefore = await factory.WithDbAsync(db => db.Set<RecomputeRun>().CountAsync(r => r.StartedBy == user));

        var (response, _) = await browser.SubmitAsync("/Benchmarking/Recompute", new Dictionary<string, string> { ["year"] = "2568" }, "/Benchmarking/Recompute/Run");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(runsBefore + 1, await factory.WithDbAsync(db => db.Set<RecomputeRun>().CountAsync(r => r.StartedBy == user && r.FiscalYear == 2568)));
        var (page, document) = await browser.GetAsync(Browser.PathOf(response));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("คำนวณตัวชี้วัดปีงบประมาณ 2568 แล้ว", document.Body!.TextContent);
        Assert.NotNull(document.QuerySelector("#recompute-runs tr[data-year='2568']"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999")]
    [InlineData("")]
    public async Task A_bad_year_gives_a_message_not_an_error(string year)
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("dla");
        var runsBefore = await factory.WithDbAsync(db => db.Set<RecomputeRun>().CountAsync());

        var (response, _) = await browser.SubmitAsync("/Benchmarking/Recompute", new Dictionary<string, string> { ["year"] = year }, "/Benchmarking/Recompute/Run");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(runsBefore, await factory.WithDbAsync(db => db.Set<RecomputeRun>().CountAsync()));
        var (_, document) = await browser.GetAsync(Browser.PathOf(response));
        Assert.Contains("ปีงบประมาณไม่ถูกต้อง", document.Body!.TextContent);
    }
}
