using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Resources;
using LocalGov.Budgeting.Services;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Excel;

/// <summary>
/// The budget as an Excel workbook: export for anyone who may read the budget, import (replacing all lines and
/// estimates) for the LAO's own finance staff while the budget is editable. An import with any invalid row saves
/// nothing and lists every problem by sheet, row and column.
/// </summary>
[Area("Budgeting")]
internal sealed class ExcelController(
    LocalGovDbContext db,
    BudgetAccess access,
    BudgetDocumentLoader loader,
    BudgetWorkbookWriter writer,
    BudgetWorkbookReader reader,
    BudgetSummaryUpdater summaries,
    IOrganizationDirectory directory,
    TimeProvider clock,
    IStringLocalizer<Strings> l) : Controller
{
    /// <summary>Largest workbook accepted.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>The request may be a little larger than the file (multipart headers, token).</summary>
    private const long MaxRequestBytes = MaxFileBytes + (256 * 1024);

    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet]
    [Authorize(Policy = BudgetingModule.ReadPolicy)]
    public async Task<IActionResult> Export(int id, CancellationToken cancellationToken)
    {
        var document = await loader.LoadAsync(id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        var budget = document.Budget;
        var info = new BudgetWorkbookInfo(document.LaoName, document.LaoCode, budget.FiscalYear, l[$"Docs.Status.{budget.Status}"], clock.GetUtcNow().UtcDateTime);
        var bytes = writer.Write(budget, info, document.Classifications);
        var suffix = budget.Sequence == 0 ? "" : FormattableString.Invariant($"-{budget.Sequence}");
        return File(bytes, XlsxContentType, FormattableString.Invariant($"budget-{document.LaoCode}-{budget.FiscalYear}{suffix}.xlsx"));
    }

    [HttpGet]
    [Authorize(Policy = BudgetingModule.PreparePolicy)]
    public async Task<IActionResult> Import(int id, CancellationToken cancellationToken)
    {
        var (budget, denied) = await FindChangeableAsync(id, cancellationToken);
        return denied ?? await ImportPageAsync(budget!, [], cancellationToken);
    }

    [HttpPost]
    [Authorize(Policy = BudgetingModule.PreparePolicy)]
    [UploadSizeGuard(MaxRequestBytes, typeof(Strings), "Docs.Import.TooLarge")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Import(int id, IFormFile? file, CancellationToken cancellationToken)
    {
        var (budget, denied) = await FindChangeableAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        ModelState.Clear();
        if (!budget!.IsEditable)
        {
            return await ImportPageAsync(budget, [], cancellationToken);
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", l["Docs.Import.FileRequired"]);
        }
        else if (file.Length > MaxFileBytes)
        {
            ModelState.AddModelError("file", l["Docs.Import.TooLarge"]);
        }
        else if (!Path.GetExtension(file.FileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("file", l["Docs.Import.NotXlsx"]);
        }

        if (!ModelState.IsValid)
        {
            return await ImportPageAsync(budget, [], cancellationToken);
        }

        using var content = new MemoryStream();
        await file!.CopyToAsync(content, cancellationToken);
        content.Position = 0;
        var classifications = await db.Set<Classification>().AsNoTracking().ToListAsync(cancellationToken);
        var result = reader.Read(content, budget.FiscalYear, classifications);
        if (!result.IsValid)
        {
            if (result.Errors.Any(e => e.Problem == WorkbookProblem.NotAWorkbook))
            {
                ModelState.AddModelError("file", l["Docs.Import.NotXlsx"]);
                return await ImportPageAsync(budget, [], cancellationToken);
            }

            return await ImportPageAsync(budget, result.Errors, cancellationToken);
        }

        await ReplaceAsync(budget, result, cancellationToken);
        TempData.Flash(l["Docs.Import.Done", result.Lines.Count, result.Revenues.Count]);
        return RedirectToAction(nameof(Import), new { id });
    }

    /// <summary>Replaces every line and estimate in one transaction and refreshes the summary before it commits.</summary>
    private async Task ReplaceAsync(Budget budget, BudgetWorkbookReadResult result, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var oldLines = await db.Set<BudgetLine>().Where(x => x.BudgetId == budget.Id).ToListAsync(cancellationToken);
        var oldRevenues = await db.Set<RevenueEstimate>().Where(x => x.BudgetId == budget.Id).ToListAsync(cancellationToken);
        db.Set<BudgetLine>().RemoveRange(oldLines);
        db.Set<RevenueEstimate>().RemoveRange(oldRevenues);
        budget.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);

        var lineNo = 0;
        db.Set<BudgetLine>().AddRange(result.Lines.Select(x => new BudgetLine
        {
            BudgetId = budget.Id,
            LineNo = ++lineNo,
            ProgrammeId = x.ProgrammeId,
            WorkUnitId = x.WorkUnitId,
            GroupId = x.GroupId,
            CategoryId = x.CategoryId,
            ItemName = x.ItemName,
            IsProject = x.IsProject,
            PlanProjectCode = x.PlanProjectCode,
            OriginalAmount = x.Amount,
            CurrentAmount = x.Amount,
            Explanation = x.Explanation,
            ActualTwoYearsAgo = x.ActualTwoYearsAgo,
            ActualLastYear = x.ActualLastYear,
            EstimateLastYear = x.EstimateLastYear,
        }));
        var revenueNo = 0;
        db.Set<RevenueEstimate>().AddRange(result.Revenues.Select(x => new RevenueEstimate
        {
            BudgetId = budget.Id,
            LineNo = ++revenueNo,
            CategoryId = x.CategoryId,
            ItemName = x.ItemName,
            Amount = x.Amount,
            Explanation = x.Explanation,
            ActualTwoYearsAgo = x.ActualTwoYearsAgo,
            ActualLastYear = x.ActualLastYear,
            EstimateLastYear = x.EstimateLastYear,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await summaries.RefreshAsync(budget.LaoId, budget.FiscalYear, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The budget when the user may change its LAO; otherwise the answer (404 unreadable, 403 not theirs).</summary>
    private async Task<(Budget? Budget, IActionResult? Denied)> FindChangeableAsync(int id, CancellationToken cancellationToken)
    {
        var budget = await access.FindReadableAsync(id, cancellationToken);
        if (budget is null)
        {
            return (null, NotFound());
        }

        return await access.CanChangeAsync(budget, cancellationToken) ? (budget, null) : (null, Forbid());
    }

    private async Task<IActionResult> ImportPageAsync(Budget budget, IReadOnlyList<WorkbookError> errors, CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoAsync(budget.LaoId, cancellationToken);
        return View("Import", new ExcelImportViewModel(budget.Id, lao?.NameTh ?? "", budget.FiscalYear, budget.Status, budget.IsEditable, errors));
    }
}
