using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Areas.Revenue.Features.Dashboard;

/// <summary>
/// The LAO revenue dashboard: figures by kind and month come from the summary table (never from scanning
/// receipts); top debtors from the LAO's unpaid bills.
/// </summary>
internal sealed class DashboardReport(LocalGovDbContext db, TimeProvider clock)
{
    public const int TopDebtorCount = 10;

    public FiscalYear CurrentFiscalYear => FiscalYear.Current(clock);

    /// <summary>Years offered: five back and the current one, plus the chosen one.</summary>
    public IReadOnlyList<int> Years(int selected)
    {
        var current = CurrentFiscalYear.BuddhistYear;
        return [.. Enumerable.Range(current - 5, 6).Append(selected).Distinct().OrderDescending()];
    }

    public async Task<DashboardViewModel> BuildAsync(LaoDto lao, int fiscalYear, CancellationToken cancellationToken)
    {
        var rows = await db.Set<RevenueSummaryRow>().AsNoTracking()
            .Where(s => s.LaoId == lao.Id && (s.FiscalYear == fiscalYear || s.FiscalYear == fiscalYear - 1))
            .ToListAsync(cancellationToken);
        CollectionFigures Of(IEnumerable<RevenueSummaryRow> part)
        {
            var list = part.ToList();
            return new CollectionFigures(Money.Sum(list.Select(r => r.Assessed)), Money.Sum(list.Select(r => r.Collected)), Money.Sum(list.Select(r => r.Penalties)));
        }

        var thisYear = rows.Where(r => r.FiscalYear == fiscalYear).ToList();
        var lastYear = rows.Where(r => r.FiscalYear == fiscalYear - 1).ToList();
        var kinds = Enum.GetValues<RevenueKind>()
            .Select(k => new KindRow(k, Of(thisYear.Where(r => r.Kind == k)), Of(lastYear.Where(r => r.Kind == k))))
            .ToList();
        var start = new FiscalYear(fiscalYear).Start;
        var months = Enumerable.Range(0, 12).Select(i =>
        {
            var month = start.AddMonths(i);
            return new MonthRow(month.Year, month.Month, Of(thisYear.Where(r => r.Month == month.Month)), Of(lastYear.Where(r => r.Month == month.Month)));
        }).ToList();

        var (outstanding, debtors) = await DebtorsAsync(lao.Id, cancellationToken);
        return new DashboardViewModel(lao, fiscalYear, Years(fiscalYear), Of(thisYear), Of(lastYear), outstanding, kinds, months, debtors);
    }

    /// <summary>All unpaid principal of the LAO (every year) and the taxpayers who owe the most.</summary>
    private async Task<(Money Outstanding, IReadOnlyList<DebtorRow> Top)> DebtorsAsync(int laoId, CancellationToken cancellationToken)
    {
        // Money is stored as satang through a converter, which SQL SUM cannot see through: project and add here.
        var open = await db.Set<Bill>().AsNoTracking()
            .Where(b => b.LaoId == laoId && (b.Status == BillStatus.Open || b.Status == BillStatus.PartlyPaid))
            .Select(b => new { b.TaxpayerId, b.Amount, b.PaidPrincipal, b.DueOn })
            .ToListAsync(cancellationToken);
        var total = Money.Sum(open.Select(b => b.Amount - b.PaidPrincipal));
        var top = open.GroupBy(b => b.TaxpayerId)
            .Select(g => (TaxpayerId: g.Key, Bills: g.Count(), Outstanding: Money.Sum(g.Select(b => b.Amount - b.PaidPrincipal)), Oldest: g.Min(b => b.DueOn)))
            .Where(d => d.Outstanding.Satang > 0)
            .OrderByDescending(d => d.Outstanding).ThenBy(d => d.TaxpayerId)
            .Take(TopDebtorCount)
            .ToList();
        var ids = top.Select(t => t.TaxpayerId).ToList();
        var names = await db.Set<Taxpayer>().AsNoTracking().Where(t => ids.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        return (total, [.. top.Select(t =>
        {
            var taxpayer = names.GetValueOrDefault(t.TaxpayerId);
            return new DebtorRow(t.TaxpayerId, taxpayer?.DisplayName ?? "", taxpayer?.TaxId ?? "", t.Bills, t.Outstanding, t.Oldest);
        })]);
    }
}
