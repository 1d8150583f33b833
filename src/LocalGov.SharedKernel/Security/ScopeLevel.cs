namespace LocalGov.SharedKernel.Security;

/// <summary>The level of the organisation a user belongs to.</summary>
public enum ScopeLevel
{
    None = 0,
    Lao = 1,
    Province = 2,
    National = 3,
}
