using LocalGov.Benchmarking.Domain;
using LocalGov.Organizations.Contracts;

namespace LocalGov.Benchmarking.Services.Engine;

/// <summary>
/// Puts an LAO-year into its peer group (pure): among its type's bands, sorted by lower bound, the one with the highest
/// lower bound not above the LAO's size. The size is the population figure for a Population-basis type, and the
/// ledger revenue (<c>finance_revenue</c>), else the budget's revenue estimate (<c>budget_revenue</c>), for a
/// Revenue-basis type. No size (or a size below every band) → no peer group (null): the LAO still gets national and
/// province ranks.
/// </summary>
internal sealed class PeerAssignment
{
    private readonly Dictionary<LaoType, PeerBand[]> _bandsByType;

    public PeerAssignment(IEnumerable<PeerBand> bands)
    {
        _bandsByType = bands.GroupBy(b => b.LaoType).ToDictionary(g => g.Key, g => g.OrderBy(b => b.LowerBound).ToArray());
    }

    /// <summary>The size measure a type's bands use (its lowest band's basis; one basis per type); null without bands.</summary>
    public SizeBasis? BasisOf(LaoType type) => _bandsByType.TryGetValue(type, out var bands) ? bands[0].Basis : null;

    /// <summary>The LAO's size on its type's basis, from its figures (codes of <see cref="FigureCatalog"/>); null when missing.</summary>
    public decimal? SizeOf(LaoType type, IReadOnlyDictionary<string, decimal?> figures) => BasisOf(type) switch
    {
        SizeBasis.Population => figures.GetValueOrDefault(FigureCatalog.Population),
        SizeBasis.Revenue => figures.GetValueOrDefault(FigureCatalog.FinanceRevenue) ?? figures.GetValueOrDefault(FigureCatalog.BudgetRevenue),
        _ => null,
    };

    public PeerBand? Assign(LaoType type, IReadOnlyDictionary<string, decimal?> figures)
    {
        if (!_bandsByType.TryGetValue(type, out var bands) || SizeOf(type, figures) is not { } size)
        {
            return null;
        }

        PeerBand? found = null;
        foreach (var band in bands)
        {
            if (band.LowerBound > size)
            {
                break;
            }

            found = band;
        }

        return found;
    }
}
