using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Domain;
using LocalGov.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Benchmarking.Services.Catalogue;

/// <summary>What an administrator enters for an indicator (already validated: code format, formula, years).</summary>
internal sealed record IndicatorInput(
    string Code,
    string NameTh,
    string NameEn,
    string? DescriptionTh,
    string? DescriptionEn,
    string Formula,
    IndicatorUnit Unit,
    int Decimals,
    IndicatorDirection Direction,
    string SourceModule,
    int FromYear,
    int? ToYear,
    decimal? Threshold,
    int SortOrder);

internal enum CatalogChange
{
    Saved = 1,
    NotFound = 2,
    DuplicateCode = 3,

    /// <summary>Someone else saved the indicator since the form was loaded.</summary>
    Stale = 4,
}

/// <summary>
/// Changes to the indicator catalogue. Indicators are never deleted (stored values of past years refer to them): they
/// are deactivated. A change takes effect when a year is next recomputed; stored values stay as computed.
/// </summary>
internal sealed class IndicatorCatalogAdmin(LocalGovDbContext db)
{
    /// <summary>Codes are compared and stored trimmed and upper case.</summary>
    public static string NormalizeCode(string? code) => (code ?? "").Trim().ToUpperInvariant();

    /// <summary>The modules a formula's figures come from, for the source-module choice.</summary>
    public static IReadOnlyList<string> SourceModules { get; } = FigureCatalog.All.Select(f => f.Source).Distinct().ToList();

    public async Task<List<Indicator>> ListAsync(CancellationToken cancellationToken) =>
        await db.Set<Indicator>().AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync(cancellationToken);

    public Task<Indicator?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<Indicator>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public async Task<(CatalogChange Change, Indicator? Indicator)> CreateAsync(IndicatorInput input, CancellationToken cancellationToken)
    {
        var code = NormalizeCode(input.Code);
        if (await db.Set<Indicator>().AnyAsync(i => i.Code == code, cancellationToken))
        {
            return (CatalogChange.DuplicateCode, null);
        }

        var indicator = new Indicator { Code = code, IsActive = true };
        Apply(indicator, input);
        db.Add(indicator);
        await db.SaveChangesAsync(cancellationToken);
        return (CatalogChange.Saved, indicator);
    }

    /// <summary>Saves the edit when <paramref name="stamp"/> is still the stored one; the code does not change.</summary>
    public async Task<CatalogChange> UpdateAsync(int id, Guid stamp, IndicatorInput input, CancellationToken cancellationToken)
    {
        var indicator = await db.Set<Indicator>().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (indicator is null)
        {
            return CatalogChange.NotFound;
        }

        Apply(indicator, input);
        return await SaveAsync(indicator, stamp, cancellationToken);
    }

    public async Task<CatalogChange> SetActiveAsync(int id, Guid stamp, bool active, CancellationToken cancellationToken)
    {
        var indicator = await db.Set<Indicator>().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (indicator is null)
        {
            return CatalogChange.NotFound;
        }

        indicator.IsActive = active;
        return await SaveAsync(indicator, stamp, cancellationToken);
    }

    private async Task<CatalogChange> SaveAsync(Indicator indicator, Guid stamp, CancellationToken cancellationToken)
    {
        if (indicator.ConcurrencyStamp != stamp)
        {
            return CatalogChange.Stale;
        }

        // The original value makes the UPDATE check the stamp too, so a save racing this one is refused as well.
        db.Entry(indicator).Property(i => i.ConcurrencyStamp).OriginalValue = stamp;
        indicator.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CatalogChange.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CatalogChange.Stale;
        }
    }

    private static void Apply(Indicator indicator, IndicatorInput input)
    {
        indicator.NameTh = input.NameTh.Trim();
        indicator.NameEn = input.NameEn.Trim();
        indicator.DescriptionTh = string.IsNullOrWhiteSpace(input.DescriptionTh) ? null : input.DescriptionTh.Trim();
        indicator.DescriptionEn = string.IsNullOrWhiteSpace(input.DescriptionEn) ? null : input.DescriptionEn.Trim();
        indicator.Formula = input.Formula.Trim();
        indicator.Unit = input.Unit;
        indicator.Decimals = input.Decimals;
        indicator.Direction = input.Direction;
        indicator.SourceModule = input.SourceModule;
        indicator.FromYear = input.FromYear;
        indicator.ToYear = input.ToYear;
        indicator.Threshold = input.Threshold;
        indicator.SortOrder = input.SortOrder;
    }
}
