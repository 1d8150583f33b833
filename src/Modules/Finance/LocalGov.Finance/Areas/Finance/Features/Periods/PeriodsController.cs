using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Resources;
using LocalGov.Finance.Services;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Finance.Areas.Finance.Features.Periods;

/// <summary>
/// The months of an LAO's fiscal year: open or closed, who closed them, how many entries. Finance staff close a
/// month (any order); only an administrator reopens one, with a reason kept in <see cref="PeriodReopening"/>.
/// The year-end close runs from here too (<see cref="YearEndClose"/>).
/// </summary>
[Area("Finance")]
[Authorize(Policy = FinanceModule.ReadPolicy)]
internal sealed class PeriodsController(
    LocalGovDbContext db,
    FinanceAccess access,
    YearEndClose yearEnd,
    IAuthorizationService authorization,
    TimeProvider clock,
    IStringLocalizer<Strings> l) : Controller
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
        var fiscalYear = YearOr(year);
        var fy = new FiscalYear(fiscalYear);
        var closed = await db.Set<ClosedPeriod>().AsNoTracking().Where(c => c.LaoId == lao.Id && c.FiscalYear == fiscalYear).ToListAsync(cancellationToken);
        var counts = await db.Set<JournalEntry>().AsNoTracking().Where(e => e.LaoId == lao.Id && e.FiscalYear == fiscalYear)
            .GroupBy(e => e.Period).Select(g => new { Period = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Period, x => x.Count, cancellationToken);
        var months = Enumerable.Range(1, 12)
            .Select(p => new PeriodRow(p, fy.Start.AddMonths(p - 1), closed.FirstOrDefault(c => c.Period == p), counts.GetValueOrDefault(p)))
            .ToList();
        var yearClose = await db.Set<FiscalYearClose>().AsNoTracking().FirstOrDefaultAsync(c => c.LaoId == lao.Id && c.FiscalYear == fiscalYear, cancellationToken);
        var reopenings = await db.Set<PeriodReopening>().AsNoTracking().Where(r => r.LaoId == lao.Id && r.FiscalYear == fiscalYear)
            .OrderByDescending(r => r.ReopenedUtc).ToListAsync(cancellationToken);
        var years = await db.Set<JournalEntry>().AsNoTracking().Where(e => e.LaoId == lao.Id).Select(e => e.FiscalYear).Distinct().ToListAsync(cancellationToken);
        var current = FiscalYear.Current(clock).BuddhistYear;
        years = [.. years.Append(current).Append(fiscalYear).Distinct().OrderDescending()];
        var canManage = await CanManageAsync(lao.Id, cancellationToken);
        var canReopen = (await authorization.AuthorizeAsync(User, FinanceModule.ManageReferencePolicy)).Succeeded && await access.CanChangeAsync(lao.Id, cancellationToken);
        return View(new PeriodsViewModel(lao, fiscalYear, years, months, counts.GetValueOrDefault(LedgerRules.OpeningPeriod), counts.GetValueOrDefault(LedgerRules.ClosingPeriod), yearClose, reopenings, canManage, canReopen));
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Close(int year, int period, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId || !await access.CanChangeAsync(laoId, cancellationToken))
        {
            return Forbid();
        }

        if (period is < 1 or > 12 || year is < FiscalYear.MinBuddhistYear or > FiscalYear.MaxBuddhistYear)
        {
            return BadRequest();
        }

        if (await db.Set<ClosedPeriod>().AnyAsync(c => c.LaoId == laoId && c.FiscalYear == year && c.Period == period, cancellationToken))
        {
            TempData.Flash(l["Books.Periods.AlreadyClosed"], FlashKind.Warning);
            return RedirectToAction(nameof(Index), new { year });
        }

        db.Set<ClosedPeriod>().Add(new ClosedPeriod { LaoId = laoId, FiscalYear = year, Period = period, ClosedUtc = clock.GetUtcNow().UtcDateTime, ClosedBy = access.UserName });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            TempData.Flash(l["Books.Periods.Closed", MonthName(year, period)]);
        }
        catch (DbUpdateException)
        {
            TempData.Flash(l["Books.Periods.AlreadyClosed"], FlashKind.Warning);
        }

        return RedirectToAction(nameof(Index), new { year });
    }

    [HttpGet]
    [Authorize(Policy = FinanceModule.ManageReferencePolicy)]
    public async Task<IActionResult> Reopen(int laoId, int year, int period, CancellationToken cancellationToken)
    {
        var (lao, closed, denied) = await FindClosedAsync(laoId, year, period, cancellationToken);
        return denied ?? View(new ReopenViewModel(lao!, year, period, new FiscalYear(year).Start.AddMonths(period - 1), closed!, new ReopenForm()));
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManageReferencePolicy)]
    public async Task<IActionResult> Reopen(int laoId, int year, int period, ReopenForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (lao, closed, denied) = await FindClosedAsync(laoId, year, period, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        ModelState.Clear();
        var reason = form.Reason?.Trim() ?? "";
        if (reason.Length == 0)
        {
            ModelState.AddModelError(nameof(ReopenForm.Reason), l["Ledger.ReasonRequired"]);
        }
        else if (reason.Length > 500)
        {
            ModelState.AddModelError(nameof(ReopenForm.Reason), l["Books.ReasonTooLong"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new ReopenViewModel(lao!, year, period, new FiscalYear(year).Start.AddMonths(period - 1), closed!, form));
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Set<PeriodReopening>().Add(new PeriodReopening
        {
            LaoId = laoId,
            FiscalYear = year,
            Period = period,
            Reason = reason,
            ReopenedUtc = clock.GetUtcNow().UtcDateTime,
            ReopenedBy = access.UserName,
            ClosedUtc = closed!.ClosedUtc,
            ClosedBy = closed.ClosedBy,
        });
        db.Set<ClosedPeriod>().Remove(closed);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        TempData.Flash(l["Books.Periods.Reopened", MonthName(year, period)]);
        return RedirectToAction(nameof(Index), new { year, laoId });
    }

    [HttpGet]
    public async Task<IActionResult> YearEnd(int? year, int? laoId, string? code, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        var fiscalYear = year ?? FiscalYear.Current(clock).Previous.BuddhistYear;
        var checklist = await yearEnd.ChecklistAsync(choice.Lao.Id, YearOr(fiscalYear), cancellationToken);
        return View(new YearEndViewModel(choice.Lao, checklist, await CanManageAsync(choice.Lao.Id, cancellationToken), []));
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    [ActionName("YearEnd")]
    public async Task<IActionResult> CloseYear(int year, bool confirm, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId || !await access.CanChangeAsync(laoId, cancellationToken))
        {
            return Forbid();
        }

        if (year is < FiscalYear.MinBuddhistYear or > FiscalYear.MaxBuddhistYear)
        {
            return BadRequest();
        }

        var lao = (await access.ChooseLaoAsync(laoId, null, cancellationToken)).Lao!;
        IReadOnlyList<string> errors = confirm ? [] : ["Books.YearEnd.ConfirmRequired"];
        if (errors.Count == 0)
        {
            var result = await yearEnd.CloseAsync(laoId, year, access.UserName, cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(l["Books.YearEnd.Done", year]);
                return RedirectToAction(nameof(Index), new { year });
            }

            errors = result.Errors;
            db.ChangeTracker.Clear();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        var checklist = await yearEnd.ChecklistAsync(laoId, year, cancellationToken);
        return View("YearEnd", new YearEndViewModel(lao, checklist, true, errors));
    }

    private int YearOr(int? year) =>
        year is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear ? year.Value : FiscalYear.Current(clock).BuddhistYear;

    private static string MonthName(int year, int period)
    {
        var month = new FiscalYear(year).Start.AddMonths(period - 1);
        return ThaiDate.FormatMonth(month.Year, month.Month, abbreviated: false);
    }

    private async Task<bool> CanManageAsync(int laoId, CancellationToken cancellationToken) =>
        access.OwnLaoId == laoId
        && (await authorization.AuthorizeAsync(User, FinanceModule.ManagePolicy)).Succeeded
        && await access.CanChangeAsync(laoId, cancellationToken);

    private async Task<(LaoDto? Lao, ClosedPeriod? Closed, IActionResult? Denied)> FindClosedAsync(int laoId, int year, int period, CancellationToken cancellationToken)
    {
        var lao = (await access.ChooseLaoAsync(laoId, null, cancellationToken)).Lao;
        if (lao is null)
        {
            return (null, null, NotFound());
        }

        if (!await access.CanChangeAsync(laoId, cancellationToken))
        {
            return (null, null, Forbid());
        }

        var closed = await db.Set<ClosedPeriod>().FirstOrDefaultAsync(c => c.LaoId == laoId && c.FiscalYear == year && c.Period == period, cancellationToken);
        return closed is null ? (null, null, NotFound()) : (lao, closed, null);
    }
}
