using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Resources;
using LocalGov.Revenue.Services;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Dashboard;

/// <summary>
/// The LAO's revenue at a glance: assessed against collected by kind and by month, collection efficiency,
/// comparison with last year, top debtors; with a table behind every chart and an Excel export. LAO staff see
/// their own LAO; provincial and national officers choose an LAO within their scope.
/// </summary>
[Area("Revenue")]
[Authorize(Policy = RevenueModule.ReadPolicy)]
internal sealed class DashboardController(
    DashboardReport report,
    RevenueAccess access,
    IOrganizationDirectory directory,
    ICurrentUser user,
    IStringLocalizer<Strings> l) : Controller
{
    private const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet]
    public async Task<IActionResult> Index(int? year, int? laoId, string? code, CancellationToken cancellationToken)
    {
        var fiscalYear = ReadYear(year);
        var (lao, picker) = await ResolveLaoAsync(fiscalYear, laoId, code, cancellationToken);
        if (lao is null)
        {
            return picker is null ? NotFound() : View("Picker", picker);
        }

        return View(await report.BuildAsync(lao, fiscalYear, cancellationToken));
    }

    [HttpGet]
    public async Task<IActionResult> Export(int? year, int? laoId, CancellationToken cancellationToken)
    {
        var fiscalYear = ReadYear(year);
        var (lao, _) = await ResolveLaoAsync(fiscalYear, laoId, null, cancellationToken);
        if (lao is null)
        {
            return NotFound();
        }

        var model = await report.BuildAsync(lao, fiscalYear, cancellationToken);
        return File(DashboardExcel.Write(model, l), ExcelContentType, $"revenue-{lao.Code}-{fiscalYear}.xlsx");
    }

    private int ReadYear(int? year) =>
        year is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear ? year.Value : report.CurrentFiscalYear.BuddhistYear;

    /// <summary>The LAO to show, or the picker for officers above LAO level; (null, null) means not found or not allowed.</summary>
    private async Task<(LaoDto? Lao, DashboardPickerViewModel? Picker)> ResolveLaoAsync(int fiscalYear, int? laoId, string? code, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is { } own)
        {
            return laoId is null || laoId == own ? (await directory.FindLaoAsync(own, cancellationToken), null) : (null, null);
        }

        if (laoId is { } id)
        {
            var chosen = await access.CanReadAsync(id, cancellationToken) ? await directory.FindLaoAsync(id, cancellationToken) : null;
            return (chosen, null);
        }

        if (!string.IsNullOrWhiteSpace(code))
        {
            var byCode = await directory.FindLaoByCodeAsync(code.Trim(), cancellationToken);
            if (byCode is not null && await access.CanReadAsync(byCode.Id, cancellationToken))
            {
                return (byCode, null);
            }

            return (null, await PickerAsync(fiscalYear, code, l["Dash.CodeNotFound", code.Trim()], cancellationToken));
        }

        return (null, await PickerAsync(fiscalYear, null, null, cancellationToken));
    }

    private async Task<DashboardPickerViewModel> PickerAsync(int fiscalYear, string? code, string? error, CancellationToken cancellationToken)
    {
        IReadOnlyList<LaoChoice> laos = [];
        if (user.ScopeLevel == ScopeLevel.Province && user.ProvinceId is { } province)
        {
            var ids = await directory.GetLaoIdsInProvinceAsync(province, cancellationToken);
            var thai = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";
            laos = [.. (await directory.GetLaosAsync(ids, cancellationToken))
                .OrderBy(x => x.Code, StringComparer.Ordinal)
                .Select(x => new LaoChoice(x.Id, x.Code, thai ? x.NameTh : x.NameEn))];
        }

        return new DashboardPickerViewModel(fiscalYear, laos, code, error);
    }
}
