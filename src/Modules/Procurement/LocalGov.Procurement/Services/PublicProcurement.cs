using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Services.Ocds;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Procurement.Services;

/// <summary>The published cases and plans of an LAO-year, read for Open data (the same rule as the public pages: published from the announcement).</summary>
internal sealed class PublicProcurement(LocalGovDbContext db, IOrganizationDirectory directory, OcdsPublisher publisher) : IPublicProcurement
{
    public async Task<IReadOnlyList<PublishedCaseInfo>> GetPublishedCasesAsync(int laoId, int fiscalYear, CancellationToken cancellationToken = default)
    {
        var lao = await directory.FindLaoAsync(laoId, cancellationToken);
        if (lao is null)
        {
            return [];
        }

        var cases = await db.Set<ProcurementCase>().AsNoTracking().Include(c => c.Bids)
            .Where(c => c.LaoId == laoId && c.FiscalYear == fiscalYear && c.PublishedOn != null)
            .ToListAsync(cancellationToken);
        var caseIds = cases.Select(c => c.Id).ToList();
        var contracts = (await db.Set<PurchaseContract>().AsNoTracking().Where(k => caseIds.Contains(k.CaseId)).ToListAsync(cancellationToken))
            .GroupBy(k => k.CaseId).ToDictionary(g => g.Key, g => g.OrderBy(k => k.SignedOn).First());
        var vendorIds = cases.SelectMany(c => c.Bids.Select(b => b.VendorId)).Concat(cases.Where(c => c.AwardedVendorId != null).Select(c => c.AwardedVendorId!.Value)).Distinct().ToList();
        var vendors = await db.Set<Vendor>().AsNoTracking().Where(v => vendorIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
        string Name(int id) => vendors.TryGetValue(id, out var n) ? n : "";

        return [.. cases
            .OrderBy(c => c.PublishedOn).ThenBy(c => c.CaseNo, StringComparer.Ordinal)
            .Select(c =>
            {
                contracts.TryGetValue(c.Id, out var contract);
                return new PublishedCaseInfo(
                    c.Id, c.LaoId, c.FiscalYear, c.CaseNo, OcdsMapper.Ocid(publisher.Prefix, lao.Code, c.CaseNo), c.Title, c.Category, c.Method, c.Status,
                    c.PublishedOn!.Value, c.RequisitionAmount, c.ReferencePrice,
                    [.. c.Bids.OrderBy(b => b.Rank ?? int.MaxValue).ThenBy(b => b.Price).Select(b => new PublishedBidInfo(Name(b.VendorId), b.Price))],
                    c.AwardedVendorId is { } w ? Name(w) : null, c.AwardAmount, c.AwardedOn, c.AwardReason,
                    contract?.ContractNo, contract?.SignedOn, contract?.Amount, c.CancelledOn);
            })];
    }

    public async Task<PublishedPlanInfo?> GetPublishedPlanAsync(int laoId, int fiscalYear, CancellationToken cancellationToken = default)
    {
        var plan = await db.Set<ProcurementPlan>().AsNoTracking().Include(p => p.Items)
            .Where(p => p.LaoId == laoId && p.FiscalYear == fiscalYear && p.Status == PlanStatus.Published && p.PublishedOn != null)
            .OrderByDescending(p => p.Revision)
            .FirstOrDefaultAsync(cancellationToken);
        return plan is null
            ? null
            : new PublishedPlanInfo(laoId, fiscalYear, plan.Revision, plan.PublishedOn!.Value,
                [.. plan.Items.OrderBy(i => i.LineNo).Select(i => new PublishedPlanItemInfo(i.LineNo, i.Title, i.Category, i.EstimatedAmount, i.Method, i.ExpectedOn, i.Note))]);
    }
}
