using LocalGov.Data;
using LocalGov.SharedKernel.Auditing;
using LocalGov.SharedKernel.Web;
using LocalGov.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Web.Features.Audit;

/// <summary>The audit trail: who changed what and when, filterable by entity, key, user, action and date.</summary>
[Authorize(Policy = PlatformServices.AdministratorPolicy)]
public sealed class AuditController(LocalGovDbContext db) : Controller
{
    private const int PageSize = 50;

    [HttpGet]
    public async Task<IActionResult> Index(AuditFilter filter, int page = 1, CancellationToken cancellationToken = default)
    {
        if (!ModelState.IsValid)
        {
            filter = new AuditFilter();
        }

        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Entity))
        {
            query = query.Where(a => a.EntityType == filter.Entity.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.Key))
        {
            query = query.Where(a => a.EntityKey == filter.Key.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            query = query.Where(a => a.UserName!.Contains(filter.User.Trim()));
        }

        if (filter.Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        // Dates are Thai calendar days (UTC+7): convert the day's bounds to UTC.
        if (filter.From is { } from)
        {
            var fromUtc = from.ToDateTime(TimeOnly.MinValue).AddHours(-7);
            query = query.Where(a => a.TimestampUtc >= fromUtc);
        }

        if (filter.To is { } to)
        {
            var toUtc = to.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-7);
            query = query.Where(a => a.TimestampUtc < toUtc);
        }

        var total = await query.CountAsync(cancellationToken);
        (page, var pageCount) = Pager.Clamp(page, total, PageSize);
        var rows = await query.OrderByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var entityTypes = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(x => x).ToListAsync(cancellationToken);
        return View(new AuditListViewModel(rows, filter, entityTypes, page, pageCount, total));
    }
}

public sealed class AuditFilter
{
    public string? Entity { get; set; }
    public string? Key { get; set; }
    public string? User { get; set; }
    public AuditAction? Action { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

public sealed record AuditListViewModel(
    IReadOnlyList<AuditEntry> Entries,
    AuditFilter Filter,
    IReadOnlyList<string> EntityTypes,
    int Page,
    int PageCount,
    int Total);
