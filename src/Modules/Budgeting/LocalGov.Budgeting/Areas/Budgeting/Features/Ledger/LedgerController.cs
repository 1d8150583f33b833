using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Services;
using LocalGov.Data;
using LocalGov.SharedKernel.Amounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Ledger;

/// <summary>A line's history: original amount, each approved amendment, each ledger entry and the balance now.</summary>
internal sealed record LineChange(int AmendmentId, AmendmentKind Kind, string DocumentNumber, DateOnly DocumentDate, string? ApprovedBy, DateOnly? ApprovedOn, Money Change, Money Running);

internal sealed record LineExplanationChange(int AmendmentId, string DocumentNumber, DateOnly? ApprovedOn, string? PreviousExplanation, string? NewExplanation);

internal sealed record LineHistoryViewModel(
    int LineId,
    int BudgetId,
    int FiscalYear,
    string ItemName,
    string Explanation,
    Money OriginalAmount,
    Money CurrentAmount,
    IReadOnlyList<LineChange> Changes,
    IReadOnlyList<LineExplanationChange> ExplanationChanges,
    IReadOnlyList<BudgetLedgerEntry> Entries,
    BudgetLineBalance? Balance)
{
    /// <summary>The current amount is the original plus the approved changes; shown so a mismatch is visible.</summary>
    public bool Reconciles => OriginalAmount + Money.Sum(Changes.Where(c => c.Kind == AmendmentKind.Transfer).Select(c => c.Change)) == CurrentAmount;
}

[Area("Budgeting")]
[Authorize(Policy = BudgetingModule.ReadPolicy)]
internal sealed class LedgerController(LocalGovDbContext db, BudgetAccess access, IBudgetControl control) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Line(int id, CancellationToken cancellationToken)
    {
        var line = await db.Set<BudgetLine>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        var budget = line is null ? null : await access.FindReadableAsync(line.BudgetId, cancellationToken);
        if (budget is null)
        {
            return NotFound();
        }

        var amendments = await (
            from entry in db.Set<BudgetAmendmentEntry>().AsNoTracking()
            join amendment in db.Set<BudgetAmendment>() on entry.AmendmentId equals amendment.Id
            where entry.BudgetLineId == id && amendment.Status == AmendmentStatus.Approved
            select new { amendment.Id, amendment.Kind, amendment.DocumentNumber, amendment.DocumentDate, amendment.ApprovedBy, amendment.ApprovedOn, entry.AmountChange, entry.PreviousExplanation, entry.NewExplanation })
            .ToListAsync(cancellationToken);
        var running = line!.OriginalAmount;
        var changes = new List<LineChange>();
        foreach (var a in amendments.Where(a => a.Kind != AmendmentKind.ExplanationChange).OrderBy(a => a.ApprovedOn).ThenBy(a => a.Id))
        {
            if (a.Kind == AmendmentKind.Transfer)
            {
                running += a.AmountChange;
            }

            changes.Add(new LineChange(a.Id, a.Kind, a.DocumentNumber, a.DocumentDate, a.ApprovedBy, a.ApprovedOn, a.AmountChange, running));
        }

        var texts = amendments.Where(a => a.Kind == AmendmentKind.ExplanationChange).OrderBy(a => a.ApprovedOn).ThenBy(a => a.Id)
            .Select(a => new LineExplanationChange(a.Id, a.DocumentNumber, a.ApprovedOn, a.PreviousExplanation, a.NewExplanation)).ToList();
        var entries = await db.Set<BudgetLedgerEntry>().AsNoTracking().Where(e => e.BudgetLineId == id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return View(new LineHistoryViewModel(
            id, budget.Id, budget.FiscalYear, line.ItemName, line.Explanation, line.OriginalAmount, line.CurrentAmount,
            changes, texts, entries, await control.GetBalanceAsync(id, cancellationToken)));
    }
}
