namespace LocalGov.SharedKernel.Auditing;

/// <summary>One changed row: who changed what, when, and the values before and after (JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime TimestampUtc { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public required string EntityType { get; set; }
    public required string EntityKey { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>JSON object: property → { "old": …, "new": … }. Secrets (password hashes, stamps) are never written.</summary>
    public required string Changes { get; set; }
}

public enum AuditAction
{
    Added = 1,
    Modified = 2,
    Deleted = 3,
}

/// <summary>Marks a property that must never appear in the audit log (hashes, tokens).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;
