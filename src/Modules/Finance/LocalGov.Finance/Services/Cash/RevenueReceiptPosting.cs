using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Resources;
using LocalGov.Revenue.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Finance.Services.Cash;

/// <summary>
/// Revenue's receipts in the ledger (ADR 0006). Called by Revenue inside the transaction that issues or cancels
/// the receipt (or posts a pending hand-off): one Receipt entry per receipt, Dr cash (cash, cheque) or the default
/// bank account (transfer, Thai QR), Cr the revenue account of each kind for the principal and Cr penalties for
/// surcharge and interest; a cancellation reverses it today. A refusal throws with the localized reason, so
/// Revenue rolls back and shows "ledger refused". Idempotent by the entry's SourceReference: a receipt already in
/// the ledger is not posted again, a cancellation already reversed is not reversed again.
/// </summary>
internal sealed class RevenueReceiptPosting(
    LocalGovDbContext db,
    LedgerService ledger,
    CashBook book,
    IStringLocalizer<Strings> l,
    TimeProvider clock) : IReceiptLedgerPosting
{
    public const string RevenueSourceModule = "Revenue";

    public static string SourceReferenceOf(int receiptId) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"RCPT:{receiptId}");

    public async Task PostReceiptAsync(ReceiptPosting receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        if (await FindEntryAsync(receipt, cancellationToken) is null)
        {
            await PostAsync(receipt, cancellationToken);
        }
    }

    public async Task PostCancellationAsync(ReceiptPosting receipt, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var entry = await FindEntryAsync(receipt, cancellationToken) ?? await PostAsync(receipt, cancellationToken);
        if (entry.ReversedById is not null)
        {
            return;
        }

        var why = string.IsNullOrWhiteSpace(reason) ? l["Cash.Revenue.Cancelled", receipt.ReceiptNumber].Value : reason;
        var result = await ledger.ReverseAsync(entry.Id, ThaiDate.Today(clock), why, cancellationToken);
        if (!result.Succeeded)
        {
            throw Refused(result.Errors);
        }
    }

    private Task<JournalEntry?> FindEntryAsync(ReceiptPosting receipt, CancellationToken cancellationToken)
    {
        var reference = SourceReferenceOf(receipt.ReceiptId);
        return db.Set<JournalEntry>().FirstOrDefaultAsync(
            e => e.LaoId == receipt.LaoId && e.SourceModule == RevenueSourceModule && e.SourceReference == reference, cancellationToken);
    }

    private async Task<JournalEntry> PostAsync(ReceiptPosting receipt, CancellationToken cancellationToken)
    {
        var lines = new List<JournalDraftLine>();
        var byBank = receipt.Method is PaymentMethod.BankTransfer or PaymentMethod.ThaiQr;
        if (byBank)
        {
            var bank = await book.DefaultBankAccountAsync(receipt.LaoId, cancellationToken);
            var account = bank?.LedgerAccountId ?? await RoleAsync(AccountRole.BankDeposit, cancellationToken);
            lines.Add(new JournalDraftLine(account, receipt.Total, Money.Zero, BankAccountId: bank?.Id, Description: receipt.ReceiptNumber));
        }
        else
        {
            lines.Add(new JournalDraftLine(await RoleAsync(AccountRole.Cash, cancellationToken), receipt.Total, Money.Zero, Description: receipt.ReceiptNumber));
        }

        foreach (var kind in receipt.Lines.GroupBy(x => x.Kind).OrderBy(g => g.Key))
        {
            var principal = Money.Sum(kind.Select(x => x.Principal));
            if (principal > Money.Zero)
            {
                var role = kind.Key switch
                {
                    RevenueKind.LandAndBuildingTax => AccountRole.LandAndBuildingTaxRevenue,
                    RevenueKind.SignboardTax => AccountRole.SignboardTaxRevenue,
                    _ => AccountRole.FeeRevenue,
                };
                lines.Add(new JournalDraftLine(await RoleAsync(role, cancellationToken), Money.Zero, principal, Description: string.Join(", ", kind.Select(x => x.BillNumber).Distinct())));
            }
        }

        var penalties = Money.Sum(receipt.Lines.Select(x => x.Surcharge + x.Interest));
        if (penalties > Money.Zero)
        {
            lines.Add(new JournalDraftLine(await RoleAsync(AccountRole.PenaltyRevenue, cancellationToken), Money.Zero, penalties));
        }

        var draft = new JournalDraft(
            receipt.LaoId,
            receipt.IssuedOn,
            l["Cash.Revenue.EntryDescription", receipt.ReceiptNumber],
            JournalEntryKind.Receipt,
            lines,
            SourceModule: RevenueSourceModule,
            SourceReference: SourceReferenceOf(receipt.ReceiptId));
        var result = await ledger.PostAsync(draft, cancellationToken);
        return result.Entry ?? throw Refused(result.Errors);
    }

    private async Task<int> RoleAsync(AccountRole role, CancellationToken cancellationToken) =>
        await book.RoleAccountIdAsync(role, cancellationToken)
        ?? throw new InvalidOperationException(l["Cash.Revenue.NoRoleAccount", role.ToString()]);

    private InvalidOperationException Refused(IReadOnlyList<LedgerError> errors) =>
        new(l["Cash.Revenue.Refused", string.Join(" ", errors.Select(e => l[e.Code].Value).Distinct())]);
}
