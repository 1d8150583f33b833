namespace LocalGov.OpenData.Resources;

/// <summary>Marker for the module's UI strings: Strings.resx (Thai, default) and Strings.en.resx.</summary>
internal sealed class Strings;
