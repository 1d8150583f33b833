using LocalGov.Data;
using LocalGov.Revenue.Areas.Revenue.Features.Parcels;
using LocalGov.Revenue.Domain.LandTax;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services.LandTax;

/// <summary>
/// Applies a validated appraisal workbook to one LAO's parcels: every row must name a parcel recorded in the LAO
/// (deed type and number), or nothing is saved. All rows are written in one transaction.
/// </summary>
internal sealed class ParcelPriceImport(LocalGovDbContext db)
{
    public async Task<(int Updated, IReadOnlyList<PriceImportError> Errors)> ApplyAsync(int laoId, IReadOnlyList<ImportedPrice> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var keys = await db.Set<Parcel>().AsNoTracking().Where(p => p.LaoId == laoId)
            .Select(p => new { p.Id, p.DeedType, p.DeedNumber }).ToListAsync(cancellationToken);
        var byDeed = keys.ToDictionary(k => (k.DeedType, k.DeedNumber), k => k.Id);
        var errors = rows.Where(r => !byDeed.ContainsKey((r.DeedType, r.DeedNumber)))
            .Select(r => new PriceImportError(r.Row, ParcelPriceWorkbook.DeedNumberHeader, PriceImportProblem.UnknownDeed, r.DeedNumber))
            .ToList();
        if (errors.Count > 0)
        {
            return (0, errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var byId = rows.ToDictionary(r => byDeed[(r.DeedType, r.DeedNumber)]);
        var updated = 0;
        foreach (var chunk in byId.Keys.Chunk(500))
        {
            var parcels = await db.Set<Parcel>().Where(p => chunk.Contains(p.Id)).ToListAsync(cancellationToken);
            foreach (var parcel in parcels)
            {
                var row = byId[parcel.Id];
                if (parcel.PricePerSquareWah == row.PricePerSquareWah && parcel.PriceEffectiveYear == row.EffectiveYear)
                {
                    continue;
                }

                parcel.PricePerSquareWah = row.PricePerSquareWah;
                parcel.PriceEffectiveYear = row.EffectiveYear;
                parcel.ConcurrencyStamp = Guid.NewGuid();
                updated++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (updated, []);
    }
}
