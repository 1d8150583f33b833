using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Services;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Planning.Areas.Planning.Features.Dashboard;

internal sealed record PlanningDashboardViewModel(
    LaoDto Lao,
    int FiscalYear,
    int? PlanFirstYear,
    int PlanVersion,
    bool DraftOpen,
    int ProjectsInPlan,
    Money PlannedAmount,
    int ProjectsInActionPlan,
    IReadOnlyDictionary<ProjectStatus, int> ByStatus);

/// <summary>
/// One LAO's planning at a glance for a fiscal year: the plan covering it, its projects for the year, the action plan by
/// status. LAO staff see their own LAO; provincial and national officers choose one within their scope.
/// </summary>
[Area("Planning")]
[Authorize(Policy = PlanningModule.ReadPolicy)]
internal sealed class DashboardController(LocalGovDbContext db, PlanningAccess access, TimeProvider clock) : Controller
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
        var fiscalYear = year is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear ? year.Value : FiscalYear.Current(clock).BuddhistYear;
        var plan = await db.LoadCoveringAsync(lao.Id, fiscalYear, tracking: false, cancellationToken);
        var projects = plan?.ProjectsForYear(fiscalYear).ToList() ?? [];
        var index = plan?.Covers(fiscalYear) == true ? plan.YearIndex(fiscalYear) : 0;
        var byStatus = (await db.Set<ActionPlanEntry>().AsNoTracking()
                .Where(e => e.LaoId == lao.Id && e.FiscalYear == fiscalYear)
                .GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToDictionary(x => x.Key, x => x.Count);
        return View(new PlanningDashboardViewModel(
            lao, fiscalYear, plan?.FirstYear, plan?.CurrentVersionNo ?? 0, plan?.Draft is not null,
            projects.Count, Money.Sum(projects.Select(p => p.Revision.AmountForYearIndex(index))),
            byStatus.Values.Sum(), byStatus));
    }
}
