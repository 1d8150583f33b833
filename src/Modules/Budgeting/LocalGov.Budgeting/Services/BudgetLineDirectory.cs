using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Budgeting.Services;

/// <summary>Budget lines, balances and revenue estimates for the modules that spend and report them (Finance, Procurement).</summary>
internal sealed class BudgetLineDirectory(LocalGovDbContext db) : IBudgetLineDirectory
{
    public async Task<IReadOnlyList<int>> GetYearsInForceAsync(int laoId, CancellationToken cancellationToken = default) =>
        await db.Set<Budget>().AsNoTracking()
            .Where(b => b.LaoId == laoId && (b.Status == BudgetStatus.Approved || b.Status == BudgetStatus.Promulgated))
            .Select(b => b.FiscalYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<BudgetLineInfo>> GetLinesInForceAsync(int laoId, int fiscalYear, CancellationToken cancellationToken = default)
    {
        var lines = await db.Set<BudgetLine>().AsNoTracking()
            .Where(l => l.Budget!.LaoId == laoId && l.Budget.FiscalYear == fiscalYear
                && (l.Budget.Status == BudgetStatus.Approved || l.Budget.Status == BudgetStatus.Promulgated))
            .OrderBy(l => l.Budget!.Sequence).ThenBy(l => l.LineNo)
            .Select(l => new { Line = l, l.Budget!.LaoId, l.Budget.FiscalYear, l.Budget.Status })
            .ToListAsync(cancellationToken);
        var classes = await ClassificationsAsync(cancellationToken);
        return [.. lines.Select(x => ToInfo(x.Line, x.LaoId, x.FiscalYear, x.Status, classes))];
    }

    public async Task<BudgetLineInfo?> FindLineAsync(int budgetLineId, CancellationToken cancellationToken = default)
    {
        var found = await db.Set<BudgetLine>().AsNoTracking().Where(l => l.Id == budgetLineId)
            .Select(l => new { Line = l, l.Budget!.LaoId, l.Budget.FiscalYear, l.Budget.Status })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : ToInfo(found.Line, found.LaoId, found.FiscalYear, found.Status, await ClassificationsAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<BudgetLineBalance>> GetBalancesAsync(int laoId, int fiscalYear, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<BudgetLineBalanceRow>().AsNoTracking()
            .Where(b => b.LaoId == laoId && b.FiscalYear == fiscalYear).ToListAsync(cancellationToken);
        return [.. rows.Select(BudgetControl.ToBalance)];
    }

    public async Task<IReadOnlyList<RevenueEstimateInfo>> GetRevenueEstimatesInForceAsync(int laoId, int fiscalYear, CancellationToken cancellationToken = default)
    {
        var estimates = await db.Set<RevenueEstimate>().AsNoTracking()
            .Where(r => r.Budget!.LaoId == laoId && r.Budget.FiscalYear == fiscalYear
                && (r.Budget.Status == BudgetStatus.Approved || r.Budget.Status == BudgetStatus.Promulgated))
            .OrderBy(r => r.Budget!.Sequence).ThenBy(r => r.LineNo)
            .ToListAsync(cancellationToken);
        var classes = await ClassificationsAsync(cancellationToken);
        return [.. estimates.Select(r => ToEstimateInfo(r, laoId, fiscalYear, classes))];
    }

    public async Task<IReadOnlyList<BudgetLineInfo>> GetLinesInForceForYearAsync(int fiscalYear, IReadOnlyCollection<int> laoIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(laoIds);
        var ids = laoIds.Distinct().ToArray();
        var lines = await db.Set<BudgetLine>().AsNoTracking()
            .Where(l => l.Budget!.FiscalYear == fiscalYear && ids.Contains(l.Budget.LaoId)
                && (l.Budget.Status == BudgetStatus.Approved || l.Budget.Status == BudgetStatus.Promulgated))
            .OrderBy(l => l.Budget!.LaoId).ThenBy(l => l.Budget!.Sequence).ThenBy(l => l.LineNo)
            .Select(l => new { Line = l, l.Budget!.LaoId, l.Budget.FiscalYear, l.Budget.Status })
            .ToListAsync(cancellationToken);
        var classes = await ClassificationsAsync(cancellationToken);
        return [.. lines.Select(x => ToInfo(x.Line, x.LaoId, x.FiscalYear, x.Status, classes))];
    }

    public async Task<IReadOnlyList<RevenueEstimateInfo>> GetRevenueEstimatesInForceForYearAsync(int fiscalYear, IReadOnlyCollection<int> laoIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(laoIds);
        var ids = laoIds.Distinct().ToArray();
        var estimates = await db.Set<RevenueEstimate>().AsNoTracking()
            .Where(r => r.Budget!.FiscalYear == fiscalYear && ids.Contains(r.Budget.LaoId)
                && (r.Budget.Status == BudgetStatus.Approved || r.Budget.Status == BudgetStatus.Promulgated))
            .OrderBy(r => r.Budget!.LaoId).ThenBy(r => r.Budget!.Sequence).ThenBy(r => r.LineNo)
            .Select(r => new { Estimate = r, r.Budget!.LaoId })
            .ToListAsync(cancellationToken);
        var classes = await ClassificationsAsync(cancellationToken);
        return [.. estimates.Select(x => ToEstimateInfo(x.Estimate, x.LaoId, fiscalYear, classes))];
    }

    private async Task<Dictionary<int, Classification>> ClassificationsAsync(CancellationToken cancellationToken) =>
        await db.Set<Classification>().AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);

    private static ClassificationRef Ref(Dictionary<int, Classification> classes, int id) =>
        classes.TryGetValue(id, out var c) ? new ClassificationRef(c.Code, c.NameTh, c.NameEn) : new ClassificationRef("", "", "");

    private static RevenueEstimateInfo ToEstimateInfo(RevenueEstimate estimate, int laoId, int fiscalYear, Dictionary<int, Classification> classes) =>
        new(laoId, fiscalYear, Ref(classes, estimate.CategoryId), estimate.ItemName, estimate.Amount,
            classes.TryGetValue(estimate.CategoryId, out var c) ? c.RevenueSource : null);

    private static BudgetLineInfo ToInfo(BudgetLine line, int laoId, int fiscalYear, BudgetStatus status, Dictionary<int, Classification> classes) =>
        new(line.Id, laoId, fiscalYear, line.BudgetId, status, line.LineNo,
            Ref(classes, line.ProgrammeId), Ref(classes, line.WorkUnitId), Ref(classes, line.GroupId), Ref(classes, line.CategoryId),
            line.ItemName, line.IsProject, line.OriginalAmount, line.CurrentAmount,
            string.IsNullOrWhiteSpace(line.PlanProjectCode) ? null : line.PlanProjectCode.Trim());
}
