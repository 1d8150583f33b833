using LocalGov.Data;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Payments;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services.Payments;

/// <summary>What one receipt pays on one bill: an amount, split by <see cref="PaymentAllocation"/>.</summary>
internal sealed record PaymentItem(int BillId, Money Amount);

/// <summary>One payment by one taxpayer over one or more of their bills.</summary>
internal sealed record PaymentRequest(int LaoId, int TaxpayerId, DateOnly PaidOn, PaymentMethod Method, string Reference, IReadOnlyList<PaymentItem> Items);

internal enum PaymentError
{
    NothingToPay = 1,
    BillNotFound = 2,
    BillNotPayable = 3,
    MoreThanOwed = 4,
    OneTaxpayerPerReceipt = 5,
    LedgerRefused = 6,
    Busy = 7,
    ReasonRequired = 8,
    AlreadyCancelled = 9,
    BillHasPayments = 10,
}

/// <summary>Why a payment or cancellation was refused; nothing was saved.</summary>
internal sealed class PaymentRefusedException(PaymentError error, int? billId = null, Money? owed = null, string? detail = null)
    : Exception(error.ToString())
{
    public PaymentError Error { get; } = error;

    public int? BillId { get; } = billId;

    public Money? Owed { get; } = owed;

    public string? Detail { get; } = detail;
}

/// <summary>The result of a payment, a receipt cancellation or a bill cancellation.</summary>
internal sealed record PaymentOutcome(Receipt? Receipt, PaymentRefusedException? Refusal)
{
    public bool Succeeded => Refusal is null;
}

/// <summary>
/// Takes payments, cancels receipts and cancels bills. Each is one transaction: receipt and lines, the bills'
/// paid principal and status, the receipt number, the hand-off to Finance and the summary refresh commit or fail
/// together. A write that meets a concurrent one (same bill, same receipt book) fails on a concurrency stamp or a
/// unique index; the whole operation is then re-run from fresh data, so a second payment on a bill sees the
/// first and cannot overpay, and receipt numbers stay gapless.
/// </summary>
internal sealed class PaymentService(
    LocalGovDbContext db,
    BillPositions positions,
    ReceiptNumbering numbering,
    LedgerHandOff handOff,
    RevenueSummaryUpdater summaries,
    TimeProvider clock)
{
    public const int MaxAttempts = 6;

    public const int ReasonMaxLength = 1000;

    public async Task<PaymentOutcome> PayAsync(PaymentRequest request, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await RunAsync(async ct =>
        {
            var receipt = await IssueAsync(request, userName, ct);
            await summaries.RefreshAsync(receipt.LaoId, receipt.FiscalYear, ct);
            await db.SaveChangesAsync(ct);
            return (Receipt?)receipt;
        }, cancellationToken);
    }

    /// <summary>
    /// Issues one receipt inside the caller's transaction (saved, handed off; summaries not refreshed). Throws
    /// <see cref="PaymentRefusedException"/> when the payment is refused.
    /// </summary>
    public async Task<Receipt> IssueAsync(PaymentRequest request, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var items = request.Items.Where(i => i.Amount.Satang != 0).ToList();
        if (items.Count == 0 || items.Any(i => i.Amount.IsNegative))
        {
            throw new PaymentRefusedException(PaymentError.NothingToPay);
        }

        var ids = items.Select(i => i.BillId).Distinct().ToList();
        if (ids.Count != items.Count)
        {
            throw new PaymentRefusedException(PaymentError.NothingToPay);
        }

        var bills = await db.Set<Bill>().Include(b => b.Instalments)
            .Where(b => b.LaoId == request.LaoId && ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        foreach (var item in items)
        {
            if (!bills.TryGetValue(item.BillId, out var bill))
            {
                throw new PaymentRefusedException(PaymentError.BillNotFound, item.BillId);
            }

            if (bill.TaxpayerId != request.TaxpayerId)
            {
                throw new PaymentRefusedException(PaymentError.OneTaxpayerPerReceipt, item.BillId);
            }

            if (bill.Status is BillStatus.Cancelled or BillStatus.Paid)
            {
                throw new PaymentRefusedException(PaymentError.BillNotPayable, item.BillId, detail: bill.Number);
            }
        }

        var owed = await positions.ForAsync(bills.Values, request.PaidOn, cancellationToken);
        var splits = new List<(Bill Bill, PaymentSplit Split)>();
        foreach (var item in items)
        {
            var position = owed[item.BillId];
            var split = PaymentAllocation.Split(item.Amount, position.Owed)
                ?? throw new PaymentRefusedException(PaymentError.MoreThanOwed, item.BillId, position.Owed.Total, bills[item.BillId].Number);
            splits.Add((bills[item.BillId], split));
        }

        var payer = await db.Set<Taxpayer>().AsNoTracking().FirstAsync(t => t.Id == request.TaxpayerId, cancellationToken);
        var fiscalYear = FiscalYear.Containing(request.PaidOn).BuddhistYear;
        var (book, number) = await numbering.NextAsync(request.LaoId, fiscalYear, cancellationToken);
        var receipt = new Receipt
        {
            LaoId = request.LaoId,
            BookId = book.Id,
            Number = number,
            ReceiptNo = ReceiptNumbering.Format(book, number),
            FiscalYear = fiscalYear,
            IssuedOn = request.PaidOn,
            TaxpayerId = payer.Id,
            PayerName = payer.DisplayName,
            Method = request.Method,
            Reference = request.Reference.Trim(),
            IssuedBy = userName,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        foreach (var (bill, split) in splits)
        {
            receipt.Lines.Add(new ReceiptLine { BillId = bill.Id, Principal = split.Principal, Surcharge = split.Surcharge, Interest = split.Interest });
            bill.PaidPrincipal += split.Principal;
            bill.Status = StatusOf(bill, hasReceipts: true);
            bill.ConcurrencyStamp = Guid.NewGuid();
        }

        receipt.Total = Money.Sum(receipt.Lines.Select(l => l.Total));
        db.Set<Receipt>().Add(receipt);
        await db.SaveChangesAsync(cancellationToken);
        await handOff.RecordAsync(receipt, HandOffEvent.Issued, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return receipt;
    }

    /// <summary>Cancels a receipt with a reason: kept with its number, the bills' paid amounts reversed, Finance told.</summary>
    public Task<PaymentOutcome> CancelReceiptAsync(int receiptId, string? reason, string userName, CancellationToken cancellationToken)
    {
        var why = reason?.Trim() ?? "";
        return RunAsync(async ct =>
        {
            if (why.Length == 0 || why.Length > ReasonMaxLength)
            {
                throw new PaymentRefusedException(PaymentError.ReasonRequired);
            }

            var receipt = await db.Set<Receipt>().Include(r => r.Lines).FirstAsync(r => r.Id == receiptId, ct);
            if (receipt.Status == ReceiptStatus.Cancelled)
            {
                throw new PaymentRefusedException(PaymentError.AlreadyCancelled);
            }

            receipt.Status = ReceiptStatus.Cancelled;
            receipt.CancelledReason = why;
            receipt.CancelledBy = userName;
            receipt.CancelledUtc = clock.GetUtcNow().UtcDateTime;
            receipt.ConcurrencyStamp = Guid.NewGuid();
            var billIds = receipt.Lines.Select(l => l.BillId).ToList();
            var bills = await db.Set<Bill>().Where(b => billIds.Contains(b.Id)).ToListAsync(ct);
            var stillPaid = await (
                from l in db.Set<ReceiptLine>()
                join r in db.Set<Receipt>() on l.ReceiptId equals r.Id
                where billIds.Contains(l.BillId) && r.Status == ReceiptStatus.Issued && r.Id != receipt.Id
                select l.BillId).Distinct().ToListAsync(ct);
            foreach (var bill in bills)
            {
                bill.PaidPrincipal -= Money.Sum(receipt.Lines.Where(l => l.BillId == bill.Id).Select(l => l.Principal));
                bill.Status = StatusOf(bill, stillPaid.Contains(bill.Id));
                bill.ConcurrencyStamp = Guid.NewGuid();
            }

            await db.SaveChangesAsync(ct);
            await handOff.RecordAsync(receipt, HandOffEvent.Cancelled, ct);
            await db.SaveChangesAsync(ct);
            await summaries.RefreshAsync(receipt.LaoId, receipt.FiscalYear, ct);
            await db.SaveChangesAsync(ct);
            return (Receipt?)receipt;
        }, cancellationToken);
    }

    /// <summary>Cancels an unpaid bill with a reason (kept, never deleted).</summary>
    public async Task<PaymentOutcome> CancelBillAsync(int billId, string? reason, CancellationToken cancellationToken)
    {
        var why = reason?.Trim() ?? "";
        var outcome = await RunAsync(async ct =>
        {
            if (why.Length == 0 || why.Length > ReasonMaxLength)
            {
                throw new PaymentRefusedException(PaymentError.ReasonRequired);
            }

            var bill = await db.Set<Bill>().FirstAsync(b => b.Id == billId, ct);
            if (bill.Status == BillStatus.Cancelled)
            {
                throw new PaymentRefusedException(PaymentError.AlreadyCancelled);
            }

            var hasReceipts = await (
                from l in db.Set<ReceiptLine>()
                join r in db.Set<Receipt>() on l.ReceiptId equals r.Id
                where l.BillId == billId && r.Status == ReceiptStatus.Issued
                select l.Id).AnyAsync(ct);
            if (hasReceipts || bill.PaidPrincipal.Satang != 0)
            {
                throw new PaymentRefusedException(PaymentError.BillHasPayments);
            }

            bill.Status = BillStatus.Cancelled;
            bill.CancelledReason = why;
            bill.ConcurrencyStamp = Guid.NewGuid();
            await db.SaveChangesAsync(ct);
            await summaries.RefreshAsync(bill.LaoId, bill.FiscalYear, ct);
            await db.SaveChangesAsync(ct);
            return null;
        }, cancellationToken);
        return outcome;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction; a concurrency conflict or unique-index collision re-runs it
    /// from fresh data (up to <see cref="MaxAttempts"/>); a refusal rolls everything back.
    /// </summary>
    public async Task<PaymentOutcome> RunAsync(Func<CancellationToken, Task<Receipt?>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
                var result = await work(cancellationToken);
                await tx.CommitAsync(cancellationToken);
                return new PaymentOutcome(result, null);
            }
            catch (PaymentRefusedException refusal)
            {
                db.ChangeTracker.Clear();
                return new PaymentOutcome(null, refusal);
            }
            catch (LedgerRefusedException ex)
            {
                db.ChangeTracker.Clear();
                return new PaymentOutcome(null, new PaymentRefusedException(PaymentError.LedgerRefused, detail: ex.Message));
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // A concurrent payment, cancellation or new receipt book won: start again from what it saved.
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return new PaymentOutcome(null, new PaymentRefusedException(PaymentError.Busy));
            }
        }
    }

    /// <summary>Paid when no principal is left; partly paid when anything was paid (principal or penalties); else open.</summary>
    public static BillStatus StatusOf(Bill bill, bool hasReceipts)
    {
        ArgumentNullException.ThrowIfNull(bill);
        if (bill.Status == BillStatus.Cancelled)
        {
            return BillStatus.Cancelled;
        }

        if (bill.Outstanding.Satang <= 0)
        {
            return BillStatus.Paid;
        }

        return bill.PaidPrincipal.Satang > 0 || hasReceipts ? BillStatus.PartlyPaid : BillStatus.Open;
    }
}
