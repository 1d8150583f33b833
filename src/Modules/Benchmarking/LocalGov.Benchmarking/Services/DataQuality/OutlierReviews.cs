using LocalGov.Benchmarking.Domain;
using LocalGov.Data;

namespace LocalGov.Benchmarking.Services.DataQuality;

/// <summary>Records a DLA officer's review of a flagged value; every review is kept, the pages show the latest.</summary>
internal sealed class OutlierReviews(LocalGovDbContext db, TimeProvider clock)
{
    public async Task<OutlierReview> SaveAsync(IndicatorValue flagged, OutlierOutcome outcome, string note, string reviewedBy, CancellationToken cancellationToken)
    {
        var review = new OutlierReview
        {
            FiscalYear = flagged.FiscalYear,
            IndicatorId = flagged.IndicatorId,
            LaoId = flagged.LaoId,
            ProvinceId = flagged.ProvinceId,
            Outcome = outcome,
            Note = note.Trim(),
            ReviewedBy = reviewedBy,
            ReviewedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return review;
    }
}
