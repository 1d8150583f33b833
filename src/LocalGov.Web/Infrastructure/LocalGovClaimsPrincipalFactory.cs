using System.Globalization;
using System.Security.Claims;
using LocalGov.Data.Identity;
using LocalGov.SharedKernel.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LocalGov.Web.Infrastructure;

/// <summary>Puts the user's scope (level, LAO, province) into the cookie so that scope checks need no lookup.</summary>
public sealed class LocalGovClaimsPrincipalFactory(UserManager<AppUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(LocalGovClaims.ScopeLevel, user.ScopeLevel.ToString()));
        identity.AddClaim(new Claim(LocalGovClaims.DisplayName, user.DisplayName));
        if (user.LaoId is { } laoId)
        {
            identity.AddClaim(new Claim(LocalGovClaims.LaoId, laoId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.ProvinceId is { } provinceId)
        {
            identity.AddClaim(new Claim(LocalGovClaims.ProvinceId, provinceId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
