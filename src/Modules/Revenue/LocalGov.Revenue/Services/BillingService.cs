using System.Globalization;
using LocalGov.Data;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services;

/// <summary>What an assessment, a sign or a licence asks to bill; <see cref="SourceKey"/> makes billing idempotent.</summary>
internal sealed record BillDraft(int TaxpayerId, RevenueKind Kind, int TaxYear, string SourceKey, string Description, Money Amount, DateOnly IssuedOn, DateOnly DueOn);

/// <summary>What <see cref="BillingService.UpsertAsync"/> did.</summary>
internal sealed record BillingOutcome(int Created, int Updated, int Unchanged, int LockedByPayment);

/// <summary>
/// Issues bills from drafts, once per source key: a draft whose key already has a bill updates that bill while
/// nothing is paid on it (a corrected assessment), leaves it alone when paid or partly paid (the change must go
/// through a cancellation), and never creates a second bill. Numbers run per LAO, kind and tax year. Does not
/// save: the caller saves in its own transaction (and refreshes the summaries).
/// </summary>
internal sealed class BillingService(LocalGovDbContext db, TimeProvider clock)
{
    /// <summary>Prefixes printed before the running number (ภดส = land and building tax, ภป = signboard tax, คธ = fees).</summary>
    public static string Prefix(RevenueKind kind) => kind switch
    {
        RevenueKind.LandAndBuildingTax => "ภดส",
        RevenueKind.SignboardTax => "ภป",
        _ => "คธ",
    };

    public async Task<BillingOutcome> UpsertAsync(int laoId, IReadOnlyList<BillDraft> drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        if (drafts.Count == 0)
        {
            return new BillingOutcome(0, 0, 0, 0);
        }

        var keys = drafts.Select(d => d.SourceKey).ToList();
        if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Count)
        {
            throw new ArgumentException("Two drafts have the same source key.", nameof(drafts));
        }

        // One query for the existing bills of these keys (chunked: SQL parameters are limited).
        var existing = new Dictionary<string, Bill>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(500))
        {
            var found = await db.Set<Bill>().Where(b => b.LaoId == laoId && chunk.Contains(b.SourceKey)).ToListAsync(cancellationToken);
            foreach (var bill in found)
            {
                existing[bill.SourceKey] = bill;
            }
        }

        var next = new Dictionary<(RevenueKind, int), int>();
        int created = 0, updated = 0, unchanged = 0, locked = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var draft in drafts)
        {
            if (existing.TryGetValue(draft.SourceKey, out var bill))
            {
                if (bill.Status is BillStatus.Paid or BillStatus.PartlyPaid || bill.PaidPrincipal.Satang != 0)
                {
                    locked += bill.Amount == draft.Amount ? 0 : 1;
                    unchanged += bill.Amount == draft.Amount ? 1 : 0;
                    continue;
                }

                if (bill.Amount == draft.Amount && bill.Status == BillStatus.Open && bill.TaxpayerId == draft.TaxpayerId && bill.Description == draft.Description)
                {
                    unchanged++;
                    continue;
                }

                bill.Amount = draft.Amount;
                bill.TaxpayerId = draft.TaxpayerId;
                bill.Description = draft.Description;
                bill.Status = draft.Amount.Satang == 0 ? BillStatus.Paid : BillStatus.Open;
                bill.CancelledReason = null;
                bill.ConcurrencyStamp = Guid.NewGuid();
                updated++;
                continue;
            }

            var counterKey = (draft.Kind, draft.TaxYear);
            if (!next.TryGetValue(counterKey, out var number))
            {
                number = await NextNumberAsync(laoId, draft.Kind, draft.TaxYear, cancellationToken);
            }

            next[counterKey] = number + 1;
            db.Set<Bill>().Add(new Bill
            {
                LaoId = laoId,
                TaxpayerId = draft.TaxpayerId,
                Kind = draft.Kind,
                TaxYear = draft.TaxYear,
                FiscalYear = FiscalYear.Containing(draft.IssuedOn).BuddhistYear,
                Number = FormatNumber(draft.Kind, draft.TaxYear, number),
                SourceKey = draft.SourceKey,
                Description = draft.Description,
                IssuedOn = draft.IssuedOn,
                DueOn = draft.DueOn,
                Amount = draft.Amount,
                Status = draft.Amount.Satang == 0 ? BillStatus.Paid : BillStatus.Open,
                CreatedUtc = now,
            });
            created++;
        }

        return new BillingOutcome(created, updated, unchanged, locked);
    }

    public static string FormatNumber(RevenueKind kind, int taxYear, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix(kind)} {taxYear}/{number:000000}");

    private async Task<int> NextNumberAsync(int laoId, RevenueKind kind, int taxYear, CancellationToken cancellationToken)
    {
        // Numbers of a kind and year share one prefix, so the highest one sorts last as text (fixed width).
        var prefix = FormatNumber(kind, taxYear, 0)[..^6];
        var last = await db.Set<Bill>().Where(b => b.LaoId == laoId && b.Kind == kind && b.TaxYear == taxYear && b.Number.StartsWith(prefix))
            .OrderByDescending(b => b.Number).Select(b => b.Number).FirstOrDefaultAsync(cancellationToken);
        return last is null ? 1 : int.Parse(last[^6..], NumberStyles.None, CultureInfo.InvariantCulture) + 1;
    }
}
