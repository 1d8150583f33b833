namespace LocalGov.Planning.Domain;

/// <summary>What a stored file belongs to.</summary>
internal enum AttachmentOwner
{
    /// <summary>A project of the action plan (photos of the work, documents).</summary>
    ActionPlanEntry = 1,

    /// <summary>A citizen's proposal (photos).</summary>
    Proposal = 2,
}

/// <summary>
/// A file stored on disk under the configured root (<c>Planning:Uploads:Root</c>). The stored name is generated;
/// the original name is kept for display and download only, never to build a path.
/// </summary>
internal sealed class Attachment
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public AttachmentOwner Owner { get; set; }
    public int OwnerId { get; set; }
    public required string OriginalName { get; set; }

    /// <summary>Relative path under the root: "{laoId}/{guid}{ext}".</summary>
    public required string StoredName { get; set; }

    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public string? Caption { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
