using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Domain;
using LocalGov.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.IntegrationTests.Benchmarking;

/// <summary>
/// Writes computed Benchmarking rows directly (indicator values, statistics, a finished run), so page tests can assert
/// exactly what a page shows for known stored numbers. Use fiscal years the demo does not compute (2580 and later).
/// Tests of the computation itself go through <see cref="IIndicatorRecompute"/> instead.
/// </summary>
internal static class BenchmarkTestData
{
    /// <summary>The catalogue's indicator with this code, or a new one with a trivial formula.</summary>
    public static async Task<Indicator> IndicatorAsync(
        LocalGovDbContext db, string code, IndicatorDirection direction = IndicatorDirection.HigherIsBetter, IndicatorUnit unit = IndicatorUnit.Percent)
    {
        var existing = await db.Set<Indicator>().FirstOrDefaultAsync(i => i.Code == code);
        if (existing is not null)
        {
            return existing;
        }

        var indicator = new Indicator
        {
            Code = code,
            NameTh = "ตัวชี้วัดทดสอบ " + code,
            NameEn = "Test indicator " + code,
            Formula = "population",
            Unit = unit,
            Decimals = 2,
            Direction = direction,
            SourceModule = "Organizations",
            FromYear = 2500,
            SortOrder = 999,
        };
        db.Add(indicator);
        await db.SaveChangesAsync();
        return indicator;
    }

    /// <summary>Replaces the values of these LAOs for the indicator and year.</summary>
    public static async Task ValuesAsync(LocalGovDbContext db, int fiscalYear, Indicator indicator, params IndicatorValue[] values)
    {
        var laoIds = values.Select(v => v.LaoId).ToList();
        await db.Set<IndicatorValue>().Where(v => v.FiscalYear == fiscalYear && v.IndicatorId == indicator.Id && laoIds.Contains(v.LaoId)).ExecuteDeleteAsync();
        foreach (var value in values)
        {
            value.FiscalYear = fiscalYear;
            value.IndicatorId = indicator.Id;
        }

        db.AddRange(values);
        await db.SaveChangesAsync();
    }

    /// <summary>Replaces one statistic row (nation: group key 0).</summary>
    public static async Task StatisticAsync(LocalGovDbContext db, int fiscalYear, Indicator indicator, IndicatorStatistic statistic)
    {
        await db.Set<IndicatorStatistic>()
            .Where(s => s.FiscalYear == fiscalYear && s.IndicatorId == indicator.Id && s.Group == statistic.Group && s.GroupKey == statistic.GroupKey)
            .ExecuteDeleteAsync();
        statistic.FiscalYear = fiscalYear;
        statistic.IndicatorId = indicator.Id;
        db.Add(statistic);
        await db.SaveChangesAsync();
    }

    /// <summary>Replaces the LAO-year profiles (province, type, population, peer band) of these LAOs.</summary>
    public static async Task ProfilesAsync(LocalGovDbContext db, int fiscalYear, params LaoYearProfile[] profiles)
    {
        var laoIds = profiles.Select(p => p.LaoId).ToList();
        await db.Set<LaoYearProfile>().Where(p => p.FiscalYear == fiscalYear && laoIds.Contains(p.LaoId)).ExecuteDeleteAsync();
        foreach (var profile in profiles)
        {
            profile.FiscalYear = fiscalYear;
        }

        db.AddRange(profiles);
        await db.SaveChangesAsync();
    }

    /// <summary>Records a finished recomputation of the year, so pages treat it as computed.</summary>
    public static async Task FinishedRunAsync(LocalGovDbContext db, int fiscalYear)
    {
        db.Add(new RecomputeRun { FiscalYear = fiscalYear, StartedUtc = DateTime.UtcNow, FinishedUtc = DateTime.UtcNow, StartedBy = "test" });
        await db.SaveChangesAsync();
    }
}
