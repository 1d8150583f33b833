using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Identity;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Services;

/// <summary>A rule a voucher change breaks: the form field ("" for the whole voucher), the message's resource key and its arguments.</summary>
internal sealed record VoucherError(string Field, string Key, params object[] Args);

/// <summary>The voucher after the change, or the rules it broke (nothing written).</summary>
internal sealed record VoucherResult(Voucher? Voucher, IReadOnlyList<VoucherError> Errors)
{
    public bool Succeeded => Voucher is not null && Errors.Count == 0;

    public static VoucherResult Fail(params VoucherError[] errors) => new(null, errors);

    public static VoucherResult Fail(IEnumerable<VoucherError> errors) => new(null, [.. errors]);
}

/// <summary>What the preparer types: <paramref name="VoucherNo"/> null or blank takes the next PV number.</summary>
internal sealed record VoucherInput(
    string? VoucherNo,
    DateOnly RequestedOn,
    string PayeeName,
    string? PayeeTaxId,
    string? PayeeAddress,
    PayeeKind PayeeKind,
    string Description,
    int BudgetLineId,
    Money Gross,
    string? IncomeTypeCode);

internal sealed record PaymentInput(VoucherPaymentMethod Method, int BankAccountId, DateOnly PaidOn, string? ChequeNo, DateOnly? ChequeDate, string? TransferReference);

/// <summary>
/// The voucher lifecycle: Draft → Submitted (reserved on the budget line) → Approved → Paid (reservation disbursed,
/// ledger entry posted, withholding certificate numbered), or back for correction (Rejected) or Cancelled (the
/// reservation given back). Every change runs in ONE transaction of its own: the voucher, the budget control
/// ledger and the journal commit or fail together. The caller checks the user's policy and LAO scope first.
/// </summary>
internal sealed class VoucherWorkflow(
    LocalGovDbContext db,
    DocumentNumbers numbers,
    VoucherNumbers voucherNumbers,
    LedgerService ledger,
    IBudgetControl control,
    IBudgetLineDirectory lines,
    TimeProvider clock)
{
    public async Task<VoucherResult> CreateAsync(int laoId, int fiscalYear, VoucherInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var (errors, rate) = await CheckInputAsync(laoId, fiscalYear, input, cancellationToken);
        var number = Clean(input.VoucherNo);
        if (number is not null && await voucherNumbers.IsTakenAsync(laoId, fiscalYear, number, null, cancellationToken))
        {
            errors.Add(new VoucherError("VoucherNo", "Voucher.Error.DuplicateNo", number));
        }

        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        var voucher = new Voucher
        {
            LaoId = laoId,
            FiscalYear = fiscalYear,
            VoucherNo = number ?? await voucherNumbers.NextFreeAsync(laoId, fiscalYear, cancellationToken),
            PayeeName = "",
            Description = "",
            PreparedBy = actor,
            CreatedUtc = Now,
        };
        Apply(voucher, input, rate!);
        voucher.Events.Add(Event(VoucherStatus.Draft, actor, null));
        db.Set<Voucher>().Add(voucher);
        return await CommitAsync(tx, voucher, cancellationToken);
    }

    public async Task<VoucherResult> UpdateAsync(int id, Guid stamp, VoucherInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var voucher = await LoadAsync(id, stamp, cancellationToken);
        if (voucher is null)
        {
            return Refuse(new VoucherError("", "Voucher.Error.NotFound"));
        }

        if (!VoucherRules.CanEdit(voucher.Status))
        {
            return Refuse(new VoucherError("", "Voucher.Error.NotEditable"));
        }

        var (errors, rate) = await CheckInputAsync(voucher.LaoId, voucher.FiscalYear, input, cancellationToken);
        if (voucher.FromCommitment && input.BudgetLineId != voucher.BudgetLineId)
        {
            errors.Add(new VoucherError("BudgetLineId", "Voucher.Error.CommitmentLine"));
        }

        if (voucher.Penalty > Money.Zero && rate is not null
            && input.Gross - WithholdingTax.Compute(input.Gross, rate.RateBasisPoints, rate.MinimumPayment) - voucher.Penalty <= Money.Zero)
        {
            errors.Add(new VoucherError("Gross", "Voucher.Error.PenaltyTooLarge", BahtFormat.Format(voucher.Penalty)));
        }

        var number = Clean(input.VoucherNo);
        if (number is not null && number != voucher.VoucherNo && await voucherNumbers.IsTakenAsync(voucher.LaoId, voucher.FiscalYear, number, voucher.Id, cancellationToken))
        {
            errors.Add(new VoucherError("VoucherNo", "Voucher.Error.DuplicateNo", number));
        }

        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        voucher.VoucherNo = number ?? voucher.VoucherNo;
        Apply(voucher, input, rate!);
        _ = actor;
        return await CommitAsync(tx, voucher, cancellationToken);
    }

    /// <summary>Sends the voucher for approval: reserves the gross amount on the line (unless a commitment already holds it).</summary>
    public async Task<VoucherResult> SubmitAsync(int id, Guid stamp, string actor, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var voucher = await LoadAsync(id, stamp, cancellationToken);
        if (voucher is null || !VoucherRules.CanSubmit(voucher.Status))
        {
            return Refuse(StatusError(voucher));
        }

        if (!voucher.FromCommitment)
        {
            var reserved = await control.ReserveAsync(Request(voucher), cancellationToken);
            if (!reserved.Succeeded)
            {
                return await RollBackAsync(tx, ControlError(reserved, voucher), cancellationToken);
            }

            voucher.HoldsReservation = true;
        }

        voucher.Status = VoucherStatus.Submitted;
        voucher.SubmittedBy = actor;
        voucher.Events.Add(Event(VoucherStatus.Submitted, actor, null));
        return await CommitAsync(tx, voucher, cancellationToken);
    }

    /// <summary>The executive's approval; whoever prepared or submitted the voucher may not approve it.</summary>
    public async Task<VoucherResult> ApproveAsync(int id, Guid stamp, string actor, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var voucher = await LoadAsync(id, stamp, cancellationToken);
        if (voucher is null || !VoucherRules.CanApprove(voucher.Status))
        {
            return Refuse(StatusError(voucher));
        }

        if (!VoucherRules.MayApprove(actor, voucher.PreparedBy, voucher.SubmittedBy))
        {
            return Refuse(new VoucherError("", "Voucher.Error.ApproverIsPreparer"));
        }

        voucher.Status = VoucherStatus.Approved;
        voucher.ApprovedBy = actor;
        voucher.ApprovedUtc = Now;
        voucher.Events.Add(Event(VoucherStatus.Approved, actor, null));
        return await CommitAsync(tx, voucher, cancellationToken);
    }

    /// <summary>Back to the preparer for correction (with a reason); the voucher's own reservation is given back.</summary>
    public Task<VoucherResult> RejectAsync(int id, Guid stamp, string? reason, string actor, CancellationToken cancellationToken) =>
        GiveBackAsync(id, stamp, reason, actor, VoucherStatus.Rejected, cancellationToken);

    /// <summary>Cancels an unpaid voucher (with a reason); the voucher's own reservation is given back.</summary>
    public Task<VoucherResult> CancelAsync(int id, Guid stamp, string? reason, string actor, CancellationToken cancellationToken) =>
        GiveBackAsync(id, stamp, reason, actor, VoucherStatus.Cancelled, cancellationToken);

    /// <summary>
    /// Pays an approved voucher: disburses the reservation on the budget line, posts Dr expense (gross) / Cr bank
    /// (net) / Cr withholding tax payable (withheld) / Cr penalty revenue (penalty), and numbers the withholding certificate. Paying twice is
    /// refused by the status, the concurrency stamp and the ledger's unique source reference.
    /// </summary>
    public async Task<VoucherResult> PayAsync(int id, Guid stamp, PaymentInput payment, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var voucher = await LoadAsync(id, stamp, cancellationToken);
        if (voucher is null || !VoucherRules.CanPay(voucher.Status))
        {
            return Refuse(voucher?.Status == VoucherStatus.Paid ? new VoucherError("", "Voucher.Error.AlreadyPaid") : StatusError(voucher));
        }

        var errors = new List<VoucherError>();
        var year = new FiscalYear(voucher.FiscalYear);
        if (!year.Contains(payment.PaidOn))
        {
            errors.Add(new VoucherError("PaidOn", "Voucher.Error.DateOutsideYear", voucher.FiscalYear));
        }
        else if (payment.PaidOn < voucher.RequestedOn)
        {
            errors.Add(new VoucherError("PaidOn", "Voucher.Error.PaidBeforeRequested"));
        }

        if (payment.Method == VoucherPaymentMethod.Cheque && (Clean(payment.ChequeNo) is null || payment.ChequeDate is null))
        {
            errors.Add(new VoucherError(Clean(payment.ChequeNo) is null ? "ChequeNo" : "ChequeDate", "Voucher.Error.ChequeRequired"));
        }
        else if (payment.Method == VoucherPaymentMethod.Transfer && Clean(payment.TransferReference) is null)
        {
            errors.Add(new VoucherError("TransferReference", "Voucher.Error.TransferRequired"));
        }

        var bank = await db.Set<BankAccount>().AsNoTracking()
            .FirstOrDefaultAsync(b => b.Id == payment.BankAccountId && b.LaoId == voucher.LaoId && b.IsActive, cancellationToken);
        if (bank is null)
        {
            errors.Add(new VoucherError("BankAccountId", "Voucher.Error.BankAccount"));
        }

        var line = await lines.FindLineAsync(voucher.BudgetLineId, cancellationToken);
        var expense = line is null ? null : await ExpenseAccountAsync(line, cancellationToken);
        if (expense is null)
        {
            errors.Add(new VoucherError("", "Voucher.Error.NoAccountForCategory", line?.Category.Code ?? ""));
        }

        int? withholdingAccount = null;
        if (voucher.Withheld > Money.Zero)
        {
            withholdingAccount = await db.Set<Account>().Where(a => a.Role == AccountRole.WithholdingTaxPayable && a.IsPostable)
                .Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            if (withholdingAccount is null)
            {
                errors.Add(new VoucherError("", "Voucher.Error.NoWithholdingAccount"));
            }
        }

        int? penaltyAccount = null;
        if (voucher.Penalty > Money.Zero)
        {
            penaltyAccount = await db.Set<Account>().Where(a => a.Role == AccountRole.PenaltyRevenue && a.IsPostable)
                .Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            if (penaltyAccount is null)
            {
                errors.Add(new VoucherError("", "Voucher.Error.NoPenaltyAccount"));
            }
        }

        if (errors.Count > 0)
        {
            return await RollBackAsync(tx, errors, cancellationToken);
        }

        // The status change is saved first: a concurrent payment of the same voucher fails here on the stamp.
        voucher.Status = VoucherStatus.Paid;
        voucher.PaymentMethod = payment.Method;
        voucher.ChequeNo = payment.Method == VoucherPaymentMethod.Cheque ? Clean(payment.ChequeNo) : null;
        voucher.ChequeDate = payment.Method == VoucherPaymentMethod.Cheque ? payment.ChequeDate : null;
        voucher.TransferReference = payment.Method == VoucherPaymentMethod.Transfer ? Clean(payment.TransferReference) : null;
        voucher.BankAccountId = bank!.Id;
        voucher.PaidOn = payment.PaidOn;
        voucher.PaidBy = actor;
        voucher.HoldsReservation = false;
        voucher.Events.Add(Event(VoucherStatus.Paid, actor, null));
        var saved = await SaveAsync(tx, cancellationToken);
        if (saved is not null)
        {
            return saved;
        }

        var disbursed = await control.DisburseCommittedAsync(Request(voucher), cancellationToken);
        if (!disbursed.Succeeded)
        {
            return await RollBackAsync(tx, ControlError(disbursed, voucher), cancellationToken);
        }

        var draftLines = new List<JournalDraftLine>
        {
            new(expense!.Id, voucher.Gross, Money.Zero, BudgetLineId: voucher.BudgetLineId, Description: voucher.PayeeName),
            new(bank.LedgerAccountId, Money.Zero, voucher.Net, BankAccountId: bank.Id, Description: voucher.PayeeName),
        };
        if (withholdingAccount is { } wht)
        {
            draftLines.Add(new JournalDraftLine(wht, Money.Zero, voucher.Withheld, Description: voucher.PayeeName));
        }

        if (penaltyAccount is { } penalty)
        {
            draftLines.Add(new JournalDraftLine(penalty, Money.Zero, voucher.Penalty, Description: voucher.PayeeName));
        }

        var posting = await ledger.PostAsync(
            new JournalDraft(voucher.LaoId, payment.PaidOn, $"{voucher.VoucherNo} {voucher.Description}", JournalEntryKind.Payment, draftLines,
                SourceModule: FinanceModule.SourceModule, SourceReference: voucher.LedgerReference),
            cancellationToken);
        if (!posting.Succeeded)
        {
            return await RollBackAsync(
                tx,
                posting.Errors.Select(e => new VoucherError(e.Field == "EntryDate" ? "PaidOn" : "", e.Code == "Ledger.AlreadyPosted" ? "Voucher.Error.AlreadyPaid" : e.Code)),
                cancellationToken);
        }

        voucher.JournalEntryId = posting.Entry!.Id;
        if (voucher.Withheld > Money.Zero)
        {
            voucher.CertificateNo = await numbers.NextDocumentNoAsync(voucher.LaoId, posting.Entry.FiscalYear, DocumentNumbers.WithholdingCertificate, cancellationToken);
        }

        return await CommitAsync(tx, voucher, cancellationToken);
    }

    /// <summary>The withholding tax rates in force on <paramref name="date"/>, in display order.</summary>
    public async Task<List<WithholdingTaxRate>> RatesOnAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var all = await db.Set<WithholdingTaxRate>().AsNoTracking().ToListAsync(cancellationToken);
        return [.. all.Where(r => r.AppliesOn(date)).OrderBy(r => r.SortOrder).ThenBy(r => r.IncomeTypeCode)];
    }

    /// <summary>The detail expense (or asset) account a budget category posts to in the line's year.</summary>
    public async Task<Account?> ExpenseAccountAsync(BudgetLineInfo line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        var candidates = await db.Set<Account>().AsNoTracking()
            .Where(a => a.BudgetCategoryCode == line.Category.Code && a.IsPostable).OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(a => a.AppliesTo(line.FiscalYear));
    }

    private async Task<VoucherResult> GiveBackAsync(int id, Guid stamp, string? reason, string actor, VoucherStatus to, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var voucher = await LoadAsync(id, stamp, cancellationToken);
        if (voucher is null || !VoucherRules.CanMove(voucher.Status, to))
        {
            return Refuse(StatusError(voucher));
        }

        var note = Clean(reason);
        if (note is null)
        {
            return Refuse(new VoucherError("Reason", "Voucher.Error.ReasonRequired"));
        }

        if (voucher.HoldsReservation)
        {
            var released = await control.ReleaseAsync(Request(voucher), cancellationToken);
            if (!released.Succeeded)
            {
                return await RollBackAsync(tx, ControlError(released, voucher), cancellationToken);
            }

            voucher.HoldsReservation = false;
        }

        voucher.Status = to;
        voucher.Events.Add(Event(to, actor, note.Length > 500 ? note[..500] : note));
        return await CommitAsync(tx, voucher, cancellationToken);
    }

    private async Task<(List<VoucherError> Errors, WithholdingTaxRate? Rate)> CheckInputAsync(int laoId, int fiscalYear, VoucherInput input, CancellationToken cancellationToken)
    {
        var errors = new List<VoucherError>();
        var line = await lines.FindLineAsync(input.BudgetLineId, cancellationToken);
        if (line is null || line.LaoId != laoId || line.FiscalYear != fiscalYear || !line.IsInForce)
        {
            errors.Add(new VoucherError("BudgetLineId", "Voucher.Error.LineNotInForce"));
        }
        else if (await ExpenseAccountAsync(line, cancellationToken) is null)
        {
            errors.Add(new VoucherError("BudgetLineId", "Voucher.Error.NoAccountForCategory", line.Category.Code));
        }

        if (!new FiscalYear(fiscalYear).Contains(input.RequestedOn))
        {
            errors.Add(new VoucherError("RequestedOn", "Voucher.Error.DateOutsideYear", fiscalYear));
        }

        if (input.Gross <= Money.Zero)
        {
            errors.Add(new VoucherError("Gross", "Voucher.Error.AmountPositive"));
        }

        if (input.PayeeTaxId is { Length: > 0 } taxId && !ThaiTaxId.IsValid(taxId))
        {
            errors.Add(new VoucherError("PayeeTaxId", "Voucher.Error.TaxId"));
        }

        var rate = await RateOnAsync(input.IncomeTypeCode, input.RequestedOn, cancellationToken);
        if (rate is null)
        {
            errors.Add(new VoucherError("IncomeTypeCode", "Voucher.Error.IncomeType"));
        }

        return (errors, rate);
    }

    private static void Apply(Voucher voucher, VoucherInput input, WithholdingTaxRate rate)
    {
        voucher.RequestedOn = input.RequestedOn;
        voucher.PayeeName = Clean(input.PayeeName) ?? "";
        voucher.PayeeTaxId = input.PayeeTaxId is { Length: > 0 } id && ThaiTaxId.TryParse(id, out var normalized) ? normalized : null;
        voucher.PayeeAddress = Clean(input.PayeeAddress);
        voucher.PayeeKind = input.PayeeKind;
        voucher.Description = Clean(input.Description) ?? "";
        voucher.BudgetLineId = input.BudgetLineId;
        voucher.Gross = input.Gross;
        ApplyWithholding(voucher, rate);
    }

    /// <summary>
    /// The withholding of <paramref name="rate"/> on the voucher's gross amount, and what is left to pay: gross − withheld
    /// − penalty. Used by the voucher form and by payment requests from other modules.
    /// </summary>
    public static void ApplyWithholding(Voucher voucher, WithholdingTaxRate rate)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        ArgumentNullException.ThrowIfNull(rate);
        voucher.IncomeTypeCode = rate.IncomeTypeCode;
        voucher.WithholdingRateBasisPoints = rate.RateBasisPoints;
        voucher.Withheld = WithholdingTax.Compute(voucher.Gross, rate.RateBasisPoints, rate.MinimumPayment);
        voucher.Net = voucher.Gross - voucher.Withheld - voucher.Penalty;
    }

    /// <summary>The rate of <paramref name="incomeTypeCode"/> (null or blank: no withholding) in force on <paramref name="date"/>, or null.</summary>
    public async Task<WithholdingTaxRate?> RateOnAsync(string? incomeTypeCode, DateOnly date, CancellationToken cancellationToken)
    {
        var code = Clean(incomeTypeCode) ?? IncomeTypes.None;
        return (await RatesOnAsync(date, cancellationToken)).FirstOrDefault(r => r.IncomeTypeCode == code);
    }

    private async Task<Voucher?> LoadAsync(int id, Guid stamp, CancellationToken cancellationToken)
    {
        var voucher = await db.Set<Voucher>().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (voucher is not null)
        {
            // Optimistic concurrency: the voucher must still be the one the user saw.
            db.Entry(voucher).Property(v => v.ConcurrencyStamp).OriginalValue = stamp;
            voucher.ConcurrencyStamp = Guid.NewGuid();
        }

        return voucher;
    }

    private static BudgetControlRequest Request(Voucher voucher) =>
        new(voucher.LaoId, voucher.BudgetLineId, voucher.Gross, FinanceModule.SourceModule, voucher.VoucherNo);

    private static VoucherError ControlError(BudgetControlResult result, Voucher voucher) => result.Error switch
    {
        BudgetControlError.InsufficientBalance => new VoucherError("Gross", "Voucher.Error.InsufficientBalance",
            BahtFormat.Format(voucher.Gross), BahtFormat.Format(result.Balance?.Available ?? Money.Zero)),
        BudgetControlError.NothingToRelease => new VoucherError("Gross", "Voucher.Error.ExceedsCommitment",
            BahtFormat.Format(voucher.Gross), BahtFormat.Format(result.Balance?.Committed ?? Money.Zero)),
        BudgetControlError.BudgetNotInForce or BudgetControlError.LineNotFound or BudgetControlError.NotInScope =>
            new VoucherError("BudgetLineId", "Voucher.Error.LineNotInForce"),
        _ => new VoucherError("Gross", "Voucher.Error.AmountPositive"),
    };

    private static VoucherError StatusError(Voucher? voucher) =>
        voucher is null ? new VoucherError("", "Voucher.Error.NotFound") : new VoucherError("", "Voucher.Error.WrongStatus", voucher.Status);

    private VoucherEvent Event(VoucherStatus status, string actor, string? note) =>
        new() { Status = status, UserName = actor, OccurredUtc = Now, Note = note };

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Saves within the transaction; a conflict (stale stamp, duplicate number) rolls everything back.</summary>
    private async Task<VoucherResult?> SaveAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RollBackAsync(tx, [new VoucherError("", "Voucher.Error.Conflict")], cancellationToken);
        }
        catch (DbUpdateException)
        {
            return await RollBackAsync(tx, [new VoucherError("VoucherNo", "Voucher.Error.DuplicateOrConflict")], cancellationToken);
        }
    }

    private async Task<VoucherResult> CommitAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, Voucher voucher, CancellationToken cancellationToken)
    {
        var failed = await SaveAsync(tx, cancellationToken);
        if (failed is not null)
        {
            return failed;
        }

        await tx.CommitAsync(cancellationToken);
        return new VoucherResult(voucher, []);
    }

    private Task<VoucherResult> RollBackAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, VoucherError error, CancellationToken cancellationToken) =>
        RollBackAsync(tx, [error], cancellationToken);

    /// <summary>Nothing half-written: the transaction goes, and so do the changes the context was tracking.</summary>
    private async Task<VoucherResult> RollBackAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, IEnumerable<VoucherError> errors, CancellationToken cancellationToken)
    {
        var list = errors.ToList();
        await tx.RollbackAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return VoucherResult.Fail(list);
    }

    private VoucherResult Refuse(params VoucherError[] errors) => Refuse((IEnumerable<VoucherError>)errors);

    /// <summary>Refused before anything was saved: the context forgets what it loaded (the transaction ends unused).</summary>
    private VoucherResult Refuse(IEnumerable<VoucherError> errors)
    {
        var list = errors.ToList();
        db.ChangeTracker.Clear();
        return VoucherResult.Fail(list);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
