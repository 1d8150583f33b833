using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;

namespace LocalGov.Procurement.Services.Ocds;

/// <summary>The LAO-year release package for other modules (Open data's API), built by the same <see cref="OcdsPublisher"/> as Procurement's own endpoint.</summary>
internal sealed class OcdsReleasePackages(OcdsPublisher publisher, IOrganizationDirectory directory) : IOcdsReleasePackages
{
    public int PageSize => OcdsPublisher.PageSize;

    public async Task<OcdsReleasePackagePage> GetLaoYearAsync(int laoId, int fiscalYear, int page, string uri, string baseUri, CancellationToken cancellationToken = default)
    {
        var lao = await directory.FindLaoAsync(laoId, cancellationToken) ?? throw new ArgumentException($"No LAO {laoId}.", nameof(laoId));
        var result = await publisher.LaoYearAsync(lao, fiscalYear, Math.Max(1, page), uri, baseUri, cancellationToken);
        return new OcdsReleasePackagePage(OcdsJson.Serialize(result.Package), result.Page, result.PageCount, result.Total);
    }
}
