using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Services;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Procurement.Areas.Procurement.Features.Dashboard;

internal sealed record RecentCase(int Id, string CaseNo, string Title, ProcurementCaseStatus Status, Money Amount);

internal sealed record ProcurementDashboardViewModel(
    LaoDto Lao,
    int FiscalYear,
    IReadOnlyList<int> Years,
    IReadOnlyDictionary<ProcurementCaseStatus, int> ByStatus,
    Money Reserved,
    Money Contracted,
    IReadOnlyList<RecentCase> Recent);

/// <summary>
/// One LAO's procurement at a glance for a fiscal year: cases by status, what is reserved, what is under contract,
/// the latest cases. LAO staff see their own LAO; provincial and national officers choose one within their scope.
/// </summary>
[Area("Procurement")]
[Authorize(Policy = ProcurementModule.ReadPolicy)]
internal sealed class DashboardController(LocalGovDbContext db, ProcurementAccess access, TimeProvider clock) : Controller
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
        var cases = db.Set<ProcurementCase>().AsNoTracking().Where(c => c.LaoId == lao.Id);
        var years = await cases.Select(c => c.FiscalYear).Distinct().ToListAsync(cancellationToken);
        years = [.. years.Append(current).Append(fiscalYear).Distinct().OrderDescending()];

        var inYear = cases.Where(c => c.FiscalYear == fiscalYear);
        var byStatus = (await inYear.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(x => x.Key, x => x.Count);
        var reserved = Money.Sum(await inYear.Where(c => c.Status != ProcurementCaseStatus.Cancelled).Select(c => c.Reserved).ToListAsync(cancellationToken));
        var contracted = Money.Sum(await db.Set<PurchaseContract>().AsNoTracking()
            .Where(k => k.LaoId == lao.Id && inYear.Any(c => c.Id == k.CaseId))
            .Select(k => k.Amount).ToListAsync(cancellationToken));
        var recent = await inYear.OrderByDescending(c => c.Id).Take(10)
            .Select(c => new RecentCase(c.Id, c.CaseNo, c.Title, c.Status, c.AwardAmount ?? c.RequisitionAmount))
            .ToListAsync(cancellationToken);
        return View(new ProcurementDashboardViewModel(lao, fiscalYear, years, byStatus, reserved, contracted, recent));
    }
}
