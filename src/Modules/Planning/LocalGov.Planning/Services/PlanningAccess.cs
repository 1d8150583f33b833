using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Security;

namespace LocalGov.Planning.Services;

/// <summary>The Planning module's scope checks (<see cref="LaoAccess"/>): its users change only their own LAO's planning.</summary>
internal sealed class PlanningAccess(IOrganizationScope scope, ICurrentUser user, IOrganizationDirectory directory, ILaoChooser chooser)
    : LaoAccess(scope, user, directory, chooser);
