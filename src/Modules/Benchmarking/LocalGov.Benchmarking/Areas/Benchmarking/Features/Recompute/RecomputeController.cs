using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Domain;
using LocalGov.Benchmarking.Resources;
using LocalGov.Benchmarking.Services;
using LocalGov.Data;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Benchmarking.Areas.Benchmarking.Features.Recompute;

/// <summary>The recomputation runs of each year, and "recompute now" for the DLA and administrators.</summary>
[Area("Benchmarking")]
[Authorize(Policy = BenchmarkingModule.ManagePolicy)]
internal sealed class RecomputeController(
    LocalGovDbContext db,
    IIndicatorRecompute recompute,
    BenchmarkingAccess access,
    TimeProvider clock,
    IStringLocalizer<Strings> l) : Controller
{
    /// <summary>How many recent runs the page lists.</summary>
    private const int RunsShown = 50;

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var runs = await db.Set<RecomputeRun>().AsNoTracking()
            .OrderByDescending(r => r.Id)
            .Take(RunsShown)
            .ToListAsync(cancellationToken);
        var current = FiscalYear.Current(clock).BuddhistYear;
        return View(new RecomputeIndexModel(current, [.. Enumerable.Range(current - 4, 6).Reverse()], runs));
    }

    [HttpPost]
    public async Task<IActionResult> Run(int? year, CancellationToken cancellationToken)
    {
        if (year is not (>= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear))
        {
            TempData.Flash(l["Recompute.BadYear"], FlashKind.Danger);
            return RedirectToAction(nameof(Index));
        }

        var result = await recompute.RecomputeAsync(year.Value, access.UserName, cancellationToken);
        TempData.Flash(l["Recompute.Done", result.FiscalYear, result.Laos.ToString("N0"), result.Values.ToString("N0"), result.Outliers.ToString("N0"),
            (result.ElapsedMilliseconds / 1000m).ToString("N1")]);
        return RedirectToAction(nameof(Index));
    }
}

/// <param name="Years">The years offered for "recompute now" (the next, the current and the four before it).</param>
internal sealed record RecomputeIndexModel(int CurrentYear, IReadOnlyList<int> Years, IReadOnlyList<RecomputeRun> Runs);
