using LocalGov.Benchmarking.Domain;
using LocalGov.Organizations.Contracts;

namespace LocalGov.Benchmarking.Services.Cards;

/// <summary>Who the card is about: the LAO as the year's recomputation saw it, and its peer group (anonymous: a name and a count).</summary>
internal sealed record CardHeader(LaoDto Lao, ProvinceDto? Province, int Population, PeerBand? PeerBand, int Peers);

/// <summary>
/// One indicator on the card: the LAO's stored value and ranks, the anonymous group statistics (peer group, province,
/// nation) and what the card derives from them (position, threshold check, missing inputs).
/// </summary>
internal sealed record CardRow(
    Indicator Indicator,
    IndicatorValue? Value,
    MissingInputs Missing,
    IndicatorStatistic? Peer,
    IndicatorStatistic? Province,
    IndicatorStatistic? Nation,
    PeerPosition? Position,
    ThresholdStatus? Threshold,
    IndicatorValue? Previous)
{
    public decimal? Number => Value?.Value;

    public IReadOnlyList<FigureDefinition> MissingFigures =>
        [.. Missing.FigureCodes.Select(c => FigureCatalog.Find(c) ?? new FigureDefinition(c, c, c, FigureKind.Count, ""))];
}

/// <summary>One year of an indicator's trend: the LAO's value against its peer group's median and best quartile.</summary>
internal sealed record TrendPoint(int FiscalYear, decimal? Value, decimal? PeerMedian, decimal? BestQuartile, string? MissingInputs);

/// <summary>The report card of one LAO and year. <see cref="Run"/> is null when the year has not been computed.</summary>
internal sealed record CardModel(
    CardHeader Header,
    int FiscalYear,
    IReadOnlyList<int> Years,
    RecomputeRun? Run,
    IReadOnlyList<CardRow> Rows,
    IReadOnlyList<SummarySentence> Summary,
    Indicator? TrendIndicator,
    IReadOnlyList<TrendPoint> Trend)
{
    public bool Computed => Run is not null;
}

/// <summary>An input figure of an indicator's formula with the LAO's value of the year (null: missing, never zero).</summary>
internal sealed record FigureInput(FigureDefinition Figure, decimal? Value, bool Missing);

/// <summary>One indicator of one LAO explained: formula, inputs, value, the peer group's distribution and the trend.</summary>
internal sealed record IndicatorExplained(
    CardHeader Header,
    int FiscalYear,
    RecomputeRun? Run,
    Indicator Indicator,
    string FormulaWrittenOut,
    IReadOnlyList<FigureInput> Inputs,
    CardRow Row,
    IReadOnlyList<TrendPoint> Trend)
{
    public bool Computed => Run is not null;
}
