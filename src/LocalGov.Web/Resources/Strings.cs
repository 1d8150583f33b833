namespace LocalGov.Web.Resources;

/// <summary>
/// Marker for the host's UI strings: Strings.resx (Thai, the default) and Strings.en.resx. Every module
/// follows the same convention (Resources/Strings.resx in its own assembly).
/// </summary>
public sealed class Strings;
