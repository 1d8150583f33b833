using LocalGov.IntegrationTests.Budgeting;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Seeding;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Revenue.Summaries;

/// <summary>The synthetic own-source revenue summary rows of the demo province and the national dataset (benchmarking).</summary>
public sealed class SyntheticRevenueSummaryTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const int Seed = 20260101;

    [Fact]
    public async Task The_demo_province_has_a_few_rows_per_LAO_year_read_back_through_the_contract()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var laos = await SyntheticFigures.DemoNeighboursAsync(scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>(), default);
        var summaries = scope.ServiceProvider.GetRequiredService<IRevenueSummaries>();
        var ids = laos.Select(l => l.Id).ToList();
        var counts = await factory.WithDbAsync(async db => (await db.Set<RevenueSummaryRow>().AsNoTracking()
            .Where(s => ids.Contains(s.LaoId) && s.FiscalYear >= 2566 && s.FiscalYear <= 2570)
            .GroupBy(s => new { s.LaoId, s.FiscalYear }).Select(g => new { g.Key.LaoId, g.Key.FiscalYear, Rows = g.Count() }).ToListAsync())
            .ToDictionary(k => (k.LaoId, k.FiscalYear), k => k.Rows));
        foreach (var year in SyntheticFigures.DemoYears)
        {
            var read = (await summaries.GetForYearAsync(year, ids)).GroupBy(r => r.LaoId).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var lao in laos)
            {
                var expected = RevenueSummarySynthesis.Generate(lao, year, Seed);
                Assert.Equal(expected.Count, counts.GetValueOrDefault((lao.Id, year)));
                if (expected.Count > 0)
                {
                    Assert.Equal(Money.Sum(expected.Select(r => r.Collected)), Money.Sum(read[lao.Id].Select(r => r.Collected)));
                    Assert.Equal(3, read[lao.Id].Count);
                }
            }
        }
    }

    [Fact]
    public async Task The_generator_never_touches_an_LAO_year_that_has_rows_and_is_deterministic()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var laos = await SyntheticFigures.DemoNeighboursAsync(scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>(), default);
        var lao = laos.First(l => RevenueSummarySynthesis.Generate(l, 2599, Seed).Count > 0);
        await factory.WithDbAsync(async db =>
        {
            db.Set<RevenueSummaryRow>().Add(new RevenueSummaryRow { LaoId = lao.Id, FiscalYear = 2598, Kind = RevenueKind.Fee, Month = 1, ProvinceId = lao.ProvinceId, Collected = Money.FromBaht(5m) });
            return await db.SaveChangesAsync();
        });
        var synthesis = scope.ServiceProvider.GetRequiredService<RevenueSummarySynthesis>();

        Assert.Equal(1, await synthesis.WriteAsync([lao], [2598, 2599], Seed, default));
        Assert.Equal(0, await synthesis.WriteAsync([lao], [2598, 2599], Seed, default));

        var rows = await factory.WithDbAsync(db => db.Set<RevenueSummaryRow>().AsNoTracking().Where(s => s.LaoId == lao.Id && s.FiscalYear >= 2598).ToListAsync());
        Assert.Equal(Money.FromBaht(5m), Assert.Single(rows, r => r.FiscalYear == 2598).Collected);
        var expected = RevenueSummarySynthesis.Generate(lao, 2599, Seed);
        Assert.Equal(
            expected.Select(r => $"{r.Kind}/{r.Month}/{r.Assessed.Satang}/{r.Collected.Satang}/{r.Penalties.Satang}").Order(StringComparer.Ordinal),
            rows.Where(r => r.FiscalYear == 2599).Select(r => $"{r.Kind}/{r.Month}/{r.Assessed.Satang}/{r.Collected.Satang}/{r.Penalties.Satang}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Own_source_share_and_collection_efficiency_fall_in_the_expected_ranges()
    {
        var laoYears = SyntheticSummaryTests.SampleLaos().SelectMany(l => Enumerable.Range(2566, 5).Select(y => (Lao: l, Year: y))).ToList();
        var generated = laoYears.Select(k => (k.Lao, k.Year, Rows: RevenueSummarySynthesis.Generate(k.Lao, k.Year, Seed))).Where(g => g.Rows.Count > 0).ToList();
        Assert.InRange(laoYears.Count - generated.Count, 1, laoYears.Count * 2 / 100);
        var share = generated.Select(g => Money.Sum(g.Rows.Select(r => r.Collected)).Baht / SyntheticFigures.ExpenditureBaht(g.Lao, g.Year, Seed)).ToList();
        var efficiency = generated.Select(g => Money.Sum(g.Rows.Select(r => r.Collected)).Baht / Money.Sum(g.Rows.Select(r => r.Assessed)).Baht).ToList();
        var extreme = share.Count(s => s is < 0.019m or > 0.401m) + efficiency.Count(e => e is < 0.499m or > 1.001m);
        Assert.InRange(extreme, 1, generated.Count / 100);
        Assert.Contains(share, s => s < 0.05m);
        Assert.Contains(share, s => s > 0.35m);
        Assert.All(generated, g => Assert.InRange(g.Rows.Count, 3, 8));
    }

    [Fact]
    public async Task The_national_seeder_fills_five_years_for_every_LAO_without_revenue_data()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetServices<INationalSeeder>().OfType<RevenueSyntheticNationalSeeder>().Single();
            Assert.Equal(80, seeder.Order);
            await seeder.SeedAsync(new NationalSeedOptions(), default);
        }

        await using var check = factory.Services.CreateAsyncScope();
        var all = await check.ServiceProvider.GetRequiredService<IOrganizationDirectory>().GetAllLaosAsync();
        var keys = await factory.WithDbAsync(async db => (await db.Set<RevenueSummaryRow>().AsNoTracking().Where(s => s.FiscalYear >= 2566 && s.FiscalYear <= 2570)
            .Select(s => new { s.LaoId, s.FiscalYear }).Distinct().ToListAsync()).Select(k => (k.LaoId, k.FiscalYear)).ToHashSet());
        foreach (var lao in all.Where(l => l.Code != DemoData.DemoLaoCode))
        {
            foreach (var year in SyntheticFigures.DemoYears)
            {
                Assert.Equal(RevenueSummarySynthesis.Generate(lao, year, Seed).Count > 0, keys.Contains((lao.Id, year)));
            }
        }
    }
}
