using LocalGov.Budgeting.Areas.Budgeting.Features.Excel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Ordinance;

/// <summary>
/// The printable ordinance in the official layout (HTML with a print stylesheet; no PDF library is available
/// offline, and the browser's "save as PDF" gives the same pages).
/// </summary>
[Area("Budgeting")]
internal sealed class OrdinanceController(BudgetDocumentLoader loader) : Controller
{
    [HttpGet("Budgeting/Ordinance/{id:int}")]
    [Authorize(Policy = BudgetingModule.ReadPolicy)]
    public async Task<IActionResult> Index(int id, CancellationToken cancellationToken)
    {
        var document = await loader.LoadAsync(id, cancellationToken);
        return document is null ? NotFound() : View(OrdinanceBuilder.Build(document));
    }
}
