using LocalGov.Data;
using LocalGov.Revenue.Domain.LandTax;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services.LandTax;

/// <summary>The reference data in force for one LAO and tax year, and whether anything is missing.</summary>
internal sealed record LandTaxYearData(LandTaxRates Rates, LandTaxCalendar Calendar, IReadOnlyList<TaxBucket> MissingBuckets);

/// <summary>
/// Reads the effective-dated tables for a tax year: per use, the brackets of the latest table effective on or
/// before the year; per building type, its latest price; the latest depreciation schedule, escalation rule and
/// calendar; the national reliefs and the LAO's own reliefs whose years include the tax year.
/// </summary>
internal sealed class LandTaxReferenceData(LocalGovDbContext db)
{
    public async Task<LandTaxYearData> LoadAsync(int laoId, int taxYear, CancellationToken cancellationToken)
    {
        var brackets = await db.Set<LandTaxRateBracket>().AsNoTracking().Where(x => x.EffectiveFromYear <= taxYear).ToListAsync(cancellationToken);
        var byBucket = new Dictionary<TaxBucket, IReadOnlyList<RateBracket>>();
        foreach (var group in brackets.GroupBy(x => x.Bucket))
        {
            var year = group.Max(x => x.EffectiveFromYear);
            byBucket[group.Key] = group.Where(x => x.EffectiveFromYear == year).OrderBy(x => x.LowerBound)
                .Select(x => new RateBracket(x.LowerBound.Baht, x.UpperBound?.Baht, x.RatePercent)).ToList();
        }

        var escalation = await db.Set<VacantEscalationRule>().AsNoTracking().Where(x => x.EffectiveFromYear <= taxYear)
            .OrderByDescending(x => x.EffectiveFromYear).FirstOrDefaultAsync(cancellationToken) ?? new VacantEscalationRule();
        var prices = (await db.Set<BuildingPrice>().AsNoTracking().Where(x => x.EffectiveFromYear <= taxYear).ToListAsync(cancellationToken))
            .GroupBy(x => x.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.EffectiveFromYear).First().PricePerSquareMetre.Baht, StringComparer.Ordinal);
        var steps = await db.Set<BuildingDepreciationStep>().AsNoTracking().Where(x => x.EffectiveFromYear <= taxYear).ToListAsync(cancellationToken);
        var stepYear = steps.Count == 0 ? 0 : steps.Max(x => x.EffectiveFromYear);
        var reliefs = await db.Set<LandTaxRelief>().AsNoTracking()
            .Where(x => x.FromYear <= taxYear && x.ToYear >= taxYear && (x.LaoId == null || x.LaoId == laoId))
            .ToListAsync(cancellationToken);
        var calendar = await db.Set<LandTaxCalendar>().AsNoTracking().Where(x => x.EffectiveFromYear <= taxYear)
            .OrderByDescending(x => x.EffectiveFromYear).FirstOrDefaultAsync(cancellationToken) ?? new LandTaxCalendar();

        var rates = new LandTaxRates(
            byBucket,
            new EscalationRule(escalation.StepYears, escalation.StepPercent, escalation.MaxTotalPercent),
            // National reliefs first, then the LAO's; within each in the order they were recorded.
            reliefs.OrderBy(x => x.LaoId is null ? 0 : 1).ThenBy(x => x.Id).Select(x => new ReliefRule(x.Name, x.Bucket, x.ReductionPercent)).ToList(),
            prices,
            steps.Where(x => x.EffectiveFromYear == stepYear).Select(x => new DepreciationRule(x.FromAge, x.Percent)).ToList());
        var missing = Enum.GetValues<TaxBucket>().Where(b => !byBucket.ContainsKey(b)).ToList();
        return new LandTaxYearData(rates, calendar, missing);
    }
}
