using System.Text.Json;
using System.Text.Json.Serialization;

namespace LocalGov.Procurement.Services.Ocds;

// The OCDS 1.1 documents Procurement publishes (release, release package, record package): only the fields it fills.
// Serialized with OcdsJson.Options (camelCase, nulls left out); the few names that are not plain camelCase
// (awardID, projectID) are spelled out.

internal sealed record OcdsValue(decimal Amount, string Currency = "THB");

internal sealed record OcdsIdentifier(string Scheme, string Id, string? LegalName = null);

internal sealed record OcdsOrganizationReference(string Id, string Name);

internal sealed record OcdsParty(string Id, string Name, OcdsIdentifier Identifier, IReadOnlyList<string> Roles);

internal sealed record OcdsPeriod(string? StartDate, string? EndDate);

internal sealed record OcdsUnit(string Name, OcdsValue? Value);

internal sealed record OcdsItem(string Id, string Description, decimal Quantity, OcdsUnit Unit);

internal sealed record OcdsBudget(
    string? Description,
    OcdsValue? Amount,
    [property: JsonPropertyName("projectID")] string? ProjectId);

internal sealed record OcdsPlanning(string? Rationale, OcdsBudget? Budget);

internal sealed record OcdsTender(
    string Id,
    string Title,
    string? Description,
    string Status,
    IReadOnlyList<OcdsItem>? Items,
    OcdsValue? Value,
    string? ProcurementMethod,
    string? ProcurementMethodDetails,
    string? ProcurementMethodRationale,
    string MainProcurementCategory,
    string? DatePublished,
    OcdsPeriod? TenderPeriod,
    int? NumberOfTenderers,
    IReadOnlyList<OcdsOrganizationReference>? Tenderers);

internal sealed record OcdsAward(
    string Id,
    string Status,
    string? Date,
    OcdsValue? Value,
    IReadOnlyList<OcdsOrganizationReference> Suppliers);

internal sealed record OcdsMilestone(string Id, string Title, string Type, string? DueDate, string? DateMet, string Status, OcdsValue? Value);

internal sealed record OcdsTransaction(string Id, string? Date, OcdsValue Value, OcdsOrganizationReference Payer, OcdsOrganizationReference Payee);

internal sealed record OcdsImplementation(IReadOnlyList<OcdsTransaction>? Transactions, IReadOnlyList<OcdsMilestone>? Milestones);

internal sealed record OcdsContract(
    string Id,
    [property: JsonPropertyName("awardID")] string AwardId,
    string Title,
    string Status,
    OcdsPeriod Period,
    string DateSigned,
    OcdsValue Value,
    IReadOnlyList<OcdsItem>? Items,
    OcdsImplementation? Implementation);

internal sealed record OcdsRelease(
    string Ocid,
    string Id,
    string Date,
    IReadOnlyList<string> Tag,
    string InitiationType,
    string Language,
    IReadOnlyList<OcdsParty> Parties,
    OcdsOrganizationReference Buyer,
    OcdsPlanning Planning,
    OcdsTender Tender,
    IReadOnlyList<OcdsAward>? Awards,
    IReadOnlyList<OcdsContract>? Contracts);

internal sealed record OcdsPublisherInfo(string Name, string? Uri);

internal sealed record OcdsReleasePackage(
    string Uri,
    string Version,
    string PublishedDate,
    OcdsPublisherInfo Publisher,
    IReadOnlyList<OcdsRelease> Releases);

internal sealed record OcdsRecord(string Ocid, IReadOnlyList<OcdsRelease> Releases, OcdsRelease CompiledRelease);

internal sealed record OcdsRecordPackage(
    string Uri,
    string Version,
    string PublishedDate,
    OcdsPublisherInfo Publisher,
    IReadOnlyList<OcdsRecord> Records);

internal static class OcdsJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T document) => JsonSerializer.Serialize(document, Options);
}
