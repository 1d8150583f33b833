using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Security;

namespace LocalGov.Finance.Services;

/// <summary>The Finance module's scope checks (<see cref="LaoAccess"/>): its users change only their own LAO's books.</summary>
internal sealed class FinanceAccess(IOrganizationScope scope, ICurrentUser user, IOrganizationDirectory directory, ILaoChooser chooser)
    : LaoAccess(scope, user, directory, chooser);
