using LocalGov.Benchmarking.Domain;
using LocalGov.Data;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Benchmarking.Services;

/// <summary>The reads every Benchmarking page needs: the indicators of a year, the years computed, the last run.</summary>
internal sealed class IndicatorCatalogQueries(LocalGovDbContext db, TimeProvider clock)
{
    /// <summary>Active indicators that apply to the year, in catalogue order.</summary>
    public async Task<List<Indicator>> ForYearAsync(int fiscalYear, CancellationToken cancellationToken) =>
        await db.Set<Indicator>().AsNoTracking()
            .Where(i => i.IsActive && i.FromYear <= fiscalYear && (i.ToYear == null || i.ToYear >= fiscalYear))
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .ToListAsync(cancellationToken);

    /// <summary>Codes are stored upper case; the asked code is trimmed and upper-cased first.</summary>
    public Task<Indicator?> FindByCodeAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return Task.FromResult<Indicator?>(null);
        }

        var normalized = code.Trim().ToUpperInvariant();
        return db.Set<Indicator>().AsNoTracking().FirstOrDefaultAsync(i => i.Code == normalized, cancellationToken);
    }

    /// <summary>Fiscal years that have a finished recomputation, newest first.</summary>
    public async Task<List<int>> ComputedYearsAsync(CancellationToken cancellationToken) =>
        await db.Set<RecomputeRun>().AsNoTracking().Where(r => r.FinishedUtc != null)
            .Select(r => r.FiscalYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

    /// <summary>The last finished recomputation of the year ("figures as of"), or null.</summary>
    public Task<RecomputeRun?> LastRunAsync(int fiscalYear, CancellationToken cancellationToken) =>
        db.Set<RecomputeRun>().AsNoTracking().Where(r => r.FiscalYear == fiscalYear && r.FinishedUtc != null)
            .OrderByDescending(r => r.FinishedUtc).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The year a page shows, with the computed years for its chooser (one read): the asked year when it is a possible
    /// B.E. year (computed or not: the page then says so), else the newest computed year, else the current fiscal year.
    /// </summary>
    public async Task<YearChoice> ChooseYearAsync(int? asked, CancellationToken cancellationToken)
    {
        var years = await ComputedYearsAsync(cancellationToken);
        var year = asked is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear
            ? asked.Value
            : years.Count > 0 ? years[0] : FiscalYear.Current(clock).BuddhistYear;
        return new YearChoice(year, years);
    }
}

/// <summary>The fiscal year a page shows and the years that have been computed (newest first).</summary>
internal sealed record YearChoice(int FiscalYear, List<int> ComputedYears);
