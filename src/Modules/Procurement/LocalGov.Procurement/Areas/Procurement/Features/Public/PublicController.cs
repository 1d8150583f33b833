using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Services.Ocds;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Procurement.Areas.Procurement.Features.Public;

/// <summary>The public list's filters (query string).</summary>
internal sealed class PublicQuery
{
    public int? Province { get; set; }
    public string? Lao { get; set; }
    public int? Year { get; set; }
    public ProcurementMethod? Method { get; set; }
    public string? Q { get; set; }
    public int? Page { get; set; }
}

internal sealed record PublicCaseRow(int Id, int LaoId, string CaseNo, string Title, ProcurementMethod? Method, ProcurementCaseStatus Status, DateOnly PublishedOn, Money Amount);

internal sealed record PublicIndexViewModel(
    PublicQuery Query,
    IReadOnlyList<ProvinceDto> Provinces,
    IReadOnlyList<PublicCaseRow> Rows,
    IReadOnlyDictionary<int, LaoDto> Laos,
    int Total,
    Pager Pager,
    bool UnknownLao);

internal sealed record PublicInstalment(int No, string Description, Money Amount, DateOnly DueOn, DateOnly? DeliveredOn, bool Accepted);

internal sealed record PublicCaseViewModel(
    ProcurementCase Case,
    LaoDto Lao,
    bool ShowReferencePrice,
    string? WinnerName,
    PurchaseContract? Contract,
    IReadOnlyList<PublicInstalment> Instalments,
    string Ocid);

internal sealed record PublicPlansViewModel(LaoDto? Lao, string? Code, int? Year, IReadOnlyList<ProcurementPlan> Plans, bool UnknownLao);

/// <summary>
/// The public face of procurement (no sign-in): published cases across the country with filters, a case's public page
/// (what, who, how, for how much, delivered when: no internal notes) with links to its OCDS data, and the published
/// procurement plans of an LAO.
/// </summary>
[Area("Procurement")]
[AllowAnonymous]
internal sealed class PublicController(LocalGovDbContext db, IOrganizationDirectory directory, OcdsPublisher publisher, TimeProvider clock) : Controller
{
    private const int PageSize = 25;

    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] PublicQuery query, CancellationToken cancellationToken)
    {
        var cases = db.Set<ProcurementCase>().AsNoTracking().Where(c => c.PublishedOn != null);
        var unknownLao = false;
        if (!string.IsNullOrWhiteSpace(query.Lao))
        {
            var lao = await directory.FindLaoByCodeAsync(query.Lao.Trim(), cancellationToken);
            unknownLao = lao is null;
            var laoId = lao?.Id ?? -1;
            cases = cases.Where(c => c.LaoId == laoId);
        }
        else if (query.Province is { } provinceId)
        {
            var ids = (await directory.GetLaoIdsInProvinceAsync(provinceId, cancellationToken)).ToList();
            cases = cases.Where(c => ids.Contains(c.LaoId));
        }

        if (query.Year is { } year)
        {
            cases = cases.Where(c => c.FiscalYear == year);
        }

        if (query.Method is { } method && Enum.IsDefined(method))
        {
            cases = cases.Where(c => c.Method == method);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            cases = cases.Where(c => c.Title.Contains(text) || c.CaseNo.Contains(text));
        }

        var total = await cases.CountAsync(cancellationToken);
        var (page, pageCount) = Pager.Clamp(query.Page ?? 1, total, PageSize);
        var rows = await cases.OrderByDescending(c => c.PublishedOn).ThenByDescending(c => c.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new PublicCaseRow(c.Id, c.LaoId, c.CaseNo, c.Title, c.Method, c.Status, c.PublishedOn!.Value, c.AwardAmount ?? c.RequisitionAmount))
            .ToListAsync(cancellationToken);
        var laos = (await directory.GetLaosAsync([.. rows.Select(r => r.LaoId).Distinct()], cancellationToken)).ToDictionary(x => x.Id);
        var provinces = await directory.GetProvincesAsync(cancellationToken);
        var pager = new Pager(page, pageCount, p => Url.Action(nameof(Index), new { query.Province, query.Lao, query.Year, query.Method, query.Q, page = p })!);
        return View(new PublicIndexViewModel(query, provinces, rows, laos, total, pager, unknownLao));
    }

    [HttpGet]
    public async Task<IActionResult> Case(int id, CancellationToken cancellationToken)
    {
        var c = await db.Set<ProcurementCase>().AsNoTracking().Include(x => x.Items)
            .FirstOrDefaultAsync(x => x.Id == id && x.PublishedOn != null, cancellationToken);
        if (c is null || await directory.FindLaoAsync(c.LaoId, cancellationToken) is not { } lao)
        {
            return NotFound();
        }

        var contract = await db.Set<PurchaseContract>().AsNoTracking().Include(k => k.Instalments).FirstOrDefaultAsync(k => k.CaseId == c.Id, cancellationToken);
        var winnerId = contract?.VendorId ?? c.AwardedVendorId;
        var winner = winnerId is { } w ? await db.Set<Vendor>().AsNoTracking().Where(v => v.Id == w).Select(v => v.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var limits = await db.Set<ProcurementLimit>().AsNoTracking().Where(l => l.Kind == LimitKind.PublishReferencePriceAbove).ToListAsync(cancellationToken);
        var on = c.ReferencePriceOn ?? c.RequestedOn;
        var limit = limits.Where(l => l.AppliesOn(on)).OrderByDescending(l => l.EffectiveFrom).Select(l => (Money?)l.Amount).FirstOrDefault();
        var show = c.ReferencePrice is { } price && limit is { } lim && price > lim;
        var instalments = contract?.Instalments.OrderBy(i => i.No)
            .Select(i => new PublicInstalment(i.No, i.Description, i.Amount, i.DueOn, i.DeliveredOn, i.Accepted == true)).ToList() ?? [];
        return View(new PublicCaseViewModel(c, lao, show, winner, contract, instalments, OcdsMapper.Ocid(publisher.Prefix, lao.Code, c.CaseNo)));
    }

    [HttpGet]
    public async Task<IActionResult> Plans(string? lao, int? year, CancellationToken cancellationToken)
    {
        LaoDto? found = null;
        var plans = new List<ProcurementPlan>();
        if (!string.IsNullOrWhiteSpace(lao))
        {
            found = await directory.FindLaoByCodeAsync(lao.Trim(), cancellationToken);
            if (found is not null)
            {
                var query = db.Set<ProcurementPlan>().AsNoTracking().Include(p => p.Items)
                    .Where(p => p.LaoId == found.Id && p.Status == PlanStatus.Published);
                var fiscalYear = year ?? FiscalYear.Current(clock).BuddhistYear;
                plans = await query.Where(p => p.FiscalYear == fiscalYear).ToListAsync(cancellationToken);
            }
        }

        return View(new PublicPlansViewModel(found, lao, year ?? FiscalYear.Current(clock).BuddhistYear, plans, !string.IsNullOrWhiteSpace(lao) && found is null));
    }
}
