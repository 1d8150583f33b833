using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace LocalGov.Procurement.Services.Ocds;

/// <summary>A page of an LAO-year's releases.</summary>
internal sealed record OcdsReleasePage(OcdsReleasePackage Package, int Page, int PageCount, int Total);

/// <summary>
/// Builds the OCDS documents of published cases (PublishedOn set): the release package and the record package of one
/// ocid, and the release package of an LAO's fiscal year, a page at a time. Unpublished cases are never found.
/// </summary>
internal sealed class OcdsPublisher(
    LocalGovDbContext db,
    IOrganizationDirectory directory,
    IBudgetLineDirectory budgetLines,
    IConfiguration configuration,
    TimeProvider clock)
{
    public const int PageSize = 100;
    public const string DefaultPrefix = "ocds-localgov";
    public const string DefaultPublisher = "กรมส่งเสริมการปกครองท้องถิ่น (LocalGov)";

    public string Prefix => configuration["Procurement:OcidPrefix"] is { Length: > 0 } p ? p : DefaultPrefix;

    private Publisher PublisherOf(string baseUri) =>
        new(configuration["Procurement:PublisherName"] is { Length: > 0 } n ? n : DefaultPublisher, baseUri);

    private sealed record Publisher(string Name, string Uri);

    /// <summary>The published case of <paramref name="ocid"/>, or null (unknown, other prefix, or not published).</summary>
    public async Task<OcdsCaseData?> FindAsync(string ocid, CancellationToken cancellationToken)
    {
        var prefix = Prefix + "-";
        if (string.IsNullOrEmpty(ocid) || !ocid.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ocid[prefix.Length..];
        var dash = rest.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || dash == rest.Length - 1)
        {
            return null;
        }

        var lao = await directory.FindLaoByCodeAsync(rest[..dash], cancellationToken);
        if (lao is null)
        {
            return null;
        }

        var caseNo = rest[(dash + 1)..];
        var found = await Published().Where(c => c.LaoId == lao.Id && c.CaseNo == caseNo).OrderByDescending(c => c.FiscalYear)
            .Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (found == 0)
        {
            return null;
        }

        var list = await LoadAsync([found], lao, cancellationToken);
        return list.FirstOrDefault();
    }

    public OcdsReleasePackage ReleasePackage(OcdsCaseData data, string uri, string baseUri)
    {
        var p = PublisherOf(baseUri);
        return new OcdsReleasePackage(uri, "1.1", Now(), new OcdsPublisherInfo(p.Name, p.Uri), [OcdsMapper.Map(data, Prefix)]);
    }

    public OcdsRecordPackage RecordPackage(OcdsCaseData data, string uri, string baseUri)
    {
        var release = OcdsMapper.Map(data, Prefix);
        var p = PublisherOf(baseUri);
        return new OcdsRecordPackage(uri, "1.1", Now(), new OcdsPublisherInfo(p.Name, p.Uri),
            [new OcdsRecord(release.Ocid, [release], OcdsMapper.Compiled(release))]);
    }

    /// <summary>A page of the published releases of an LAO's fiscal year, in case number order.</summary>
    public async Task<OcdsReleasePage> LaoYearAsync(LaoDto lao, int fiscalYear, int page, string uri, string baseUri, CancellationToken cancellationToken)
    {
        var query = Published().Where(c => c.LaoId == lao.Id && c.FiscalYear == fiscalYear);
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var ids = await query.OrderBy(c => c.CaseNo).Skip((page - 1) * PageSize).Take(PageSize).Select(c => c.Id).ToListAsync(cancellationToken);
        var data = await LoadAsync(ids, lao, cancellationToken);
        var p = PublisherOf(baseUri);
        var package = new OcdsReleasePackage(uri, "1.1", Now(), new OcdsPublisherInfo(p.Name, p.Uri), [.. data.Select(d => OcdsMapper.Map(d, Prefix))]);
        return new OcdsReleasePage(package, page, pageCount, total);
    }

    private IQueryable<ProcurementCase> Published() => db.Set<ProcurementCase>().AsNoTracking().Where(c => c.PublishedOn != null);

    private string Now() => clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The cases with their items and bids, contracts with instalments, the vendors named, the budget lines' names: five queries per page.</summary>
    private async Task<List<OcdsCaseData>> LoadAsync(IReadOnlyCollection<int> caseIds, LaoDto lao, CancellationToken cancellationToken)
    {
        if (caseIds.Count == 0)
        {
            return [];
        }

        var cases = await db.Set<ProcurementCase>().AsNoTracking().AsSplitQuery()
            .Include(c => c.Items).Include(c => c.Bids)
            .Where(c => caseIds.Contains(c.Id)).OrderBy(c => c.CaseNo).ToListAsync(cancellationToken);
        var contracts = await db.Set<PurchaseContract>().AsNoTracking().Include(k => k.Instalments)
            .Where(k => caseIds.Contains(k.CaseId)).ToDictionaryAsync(k => k.CaseId, cancellationToken);
        var vendorIds = cases.SelectMany(c => c.Bids.Select(b => b.VendorId).Append(c.AwardedVendorId ?? 0))
            .Concat(contracts.Values.Select(k => k.VendorId)).Where(id => id != 0).Distinct().ToList();
        var vendors = await db.Set<Vendor>().AsNoTracking().Where(v => vendorIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        var today = ThaiDate.Today(clock);
        var limits = await db.Set<ProcurementLimit>().AsNoTracking().Where(l => l.Kind == LimitKind.PublishReferencePriceAbove).ToListAsync(cancellationToken);
        Money? LimitOn(DateOnly on) => limits.Where(l => l.AppliesOn(on)).OrderByDescending(l => l.EffectiveFrom).Select(l => (Money?)l.Amount).FirstOrDefault();
        var lineNames = new Dictionary<int, string>();
        foreach (var year in cases.Select(c => c.FiscalYear).Distinct())
        {
            foreach (var line in await budgetLines.GetLinesInForceAsync(lao.Id, year, cancellationToken))
            {
                lineNames[line.Id] = $"{line.Programme.NameTh} / {line.Category.NameTh}: {line.ItemName}";
            }
        }

        return [.. cases.Select(c => new OcdsCaseData(c, lao, vendors, contracts.GetValueOrDefault(c.Id), LimitOn(c.ReferencePriceOn ?? c.RequestedOn), lineNames.GetValueOrDefault(c.BudgetLineId), today))];
    }
}
