using LocalGov.Data;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services.Payments;

/// <summary>A registered ledger refused a receipt: the payment (or cancellation) is not saved.</summary>
internal sealed class LedgerRefusedException(string message, Exception inner) : Exception(message, inner);

/// <summary>What a "post pending" run did.</summary>
internal sealed record PostPendingOutcome(int Posted, int Failed, int StillPending, bool NoLedger);

/// <summary>
/// Hands receipts and their cancellations to Finance through every registered <see cref="IReceiptLedgerPosting"/>,
/// inside the transaction that issues or cancels the receipt, and records a <see cref="ReceiptHandOff"/>:
/// <list type="bullet">
/// <item>At least one ledger registered and every one took it: Posted.</item>
/// <item>No ledger registered (Finance not installed): Pending, listed on "รายการรอส่งบัญชี" and posted later by
/// <see cref="PostPendingAsync"/>; the payment goes through.</item>
/// <item>A ledger throws: the whole payment or cancellation fails and nothing is saved (the receipt would
/// otherwise be in Revenue's books and not in Finance's). The re-try of pending hand-offs, by contrast, records
/// the error on the hand-off and leaves it pending.</item>
/// </list>
/// </summary>
internal sealed class LedgerHandOff(LocalGovDbContext db, IEnumerable<IReceiptLedgerPosting> ledgers, TimeProvider clock)
{
    private readonly IReadOnlyList<IReceiptLedgerPosting> _ledgers = [.. ledgers];

    public bool HasLedger => _ledgers.Count > 0;

    /// <summary>Posts and records the hand-off of a saved receipt (it needs its id); the caller saves.</summary>
    public async Task RecordAsync(Receipt receipt, HandOffEvent handOffEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var now = clock.GetUtcNow().UtcDateTime;
        var handOff = new ReceiptHandOff
        {
            LaoId = receipt.LaoId,
            ReceiptId = receipt.Id,
            Event = handOffEvent,
            Status = HandOffStatus.Pending,
            RecordedUtc = now,
        };
        if (HasLedger)
        {
            try
            {
                await PostAsync(receipt, handOffEvent, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new LedgerRefusedException(ex.Message, ex);
            }

            handOff.Status = HandOffStatus.Posted;
            handOff.PostedUtc = now;
            handOff.Attempts = 1;
        }

        db.Set<ReceiptHandOff>().Add(handOff);
    }

    /// <summary>Re-tries the LAO's pending hand-offs, oldest first, each in its own transaction.</summary>
    public async Task<PostPendingOutcome> PostPendingAsync(int laoId, CancellationToken cancellationToken)
    {
        var pendingIds = await db.Set<ReceiptHandOff>().AsNoTracking()
            .Where(h => h.LaoId == laoId && h.Status == HandOffStatus.Pending)
            .OrderBy(h => h.Id).Select(h => h.Id).ToListAsync(cancellationToken);
        if (!HasLedger)
        {
            return new PostPendingOutcome(0, 0, pendingIds.Count, NoLedger: true);
        }

        int posted = 0, failed = 0;
        foreach (var id in pendingIds)
        {
            db.ChangeTracker.Clear();
            string? error = null;
            await using (var tx = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                var handOff = await db.Set<ReceiptHandOff>().FirstAsync(h => h.Id == id, cancellationToken);
                var receipt = await db.Set<Receipt>().Include(r => r.Lines).FirstAsync(r => r.Id == handOff.ReceiptId, cancellationToken);
                try
                {
                    await PostAsync(receipt, handOff.Event, cancellationToken);
                    handOff.Status = HandOffStatus.Posted;
                    handOff.PostedUtc = clock.GetUtcNow().UtcDateTime;
                    handOff.Attempts++;
                    handOff.LastError = null;
                    await db.SaveChangesAsync(cancellationToken);
                    await tx.CommitAsync(cancellationToken);
                    posted++;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    await tx.RollbackAsync(cancellationToken);
                    error = ex.Message;
                }
            }

            if (error is not null)
            {
                db.ChangeTracker.Clear();
                var handOff = await db.Set<ReceiptHandOff>().FirstAsync(h => h.Id == id, cancellationToken);
                handOff.Attempts++;
                handOff.LastError = error.Length > 2000 ? error[..2000] : error;
                await db.SaveChangesAsync(cancellationToken);
                failed++;
            }
        }

        return new PostPendingOutcome(posted, failed, failed, NoLedger: false);
    }

    private async Task PostAsync(Receipt receipt, HandOffEvent handOffEvent, CancellationToken cancellationToken)
    {
        var posting = await PostingOfAsync(receipt, cancellationToken);
        foreach (var ledger in _ledgers)
        {
            if (handOffEvent == HandOffEvent.Issued)
            {
                await ledger.PostReceiptAsync(posting, cancellationToken);
            }
            else
            {
                await ledger.PostCancellationAsync(posting, receipt.CancelledReason ?? "", cancellationToken);
            }
        }
    }

    private async Task<ReceiptPosting> PostingOfAsync(Receipt receipt, CancellationToken cancellationToken)
    {
        var billIds = receipt.Lines.Select(l => l.BillId).ToList();
        var bills = await db.Set<Bill>().AsNoTracking().Where(b => billIds.Contains(b.Id))
            .Select(b => new { b.Id, b.Kind, b.Number }).ToDictionaryAsync(b => b.Id, cancellationToken);
        return new ReceiptPosting(
            receipt.Id,
            receipt.LaoId,
            receipt.ReceiptNo,
            receipt.IssuedOn,
            receipt.Method,
            receipt.Total,
            [.. receipt.Lines.Select(l => new ReceiptPostingLine(bills[l.BillId].Kind, bills[l.BillId].Number, l.Principal, l.Surcharge, l.Interest))]);
    }
}
