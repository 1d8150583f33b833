using LocalGov.SharedKernel.Security;
using Microsoft.AspNetCore.Identity;

namespace LocalGov.Data.Identity;

/// <summary>A LocalGov account: one role's work at one level (an LAO, a province, or national).</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public ScopeLevel ScopeLevel { get; set; }

    /// <summary>Set when <see cref="ScopeLevel"/> is <see cref="ScopeLevel.Lao"/>.</summary>
    public int? LaoId { get; set; }

    /// <summary>Set when <see cref="ScopeLevel"/> is <see cref="ScopeLevel.Province"/> (and for LAO users, their LAO's province).</summary>
    public int? ProvinceId { get; set; }

    public DateTime CreatedUtc { get; set; }
}
