using LocalGov.Data;
using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Domain;
using LocalGov.OpenData.Services.Publishing;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.OpenData.Areas.OpenData.Features.Compliance;

/// <summary>One LAO's row: how many publications of each kind are public for the year (the monthly summaries: months).</summary>
internal sealed record ComplianceRow(LaoDto Lao, IReadOnlyDictionary<PublicationKind, int> Counts);

internal sealed record ComplianceViewModel(
    int FiscalYear, IReadOnlyList<int> Years, ProvinceDto? Province, IReadOnlyList<ProvinceDto> Provinces, bool MayChooseProvince, IReadOnlyList<ComplianceRow> Rows)
{
    public static IReadOnlyList<PublicationKind> Columns { get; } =
    [
        PublicationKind.Budget, PublicationKind.Projects, PublicationKind.SpendingPlan, PublicationKind.SixMonthProgressReport,
        PublicationKind.AnnualSpendingReport, PublicationKind.ProcurementPlan, PublicationKind.ProcurementMonthlySummary, PublicationKind.ProcurementAnnualSummary,
    ];

    /// <summary>LAOs that have published the kind (at least one month for the monthly summaries).</summary>
    public int Published(PublicationKind kind) => Rows.Count(r => r.Counts.GetValueOrDefault(kind) > 0);
}

/// <summary>
/// Which LAOs of a province have published what for a year (datasets and ITA/OIT documents; withdrawn ones do not
/// count): provincial officers see their own province, DLA and administrators choose one.
/// </summary>
[Area("OpenData")]
[Authorize(Policy = OpenDataModule.MonitorPolicy)]
internal sealed class ComplianceController(PublishingAccess access, IOrganizationDirectory directory, LocalGovDbContext db, TimeProvider clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? year, int? provinceId, CancellationToken cancellationToken)
    {
        var current = FiscalYear.Current(clock).BuddhistYear;
        var fiscalYear = year is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear ? year.Value : current;
        var years = Enumerable.Range(current - 3, 5).Append(fiscalYear).Distinct().OrderDescending().ToList();
        var mayChoose = access.Level == ScopeLevel.National;
        var chosen = mayChoose ? provinceId : access.OwnProvinceId;
        var provinces = mayChoose ? await directory.GetProvincesAsync(cancellationToken) : [];
        if (chosen is not { } id)
        {
            return View(new ComplianceViewModel(fiscalYear, years, null, provinces, mayChoose, []));
        }

        if (!access.CanReadProvince(id) || await directory.FindProvinceAsync(id, cancellationToken) is not { } province)
        {
            return NotFound();
        }

        var laos = (await directory.GetLaosAsync(await directory.GetLaoIdsInProvinceAsync(id, cancellationToken), cancellationToken))
            .OrderBy(l => l.Code, StringComparer.Ordinal).ToList();
        var laoIds = laos.Select(l => l.Id).ToList();
        var counts = (await db.Set<Publication>().AsNoTracking()
                .Where(p => p.FiscalYear == fiscalYear && p.WithdrawnAt == null && laoIds.Contains(p.LaoId))
                .GroupBy(p => new { p.LaoId, p.Kind })
                .Select(g => new { g.Key.LaoId, g.Key.Kind, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.LaoId);
        var rows = laos.Select(l => new ComplianceRow(l, counts[l.Id].ToDictionary(x => x.Kind, x => x.Count))).ToList();
        return View(new ComplianceViewModel(fiscalYear, years, province, provinces, mayChoose, rows));
    }
}
