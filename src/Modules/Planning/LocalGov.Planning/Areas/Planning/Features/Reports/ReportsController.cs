using System.Globalization;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Resources;
using LocalGov.Planning.Services;
using LocalGov.Planning.Services.Monitoring;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalGov.Planning.Areas.Planning.Features.Reports;

internal sealed record ReportsIndexViewModel(LaoDto Lao, int FiscalYear, IReadOnlyList<QuarterRow> Quarters, bool CanManage);

/// <param name="Submitted">False for a preview computed from the current data.</param>
internal sealed record ReportViewModel(LaoDto Lao, ProgressReport Report, bool Submitted, bool CanSubmit, bool Print);

/// <summary>
/// The quarterly progress report to the DLA: the four quarters with due dates and state, a preview from the action
/// plan as it is now, submission (a snapshot, once per quarter) and the submitted reports, each also as Excel and
/// as a print layout. Provincial and national officers read the reports of the LAOs in their scope.
/// </summary>
[Area("Planning")]
[Authorize(Policy = PlanningModule.ReadPolicy)]
internal sealed class ReportsController(
    PlanningAccess access,
    ProgressReports reports,
    ProgressReportWorkbook workbook,
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

        var fiscalYear = year is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear ? year.Value : FiscalYear.Current(clock).BuddhistYear;
        return View(new ReportsIndexViewModel(choice.Lao, fiscalYear, await reports.QuartersAsync(choice.Lao.Id, fiscalYear, cancellationToken), await CanManageAsync(choice.Lao.Id)));
    }

    [HttpGet]
    public Task<IActionResult> Preview(int year, int quarter, int? laoId, CancellationToken cancellationToken) =>
        PreviewAsync(year, quarter, laoId, print: false, cancellationToken);

    [HttpGet]
    public Task<IActionResult> PreviewPrint(int year, int quarter, int? laoId, CancellationToken cancellationToken) =>
        PreviewAsync(year, quarter, laoId, print: true, cancellationToken);

    [HttpGet]
    public async Task<IActionResult> PreviewExcel(int year, int quarter, int? laoId, CancellationToken cancellationToken)
    {
        if (await LaoForPreviewAsync(year, quarter, laoId, cancellationToken) is not { } lao)
        {
            return NotFound();
        }

        var report = await reports.PreviewAsync(lao.Id, year, quarter, cancellationToken);
        return File(workbook.Write(report, lao.NameTh, submitted: false), ProgressReportWorkbook.ContentType, FileName(lao, report, "preview"));
    }

    [HttpPost]
    [Authorize(Policy = PlanningModule.ManagePolicy)]
    public async Task<IActionResult> Submit(int year, int quarter, CancellationToken cancellationToken)
    {
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        if (year is < FiscalYear.MinBuddhistYear or > FiscalYear.MaxBuddhistYear)
        {
            return BadRequest();
        }

        var result = await reports.SubmitAsync(lao.Id, year, quarter, access.UserName, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Flash(l["Report.Submitted", quarter, year]);
            return RedirectToAction(nameof(Details), new { id = result.ReportId });
        }

        TempData.Flash(result.Error switch
        {
            SubmitError.AlreadySubmitted => l["Report.AlreadySubmitted", quarter, year],
            SubmitError.NotStarted => l["Report.NotStarted", quarter, year],
            _ => l["Report.BadQuarter"],
        }, FlashKind.Danger);
        return RedirectToAction(nameof(Index), new { year });
    }

    [HttpGet]
    public Task<IActionResult> Details(int id, CancellationToken cancellationToken) => SubmittedAsync(id, print: false, cancellationToken);

    [HttpGet]
    public Task<IActionResult> Print(int id, CancellationToken cancellationToken) => SubmittedAsync(id, print: true, cancellationToken);

    [HttpGet]
    public async Task<IActionResult> Excel(int id, CancellationToken cancellationToken)
    {
        var report = await reports.FindAsync(id, cancellationToken);
        if (report is null || !await access.CanReadAsync(report.LaoId, cancellationToken)
            || (await access.ChooseLaoAsync(report.LaoId, null, cancellationToken)).Lao is not { } lao)
        {
            return NotFound();
        }

        return File(workbook.Write(report, lao.NameTh, submitted: true), ProgressReportWorkbook.ContentType, FileName(lao, report, "submitted"));
    }

    private async Task<IActionResult> SubmittedAsync(int id, bool print, CancellationToken cancellationToken)
    {
        var report = await reports.FindAsync(id, cancellationToken);
        if (report is null || !await access.CanReadAsync(report.LaoId, cancellationToken)
            || (await access.ChooseLaoAsync(report.LaoId, null, cancellationToken)).Lao is not { } lao)
        {
            return NotFound();
        }

        return View("Report", new ReportViewModel(lao, report, Submitted: true, CanSubmit: false, print));
    }

    private async Task<IActionResult> PreviewAsync(int year, int quarter, int? laoId, bool print, CancellationToken cancellationToken)
    {
        if (await LaoForPreviewAsync(year, quarter, laoId, cancellationToken) is not { } lao)
        {
            return NotFound();
        }

        var quarters = await reports.QuartersAsync(lao.Id, year, cancellationToken);
        var canSubmit = quarters[quarter - 1].CanSubmit && await CanManageAsync(lao.Id);
        var report = await reports.PreviewAsync(lao.Id, year, quarter, cancellationToken);
        return View("Report", new ReportViewModel(lao, report, Submitted: false, canSubmit, print));
    }

    private async Task<LaoDto?> LaoForPreviewAsync(int year, int quarter, int? laoId, CancellationToken cancellationToken)
    {
        if (quarter is < 1 or > 4 || year is < FiscalYear.MinBuddhistYear or > FiscalYear.MaxBuddhistYear)
        {
            return null;
        }

        var choice = await access.ChooseLaoAsync(laoId, null, cancellationToken);
        return choice.Lao;
    }

    private async Task<bool> CanManageAsync(int laoId) =>
        (await authorization.AuthorizeAsync(User, PlanningModule.ManagePolicy)).Succeeded && await access.MayChangeAsync(laoId, HttpContext.RequestAborted);

    private static string FileName(LaoDto lao, ProgressReport report, string kind) =>
        string.Create(CultureInfo.InvariantCulture, $"progress-{lao.Code}-{report.FiscalYear}-q{report.Quarter}-{kind}.xlsx");
}
