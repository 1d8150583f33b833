using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace LocalGov.Planning.Services.Rollups;

/// <summary>One LAO of a province with its summary figures; <see cref="Figures"/> is null when it has no summary row ("no data").</summary>
internal sealed record LaoRollupRow(int LaoId, string Code, string NameTh, string NameEn, LaoType Type, RollupFigures? Figures);

/// <summary>One province with the sums of its LAOs' summary rows.</summary>
internal sealed record ProvinceRollupRow(int ProvinceId, string Code, string NameTh, string NameEn, int LaoCount, RollupFigures Figures);

internal sealed record ProvinceRollup(
    int FiscalYear,
    IReadOnlyList<int> Years,
    ProvinceDto Province,
    IReadOnlyList<LaoRollupRow> Laos,
    RollupFigures Total,
    IReadOnlyList<StrategyRollupRow> Strategies,
    IReadOnlyList<LaoRollupRow> LateReports);

internal sealed record NationalRollup(
    int FiscalYear,
    IReadOnlyList<int> Years,
    IReadOnlyList<ProvinceRollupRow> Provinces,
    int LaoCount,
    RollupFigures Total,
    IReadOnlyList<StrategyRollupRow> Strategies);

/// <summary>A province's figures summed by the database (GROUP BY ProvinceId over the summary table).</summary>
internal sealed class ProvinceFiguresRow : RollupFigures
{
    public int ProvinceId { get; set; }
}

internal sealed class StrategyFiguresRow
{
    public int NationalStrategy { get; set; }
    public int Laos { get; set; }
    public int Projects { get; set; }
    public long Planned { get; set; }
}

/// <summary>
/// The DLA's planning roll-ups, read only from the summary tables (<see cref="PlanningYearSummary"/>,
/// <see cref="PlanningStrategySummary"/>) and the Organizations contract; never the plans or action plans. Sums of
/// <c>Money</c> columns are SQL over the model's own names (EF cannot sum a value-converted type).
/// </summary>
internal sealed class PlanningRollupReports(LocalGovDbContext db, SqlNames names, IOrganizationDirectory directory, IMemoryCache cache, TimeProvider clock)
{
    private const string P0 = "{0}";
    private const string P1 = "{1}";
    private static readonly TimeSpan DirectoryCacheTime = TimeSpan.FromMinutes(5);

    public int CurrentYear => FiscalYear.Current(clock).BuddhistYear;

    public async Task<IReadOnlyList<ProvinceDto>> ProvincesAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync("Planning.Rollups.Provinces", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = DirectoryCacheTime;
            return await directory.GetProvincesAsync(cancellationToken);
        }))!;

    /// <summary>The years that have summary rows, with the current and the selected year, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(int selected, CancellationToken cancellationToken)
    {
        var years = await db.Set<PlanningYearSummary>().AsNoTracking().Select(s => s.FiscalYear).Distinct().ToListAsync(cancellationToken);
        years.Add(CurrentYear);
        years.Add(selected);
        return [.. years.Distinct().OrderDescending()];
    }

    public async Task<ProvinceRollup?> ProvinceAsync(int provinceId, int fiscalYear, RollupSort sort, CancellationToken cancellationToken)
    {
        var province = (await ProvincesAsync(cancellationToken)).FirstOrDefault(p => p.Id == provinceId);
        if (province is null)
        {
            return null;
        }

        var laos = await directory.GetLaosAsync(await directory.GetLaoIdsInProvinceAsync(provinceId, cancellationToken), cancellationToken);
        var rows = (await db.Set<PlanningYearSummary>().AsNoTracking()
                .Where(s => s.ProvinceId == provinceId && s.FiscalYear == fiscalYear)
                .ToListAsync(cancellationToken))
            .ToDictionary(s => s.LaoId);
        var laoRows = laos.Select(l => new LaoRollupRow(l.Id, l.Code, l.NameTh, l.NameEn, l.Type,
            rows.TryGetValue(l.Id, out var s) ? FiguresOf(s) : null)).ToList();
        var total = new RollupFigures();
        foreach (var r in laoRows.Where(r => r.Figures is not null))
        {
            total.Add(r.Figures!);
        }

        var late = laoRows.Where(r => r.Figures is { ReportsLate: > 0 }).OrderByDescending(r => r.Figures!.ReportsLate)
            .ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        return new ProvinceRollup(fiscalYear, await YearsAsync(fiscalYear, cancellationToken), province, sort.Apply(laoRows), total,
            await StrategiesAsync(fiscalYear, provinceId, cancellationToken), late);
    }

    public async Task<NationalRollup> NationalAsync(int fiscalYear, CancellationToken cancellationToken)
    {
        var provinces = await ProvincesAsync(cancellationToken);
        var laoCounts = (await cache.GetOrCreateAsync("Planning.Rollups.LaoCountByProvince", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = DirectoryCacheTime;
            return await directory.CountLaosByProvinceAsync(cancellationToken);
        }))!;

        string S(string p) => names.Column<PlanningYearSummary>(p);
        string Sum(string p, string alias) => $"SUM({S(p)}) AS {names.Quote(alias)}";
        var sql = $"""
            SELECT {S(nameof(PlanningYearSummary.ProvinceId))} AS {names.Quote(nameof(ProvinceFiguresRow.ProvinceId))},
                   COUNT(*) AS {names.Quote(nameof(ProvinceFiguresRow.LaosWithData))},
                   SUM(CASE WHEN {S(nameof(PlanningYearSummary.HasApprovedPlan))} = 1 THEN 1 ELSE 0 END) AS {names.Quote(nameof(ProvinceFiguresRow.ApprovedPlans))},
                   {Sum(nameof(PlanningYearSummary.ProjectsInPlan), nameof(ProvinceFiguresRow.ProjectsInPlan))},
                   {Sum(nameof(PlanningYearSummary.ProjectsInActionPlan), nameof(ProvinceFiguresRow.ProjectsInActionPlan))},
                   {Sum(nameof(PlanningYearSummary.ProjectsDone), nameof(ProvinceFiguresRow.ProjectsDone))},
                   {Sum(nameof(PlanningYearSummary.ProjectsInProgress), nameof(ProvinceFiguresRow.ProjectsInProgress))},
                   {Sum(nameof(PlanningYearSummary.ProjectsNotStarted), nameof(ProvinceFiguresRow.ProjectsNotStarted))},
                   {Sum(nameof(PlanningYearSummary.ProjectsCancelled), nameof(ProvinceFiguresRow.ProjectsCancelled))},
                   {Sum(nameof(PlanningYearSummary.PlannedAmount), nameof(ProvinceFiguresRow.Planned))},
                   {Sum(nameof(PlanningYearSummary.BudgetedAmount), nameof(ProvinceFiguresRow.Budgeted))},
                   {Sum(nameof(PlanningYearSummary.DisbursedAmount), nameof(ProvinceFiguresRow.Disbursed))},
                   SUM(CAST({S(nameof(PlanningYearSummary.PercentCompleteTotal))} AS BIGINT)) AS {names.Quote(nameof(ProvinceFiguresRow.PercentCompleteTotal))},
                   {Sum(nameof(PlanningYearSummary.ReportsDue), nameof(ProvinceFiguresRow.ReportsDue))},
                   {Sum(nameof(PlanningYearSummary.ReportsOnTime), nameof(ProvinceFiguresRow.ReportsOnTime))},
                   {Sum(nameof(PlanningYearSummary.ReportsLate), nameof(ProvinceFiguresRow.ReportsLate))}
            FROM {names.Table<PlanningYearSummary>()}
            WHERE {S(nameof(PlanningYearSummary.FiscalYear))} = {P0}
            GROUP BY {S(nameof(PlanningYearSummary.ProvinceId))}
            """;
        var sums = (await db.Database.SqlQueryRaw<ProvinceFiguresRow>(sql, fiscalYear).ToListAsync(cancellationToken)).ToDictionary(r => r.ProvinceId);
        var rows = provinces.Select(p => new ProvinceRollupRow(p.Id, p.Code, p.NameTh, p.NameEn, laoCounts.GetValueOrDefault(p.Id),
            sums.TryGetValue(p.Id, out var s) ? s : new RollupFigures())).ToList();
        var total = new RollupFigures();
        foreach (var r in rows)
        {
            total.Add(r.Figures);
        }

        return new NationalRollup(fiscalYear, await YearsAsync(fiscalYear, cancellationToken), rows, rows.Sum(r => r.LaoCount), total,
            await StrategiesAsync(fiscalYear, null, cancellationToken));
    }

    /// <summary>Projects and planned amounts by national strategy pillar, for a province or the whole country.</summary>
    private async Task<IReadOnlyList<StrategyRollupRow>> StrategiesAsync(int fiscalYear, int? provinceId, CancellationToken cancellationToken)
    {
        string X(string p) => names.Column<PlanningStrategySummary>(p);
        var sql = $"""
            SELECT {X(nameof(PlanningStrategySummary.NationalStrategy))} AS {names.Quote(nameof(StrategyFiguresRow.NationalStrategy))},
                   COUNT(*) AS {names.Quote(nameof(StrategyFiguresRow.Laos))},
                   SUM({X(nameof(PlanningStrategySummary.Projects))}) AS {names.Quote(nameof(StrategyFiguresRow.Projects))},
                   SUM({X(nameof(PlanningStrategySummary.PlannedAmount))}) AS {names.Quote(nameof(StrategyFiguresRow.Planned))}
            FROM {names.Table<PlanningStrategySummary>()}
            WHERE {X(nameof(PlanningStrategySummary.FiscalYear))} = {P0}{(provinceId is null ? "" : $" AND {X(nameof(PlanningStrategySummary.ProvinceId))} = {P1}")}
            GROUP BY {X(nameof(PlanningStrategySummary.NationalStrategy))}
            """;
        object[] parameters = provinceId is null ? [fiscalYear] : [fiscalYear, provinceId.Value];
        var sums = (await db.Database.SqlQueryRaw<StrategyFiguresRow>(sql, parameters).ToListAsync(cancellationToken)).ToDictionary(r => r.NationalStrategy);
        var all = sums.Values.Sum(r => r.Planned);
        return [.. Enum.GetValues<NationalStrategy>().Select(n => sums.TryGetValue((int)n, out var r)
            ? new StrategyRollupRow((int)n, r.Laos, r.Projects, r.Planned, all == 0 ? null : Math.Round(r.Planned * 100m / all, 1, MidpointRounding.AwayFromZero))
            : new StrategyRollupRow((int)n, 0, 0, 0, all == 0 ? null : 0m))];
    }

    internal static RollupFigures FiguresOf(PlanningYearSummary s) => new()
    {
        LaosWithData = 1,
        ApprovedPlans = s.HasApprovedPlan ? 1 : 0,
        ProjectsInPlan = s.ProjectsInPlan,
        ProjectsInActionPlan = s.ProjectsInActionPlan,
        ProjectsDone = s.ProjectsDone,
        ProjectsInProgress = s.ProjectsInProgress,
        ProjectsNotStarted = s.ProjectsNotStarted,
        ProjectsCancelled = s.ProjectsCancelled,
        Planned = s.PlannedAmount.Satang,
        Budgeted = s.BudgetedAmount.Satang,
        Disbursed = s.DisbursedAmount.Satang,
        PercentCompleteTotal = s.PercentCompleteTotal,
        ReportsDue = s.ReportsDue,
        ReportsOnTime = s.ReportsOnTime,
        ReportsLate = s.ReportsLate,
    };
}
