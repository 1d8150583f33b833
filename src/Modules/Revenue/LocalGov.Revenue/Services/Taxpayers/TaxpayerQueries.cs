using LocalGov.Data;
using LocalGov.Revenue.Domain;
using LocalGov.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services.Taxpayers;

/// <summary>A taxpayer as offered for a new bill, sign or licence (never a merged duplicate).</summary>
internal sealed record TaxpayerChoice(int Id, string TaxId, string Name);

/// <summary>Look-ups other Revenue screens use to pick a taxpayer for something new: merged duplicates are never offered.</summary>
internal sealed class TaxpayerQueries(LocalGovDbContext db)
{
    /// <summary>The LAO's taxpayers that can take new bills, by name.</summary>
    public async Task<IReadOnlyList<TaxpayerChoice>> ActiveAsync(int laoId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Taxpayer>().AsNoTracking()
            .Where(t => t.LaoId == laoId && t.MergedIntoId == null)
            .OrderBy(t => t.FirstName).ThenBy(t => t.LastName)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(t => new TaxpayerChoice(t.Id, t.TaxId, t.DisplayName))];
    }

    /// <summary>The active record of an LAO with this 13-digit id (spaces and dashes allowed), or null.</summary>
    public async Task<Taxpayer?> FindActiveByTaxIdAsync(int laoId, string? taxId, CancellationToken cancellationToken)
    {
        var digits = ThaiTaxId.Normalize(taxId);
        return digits is null
            ? null
            : await db.Set<Taxpayer>().AsNoTracking().FirstOrDefaultAsync(t => t.LaoId == laoId && t.TaxId == digits && t.MergedIntoId == null, cancellationToken);
    }
}
