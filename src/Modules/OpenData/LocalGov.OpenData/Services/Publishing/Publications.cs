using LocalGov.Data;
using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Domain;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.OpenData.Services.Publishing;

/// <summary>What an LAO has published (withdrawn publications too, marked), for other modules' pages.</summary>
internal sealed class Publications(LocalGovDbContext db) : IPublications
{
    public async Task<IReadOnlyList<PublicationInfo>> GetAsync(int laoId, int? fiscalYear, CancellationToken cancellationToken = default)
    {
        var query = db.Set<Publication>().AsNoTracking().Where(p => p.LaoId == laoId);
        if (fiscalYear is { } year)
        {
            query = query.Where(p => p.FiscalYear == year);
        }

        var rows = await query.ToListAsync(cancellationToken);
        return [.. rows
            .OrderByDescending(p => p.FiscalYear).ThenBy(p => p.Kind).ThenBy(p => p.PeriodFrom)
            .Select(p => new PublicationInfo(p.Id, p.LaoId, p.Kind, p.FiscalYear, p.PeriodFrom, p.PeriodTo, p.Version, p.PublishedAt, !p.IsPublic))];
    }
}
