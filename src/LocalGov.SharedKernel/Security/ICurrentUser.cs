namespace LocalGov.SharedKernel.Security;

/// <summary>The signed-in user as the modules see it (anonymous when not signed in).</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    string? UserId { get; }
    string? UserName { get; }
    ScopeLevel ScopeLevel { get; }
    int? LaoId { get; }
    int? ProvinceId { get; }
    bool IsInRole(string role);
}

/// <summary>Claim types LocalGov adds to the identity cookie.</summary>
public static class LocalGovClaims
{
    public const string ScopeLevel = "lg:scope";
    public const string LaoId = "lg:lao";
    public const string ProvinceId = "lg:province";
    public const string DisplayName = "lg:name";
}
