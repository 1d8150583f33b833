using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Data;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Budgeting.Services;

/// <summary>A refusal: the form field it concerns (null for the whole form) and the resource key of the message.</summary>
internal sealed record AmendmentError(string? Field, string Key);

/// <summary>A target of a transfer as entered: an existing line, or a new capital item (category + name).</summary>
internal sealed record TransferTargetInput(int? LineId, int? NewItemCategoryId, string? NewItemName, Money Amount);

/// <summary>
/// Amendments of a budget in force: transfers (โอน), explanation changes (แก้ไขเปลี่ยนแปลงคำชี้แจง), carry-over of
/// commitments (กันเงินไว้เบิกเหลื่อมปี), and supplementary budgets. Documents are created as drafts and take effect
/// on approval, in ONE transaction: lines, ledger entries, balance rows and the summary tables change together.
/// Callers check the user's scope first (through <see cref="BudgetAccess"/>).
/// </summary>
/// <remarks>
/// <para>A transfer to a NEW capital item needs a line for its document entry (the entry's line is a required
/// reference), so the new line is added when the draft is saved, with original and current amount 0 and no balance
/// row: it receives money only on approval. Cancelling the draft removes that line and its entry.</para>
/// <para>Carry-over: the commitment stays attached to the SAME line. Approval writes a CarryOverOut entry for the
/// budget's year (the balance row's committed and allocated go down by the amount) and a CarryOverIn entry on the
/// same line with fiscal year N+1, which records the carried commitment for the next year. The line's current
/// amount (the appropriation) does not change.</para>
/// </remarks>
internal sealed class AmendmentService(
    LocalGovDbContext db,
    LineBalanceStatements statements,
    BudgetSummaryUpdater summaries,
    ICurrentUser user,
    TimeProvider clock)
{
    public const string SourceModule = "Budgeting";

    public async Task<string> SuggestNumberAsync(Budget budget, AmendmentKind kind, CancellationToken cancellationToken)
    {
        var count = await db.Set<BudgetAmendment>().CountAsync(a => a.BudgetId == budget.Id && a.Kind == kind, cancellationToken);
        var number = TransferRules.NextDocumentNumber(count, budget.FiscalYear);
        while (await NumberTakenAsync(budget.Id, kind, number, cancellationToken))
        {
            number = TransferRules.NextDocumentNumber(++count, budget.FiscalYear);
        }

        return number;
    }

    public async Task<(BudgetAmendment? Amendment, IReadOnlyList<AmendmentError> Errors)> CreateTransferAsync(
        Budget budget,
        string documentNumber,
        DateOnly documentDate,
        string reason,
        int sourceLineId,
        Money decrease,
        IReadOnlyList<TransferTargetInput> targets,
        CancellationToken cancellationToken)
    {
        var errors = new List<AmendmentError>();
        await CheckHeaderAsync(budget, AmendmentKind.Transfer, documentNumber, errors, cancellationToken);
        var lines = await LinesAsync(budget.Id, cancellationToken);
        var capital = await CapitalCategoriesAsync(cancellationToken);
        if (!lines.TryGetValue(sourceLineId, out var source))
        {
            errors.Add(new AmendmentError("SourceLineId", "Control.LineRequired"));
            return (null, errors);
        }

        if (targets.Any(t => t.LineId is { } id && !lines.ContainsKey(id)))
        {
            errors.Add(new AmendmentError(null, "Control.LineRequired"));
            return (null, errors);
        }

        if (targets.Any(t => t.LineId is null && (string.IsNullOrWhiteSpace(t.NewItemName) || t.NewItemCategoryId is null)))
        {
            errors.Add(new AmendmentError("NewItemName", "Control.NewItemIncomplete"));
            return (null, errors);
        }

        var available = (await db.Set<BudgetLineBalanceRow>().AsNoTracking().FirstOrDefaultAsync(b => b.BudgetLineId == sourceLineId, cancellationToken)) is { } row
            ? row.Allocated - row.Committed - row.Disbursed
            : Money.Zero;
        var sourceRule = new TransferSource(sourceLineId, decrease, capital.Contains(source.CategoryId), available);
        var targetRules = targets.Select(t => new TransferTarget(
            t.LineId,
            t.Amount,
            t.LineId is { } id ? capital.Contains(lines[id].CategoryId) : capital.Contains(t.NewItemCategoryId!.Value))).ToList();
        foreach (var problem in TransferRules.Check(sourceRule, targetRules))
        {
            errors.Add(new AmendmentError(problem == TransferProblem.ExceedsAvailable ? "SourceAmount" : null, "Control.Transfer." + problem));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        // New capital items get their (zero) lines first, so that the document's entries can refer to them.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var nextLineNo = lines.Count == 0 ? 1 : lines.Values.Max(l => l.LineNo) + 1;
        var newLines = new List<(TransferTargetInput Target, BudgetLine Line)>();
        foreach (var target in targets.Where(t => t.LineId is null))
        {
            var category = await db.Set<Classification>().AsNoTracking().FirstAsync(c => c.Id == target.NewItemCategoryId, cancellationToken);
            var line = new BudgetLine
            {
                BudgetId = budget.Id,
                LineNo = nextLineNo++,
                ProgrammeId = source.ProgrammeId,
                WorkUnitId = source.WorkUnitId,
                GroupId = category.ParentId ?? source.GroupId,
                CategoryId = category.Id,
                ItemName = target.NewItemName!.Trim(),
                OriginalAmount = Money.Zero,
                CurrentAmount = Money.Zero,
            };
            db.Set<BudgetLine>().Add(line);
            newLines.Add((target, line));
        }

        if (newLines.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        var amendment = NewAmendment(budget, AmendmentKind.Transfer, documentNumber, documentDate, reason, TransferRules.RequiredApproval(sourceRule, targetRules));
        amendment.Entries.Add(new BudgetAmendmentEntry { BudgetLineId = sourceLineId, AmountChange = -decrease });
        foreach (var target in targets)
        {
            var created = newLines.FirstOrDefault(n => ReferenceEquals(n.Target, target)).Line;
            amendment.Entries.Add(new BudgetAmendmentEntry
            {
                BudgetLineId = target.LineId ?? created!.Id,
                AmountChange = target.Amount,
                NewItemName = created?.ItemName,
            });
        }

        db.Set<BudgetAmendment>().Add(amendment);
        if (!await TrySaveAsync(errors, cancellationToken))
        {
            return (null, errors);
        }

        await transaction.CommitAsync(cancellationToken);
        return (amendment, errors);
    }

    public async Task<(BudgetAmendment? Amendment, IReadOnlyList<AmendmentError> Errors)> CreateExplanationChangeAsync(
        Budget budget, string documentNumber, DateOnly documentDate, string reason, int lineId, string newExplanation, CancellationToken cancellationToken)
    {
        var errors = new List<AmendmentError>();
        await CheckHeaderAsync(budget, AmendmentKind.ExplanationChange, documentNumber, errors, cancellationToken);
        var lines = await LinesAsync(budget.Id, cancellationToken);
        if (!lines.TryGetValue(lineId, out var line))
        {
            errors.Add(new AmendmentError("LineId", "Control.LineRequired"));
        }

        if (string.IsNullOrWhiteSpace(newExplanation))
        {
            errors.Add(new AmendmentError("NewExplanation", "Control.ExplanationRequired"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var capital = await CapitalCategoriesAsync(cancellationToken);
        var amendment = NewAmendment(budget, AmendmentKind.ExplanationChange, documentNumber, documentDate, reason,
            TransferRules.ExplanationChangeApproval(capital.Contains(line!.CategoryId)));
        amendment.Entries.Add(new BudgetAmendmentEntry
        {
            BudgetLineId = lineId,
            AmountChange = Money.Zero,
            NewExplanation = newExplanation.Trim(),
            PreviousExplanation = line.Explanation,
        });
        db.Set<BudgetAmendment>().Add(amendment);
        return await TrySaveAsync(errors, cancellationToken) ? (amendment, errors) : (null, errors);
    }

    public async Task<(BudgetAmendment? Amendment, IReadOnlyList<AmendmentError> Errors)> CreateCarryOverAsync(
        Budget budget, string documentNumber, DateOnly documentDate, string reason, int lineId, Money amount, CancellationToken cancellationToken)
    {
        var errors = new List<AmendmentError>();
        await CheckHeaderAsync(budget, AmendmentKind.CarryOver, documentNumber, errors, cancellationToken);
        var lines = await LinesAsync(budget.Id, cancellationToken);
        if (!lines.ContainsKey(lineId))
        {
            errors.Add(new AmendmentError("LineId", "Control.LineRequired"));
            return (null, errors);
        }

        var balance = await db.Set<BudgetLineBalanceRow>().AsNoTracking().FirstOrDefaultAsync(b => b.BudgetLineId == lineId, cancellationToken);
        if (amount <= Money.Zero)
        {
            errors.Add(new AmendmentError("Amount", "Control.AmountPositive"));
        }
        else if (balance is null || amount > balance.Committed)
        {
            errors.Add(new AmendmentError("Amount", "Control.CarryOverExceedsCommitted"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        // Carry-over of a commitment is approved by the executive (the appropriation itself does not change).
        var amendment = NewAmendment(budget, AmendmentKind.CarryOver, documentNumber, documentDate, reason, ApprovalLevel.Executive);
        amendment.Entries.Add(new BudgetAmendmentEntry { BudgetLineId = lineId, AmountChange = amount });
        db.Set<BudgetAmendment>().Add(amendment);
        return await TrySaveAsync(errors, cancellationToken) ? (amendment, errors) : (null, errors);
    }

    /// <summary>Puts an approved document into effect, all in one transaction; the error key when refused (nothing changed then).</summary>
    public async Task<string?> ApproveAsync(BudgetAmendment amendment, Budget budget, string approvedBy, DateOnly approvedOn, CancellationToken cancellationToken)
    {
        if (amendment.Status != AmendmentStatus.Draft)
        {
            return "Control.NotDraft";
        }

        if (!budget.IsInForce)
        {
            return "Control.BudgetNotInForce";
        }

        if (approvedOn < amendment.DocumentDate)
        {
            return "Control.ApprovedBeforeDocument";
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Claims the draft first, with one conditional statement: two people approving at once cannot both apply it.
        if (!await ClaimDraftAsync(amendment.Id, AmendmentStatus.Approved, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return "Control.NotDraft";
        }

        var lineIds = amendment.Entries.Select(e => e.BudgetLineId).ToList();
        var lines = await db.Set<BudgetLine>().Where(l => lineIds.Contains(l.Id) && l.BudgetId == budget.Id).ToDictionaryAsync(l => l.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var reference = Reference(amendment);
        BudgetLedgerEntry Ledger(int lineId, LedgerEntryKind kind, Money amount, int fiscalYear) => new()
        {
            BudgetLineId = lineId,
            LaoId = budget.LaoId,
            FiscalYear = fiscalYear,
            Kind = kind,
            Amount = amount,
            SourceModule = SourceModule,
            SourceReference = reference,
            OccurredUtc = now,
            UserName = user.UserName,
        };

        switch (amendment.Kind)
        {
            case AmendmentKind.Transfer:
                // Decreases first: each is conditional, so the source cannot go below committed + disbursed.
                foreach (var entry in amendment.Entries.OrderBy(e => e.AmountChange))
                {
                    var line = lines[entry.BudgetLineId];
                    if (entry.AmountChange < Money.Zero)
                    {
                        if (!await statements.ApplyAsync(line.Id, LineBalanceStatements.Change.Deallocate, -entry.AmountChange, cancellationToken))
                        {
                            await transaction.RollbackAsync(cancellationToken);
                            db.ChangeTracker.Clear();
                            return "Control.Transfer.ExceedsAvailable";
                        }

                        db.Set<BudgetLedgerEntry>().Add(Ledger(line.Id, LedgerEntryKind.TransferOut, -entry.AmountChange, budget.FiscalYear));
                    }
                    else
                    {
                        if (await db.Set<BudgetLineBalanceRow>().AnyAsync(b => b.BudgetLineId == line.Id, cancellationToken))
                        {
                            await statements.ApplyAsync(line.Id, LineBalanceStatements.Change.Allocate, entry.AmountChange, cancellationToken);
                        }
                        else
                        {
                            db.Set<BudgetLineBalanceRow>().Add(new BudgetLineBalanceRow
                            {
                                BudgetLineId = line.Id,
                                LaoId = budget.LaoId,
                                FiscalYear = budget.FiscalYear,
                                Allocated = entry.AmountChange,
                            });
                        }

                        db.Set<BudgetLedgerEntry>().Add(Ledger(line.Id, LedgerEntryKind.TransferIn, entry.AmountChange, budget.FiscalYear));
                    }

                    line.CurrentAmount += entry.AmountChange;
                }

                break;
            case AmendmentKind.ExplanationChange:
                foreach (var entry in amendment.Entries)
                {
                    var line = lines[entry.BudgetLineId];
                    entry.PreviousExplanation = line.Explanation;
                    line.Explanation = entry.NewExplanation ?? line.Explanation;
                }

                break;
            case AmendmentKind.CarryOver:
                foreach (var entry in amendment.Entries)
                {
                    if (!await statements.ApplyAsync(entry.BudgetLineId, LineBalanceStatements.Change.CarryOut, entry.AmountChange, cancellationToken))
                    {
                        await transaction.RollbackAsync(cancellationToken);
                        db.ChangeTracker.Clear();
                        return "Control.CarryOverExceedsCommitted";
                    }

                    db.Set<BudgetLedgerEntry>().Add(Ledger(entry.BudgetLineId, LedgerEntryKind.CarryOverOut, entry.AmountChange, budget.FiscalYear));
                    db.Set<BudgetLedgerEntry>().Add(Ledger(entry.BudgetLineId, LedgerEntryKind.CarryOverIn, entry.AmountChange, budget.FiscalYear + 1));
                }

                break;
        }

        amendment.Status = AmendmentStatus.Approved;
        amendment.ApprovedBy = approvedBy.Trim();
        amendment.ApprovedOn = approvedOn;
        await summaries.RefreshAsync(budget.LaoId, budget.FiscalYear, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>Cancels a draft; a draft transfer's new-item lines (still at 0, never funded) are removed with it.</summary>
    public async Task<string?> CancelAsync(BudgetAmendment amendment, CancellationToken cancellationToken)
    {
        if (amendment.Status != AmendmentStatus.Draft)
        {
            return "Control.NotDraft";
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ClaimDraftAsync(amendment.Id, AmendmentStatus.Cancelled, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return "Control.NotDraft";
        }

        amendment.Status = AmendmentStatus.Cancelled;
        var newItems = amendment.Entries.Where(e => e.NewItemName is not null).ToList();
        foreach (var entry in newItems)
        {
            amendment.Entries.Remove(entry);
            db.Remove(entry);
        }

        await db.SaveChangesAsync(cancellationToken);
        var ids = newItems.Select(e => e.BudgetLineId).ToList();
        var lines = await db.Set<BudgetLine>().Where(l => ids.Contains(l.Id) && l.OriginalAmount == Money.Zero && l.CurrentAmount == Money.Zero).ToListAsync(cancellationToken);
        db.Set<BudgetLine>().RemoveRange(lines);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>A new supplementary budget (Draft) for the year of an annual budget in force: next sequence, same LAO, province, type.</summary>
    public async Task<Budget> CreateSupplementaryAsync(Budget annual, CancellationToken cancellationToken)
    {
        var last = await db.Set<Budget>()
            .Where(b => b.LaoId == annual.LaoId && b.FiscalYear == annual.FiscalYear && b.Kind == BudgetKind.Supplementary)
            .MaxAsync(b => (int?)b.Sequence, cancellationToken) ?? 0;
        var budget = new Budget
        {
            LaoId = annual.LaoId,
            ProvinceId = annual.ProvinceId,
            LaoType = annual.LaoType,
            FiscalYear = annual.FiscalYear,
            Kind = BudgetKind.Supplementary,
            Sequence = last + 1,
            Status = BudgetStatus.Draft,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Set<Budget>().Add(budget);
        await summaries.RefreshAsync(annual.LaoId, annual.FiscalYear, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return budget;
    }

    /// <summary>The document as the ledger names it, e.g. "โอน 3/2570".</summary>
    public static string Reference(BudgetAmendment amendment) => amendment.Kind switch
    {
        AmendmentKind.Transfer => "โอน " + amendment.DocumentNumber,
        AmendmentKind.ExplanationChange => "แก้ไขคำชี้แจง " + amendment.DocumentNumber,
        _ => "กันเงิน " + amendment.DocumentNumber,
    };

    private BudgetAmendment NewAmendment(Budget budget, AmendmentKind kind, string number, DateOnly date, string reason, ApprovalLevel level) => new()
    {
        BudgetId = budget.Id,
        Kind = kind,
        DocumentNumber = number.Trim(),
        DocumentDate = date,
        Reason = reason.Trim(),
        RequiredApproval = level,
        Status = AmendmentStatus.Draft,
        CreatedBy = user.UserName ?? "system",
        CreatedUtc = clock.GetUtcNow().UtcDateTime,
    };

    /// <summary>
    /// A lock, not the record of the change: the status set here is set again on the tracked document, so the
    /// audited SaveChanges in the same transaction records Draft → Approved/Cancelled (ADR 0004).
    /// </summary>
    private async Task<bool> ClaimDraftAsync(int amendmentId, AmendmentStatus to, CancellationToken cancellationToken) =>
        await db.Set<BudgetAmendment>()
            .Where(a => a.Id == amendmentId && a.Status == AmendmentStatus.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, to), cancellationToken) == 1;

    /// <summary>Saves a new document; a number taken meanwhile by someone else (unique index) becomes a field error.</summary>
    private async Task<bool> TrySaveAsync(List<AmendmentError> errors, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            errors.Add(new AmendmentError("DocumentNumber", "Control.NumberTaken"));
            return false;
        }
    }

    private async Task CheckHeaderAsync(Budget budget, AmendmentKind kind, string number, List<AmendmentError> errors, CancellationToken cancellationToken)
    {
        if (!budget.IsInForce)
        {
            errors.Add(new AmendmentError(null, "Control.BudgetNotInForce"));
        }

        if (await NumberTakenAsync(budget.Id, kind, number.Trim(), cancellationToken))
        {
            errors.Add(new AmendmentError("DocumentNumber", "Control.NumberTaken"));
        }
    }

    private Task<bool> NumberTakenAsync(int budgetId, AmendmentKind kind, string number, CancellationToken cancellationToken) =>
        db.Set<BudgetAmendment>().AnyAsync(a => a.BudgetId == budgetId && a.Kind == kind && a.DocumentNumber == number, cancellationToken);

    private Task<Dictionary<int, BudgetLine>> LinesAsync(int budgetId, CancellationToken cancellationToken) =>
        db.Set<BudgetLine>().AsNoTracking().Where(l => l.BudgetId == budgetId).ToDictionaryAsync(l => l.Id, cancellationToken);

    private async Task<HashSet<int>> CapitalCategoriesAsync(CancellationToken cancellationToken) =>
        (await db.Set<Classification>().AsNoTracking().Where(c => c.IsCapital).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
}
