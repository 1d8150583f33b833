namespace LocalGov.Organizations.Contracts;

/// <summary>
/// Codes of the demo organisations the Organizations module seeds into the SQLite demo: the host uses them
/// to attach demo user accounts. The demo province is real (นครนายก, Nakhon Nayok).
/// </summary>
public static class DemoData
{
    /// <summary>Official province code of นครนายก (Nakhon Nayok).</summary>
    public const string DemoProvinceCode = "26";

    /// <summary>LocalGov code of เทศบาลเมืองนครนายก (Nakhon Nayok Town Municipality).</summary>
    public const string DemoLaoCode = "3260101";
}
