using LocalGov.Budgeting.Contracts;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Seeding;
using LocalGov.IntegrationTests.Budgeting;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Finance;

/// <summary>The synthetic finance summary rows of the demo province and the national dataset (benchmarking).</summary>
public sealed class SyntheticFinanceSummaryTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const int Seed = 20260101;

    [Fact]
    public async Task The_demo_province_rows_are_scaled_by_each_LAOs_budget_and_skip_the_demo_LAO()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
        var laos = await SyntheticFigures.DemoNeighboursAsync(directory, default);
        var demo = await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode);
        Assert.DoesNotContain(laos, l => l.Id == demo!.Id);
        var budgets = scope.ServiceProvider.GetRequiredService<IBudgetSummaries>();
        var rows = await factory.WithDbAsync(db => db.Set<FinanceSummaryRow>().AsNoTracking().Where(s => s.FiscalYear >= 2566 && s.FiscalYear <= 2570).ToListAsync());
        var executions = new List<decimal>();
        foreach (var year in SyntheticFigures.DemoYears)
        {
            var ofYear = (await budgets.GetAsync(year, null)).ToDictionary(b => b.LaoId);
            foreach (var lao in laos)
            {
                var budget = ofYear.TryGetValue(lao.Id, out var b) ? b.ExpenditureTotal : (Money?)null;
                var expected = FinanceSummarySynthesis.Generate(lao, year, Seed, budget);
                var row = rows.SingleOrDefault(r => r.LaoId == lao.Id && r.FiscalYear == year);
                Assert.Equal(expected is null, row is null);
                if (row is not null && budget is { } e)
                {
                    Assert.Equal((expected!.BudgetDisbursed, expected.DebtService, expected.AccumulatedFunds), (row.BudgetDisbursed, row.DebtService, row.AccumulatedFunds));
                    executions.Add(row.BudgetDisbursed.Baht / e.Baht);
                }
            }
        }

        Assert.True(executions.Count(x => x is >= 0.60m and <= 0.98m) >= executions.Count - 1, "execution against the budget 60–98 %");
    }

    [Fact]
    public async Task The_generator_never_overwrites_a_row_and_is_deterministic()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var laos = await SyntheticFigures.DemoNeighboursAsync(scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>(), default);
        var lao = laos.First(l => FinanceSummarySynthesis.Generate(l, 2599, Seed, null) is not null);
        await factory.WithDbAsync(async db =>
        {
            db.Set<FinanceSummaryRow>().Add(new FinanceSummaryRow { LaoId = lao.Id, FiscalYear = 2598, ProvinceId = lao.ProvinceId, LaoType = (int)lao.Type, DebtService = Money.FromBaht(1m) });
            return await db.SaveChangesAsync();
        });
        var synthesis = scope.ServiceProvider.GetRequiredService<FinanceSummarySynthesis>();

        Assert.Equal(1, await synthesis.WriteAsync([lao], [2598, 2599], Seed, default));
        Assert.Equal(0, await synthesis.WriteAsync([lao], [2598, 2599], Seed, default));

        var rows = await factory.WithDbAsync(db => db.Set<FinanceSummaryRow>().AsNoTracking().Where(s => s.LaoId == lao.Id && s.FiscalYear >= 2598).OrderBy(s => s.FiscalYear).ToListAsync());
        Assert.Equal(Money.FromBaht(1m), rows[0].DebtService);
        Assert.Equal(Money.Zero, rows[0].RevenueActual);
        var expected = FinanceSummarySynthesis.Generate(lao, 2599, Seed, null)!;
        Assert.Equal((expected.RevenueActual, expected.BudgetDisbursed, expected.DebtService), (rows[1].RevenueActual, rows[1].BudgetDisbursed, rows[1].DebtService));
    }

    [Fact]
    public void Generated_figures_fall_in_the_expected_ranges_with_a_few_left_out_and_extreme()
    {
        var laoYears = SyntheticSummaryTests.SampleLaos().SelectMany(l => Enumerable.Range(2566, 5).Select(y => (Lao: l, Year: y))).ToList();
        var rows = laoYears.Select(k => (k.Lao, Row: FinanceSummarySynthesis.Generate(k.Lao, k.Year, Seed, null))).Where(r => r.Row is not null).ToList();
        Assert.InRange(laoYears.Count - rows.Count, 1, laoYears.Count * 2 / 100);
        var budget = rows.Select(r => (decimal)SyntheticFigures.ExpenditureBaht(r.Lao, r.Row!.FiscalYear, Seed)).ToList();
        var execution = rows.Select((r, i) => r.Row!.BudgetDisbursed.Baht / budget[i]).ToList();
        var reserves = rows.Select((r, i) => r.Row!.AccumulatedFunds.Baht / budget[i]).ToList();
        var debt = rows.Select(r => r.Row!.DebtService.Baht / r.Row.RevenueActual.Baht).ToList();
        var extreme = execution.Count(x => x is < 0.599m or > 0.981m) + reserves.Count(x => x is < 0.099m or > 0.801m) + debt.Count(x => x > 0.081m);
        Assert.InRange(extreme, 1, rows.Count / 100);
        Assert.InRange(debt.Count(x => x == 0m), rows.Count * 30 / 100, rows.Count * 50 / 100);
        Assert.All(rows, r => Assert.True(r.Row!.ExpenseActual >= r.Row.BudgetDisbursed && r.Row.Liabilities.Satang > 0));
    }

    [Fact]
    public async Task The_national_seeder_fills_five_years_for_every_LAO()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetServices<INationalSeeder>().OfType<FinanceSyntheticNationalSeeder>().Single();
            Assert.Equal(70, seeder.Order);
            await seeder.SeedAsync(new NationalSeedOptions(), default);
        }

        await using var check = factory.Services.CreateAsyncScope();
        var all = await check.ServiceProvider.GetRequiredService<IOrganizationDirectory>().GetAllLaosAsync();
        var keys = await factory.WithDbAsync(async db => (await db.Set<FinanceSummaryRow>().AsNoTracking().Where(s => s.FiscalYear >= 2566 && s.FiscalYear <= 2570)
            .Select(s => new { s.LaoId, s.FiscalYear }).ToListAsync()).Select(k => (k.LaoId, k.FiscalYear)).ToHashSet());
        Assert.True(all.Count > 10);
        foreach (var lao in all.Where(l => l.Code != DemoData.DemoLaoCode))
        {
            foreach (var year in SyntheticFigures.DemoYears)
            {
                Assert.Equal(FinanceSummarySynthesis.Generate(lao, year, Seed, null) is not null, keys.Contains((lao.Id, year)));
            }
        }
    }
}
