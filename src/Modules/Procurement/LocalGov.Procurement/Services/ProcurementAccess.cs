using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Security;

namespace LocalGov.Procurement.Services;

/// <summary>The Procurement module's scope checks (<see cref="LaoAccess"/>): its users change only their own LAO's procurement.</summary>
internal sealed class ProcurementAccess(IOrganizationScope scope, ICurrentUser user, IOrganizationDirectory directory, ILaoChooser chooser)
    : LaoAccess(scope, user, directory, chooser);
