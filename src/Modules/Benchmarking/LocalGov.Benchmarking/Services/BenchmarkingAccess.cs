using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Security;

namespace LocalGov.Benchmarking.Services;

/// <summary>
/// Scope for Benchmarking: named values only for LAOs the user may read (LAO staff: their own; provincial officers:
/// their province; DLA: all). Statistics of groups (nation, province, peer group) never name an LAO and are shown to
/// every staff user.
/// </summary>
internal sealed class BenchmarkingAccess(IOrganizationScope scope, ICurrentUser user, IOrganizationDirectory directory, ILaoChooser chooser)
    : LaoAccess(scope, user, directory, chooser);
