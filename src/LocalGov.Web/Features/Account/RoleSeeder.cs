using LocalGov.SharedKernel.Security;
using Microsoft.AspNetCore.Identity;

namespace LocalGov.Web.Features.Account;

/// <summary>Makes sure every LocalGov role exists (all environments).</summary>
public static class RoleSeeder
{
    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
