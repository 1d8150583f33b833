namespace LocalGov.SharedKernel.Modularity;

/// <summary>
/// A navigation entry. <paramref name="TitleKey"/> is looked up in the host's shared resources;
/// <paramref name="Policy"/> (null = any signed-in user, <see cref="MenuItem.Anonymous"/> = everyone)
/// decides who sees it.
/// </summary>
public sealed record MenuItem(string TitleKey, string Area, string Controller, string Action, string? Policy, int Order = 100)
{
    public const string Anonymous = "__anonymous";
}
