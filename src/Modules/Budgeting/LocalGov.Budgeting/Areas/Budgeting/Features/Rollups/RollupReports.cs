using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Services;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Rollups;

/// <summary>
/// Builds the province and national roll-ups from the summary tables (GROUP BY in the database) and the
/// Organizations contract (names, types, LAO counts; the directory figures are cached for a few minutes).
/// </summary>
internal sealed class RollupReports(
    LocalGovDbContext db,
    RollupQueries queries,
    IOrganizationDirectory directory,
    IMemoryCache cache,
    TimeProvider clock)
{
    private static readonly TimeSpan DirectoryCacheTime = TimeSpan.FromMinutes(5);

    public DateOnly Today => ThaiDate.Today(clock);

    public FiscalYear CurrentFiscalYear => FiscalYear.Containing(Today);

    /// <summary>Years offered in the selector: five back, one ahead.</summary>
    public IReadOnlyList<int> SelectableYears(int selected)
    {
        var current = CurrentFiscalYear.BuddhistYear;
        var years = Enumerable.Range(current - 5, 7).ToList();
        if (!years.Contains(selected))
        {
            years.Add(selected);
        }

        return [.. years.OrderDescending()];
    }

    public async Task<IReadOnlyList<ProvinceDto>> ProvincesAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync("Budgeting.Rollups.Provinces", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = DirectoryCacheTime;
            return await directory.GetProvincesAsync(cancellationToken);
        }))!;

    public async Task<NationalRollupViewModel> NationalAsync(FiscalYear year, CancellationToken cancellationToken)
    {
        var provinces = await ProvincesAsync(cancellationToken);
        var laoCounts = (await cache.GetOrCreateAsync("Budgeting.Rollups.LaoCountByProvince", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = DirectoryCacheTime;
            return await directory.CountLaosByProvinceAsync(cancellationToken);
        }))!;
        var typeCounts = (await cache.GetOrCreateAsync("Budgeting.Rollups.LaoCountByType", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = DirectoryCacheTime;
            return await directory.CountLaosByTypeAsync(cancellationToken);
        }))!;

        var started = Today >= year.Start;
        var byProvince = Fold(year.BuddhistYear, await queries.TotalsAsync(year.BuddhistYear, null, RollupKey.Province, cancellationToken));
        var byType = Fold(year.BuddhistYear, await queries.TotalsAsync(year.BuddhistYear, null, RollupKey.LaoType, cancellationToken));

        var provinceRows = provinces.Select(p =>
        {
            var totals = byProvince.GetValueOrDefault(p.Id) ?? new RollupTotals();
            Complete(totals, laoCounts.GetValueOrDefault(p.Id), started);
            return new ProvinceRollupRow(p.Id, p.Code, p.NameTh, p.NameEn, totals);
        }).ToList();
        var typeRows = TypeRows(byType, typeCounts, started);
        var total = Sum(provinceRows.Select(r => r.Totals));
        var (programmes, groups) = await ClassificationsAsync(year, null, cancellationToken);
        return new NationalRollupViewModel(year.BuddhistYear, SelectableYears(year.BuddhistYear), provinceRows, total, typeRows, programmes, groups);
    }

    public async Task<ProvinceRollupViewModel?> ProvinceAsync(int provinceId, FiscalYear year, bool showNationalLink, CancellationToken cancellationToken)
    {
        var province = (await ProvincesAsync(cancellationToken)).FirstOrDefault(p => p.Id == provinceId);
        if (province is null)
        {
            return null;
        }

        var laoIds = await directory.GetLaoIdsInProvinceAsync(provinceId, cancellationToken);
        var laos = await directory.GetLaosAsync(laoIds, cancellationToken);
        var fy = year.BuddhistYear;
        var summaries = await db.Set<BudgetSummaryRow>().AsNoTracking()
            .Where(s => s.ProvinceId == provinceId && (s.FiscalYear == fy || s.FiscalYear == fy - 1))
            .ToListAsync(cancellationToken);
        var current = summaries.Where(s => s.FiscalYear == fy).ToDictionary(s => s.LaoId);
        var previous = summaries.Where(s => s.FiscalYear == fy - 1).ToDictionary(s => s.LaoId);

        // The summary row has no budget id: one query for the annual budgets of the page's LAOs.
        var budgetIds = await db.Set<Budget>().AsNoTracking()
            .Where(b => b.ProvinceId == provinceId && b.FiscalYear == fy && b.Kind == BudgetKind.Annual)
            .Select(b => new { b.LaoId, b.Id })
            .ToDictionaryAsync(b => b.LaoId, b => b.Id, cancellationToken);

        var rows = laos.Select(l =>
        {
            var s = current.GetValueOrDefault(l.Id);
            BudgetStatus? status = s?.Status;
            return new LaoRollupRow(
                l.Id, l.Code, l.NameTh, l.NameEn, l.Type, RollupsRules.Classify(status), RollupsRules.IsLate(status, year, Today),
                budgetIds.TryGetValue(l.Id, out var budgetId) ? budgetId : null,
                s?.RevenueTotal.Satang ?? 0, s?.ExpenditureTotal.Satang ?? 0, s?.PersonnelTotal.Satang ?? 0, s?.CapitalTotal.Satang ?? 0,
                s?.LineCount ?? 0, previous.GetValueOrDefault(l.Id)?.ExpenditureTotal.Satang);
        }).OrderBy(r => r.Type).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();

        var byType = rows.GroupBy(r => r.Type).OrderBy(g => g.Key).Select(g => new TypeRollupRow(g.Key, Totals(g))).ToList();
        var (programmes, groups) = await ClassificationsAsync(year, provinceId, cancellationToken);
        return new ProvinceRollupViewModel(fy, SelectableYears(fy), province, showNationalLink, rows, Totals(rows), byType, programmes, groups);
    }

    private static RollupTotals Totals(IEnumerable<LaoRollupRow> rows)
    {
        var totals = new RollupTotals();
        foreach (var r in rows)
        {
            totals.LaoCount++;
            totals.Budgets += r.Status == RollupStatus.NotStarted ? 0 : 1;
            totals.Revenue += r.Revenue;
            totals.Expenditure += r.Expenditure;
            totals.Personnel += r.Personnel;
            totals.Capital += r.Capital;
            totals.PreviousExpenditure += r.PreviousExpenditure ?? 0;
            totals.Statuses.Add(r.Status, 1);
            totals.Statuses.Late += r.Late ? 1 : 0;
        }

        return totals;
    }

    private static Dictionary<int, RollupTotals> Fold(int fiscalYear, IReadOnlyList<RollupTotalsRow> rows)
    {
        var result = new Dictionary<int, RollupTotals>();
        RollupTotals Of(int key) => result.TryGetValue(key, out var t) ? t : result[key] = new RollupTotals();
        foreach (var row in rows.Where(r => r.FiscalYear == fiscalYear))
        {
            var totals = Of(row.Key);
            totals.Budgets += row.Budgets;
            totals.Revenue += row.Revenue;
            totals.Expenditure += row.Expenditure;
            totals.Personnel += row.Personnel;
            totals.Capital += row.Capital;
            totals.Statuses.Add(RollupsRules.Classify((BudgetStatus)row.Status), row.Budgets);
        }

        foreach (var row in rows.Where(r => r.FiscalYear != fiscalYear))
        {
            Of(row.Key).PreviousExpenditure += row.Expenditure;
        }

        return result;
    }

    /// <summary>LAOs without a summary row have not started; after 1 October every LAO not yet approved is late.</summary>
    private static void Complete(RollupTotals totals, int laoCount, bool started)
    {
        totals.LaoCount = laoCount;
        totals.Statuses.NotStarted = Math.Max(0, laoCount - totals.Budgets);
        totals.Statuses.Late = started ? Math.Max(0, laoCount - totals.Statuses.Approved) : 0;
    }

    private static List<TypeRollupRow> TypeRows(Dictionary<int, RollupTotals> byType, IReadOnlyDictionary<LaoType, int> counts, bool started) =>
        [.. counts.Keys.Select(k => (int)k).Union(byType.Keys).Order().Select(k =>
        {
            var totals = byType.GetValueOrDefault(k) ?? new RollupTotals();
            Complete(totals, counts.GetValueOrDefault((LaoType)k), started);
            return new TypeRollupRow((LaoType)k, totals);
        })];

    private static RollupTotals Sum(IEnumerable<RollupTotals> parts)
    {
        var total = new RollupTotals();
        foreach (var t in parts)
        {
            total.LaoCount += t.LaoCount;
            total.Budgets += t.Budgets;
            total.Revenue += t.Revenue;
            total.Expenditure += t.Expenditure;
            total.Personnel += t.Personnel;
            total.Capital += t.Capital;
            total.PreviousExpenditure += t.PreviousExpenditure;
            total.Statuses.NotStarted += t.Statuses.NotStarted;
            total.Statuses.Draft += t.Statuses.Draft;
            total.Statuses.InCouncil += t.Statuses.InCouncil;
            total.Statuses.AwaitingApproval += t.Statuses.AwaitingApproval;
            total.Statuses.Approved += t.Statuses.Approved;
            total.Statuses.Late += t.Statuses.Late;
        }

        return total;
    }

    private async Task<(IReadOnlyList<ClassificationRollupRow> Programmes, IReadOnlyList<ClassificationRollupRow> Groups)> ClassificationsAsync(
        FiscalYear year, int? provinceId, CancellationToken cancellationToken)
    {
        var rows = await queries.ByClassificationAsync(year.BuddhistYear, provinceId, cancellationToken);
        List<ClassificationRollupRow> Of(ClassificationKind kind)
        {
            var ofKind = rows.Where(r => r.Kind == (int)kind).ToList();
            var sum = ofKind.Sum(r => r.Amount);
            return [.. ofKind.Select(r => new ClassificationRollupRow(r.Code, r.NameTh, r.NameEn, r.Amount,
                sum == 0 ? null : Math.Round(r.Amount * 100m / sum, 1, MidpointRounding.AwayFromZero)))];
        }

        return (Of(ClassificationKind.Programme), Of(ClassificationKind.ExpenditureGroup));
    }
}
