namespace LocalGov.Benchmarking.Services.Cards;

/// <summary>
/// An indicator value's stored <c>MissingInputs</c> read back: the figure codes that were missing and whether a
/// denominator was zero ("/0").
/// </summary>
internal sealed record MissingInputs(IReadOnlyList<string> FigureCodes, bool DenominatorZero)
{
    public const string ZeroDenominatorMarker = "/0";

    public static MissingInputs None { get; } = new([], false);

    public bool Any => FigureCodes.Count > 0 || DenominatorZero;

    public static MissingInputs Parse(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return None;
        }

        var parts = stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new MissingInputs(
            [.. parts.Where(p => p != ZeroDenominatorMarker).Distinct(StringComparer.Ordinal)],
            parts.Contains(ZeroDenominatorMarker));
    }
}
