using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Seeding;
using LocalGov.Data;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LocalGov.IntegrationTests.Budgeting.PreparationTestSupport;

namespace LocalGov.IntegrationTests.Budgeting;

/// <summary>The synthetic budget summary rows of the demo province and of the national dataset (benchmarking).</summary>
public sealed class SyntheticSummaryTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const int Seed = 20260101;

    [Fact]
    public async Task The_demo_province_has_a_synthetic_summary_for_every_other_LAO_and_year_except_those_left_out()
    {
        var laos = await NeighboursAsync();
        Assert.NotEmpty(laos);
        var rows = await factory.WithDbAsync(db => db.Set<BudgetSummaryRow>().AsNoTracking()
            .Where(s => s.FiscalYear >= 2566 && s.FiscalYear <= 2570).ToListAsync());
        foreach (var lao in laos)
        {
            foreach (var year in SyntheticFigures.DemoYears)
            {
                var expected = BudgetSummarySynthesis.Generate(lao, year, Seed);
                var row = rows.SingleOrDefault(r => r.LaoId == lao.Id && r.FiscalYear == year);
                if (row is { LineCount: > 0 })
                {
                    // A real budget of Budgeting's own demo (an SAO's FY 2570): left as it is.
                    continue;
                }

                Assert.Equal(expected is null, row is null);
                if (expected is not null)
                {
                    Assert.Equal((expected.ExpenditureTotal, expected.PersonnelTotal, expected.PromulgatedOn), (row!.ExpenditureTotal, row.PersonnelTotal, row.PromulgatedOn));
                }
            }
        }
    }

    [Fact]
    public async Task The_generator_never_overwrites_a_row_and_writes_the_same_rows_for_the_same_seed()
    {
        var laos = await NeighboursAsync();
        var lao = laos.First(l => BudgetSummarySynthesis.Generate(l, 2599, Seed) is not null);
        await factory.WithDbAsync(async db =>
        {
            db.Set<BudgetSummaryRow>().Add(new BudgetSummaryRow { LaoId = lao.Id, FiscalYear = 2598, ProvinceId = lao.ProvinceId, LaoType = (int)lao.Type, Status = BudgetStatus.Draft });
            return await db.SaveChangesAsync();
        });

        await using var scope = factory.Services.CreateAsyncScope();
        var synthesis = scope.ServiceProvider.GetRequiredService<BudgetSummarySynthesis>();
        var written = await synthesis.WriteAsync([lao], [2598, 2599], Seed, default);
        var again = await synthesis.WriteAsync([lao], [2598, 2599], Seed, default);

        Assert.Equal(1, written);
        Assert.Equal(0, again);
        var rows = await factory.WithDbAsync(db => db.Set<BudgetSummaryRow>().AsNoTracking().Where(s => s.LaoId == lao.Id && s.FiscalYear >= 2598).OrderBy(s => s.FiscalYear).ToListAsync());
        Assert.Equal(BudgetStatus.Draft, rows[0].Status);
        Assert.Equal(0, rows[0].ExpenditureTotal.Satang);
        var expected = BudgetSummarySynthesis.Generate(lao, 2599, Seed)!;
        Assert.Equal((expected.RevenueTotal, expected.ExpenditureTotal, expected.CapitalTotal, expected.PromulgatedOn), (rows[1].RevenueTotal, rows[1].ExpenditureTotal, rows[1].CapitalTotal, rows[1].PromulgatedOn));
        Assert.Equal(BudgetStatus.Promulgated, rows[1].Status);
    }

    [Fact]
    public void Generated_figures_fall_in_the_expected_ranges_with_a_few_left_out_late_and_extreme()
    {
        var rows = SampleLaos().SelectMany(l => Enumerable.Range(2566, 5).Select(y => (Lao: l, Row: BudgetSummarySynthesis.Generate(l, y, Seed)))).ToList();
        var present = rows.Where(r => r.Row is not null).Select(r => r.Row!).ToList();
        var missing = rows.Count - present.Count;
        Assert.InRange(missing, 1, rows.Count * 2 / 100);
        var personnel = present.Select(r => r.PersonnelTotal.Baht / r.ExpenditureTotal.Baht).ToList();
        var capital = present.Select(r => r.CapitalTotal.Baht / r.ExpenditureTotal.Baht).ToList();
        var extreme = personnel.Zip(capital).Count(x => x.First is < 0.19m or > 0.46m || x.Second is < 0.09m or > 0.36m);
        Assert.InRange(extreme, 1, present.Count / 100);
        Assert.True(personnel.Count(p => p is >= 0.19m and <= 0.46m) > present.Count * 99 / 100);
        Assert.Contains(personnel, p => p > 0.40m);
        var late = present.Count(r => r.PromulgatedOn > new SharedKernel.Time.FiscalYear(r.FiscalYear).Start);
        Assert.InRange(late, present.Count * 5 / 100, present.Count * 25 / 100);
        Assert.All(present, r => Assert.InRange(r.RevenueTotal.Baht / r.ExpenditureTotal.Baht, 0.99m, 1.05m));
        Assert.Equal(present.Select(r => r.ExpenditureTotal), SampleLaos().SelectMany(l => Enumerable.Range(2566, 5).Select(y => BudgetSummarySynthesis.Generate(l, y, Seed))).Where(r => r is not null).Select(r => r!.ExpenditureTotal));
    }

    [Fact]
    public async Task The_national_seeder_fills_the_three_years_before_the_generated_budgets_for_every_LAO()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetServices<INationalSeeder>().OfType<BudgetingSyntheticNationalSeeder>().Single();
            Assert.Equal(55, seeder.Order);
            await seeder.SeedAsync(new NationalSeedOptions(), default);
        }

        await using var check = factory.Services.CreateAsyncScope();
        var all = await check.ServiceProvider.GetRequiredService<IOrganizationDirectory>().GetAllLaosAsync();
        var keys = await factory.WithDbAsync(async db => (await db.Set<BudgetSummaryRow>().AsNoTracking().Where(s => s.FiscalYear >= 2566 && s.FiscalYear <= 2568)
            .Select(s => new { s.LaoId, s.FiscalYear }).ToListAsync()).Select(k => (k.LaoId, k.FiscalYear)).ToHashSet());
        foreach (var lao in all)
        {
            foreach (var year in new[] { 2566, 2567, 2568 })
            {
                Assert.Equal(BudgetSummarySynthesis.Generate(lao, year, Seed) is not null, keys.Contains((lao.Id, year)));
            }
        }
    }

    private async Task<IReadOnlyList<LaoDto>> NeighboursAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await SyntheticFigures.DemoNeighboursAsync(scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>(), default);
    }

    /// <summary>2,000 made-up LAOs of every type and size (the figures depend only on them, the year and the seed).</summary>
    internal static IEnumerable<LaoDto> SampleLaos() => Enumerable.Range(1, 2_000).Select(i => new LaoDto(
        i, $"S{i}", "ทดสอบ", "Sample", (LaoType)(1 + (i % 7)), 1 + (i % 77), null, 2_000 + (i * 37 % 60_000), 10m, 12));
}
