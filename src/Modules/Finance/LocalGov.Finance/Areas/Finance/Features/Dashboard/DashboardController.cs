using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Services;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Areas.Finance.Features.Dashboard;

internal sealed record RecentEntry(int Id, string EntryNo, DateOnly EntryDate, string Description, JournalEntryKind Kind, Money Amount, bool Reversed);

internal sealed record FinanceDashboardViewModel(LaoDto Lao, int FiscalYear, IReadOnlyList<int> Years, FinanceSummaryRow? Summary, IReadOnlyList<RecentEntry> Recent);

/// <summary>
/// The books of one LAO at a glance: the year's figures from the summary row and the latest entries. LAO staff see
/// their own LAO; provincial and national officers choose one within their scope.
/// </summary>
[Area("Finance")]
[Authorize(Policy = FinanceModule.ReadPolicy)]
internal sealed class DashboardController(LocalGovDbContext db, FinanceAccess access, TimeProvider clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? year, int? laoId, string? code, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        var lao = choice.Lao;
        var current = FiscalYear.Current(clock).BuddhistYear;
        var fiscalYear = year is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear ? year.Value : current;
        var years = await db.Set<FinanceSummaryRow>().AsNoTracking().Where(s => s.LaoId == lao.Id)
            .Select(s => s.FiscalYear).ToListAsync(cancellationToken);
        years = [.. years.Append(current).Append(fiscalYear).Distinct().OrderDescending()];
        var summary = await db.Set<FinanceSummaryRow>().AsNoTracking()
            .FirstOrDefaultAsync(s => s.LaoId == lao.Id && s.FiscalYear == fiscalYear, cancellationToken);
        var recent = await db.Set<JournalEntry>().AsNoTracking()
            .Where(e => e.LaoId == lao.Id && e.FiscalYear == fiscalYear)
            .OrderByDescending(e => e.EntryDate).ThenByDescending(e => e.Id).Take(10)
            .Select(e => new RecentEntry(e.Id, e.EntryNo, e.EntryDate, e.Description, e.Kind, e.TotalDebit, e.ReversedById != null))
            .ToListAsync(cancellationToken);
        return View(new FinanceDashboardViewModel(lao, fiscalYear, years, summary, recent));
    }
}
