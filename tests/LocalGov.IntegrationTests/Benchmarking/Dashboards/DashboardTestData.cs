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

namespace LocalGov.IntegrationTests.Benchmarking.Dashboards;

/// <summary>
/// The stored rows the dashboard and ranking tests read, in fiscal year 2581 (last year 2580). Twelve demo LAOs have
/// values (ranks computed here from the values, best first, ties sharing the best rank), two have none; the values are
/// stored under province 26 (seven LAOs with values, two without) and province 10 (five), whatever the directory says,
/// so that scope and province filters can be tested with the demo's single province of LAOs.
/// </summary>
internal sealed class DashboardTestData
{
    public const int Year = 2581;
    public const int LastYear = 2580;

    /// <summary><see cref="Year"/> for constant URLs (test attributes).</summary>
    public const string YearText = "2581";
    public const string Higher = "DASHT_HI";
    public const string Lower = "DASHT_LO";
    public const string Paged = "DASHT_PAGE";
    public const int OtherProvince = 10;
    public const int DemoProvince = 26;

    /// <summary>Values of LAOs 0–11 in 2581; LAOs 3 and 4 tie.</summary>
    public static readonly decimal[] Values = [10, 15, 20, 30, 30, 35, 40, 45, 50, 55, 60, 65];

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public required IReadOnlyList<int> Laos { get; init; }

    public required int BandId { get; init; }

    public static int ProvinceOf(int index) => index is >= 7 and <= 11 ? OtherProvince : DemoProvince;

    public static LaoType TypeOf(int index) => index <= 5 || index >= 12
        ? LaoType.SubdistrictAdministrativeOrganisation
        : LaoType.SubdistrictMunicipality;

    /// <summary>Last year: LAO 0 rose by 10 (the most), LAO 11 fell by 5, every other rose by 1.</summary>
    public static decimal LastValue(int index) => index switch
    {
        0 => 0,
        11 => 70,
        _ => Values[index] - 1,
    };

    public static async Task<DashboardTestData> SeedAsync(LocalGovFactory factory)
    {
        await Gate.WaitAsync();
        try
        {
            return await factory.WithDbAsync(async db =>
            {
                var laos = await db.Database.SqlQuery<int>($"SELECT Id AS Value FROM org_Lao ORDER BY Id").Take(14).ToListAsync();
                Assert.Equal(14, laos.Count);
                var band = await db.Set<PeerBand>().FirstOrDefaultAsync(b => b.NameEn == "Dashboard test band");
                if (band is null)
                {
                    band = new PeerBand
                    {
                        LaoType = LaoType.SubdistrictAdministrativeOrganisation,
                        Basis = SizeBasis.Population,
                        LowerBound = 987_654_321,
                        NameTh = "กลุ่มทดสอบแดชบอร์ด",
                        NameEn = "Dashboard test band",
                    };
                    db.Add(band);
                    await db.SaveChangesAsync();
                }

                var data = new DashboardTestData { Laos = laos, BandId = band.Id };
                if (await db.Set<Indicator>().AnyAsync(i => i.Code == Higher))
                {
                    return data;
                }

                foreach (var (code, direction) in new[] { (Higher, IndicatorDirection.HigherIsBetter), (Lower, IndicatorDirection.LowerIsBetter) })
                {
                    var indicator = await BenchmarkTestData.IndicatorAsync(db, code, direction);
                    await BenchmarkTestData.ValuesAsync(db, Year, indicator, data.Rows(i => Values[i], direction, withMissing: true));
                    await BenchmarkTestData.ValuesAsync(db, LastYear, indicator, data.Rows(LastValue, direction, withMissing: false));
                    await Statistic(db, Year, indicator, StatisticGroup.Province, DemoProvince, 12.34m);
                    await Statistic(db, Year, indicator, StatisticGroup.Province, OtherProvince, 56.78m);
                    await Statistic(db, Year, indicator, StatisticGroup.Nation, 0, 33.33m);
                    await Statistic(db, LastYear, indicator, StatisticGroup.Province, DemoProvince, 10m);
                    await Statistic(db, LastYear, indicator, StatisticGroup.Province, OtherProvince, 60m);
                    await Statistic(db, LastYear, indicator, StatisticGroup.Nation, 0, 30m);
                }

                // 130 values of LAO ids the directory does not know: the ranking pages them 100 at a time.
                var paged = await BenchmarkTestData.IndicatorAsync(db, Paged);
                await BenchmarkTestData.ValuesAsync(db, Year, paged, [.. Enumerable.Range(1, 130).Select(i => new IndicatorValue
                {
                    LaoId = 900_000 + i, ProvinceId = OtherProvince, LaoType = LaoType.SubdistrictAdministrativeOrganisation, Value = 1000 - i,
                    NationalRank = i, ProvinceRank = i, NationalPercentile = 100 - i,
                })]);
                await BenchmarkTestData.FinishedRunAsync(db, Year);
                await BenchmarkTestData.FinishedRunAsync(db, LastYear);
                return data;
            });
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>LAO <paramref name="index"/>'s national rank in 2581 for the direction (1 = best, ties share the best rank).</summary>
    public static int NationalRank(int index, IndicatorDirection direction) =>
        1 + Values.Count(v => direction == IndicatorDirection.HigherIsBetter ? v > Values[index] : v < Values[index]);

    public static async Task CreateProvincialOfficerAsync(LocalGovFactory factory, string userName, int provinceId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = new AppUser { UserName = userName, DisplayName = userName, ScopeLevel = ScopeLevel.Province, ProvinceId = provinceId, CreatedUtc = DateTime.UtcNow };
        var result = await users.CreateAsync(user, Browser.DemoPassword);
        result = result.Succeeded ? await users.AddToRoleAsync(user, Roles.ProvincialDlaOfficer) : result;
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    private IndicatorValue[] Rows(Func<int, decimal> value, IndicatorDirection direction, bool withMissing)
    {
        var values = Enumerable.Range(0, 12).Select(value).ToList();
        int Rank(IEnumerable<int> group, int i) =>
            1 + group.Count(j => direction == IndicatorDirection.HigherIsBetter ? values[j] > values[i] : values[j] < values[i]);
        var all = Enumerable.Range(0, 12).ToList();
        var rows = all.Select(i => new IndicatorValue
        {
            LaoId = Laos[i],
            ProvinceId = ProvinceOf(i),
            LaoType = TypeOf(i),
            PeerBandId = i <= 5 ? BandId : null,
            Value = values[i],
            NationalRank = Rank(all, i),
            ProvinceRank = Rank(all.Where(j => ProvinceOf(j) == ProvinceOf(i)), i),
            PeerRank = i <= 5 ? Rank(all.Where(j => j <= 5), i) : null,
            NationalPercentile = Math.Round(100m * (12 - Rank(all, i)) / 11, 4),
        }).ToList();
        if (withMissing)
        {
            rows.Add(new IndicatorValue { LaoId = Laos[12], ProvinceId = DemoProvince, LaoType = TypeOf(12), MissingInputs = "population" });
            rows.Add(new IndicatorValue { LaoId = Laos[13], ProvinceId = DemoProvince, LaoType = TypeOf(13), MissingInputs = "/0" });
        }

        return [.. rows];
    }

    private static Task Statistic(LocalGovDbContext db, int year, Indicator indicator, StatisticGroup group, int key, decimal median) =>
        BenchmarkTestData.StatisticAsync(db, year, indicator, new IndicatorStatistic { Group = group, GroupKey = key, Count = 5, Median = median });
}
