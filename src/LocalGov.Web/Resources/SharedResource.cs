namespace LocalGov.Web.Resources;

/// <summary>Marker for the host's shared UI strings: SharedResource.resx (Thai, the default) and SharedResource.en.resx.</summary>
public sealed class SharedResource;
