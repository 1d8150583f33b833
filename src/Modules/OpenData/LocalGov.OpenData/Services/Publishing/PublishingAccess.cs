using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Security;

namespace LocalGov.OpenData.Services.Publishing;

/// <summary>
/// Scope for publishing and compliance: LAO staff publish for their own LAO only (another LAO's id is 404), an
/// administrator chooses an LAO; provincial officers follow their own province, DLA any province.
/// </summary>
internal sealed class PublishingAccess(IOrganizationScope scope, ICurrentUser user, IOrganizationDirectory directory, ILaoChooser chooser)
    : LaoAccess(scope, user, directory, chooser);
