using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Text;

namespace LocalGov.Revenue.Domain.LandTax;

/// <summary>One bracket of a use's progressive table, in baht; <see cref="Upper"/> null = no upper bound.</summary>
internal sealed record RateBracket(decimal Lower, decimal? Upper, decimal RatePercent);

/// <summary>Vacant-land escalation: +<see cref="StepPercent"/> per <see cref="StepYears"/> consecutive unused years, total rate ≤ <see cref="MaxTotalPercent"/>.</summary>
internal sealed record EscalationRule(int StepYears, decimal StepPercent, decimal MaxTotalPercent);

/// <summary>A reduction applied after the bracket tax; <see cref="Bucket"/> null = every use.</summary>
internal sealed record ReliefRule(string Name, TaxBucket? Bucket, decimal ReductionPercent);

/// <summary>From <see cref="FromAge"/> years old a building loses <see cref="Percent"/> of its value.</summary>
internal sealed record DepreciationRule(int FromAge, decimal Percent);

/// <summary>The reference data in force for one LAO and tax year, as the calculator needs it.</summary>
internal sealed class LandTaxRates(
    IReadOnlyDictionary<TaxBucket, IReadOnlyList<RateBracket>> brackets,
    EscalationRule escalation,
    IReadOnlyList<ReliefRule> reliefs,
    IReadOnlyDictionary<string, decimal> buildingPrices,
    IReadOnlyList<DepreciationRule> depreciation)
{
    private readonly DepreciationRule[] _depreciation = [.. depreciation.OrderBy(d => d.FromAge)];

    public IReadOnlyDictionary<TaxBucket, IReadOnlyList<RateBracket>> Brackets { get; } = brackets;

    public EscalationRule Escalation { get; } = escalation;

    public IReadOnlyList<ReliefRule> Reliefs { get; } = reliefs;

    /// <summary>Baht per m² by building type code.</summary>
    public IReadOnlyDictionary<string, decimal> BuildingPrices { get; } = buildingPrices;

    /// <summary>The percent of the step with the highest <see cref="DepreciationRule.FromAge"/> not above the age (the last step caps it); 0 below the first step.</summary>
    public decimal DepreciationPercent(int age)
    {
        var percent = 0m;
        foreach (var step in _depreciation)
        {
            if (step.FromAge > age)
            {
                break;
            }

            percent = step.Percent;
        }

        return percent;
    }
}

/// <summary>A use part of land or of a building: its use, area (square wah or m²) and owner-occupier facts.</summary>
internal sealed record UsePartInput(UseKind Kind, decimal Area, int? VacantSinceYear = null, bool IndividualFarmer = false);

internal sealed record BuildingInput(int Id, int? OwnerTaxpayerId, string TypeCode, int YearBuilt, string Label, IReadOnlyList<UsePartInput> Uses);

internal sealed record ParcelInput(int Id, int OwnerTaxpayerId, string Label, decimal PricePerSquareWah, IReadOnlyList<UsePartInput> Uses, IReadOnlyList<BuildingInput> Buildings);

/// <summary>The appraised value of one use part, for its taxpayer and use table.</summary>
internal sealed record ValuedPart(
    int TaxpayerId,
    int ParcelId,
    int? BuildingId,
    TaxBucket Bucket,
    string Label,
    decimal Quantity,
    decimal UnitPrice,
    decimal? DepreciationPercent,
    decimal Value,
    int VacantYear);

/// <summary>One explanation line with exact (unrounded) amounts in baht.</summary>
internal sealed record ExplanationLine(
    AssessmentLineKind Kind,
    TaxBucket Bucket,
    int? ParcelId,
    string Label,
    decimal? Quantity,
    decimal? UnitPrice,
    decimal? Percent,
    decimal Base,
    decimal Amount);

/// <summary>One use's figures: total value, bracket tax, escalation, reliefs, the exact tax and the tax rounded to satang.</summary>
internal sealed record UseResult(TaxBucket Bucket, decimal Value, decimal BracketTax, decimal Escalation, decimal Relief, decimal ExactTax, Money Tax);

internal sealed record TaxpayerResult(
    int TaxpayerId,
    IReadOnlyList<UseResult> Uses,
    IReadOnlyList<ExplanationLine> Lines,
    decimal TotalValue,
    Money Tax,
    int ParcelCount,
    int BuildingCount);

/// <summary>A part cannot be valued (a building type without a price for the year).</summary>
internal sealed class LandTaxValuationException(string buildingTypeCode, string label)
    : InvalidOperationException($"Building type {buildingTypeCode} has no price for the year ({label}).")
{
    public string BuildingTypeCode { get; } = buildingTypeCode;

    public string PartLabel { get; } = label;
}

/// <summary>
/// The land and building tax of one taxpayer in one LAO and tax year (Land and Building Tax Act B.E. 2562):
/// <list type="number">
/// <item>Each use part is valued: land = area (square wah) × appraised price per square wah; building = floor
/// area (m²) × price per m² of its type × (1 − depreciation % by age / 100).</item>
/// <item>Values are summed per use table (<see cref="TaxBucket"/>) over ALL the taxpayer's parts in the LAO, and
/// the progressive brackets apply to that total: each bracket's rate to the part of the total inside it
/// (exemptions are 0 % brackets).</item>
/// <item>Vacant land: parts unused for k consecutive years (year 1 = the first vacant tax year) add
/// ⌊(k − 1) / 3⌋ × 0.3 % to the rate of each bracket, the total rate at most 3 %; the part's share of each
/// bracket is its share of the vacant total.</item>
/// <item>Reliefs in force apply after that, one after another, each to what is left.</item>
/// <item>Rounding: everything is computed exactly in decimal baht; the tax of each use is rounded ONCE to
/// satang, half away from zero (<see cref="MoneyRounding.ToSatang"/>), and the taxpayer's tax is the sum of the
/// rounded use taxes. Explanation amounts are shown rounded the same way.</item>
/// </list>
/// Pure: no database, no clock.
/// </summary>
internal static class LandTaxCalculator
{
    public static TaxBucket BucketOf(UseKind kind, bool individualFarmer) => kind switch
    {
        UseKind.Agriculture => individualFarmer ? TaxBucket.AgricultureIndividualFarmer : TaxBucket.Agriculture,
        UseKind.ResidentialOwnerLandAndHouse => TaxBucket.ResidentialOwnerLandAndHouse,
        UseKind.ResidentialHouseOnly => TaxBucket.ResidentialHouseOnly,
        UseKind.ResidentialOther => TaxBucket.ResidentialOther,
        UseKind.Vacant => TaxBucket.Vacant,
        _ => TaxBucket.Other,
    };

    /// <summary>Year k of vacancy in the tax year: 1 in the first vacant year (or when unknown).</summary>
    public static int VacantYear(int taxYear, int? vacantSinceYear) =>
        vacantSinceYear is { } since && since <= taxYear ? taxYear - since + 1 : 1;

    /// <summary>The escalation added to the rate in year <paramref name="vacantYear"/> (before the cap on the total).</summary>
    public static decimal EscalationPercent(int vacantYear, EscalationRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.StepYears <= 0 ? 0m : (Math.Max(vacantYear, 1) - 1) / rule.StepYears * rule.StepPercent;
    }

    /// <summary>Values the land and building parts of a parcel, each for its owner (a building may have its own).</summary>
    public static IEnumerable<ValuedPart> Value(ParcelInput parcel, int taxYear, LandTaxRates rates)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        ArgumentNullException.ThrowIfNull(rates);
        foreach (var use in parcel.Uses)
        {
            var value = use.Area * parcel.PricePerSquareWah;
            yield return new ValuedPart(
                parcel.OwnerTaxpayerId, parcel.Id, null, BucketOf(use.Kind, use.IndividualFarmer), parcel.Label,
                use.Area, parcel.PricePerSquareWah, null, value, VacantYear(taxYear, use.VacantSinceYear));
        }

        foreach (var building in parcel.Buildings)
        {
            if (!rates.BuildingPrices.TryGetValue(building.TypeCode, out var price))
            {
                throw new LandTaxValuationException(building.TypeCode, building.Label);
            }

            var depreciation = rates.DepreciationPercent(Math.Max(0, taxYear - building.YearBuilt));
            foreach (var use in building.Uses)
            {
                var value = use.Area * price * (100m - depreciation) / 100m;
                yield return new ValuedPart(
                    building.OwnerTaxpayerId ?? parcel.OwnerTaxpayerId, parcel.Id, building.Id, BucketOf(use.Kind, use.IndividualFarmer),
                    building.Label, use.Area, price, depreciation, value, VacantYear(taxYear, use.VacantSinceYear));
            }
        }
    }

    /// <summary>The progressive tax of <paramref name="value"/>: the amount of each bracket it reaches, and the exact tax.</summary>
    public static (IReadOnlyList<(RateBracket Bracket, decimal InBracket, decimal Tax)> Slices, decimal Tax) Progressive(decimal value, IReadOnlyList<RateBracket> brackets)
    {
        ArgumentNullException.ThrowIfNull(brackets);
        var slices = new List<(RateBracket, decimal, decimal)>();
        var total = 0m;
        foreach (var bracket in brackets.OrderBy(b => b.Lower))
        {
            if (value <= bracket.Lower)
            {
                break;
            }

            var top = bracket.Upper is { } upper ? Math.Min(value, upper) : value;
            var inBracket = top - bracket.Lower;
            if (inBracket <= 0)
            {
                continue;
            }

            var tax = inBracket * bracket.RatePercent / 100m;
            slices.Add((bracket, inBracket, tax));
            total += tax;
        }

        return (slices, total);
    }

    /// <summary>Assesses one taxpayer from the valued parts that are theirs.</summary>
    public static TaxpayerResult Assess(int taxpayerId, IEnumerable<ValuedPart> parts, LandTaxRates rates)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(rates);
        var mine = parts.Where(p => p.TaxpayerId == taxpayerId)
            .OrderBy(p => p.ParcelId).ThenBy(p => p.BuildingId ?? 0).ThenBy(p => p.Bucket).ToList();
        var lines = new List<ExplanationLine>();
        foreach (var p in mine)
        {
            lines.Add(new ExplanationLine(
                p.BuildingId is null ? AssessmentLineKind.LandValue : AssessmentLineKind.BuildingValue,
                p.Bucket, p.ParcelId, p.Label, p.Quantity, p.UnitPrice, p.DepreciationPercent, p.Value, 0m));
        }

        var uses = new List<UseResult>();
        foreach (var group in mine.GroupBy(p => p.Bucket).OrderBy(g => g.Key))
        {
            var bucket = group.Key;
            var value = group.Sum(p => p.Value);
            lines.Add(new ExplanationLine(AssessmentLineKind.UseTotal, bucket, null, "", null, null, null, value, 0m));
            var brackets = rates.Brackets.TryGetValue(bucket, out var b) ? b : [];
            var (slices, bracketTax) = Progressive(value, brackets);
            foreach (var (bracket, inBracket, tax) in slices)
            {
                lines.Add(new ExplanationLine(AssessmentLineKind.Bracket, bucket, null, BracketLabel(bracket), null, null, bracket.RatePercent, inBracket, tax));
            }

            var escalation = 0m;
            if (bucket == TaxBucket.Vacant && value > 0)
            {
                foreach (var level in group.GroupBy(p => EscalationPercent(p.VacantYear, rates.Escalation)).Where(l => l.Key > 0).OrderBy(l => l.Key))
                {
                    var levelValue = level.Sum(p => p.Value);
                    var share = levelValue / value;
                    var extra = slices.Sum(s => share * s.InBracket * Math.Max(0m, Math.Min(level.Key, rates.Escalation.MaxTotalPercent - s.Bracket.RatePercent)) / 100m);
                    escalation += extra;
                    var years = level.Min(p => p.VacantYear);
                    var label = string.Join(", ", level.Select(p => p.Label).Distinct(StringComparer.Ordinal));
                    lines.Add(new ExplanationLine(
                        AssessmentLineKind.Escalation, bucket, level.Select(p => (int?)p.ParcelId).Distinct().Count() == 1 ? level.First().ParcelId : null,
                        TextLimit.Truncate(label, 200), years, null, level.Key, levelValue, extra));
                }
            }

            var beforeRelief = bracketTax + escalation;
            var remaining = beforeRelief;
            foreach (var relief in rates.Reliefs.Where(r => r.Bucket is null || r.Bucket == bucket))
            {
                var reduction = remaining * relief.ReductionPercent / 100m;
                lines.Add(new ExplanationLine(AssessmentLineKind.Relief, bucket, null, TextLimit.Truncate(relief.Name, 200), null, null, relief.ReductionPercent, remaining, -reduction));
                remaining -= reduction;
            }

            var rounded = Money.FromBaht(MoneyRounding.ToSatang(remaining));
            lines.Add(new ExplanationLine(AssessmentLineKind.UseTax, bucket, null, "", null, null, null, value, rounded.Baht));
            uses.Add(new UseResult(bucket, value, bracketTax, escalation, beforeRelief - remaining, remaining, rounded));
        }

        return new TaxpayerResult(
            taxpayerId, uses, lines, mine.Sum(p => p.Value), Money.Sum(uses.Select(u => u.Tax)),
            mine.Select(p => p.ParcelId).Distinct().Count(), mine.Where(p => p.BuildingId is not null).Select(p => p.BuildingId).Distinct().Count());
    }

    /// <summary>"50,000,000.00 – 75,000,000.00", or "5,000,000,000.00 –" when open-ended.</summary>
    public static string BracketLabel(RateBracket bracket)
    {
        ArgumentNullException.ThrowIfNull(bracket);
        return bracket.Upper is { } upper
            ? $"{BahtFormat.Format(bracket.Lower)} – {BahtFormat.Format(upper)}"
            : $"{BahtFormat.Format(bracket.Lower)} –";
    }
}
