using System.Globalization;
using LocalGov.Data;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Signboards;
using LocalGov.Revenue.Services.Taxpayers;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services.Signboards;

/// <summary>The rates of the rate table in force on 1 January of a tax year.</summary>
internal sealed class SignboardRates(LocalGovDbContext db)
{
    /// <summary>Rate per (type, moving) in force for <paramref name="taxYear"/> (B.E.); a combination without a rate is missing.</summary>
    public async Task<IReadOnlyDictionary<(SignType, bool), SignboardRateValue>> ForYearAsync(int taxYear, CancellationToken cancellationToken)
    {
        var firstDay = new DateOnly(ThaiDate.ToChristianYear(taxYear), 1, 1);
        var rows = await db.Set<SignboardRate>().AsNoTracking().Where(r => r.EffectiveFrom <= firstDay).ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.Type, r.Moving))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.EffectiveFrom).Select(r => new SignboardRateValue(r.RatePer500Cm2, r.MinimumPerSign)).First());
    }
}

/// <summary>One sign's tax for a year, ready for the notice.</summary>
internal sealed record SignAssessment(Sign Sign, SignboardTax Tax);

internal sealed record SignboardRunResult(int Signs, BillingOutcome Billing, int MissingRates);

/// <summary>
/// The yearly signboard tax run: every sign standing in the tax year is billed once (source key
/// <c>SGN:{year}:S{signId}</c>), so re-running updates unpaid bills and never bills twice.
/// </summary>
internal sealed class SignboardAssessmentService(LocalGovDbContext db, SignboardRates rates, BillingService billing, RevenueSummaryUpdater summaries)
{
    public const int DaysToPay = 15;

    public static string SourceKey(int taxYear, int signId) => string.Create(CultureInfo.InvariantCulture, $"SGN:{taxYear}:S{signId}");

    /// <summary>Signs of the LAO (optionally one taxpayer) standing in the tax year, with their tax.</summary>
    public async Task<IReadOnlyList<SignAssessment>> AssessAsync(int laoId, int taxYear, int? taxpayerId, CancellationToken cancellationToken)
    {
        var year = ThaiDate.ToChristianYear(taxYear);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var query = db.Set<Sign>().AsNoTracking()
            .Where(s => s.LaoId == laoId && s.InstalledOn <= last && (s.RemovedOn == null || s.RemovedOn >= first));
        if (taxpayerId is { } t)
        {
            query = query.Where(s => s.TaxpayerId == t);
        }

        var signs = await query.OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var table = await rates.ForYearAsync(taxYear, cancellationToken);
        var result = new List<SignAssessment>(signs.Count);
        foreach (var sign in signs)
        {
            if (table.TryGetValue((sign.Type, sign.Moving), out var rate))
            {
                var quarters = SignboardTaxCalculator.QuartersTaxed(sign.InstalledOn, sign.RemovedOn, year);
                result.Add(new SignAssessment(sign, SignboardTaxCalculator.Calculate(sign.WidthCm, sign.HeightCm, quarters, rate)));
            }
        }

        return result;
    }

    /// <summary>Bills every sign of the year in one transaction, then refreshes the summaries.</summary>
    public async Task<SignboardRunResult> RunAsync(int laoId, int taxYear, DateOnly issuedOn, CancellationToken cancellationToken)
    {
        var assessed = await AssessAsync(laoId, taxYear, null, cancellationToken);
        var standing = await CountStandingAsync(laoId, taxYear, cancellationToken);
        var drafts = assessed.Where(a => a.Tax.Amount.Satang > 0).Select(a => new BillDraft(
            a.Sign.TaxpayerId,
            RevenueKind.SignboardTax,
            taxYear,
            SourceKey(taxYear, a.Sign.Id),
            Describe(taxYear, a.Sign),
            a.Tax.Amount,
            issuedOn,
            issuedOn.AddDays(DaysToPay))).ToList();

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await billing.UpsertAsync(laoId, drafts, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await summaries.RefreshAsync(laoId, FiscalYear.Containing(issuedOn).BuddhistYear, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new SignboardRunResult(drafts.Count, outcome, standing - assessed.Count);
    }

    private Task<int> CountStandingAsync(int laoId, int taxYear, CancellationToken cancellationToken)
    {
        var year = ThaiDate.ToChristianYear(taxYear);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return db.Set<Sign>().CountAsync(s => s.LaoId == laoId && s.InstalledOn <= last && (s.RemovedOn == null || s.RemovedOn >= first), cancellationToken);
    }

    private static string Describe(int taxYear, Sign sign)
    {
        var text = sign.Text.Length > 200 ? sign.Text[..200] : sign.Text;
        return string.Create(CultureInfo.InvariantCulture, $"ภาษีป้าย ปี {taxYear}: {text} ({sign.WidthCm}×{sign.HeightCm} ซม.)");
    }
}

/// <summary>Signs follow their owner when a duplicate taxpayer is merged.</summary>
internal sealed class SignTaxpayerMover(LocalGovDbContext db) : ITaxpayerReferenceMover
{
    public string ResourceKey => "Taxpayer.Merge.Moved.Sign";

    public async Task<int> MoveAsync(int laoId, int fromTaxpayerId, int toTaxpayerId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Sign>().Where(s => s.LaoId == laoId && s.TaxpayerId == fromTaxpayerId).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.TaxpayerId = toTaxpayerId;
            row.ConcurrencyStamp = Guid.NewGuid();
        }

        return rows.Count;
    }
}
