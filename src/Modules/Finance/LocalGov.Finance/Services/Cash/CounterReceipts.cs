using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Services.Cash;

internal sealed record CounterReceiptDraftLine(int AccountId, Money Amount, string Description);

internal sealed record CounterReceiptDraft(
    int LaoId,
    DateOnly ReceivedOn,
    string PayerName,
    CounterPaymentMethod Method,
    int? BankAccountId,
    string? Reference,
    string FundCode,
    IReadOnlyList<CounterReceiptDraftLine> Lines);

internal sealed record DepositDraft(int LaoId, DateOnly DepositedOn, int BankAccountId, Money Amount, string? Reference);

/// <summary>A cash document's outcome: the document, or the (field, resource key, arguments) it broke; nothing saved then.</summary>
internal sealed record CashResult<T>(T? Document, IReadOnlyList<CashError> Errors)
    where T : class
{
    public bool Succeeded => Document is not null;
}

internal sealed record CashError(string Field, string Code, params object[] Arguments);

/// <summary>
/// Counter receipts (ใบเสร็จรับเงิน for money Revenue does not bill) and deposits of cash to the bank (ใบนำฝาก): each
/// document, its running number and its ledger entry in one transaction.
/// </summary>
internal sealed class CounterReceipts(LocalGovDbContext db, LedgerService ledger, DocumentNumbers numbers, CashBook book, TimeProvider clock)
{
    public const string SourceModule = FinanceModule.SourceModule;

    /// <summary>The accounts a receipt line may credit: postable, in force, and not a cash or bank account.</summary>
    public async Task<List<Account>> CreditableAccountsAsync(int fiscalYear, CancellationToken cancellationToken)
    {
        var bankLedgers = await db.Set<BankAccount>().AsNoTracking().Select(b => b.LedgerAccountId).Distinct().ToListAsync(cancellationToken);
        var accounts = await db.Set<Account>().AsNoTracking().Where(a => a.IsPostable)
            .OrderBy(a => a.Type == AccountType.Revenue ? 0 : 1).ThenBy(a => a.Code).ToListAsync(cancellationToken);
        return [.. accounts.Where(a => a.AppliesTo(fiscalYear) && !a.IsCashOrBank(bankLedgers))];
    }

    public async Task<CashResult<CounterReceipt>> IssueAsync(CounterReceiptDraft draft, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var fiscalYear = FiscalYear.Containing(draft.ReceivedOn).BuddhistYear;
        var errors = new List<CashError>();
        if (string.IsNullOrWhiteSpace(draft.PayerName))
        {
            errors.Add(new CashError("PayerName", "Cash.Error.PayerRequired"));
        }

        if (draft.Lines.Count == 0)
        {
            errors.Add(new CashError("", "Cash.Error.LineRequired"));
        }

        var creditable = (await CreditableAccountsAsync(fiscalYear, cancellationToken)).Select(a => a.Id).ToHashSet();
        for (var i = 0; i < draft.Lines.Count; i++)
        {
            var line = draft.Lines[i];
            if (!creditable.Contains(line.AccountId))
            {
                errors.Add(new CashError($"Lines[{i}].AccountId", "Cash.Error.AccountNotAllowed"));
            }

            if (line.Amount <= Money.Zero)
            {
                errors.Add(new CashError($"Lines[{i}].Amount", "Cash.Error.AmountPositive"));
            }

            if (string.IsNullOrWhiteSpace(line.Description))
            {
                errors.Add(new CashError($"Lines[{i}].Description", "Cash.Error.DescriptionRequired"));
            }
        }

        BankAccount? bank = null;
        if (draft.BankAccountId is { } bankId)
        {
            bank = await db.Set<BankAccount>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bankId && b.LaoId == draft.LaoId && b.IsActive, cancellationToken);
            if (bank is null)
            {
                errors.Add(new CashError("BankAccountId", "Cash.Error.BankAccountUnknown"));
            }
        }
        else if (draft.Method == CounterPaymentMethod.Transfer)
        {
            errors.Add(new CashError("BankAccountId", "Cash.Error.BankAccountRequired"));
        }

        if (draft.Method == CounterPaymentMethod.Cash && draft.BankAccountId is not null)
        {
            bank = null;
        }

        if (errors.Count > 0)
        {
            return new CashResult<CounterReceipt>(null, errors);
        }

        var total = Money.Sum(draft.Lines.Select(x => x.Amount));
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var receiptNo = await numbers.NextDocumentNoAsync(draft.LaoId, fiscalYear, DocumentNumbers.Receipt, cancellationToken);
        var debitAccount = bank?.LedgerAccountId ?? await book.RoleAccountIdAsync(AccountRole.Cash, cancellationToken) ?? 0;
        var lines = new List<JournalDraftLine> { new(debitAccount, total, Money.Zero, BankAccountId: bank?.Id, Description: draft.Reference) };
        lines.AddRange(draft.Lines.Select(x => new JournalDraftLine(x.AccountId, Money.Zero, x.Amount, Description: x.Description)));
        var posting = await ledger.PostAsync(
            new JournalDraft(draft.LaoId, draft.ReceivedOn, $"{receiptNo} {draft.PayerName.Trim()}", JournalEntryKind.Receipt, lines, draft.FundCode, SourceModule, "RC:" + receiptNo),
            cancellationToken);
        if (!posting.Succeeded)
        {
            await tx.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new CashResult<CounterReceipt>(null, [.. posting.Errors.Select(LedgerErrorOf)]);
        }

        var receipt = new CounterReceipt
        {
            LaoId = draft.LaoId,
            FiscalYear = fiscalYear,
            ReceiptNo = receiptNo,
            ReceivedOn = draft.ReceivedOn,
            PayerName = Clip(draft.PayerName, 300),
            Method = draft.Method,
            BankAccountId = bank?.Id,
            Reference = string.IsNullOrWhiteSpace(draft.Reference) ? null : Clip(draft.Reference, 50),
            Total = total,
            JournalEntryId = posting.Entry!.Id,
            IssuedBy = userName,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var no = 0;
        foreach (var line in draft.Lines)
        {
            receipt.Lines.Add(new CounterReceiptLine { LineNo = ++no, AccountId = line.AccountId, Amount = line.Amount, Description = Clip(line.Description, 300) });
        }

        db.Set<CounterReceipt>().Add(receipt);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new CashResult<CounterReceipt>(receipt, []);
    }

    /// <summary>Cancels an issued receipt with a reason: its entry is reversed today (an open month), the receipt kept.</summary>
    public async Task<CashResult<CounterReceipt>> CancelAsync(int receiptId, string reason, string userName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new CashResult<CounterReceipt>(null, [new CashError("Reason", "Cash.Error.ReasonRequired")]);
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var receipt = await db.Set<CounterReceipt>().FirstOrDefaultAsync(r => r.Id == receiptId, cancellationToken);
        if (receipt is null || receipt.Status != CounterReceiptStatus.Issued)
        {
            return new CashResult<CounterReceipt>(null, [new CashError("", "Cash.Error.NotCancellable")]);
        }

        var reversal = await ledger.ReverseAsync(receipt.JournalEntryId, ThaiDate.Today(clock), $"{receipt.ReceiptNo}: {reason.Trim()}", cancellationToken);
        if (!reversal.Succeeded)
        {
            await tx.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new CashResult<CounterReceipt>(null, [.. reversal.Errors.Select(LedgerErrorOf)]);
        }

        receipt.Status = CounterReceiptStatus.Cancelled;
        receipt.ReversalEntryId = reversal.Entry!.Id;
        receipt.CancelledReason = Clip(reason, 500);
        receipt.CancelledBy = userName;
        receipt.CancelledUtc = clock.GetUtcNow().UtcDateTime;
        receipt.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new CashResult<CounterReceipt>(receipt, []);
    }

    /// <summary>Deposits cash on hand: never more than the cash account holds at the end of the deposit date.</summary>
    public async Task<CashResult<CashDeposit>> DepositAsync(DepositDraft draft, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new List<CashError>();
        var bank = await db.Set<BankAccount>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == draft.BankAccountId && b.LaoId == draft.LaoId && b.IsActive, cancellationToken);
        if (bank is null)
        {
            errors.Add(new CashError("BankAccountId", "Cash.Error.BankAccountUnknown"));
        }

        if (draft.Amount <= Money.Zero)
        {
            errors.Add(new CashError("Amount", "Cash.Error.AmountPositive"));
        }

        if (errors.Count > 0)
        {
            return new CashResult<CashDeposit>(null, errors);
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var cashAccount = await book.RoleAccountIdAsync(AccountRole.Cash, cancellationToken) ?? 0;
        var onHand = await book.CashBalanceAsync(draft.LaoId, draft.DepositedOn, cancellationToken);
        if (draft.Amount > onHand)
        {
            await tx.RollbackAsync(cancellationToken);
            return new CashResult<CashDeposit>(null, [new CashError("Amount", "Cash.Error.MoreThanCash", BahtFormat.Format(onHand))]);
        }

        var fiscalYear = FiscalYear.Containing(draft.DepositedOn).BuddhistYear;
        var depositNo = await numbers.NextDocumentNoAsync(draft.LaoId, fiscalYear, DocumentNumbers.Deposit, cancellationToken);
        var posting = await ledger.PostAsync(
            new JournalDraft(
                draft.LaoId,
                draft.DepositedOn,
                $"{depositNo} {bank!.BankName} {bank.AccountNumber}",
                JournalEntryKind.Deposit,
                [
                    new JournalDraftLine(bank.LedgerAccountId, draft.Amount, Money.Zero, BankAccountId: bank.Id, Description: draft.Reference),
                    new JournalDraftLine(cashAccount, Money.Zero, draft.Amount, Description: draft.Reference),
                ],
                SourceModule: SourceModule,
                SourceReference: "DP:" + depositNo),
            cancellationToken);
        if (!posting.Succeeded)
        {
            await tx.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new CashResult<CashDeposit>(null, [.. posting.Errors.Select(LedgerErrorOf)]);
        }

        var deposit = new CashDeposit
        {
            LaoId = draft.LaoId,
            FiscalYear = fiscalYear,
            DepositNo = depositNo,
            DepositedOn = draft.DepositedOn,
            BankAccountId = bank.Id,
            Amount = draft.Amount,
            Reference = string.IsNullOrWhiteSpace(draft.Reference) ? null : Clip(draft.Reference, 50),
            JournalEntryId = posting.Entry!.Id,
            CreatedBy = userName,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Set<CashDeposit>().Add(deposit);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new CashResult<CashDeposit>(deposit, []);
    }

    /// <summary>A ledger refusal on a cash form: the entry date is the document's date field.</summary>
    private static CashError LedgerErrorOf(LedgerError error) =>
        new(error.Field == "EntryDate" ? "Date" : "", error.Code);

    private static string Clip(string value, int length)
    {
        var trimmed = value.Trim();
        return trimmed.Length <= length ? trimmed : trimmed[..length];
    }
}
