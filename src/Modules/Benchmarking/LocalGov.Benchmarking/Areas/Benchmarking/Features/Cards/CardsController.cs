using LocalGov.Benchmarking.Resources;
using LocalGov.Benchmarking.Services;
using LocalGov.Benchmarking.Services.Cards;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalGov.Benchmarking.Areas.Benchmarking.Features.Cards;

/// <summary>
/// The LAO report card: one LAO's indicators of a year against its peer group, province and nation, with charts, a
/// plain-language summary, each indicator explained, and an Excel export. LAO staff see their own LAO (another id is
/// 404); officers choose an LAO within their scope (outside it: 404). Group statistics are anonymous.
/// </summary>
[Area("Benchmarking")]
[Authorize(Policy = BenchmarkingModule.ReadPolicy)]
internal sealed class CardsController(BenchmarkingAccess access, CardReport report, IStringLocalizer<Strings> l) : Controller
{
    private const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet]
    public async Task<IActionResult> Index(int? laoId, string? code, int? year, string? trend, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        return View(await report.CardAsync(choice.Lao, year, trend, cancellationToken));
    }

    [HttpGet]
    public async Task<IActionResult> Indicator(int? laoId, int? year, string? indicator, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, null, cancellationToken);
        if (choice.Lao is null)
        {
            // The picker lives on the card; an officer who has not chosen an LAO starts there.
            return choice.NotFound ? NotFound() : RedirectToAction(nameof(Index), new { year });
        }

        var model = await report.ExplainAsync(choice.Lao, year, indicator, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet]
    public async Task<IActionResult> Excel(int? laoId, int? year, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, null, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : RedirectToAction(nameof(Index), new { year });
        }

        var model = await report.CardAsync(choice.Lao, year, null, cancellationToken);
        return File(CardExcel.Write(model, l), ExcelContentType, $"card-{model.Header.Lao.Code}-{model.FiscalYear}.xlsx");
    }
}
