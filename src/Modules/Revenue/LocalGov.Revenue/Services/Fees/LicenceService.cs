using System.Globalization;
using LocalGov.Data;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Fees;
using LocalGov.Revenue.Services.Taxpayers;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services.Fees;

internal enum FeeProblem
{
    None = 0,
    UnknownTaxpayer,
    UnknownFeeItem,
    NoLicence,
    NotRenewable,
    AlreadyBilled,
}

internal sealed record LicenceOutcome(FeeProblem Problem, Licence? Licence)
{
    public bool Succeeded => Problem == FeeProblem.None;
}

internal sealed record FeeBillOutcome(FeeProblem Problem, Bill? Bill)
{
    public bool Succeeded => Problem == FeeProblem.None;
}

/// <summary>
/// Issues and renews licences and bills fees. Each licence is billed once (source key <c>FEE:L{licenceId}</c>); a
/// renewal is a new licence from the day after the old one expires, with its own number and bill. Everything a
/// call changes commits in one transaction with the revenue summaries.
/// </summary>
internal sealed class LicenceService(LocalGovDbContext db, BillingService billing, RevenueSummaryUpdater summaries, RevenueAccess access, TimeProvider clock)
{
    public const int DaysToPay = 15;

    public static string LicenceSourceKey(int licenceId) => string.Create(CultureInfo.InvariantCulture, $"FEE:L{licenceId}");

    /// <summary>
    /// The source key of a fee billed without a licence: one bill per item, taxpayer and period (the fiscal year of a
    /// yearly fee, the month of a monthly fee, the day of a one-off fee), so a second submission bills nothing.
    /// </summary>
    public static string FeeSourceKey(FeeItem item, int taxpayerId, DateOnly from) => item.Period switch
    {
        FeePeriod.Yearly => string.Create(CultureInfo.InvariantCulture, $"FEE:F{item.Id}:T{taxpayerId}:Y{FiscalYear.Containing(from).BuddhistYear}"),
        FeePeriod.Monthly => string.Create(CultureInfo.InvariantCulture, $"FEE:F{item.Id}:T{taxpayerId}:M{from:yyyyMM}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"FEE:F{item.Id}:T{taxpayerId}:D{from:yyyyMMdd}"),
    };

    public async Task<LicenceOutcome> IssueAsync(int laoId, int taxpayerId, int feeItemId, DateOnly issuedOn, string premises, CancellationToken cancellationToken)
    {
        if (!await db.Set<Taxpayer>().AnyAsync(t => t.Id == taxpayerId && t.LaoId == laoId && t.MergedIntoId == null, cancellationToken))
        {
            return new LicenceOutcome(FeeProblem.UnknownTaxpayer, null);
        }

        var item = await db.Set<FeeItem>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == feeItemId && f.LaoId == laoId && f.Active, cancellationToken);
        if (item is null)
        {
            return new LicenceOutcome(FeeProblem.UnknownFeeItem, null);
        }

        if (!item.IssuesLicence || item.ValidityMonths is not > 0)
        {
            return new LicenceOutcome(FeeProblem.NoLicence, null);
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var licence = await AddLicenceAsync(laoId, taxpayerId, item, issuedOn, premises, null, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new LicenceOutcome(FeeProblem.None, licence);
    }

    /// <summary>A new licence from the day after <paramref name="licenceId"/> expires, for the item's current amount and validity.</summary>
    public async Task<LicenceOutcome> RenewAsync(int laoId, int licenceId, Guid stamp, CancellationToken cancellationToken)
    {
        var old = await db.Set<Licence>().FirstOrDefaultAsync(l => l.Id == licenceId && l.LaoId == laoId, cancellationToken);
        if (old is null)
        {
            return new LicenceOutcome(FeeProblem.NoLicence, null);
        }

        if (old.Status != LicenceStatus.Active)
        {
            return new LicenceOutcome(FeeProblem.NotRenewable, old);
        }

        var item = await db.Set<FeeItem>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == old.FeeItemId, cancellationToken);
        if (item is null || !item.Active || !item.IssuesLicence || item.ValidityMonths is not > 0)
        {
            return new LicenceOutcome(FeeProblem.UnknownFeeItem, old);
        }

        // The holder may have been merged into another record since: the renewal goes to the surviving record.
        var holder = await db.Set<Taxpayer>().AsNoTracking().FirstAsync(t => t.Id == old.TaxpayerId, cancellationToken);
        var taxpayerId = holder.MergedIntoId ?? holder.Id;

        db.Entry(old).Property(l => l.ConcurrencyStamp).OriginalValue = stamp;
        old.Status = LicenceStatus.Renewed;
        old.ConcurrencyStamp = Guid.NewGuid();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var renewed = await AddLicenceAsync(laoId, taxpayerId, item, old.ExpiresOn.AddDays(1), old.Premises, old.Id, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new LicenceOutcome(FeeProblem.None, renewed);
    }

    /// <summary>Bills a fee without a licence (e.g. a year of waste collection): amount × quantity, once per item, taxpayer and period.</summary>
    public async Task<FeeBillOutcome> BillFeeAsync(int laoId, int taxpayerId, int feeItemId, int quantity, DateOnly issuedOn, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        if (!await db.Set<Taxpayer>().AnyAsync(t => t.Id == taxpayerId && t.LaoId == laoId && t.MergedIntoId == null, cancellationToken))
        {
            return new FeeBillOutcome(FeeProblem.UnknownTaxpayer, null);
        }

        var item = await db.Set<FeeItem>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == feeItemId && f.LaoId == laoId && f.Active, cancellationToken);
        if (item is null)
        {
            return new FeeBillOutcome(FeeProblem.UnknownFeeItem, null);
        }

        var key = FeeSourceKey(item, taxpayerId, issuedOn);
        var existing = await db.Set<Bill>().AsNoTracking().FirstOrDefaultAsync(b => b.LaoId == laoId && b.SourceKey == key, cancellationToken);
        if (existing is not null)
        {
            return new FeeBillOutcome(FeeProblem.AlreadyBilled, existing);
        }

        var description = quantity == 1
            ? item.NameTh
            : string.Create(CultureInfo.InvariantCulture, $"{item.NameTh} × {quantity}");
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await BillAsync(laoId, taxpayerId, key, description, item.Amount * quantity, issuedOn, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        var bill = await db.Set<Bill>().AsNoTracking().FirstAsync(b => b.LaoId == laoId && b.SourceKey == key, cancellationToken);
        return new FeeBillOutcome(FeeProblem.None, bill);
    }

    private async Task<Licence> AddLicenceAsync(int laoId, int taxpayerId, FeeItem item, DateOnly issuedOn, string premises, int? renewedFromId, CancellationToken cancellationToken)
    {
        var year = ThaiDate.ToBuddhistYear(issuedOn.Year);
        var sequence = (await db.Set<Licence>().Where(l => l.LaoId == laoId && l.Year == year).MaxAsync(l => (int?)l.Sequence, cancellationToken) ?? 0) + 1;
        var licence = new Licence
        {
            LaoId = laoId,
            TaxpayerId = taxpayerId,
            FeeItemId = item.Id,
            Year = year,
            Sequence = sequence,
            Number = string.Create(CultureInfo.InvariantCulture, $"{sequence}/{year}"),
            Premises = premises?.Trim() ?? "",
            IssuedOn = issuedOn,
            ExpiresOn = Licence.ExpiryFor(issuedOn, item.ValidityMonths!.Value),
            RenewedFromId = renewedFromId,
            IssuedBy = access.UserName,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Set<Licence>().Add(licence);
        await db.SaveChangesAsync(cancellationToken);

        var description = string.Create(CultureInfo.InvariantCulture, $"{item.NameTh} เลขที่ {licence.Number}");
        var key = LicenceSourceKey(licence.Id);
        await BillAsync(laoId, taxpayerId, key, description, item.Amount, issuedOn, cancellationToken);
        licence.BillId = await db.Set<Bill>().Where(b => b.LaoId == laoId && b.SourceKey == key).Select(b => (int?)b.Id).FirstOrDefaultAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return licence;
    }

    /// <summary>Bills through <see cref="BillingService"/>, saves and refreshes the fiscal year's summaries (inside the caller's transaction).</summary>
    private async Task BillAsync(int laoId, int taxpayerId, string key, string description, SharedKernel.Amounts.Money amount, DateOnly issuedOn, CancellationToken cancellationToken)
    {
        var fiscalYear = FiscalYear.Containing(issuedOn).BuddhistYear;
        await billing.UpsertAsync(laoId, [new BillDraft(taxpayerId, RevenueKind.Fee, fiscalYear, key, description, amount, issuedOn, issuedOn.AddDays(DaysToPay))], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await summaries.RefreshAsync(laoId, fiscalYear, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Licences follow their holder when a duplicate taxpayer is merged.</summary>
internal sealed class LicenceTaxpayerMover(LocalGovDbContext db) : ITaxpayerReferenceMover
{
    public string ResourceKey => "Taxpayer.Merge.Moved.Licence";

    public async Task<int> MoveAsync(int laoId, int fromTaxpayerId, int toTaxpayerId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Licence>().Where(l => l.LaoId == laoId && l.TaxpayerId == fromTaxpayerId).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.TaxpayerId = toTaxpayerId;
            row.ConcurrencyStamp = Guid.NewGuid();
        }

        return rows.Count;
    }
}
