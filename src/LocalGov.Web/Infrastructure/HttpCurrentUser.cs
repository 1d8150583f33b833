using System.Globalization;
using System.Security.Claims;
using LocalGov.SharedKernel.Security;

namespace LocalGov.Web.Infrastructure;

/// <summary>The signed-in user, read from the claims LocalGovClaimsPrincipalFactory put in the cookie.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? UserId => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public string? UserName => IsAuthenticated ? Principal!.Identity!.Name : null;

    public ScopeLevel ScopeLevel =>
        IsAuthenticated && Enum.TryParse<ScopeLevel>(Principal!.FindFirstValue(LocalGovClaims.ScopeLevel), out var level) ? level : ScopeLevel.None;

    public int? LaoId => ReadInt(LocalGovClaims.LaoId);

    public int? ProvinceId => ReadInt(LocalGovClaims.ProvinceId);

    public bool IsInRole(string role) => IsAuthenticated && Principal!.IsInRole(role);

    private int? ReadInt(string claimType) =>
        IsAuthenticated && int.TryParse(Principal!.FindFirstValue(claimType), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
