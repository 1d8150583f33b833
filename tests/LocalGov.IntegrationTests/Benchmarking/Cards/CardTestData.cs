using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Domain;
using LocalGov.Data;
using LocalGov.Data.Identity;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Benchmarking.Cards;

/// <summary>
/// Stored recomputation rows for the card tests, in fiscal years 2581–2585 (the shown year is 2585): the demo LAO
/// เทศบาลเมืองนครนายก in a test peer band with five other demo LAOs, four test indicators (a strength that improved, a
/// lower-is-better gap over its 40 % limit, one with missing inputs, one with a zero denominator), group statistics
/// and the figures behind the missing one.
/// </summary>
internal static class CardTestData
{
    public const int Year = 2585;

    public const string High = "CARD_T_HIGH";
    public const string Low = "CARD_T_LOW";
    public const string Missing = "CARD_T_MISSING";
    public const string Zero = "CARD_T_ZERO";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    internal sealed record Data(LaoDto Lao, ProvinceDto Province, IReadOnlyList<LaoDto> Peers, PeerBand Band);

    public static async Task<Data> EnsureAsync(LocalGovFactory factory)
    {
        await Gate.WaitAsync();
        try
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            var lao = (await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode))!;
            var province = (await directory.FindProvinceAsync(lao.ProvinceId))!;
            var peerIds = (await directory.GetLaoIdsInProvinceAsync(province.Id)).Where(id => id != lao.Id).Order().Take(5).ToList();
            var peers = await directory.GetLaosAsync(peerIds);
            var band = await db.Set<PeerBand>().FirstOrDefaultAsync(b => b.NameEn == "Card test band");
            if (band is not null)
            {
                return new Data(lao, province, peers, band);
            }

            band = new PeerBand { LaoType = LaoType.TownMunicipality, Basis = SizeBasis.Population, LowerBound = 987_654_321, NameTh = "กลุ่มทดสอบการ์ด", NameEn = "Card test band" };
            db.Add(band);
            await db.SaveChangesAsync();

            await BenchmarkTestData.ProfilesAsync(db, Year,
            [
                new LaoYearProfile { LaoId = lao.Id, ProvinceId = province.Id, LaoType = lao.Type, Population = 23_456, PeerBandId = band.Id, ComputedUtc = DateTime.UtcNow },
                .. peers.Select(p => new LaoYearProfile { LaoId = p.Id, ProvinceId = province.Id, LaoType = p.Type, Population = p.Population, PeerBandId = band.Id, ComputedUtc = DateTime.UtcNow }),
            ]);

            var high = await BenchmarkTestData.IndicatorAsync(db, High);
            var low = await BenchmarkTestData.IndicatorAsync(db, Low, IndicatorDirection.LowerIsBetter);
            low.Threshold = 40m;
            var missing = await BenchmarkTestData.IndicatorAsync(db, Missing);
            missing.Formula = "revenue_collected / finance_revenue * 100";
            var zero = await BenchmarkTestData.IndicatorAsync(db, Zero);
            zero.Formula = "revenue_collected / revenue_assessed * 100";
            high.SortOrder = 991;
            low.SortOrder = 992;
            missing.SortOrder = 993;
            zero.SortOrder = 994;
            await db.SaveChangesAsync();

            IndicatorValue Value(int laoId, decimal? value, int? peerRank, decimal? peerPercentile, int? nationalRank, string? missingInputs = null) => new()
            {
                LaoId = laoId,
                ProvinceId = province.Id,
                LaoType = LaoType.TownMunicipality,
                PeerBandId = band.Id,
                Value = value,
                MissingInputs = missingInputs,
                PeerRank = peerRank,
                PeerPercentile = peerPercentile,
                NationalRank = nationalRank,
                NationalPercentile = peerPercentile is null ? null : 70.1234m,
                ProvinceRank = peerRank is null ? null : peerRank + 1,
                ProvincePercentile = peerPercentile,
            };

            // The shown year.
            await BenchmarkTestData.ValuesAsync(db, Year, high, Value(lao.Id, 62.5m, 2, 83.3333m, 120), Value(peers[0].Id, 70m, 1, 100m, 10));
            await BenchmarkTestData.ValuesAsync(db, Year, low, Value(lao.Id, 45.25m, 6, 0m, 6_500));
            await BenchmarkTestData.ValuesAsync(db, Year, missing, Value(lao.Id, null, null, null, null, "revenue_collected,finance_revenue"));
            await BenchmarkTestData.ValuesAsync(db, Year, zero, Value(lao.Id, null, null, null, null, "/0"));
            foreach (var (indicator, stat) in new[]
            {
                (high, Stat(StatisticGroup.PeerGroup, band.Id, 6, 10m, 30m, 50m, 60m, 70m, 60m)),
                (high, Stat(StatisticGroup.Province, province.Id, 30, 5m, 20m, 41.125m, 55m, 90m, 55m)),
                (high, Stat(StatisticGroup.Nation, 0, 7_000, 0m, 15m, 38.5m, 52m, 99m, 52m)),
                (low, Stat(StatisticGroup.PeerGroup, band.Id, 6, 20m, 25m, 30m, 35m, 45.25m, 25m)),
                (low, Stat(StatisticGroup.Nation, 0, 7_100, 10m, 24m, 31m, 38m, 70m, 24m)),
                (missing, Stat(StatisticGroup.PeerGroup, band.Id, 4, 1m, 2m, 3m, 4m, 5m, 4m, missing: 2)),
            })
            {
                await BenchmarkTestData.StatisticAsync(db, Year, indicator, stat);
            }

            // The four years before: the strength improved from 50 (+25 %); one year lacks a figure.
            await BenchmarkTestData.ValuesAsync(db, Year - 1, high, Value(lao.Id, 50m, 3, 60m, 400));
            await BenchmarkTestData.ValuesAsync(db, Year - 2, high, Value(lao.Id, 48.125m, 3, 60m, 420));
            await BenchmarkTestData.ValuesAsync(db, Year - 3, high, Value(lao.Id, null, null, null, null, "population"));
            await BenchmarkTestData.ValuesAsync(db, Year - 4, high, Value(lao.Id, 40m, 4, 40m, 500));
            await BenchmarkTestData.ValuesAsync(db, Year - 1, low, Value(lao.Id, 44m, 6, 0m, 6_400));
            await BenchmarkTestData.StatisticAsync(db, Year - 1, high, Stat(StatisticGroup.PeerGroup, band.Id, 6, 10m, 30m, 49m, 58m, 70m, 58m));
            await BenchmarkTestData.StatisticAsync(db, Year - 4, high, Stat(StatisticGroup.PeerGroup, band.Id, 6, 10m, 30m, 45m, 55m, 70m, 55m));

            db.AddRange(
                new LaoFigure { FiscalYear = Year, LaoId = lao.Id, Code = FigureCatalog.RevenueCollected, Value = 1_234_567.89m },
                new LaoFigure { FiscalYear = Year, LaoId = lao.Id, Code = FigureCatalog.FinanceRevenue, Value = null },
                new LaoFigure { FiscalYear = Year, LaoId = lao.Id, Code = FigureCatalog.RevenueAssessed, Value = 0m });
            await db.SaveChangesAsync();
            await BenchmarkTestData.FinishedRunAsync(db, Year);
            return new Data(lao, province, peers, band);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A provincial DLA officer of a province other than the demo's (once per database).</summary>
    public static async Task<string> OtherProvinceOfficerAsync(LocalGovFactory factory, int demoProvinceId)
    {
        const string userName = "card.other.province";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return userName;
        }

        var other = (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().GetProvincesAsync()).First(p => p.Id != demoProvinceId);
        var user = new AppUser { UserName = userName, DisplayName = userName, ScopeLevel = ScopeLevel.Province, ProvinceId = other.Id, CreatedUtc = DateTime.UtcNow };
        var result = await users.CreateAsync(user, Browser.DemoPassword);
        result = result.Succeeded ? await users.AddToRoleAsync(user, Roles.ProvincialDlaOfficer) : result;
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return userName;
    }

    private static IndicatorStatistic Stat(
        StatisticGroup group, int key, int count, decimal min, decimal q1, decimal median, decimal q3, decimal max, decimal best, int missing = 0) => new()
        {
            Group = group,
            GroupKey = key,
            Count = count,
            Missing = missing,
            Min = min,
            Q1 = q1,
            Median = median,
            Q3 = q3,
            Max = max,
            Mean = median,
            BestQuartile = best,
        };
}
