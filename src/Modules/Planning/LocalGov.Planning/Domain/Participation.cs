using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Planning.Domain;

/// <summary>The phases of a participation process, in order; the dates of the process decide which one is open.</summary>
internal enum ParticipationPhase
{
    NotOpenYet = 0,
    Proposals = 1,
    Review = 2,
    Support = 3,

    /// <summary>Support closed, results not yet published (counting, the council's say).</summary>
    Tally = 4,

    Results = 5,

    /// <summary>Accepted proposals are followed as plan projects.</summary>
    FollowUp = 6,
}

/// <summary>
/// งบประมาณแบบมีส่วนร่วม: an LAO's participation process for a fiscal year's budget. Each phase runs from its date to
/// the next phase's; all dates are Thai calendar days (the LAO's local date).
/// </summary>
internal sealed class ParticipationProcess
{
    public int Id { get; set; }
    public int LaoId { get; set; }

    /// <summary>The fiscal year (B.E.) whose budget and plan the proposals are for.</summary>
    public int FiscalYear { get; set; }

    public required string Title { get; set; }
    public string? Description { get; set; }
    public DateOnly ProposalsFrom { get; set; }

    /// <summary>Last day proposals are accepted.</summary>
    public DateOnly ProposalsUntil { get; set; }

    /// <summary>Last day of the staff review.</summary>
    public DateOnly ReviewUntil { get; set; }

    /// <summary>Last day of support (voting); support opens the day after the review.</summary>
    public DateOnly SupportUntil { get; set; }

    /// <summary>Results are published from this day.</summary>
    public DateOnly ResultsOn { get; set; }

    /// <summary>Follow-up (what became of the accepted proposals) from this day.</summary>
    public DateOnly FollowUpFrom { get; set; }

    /// <summary>How many proposals one person may support in this process.</summary>
    public int SupportsPerPerson { get; set; } = 3;

    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public ParticipationPhase PhaseOn(DateOnly today) =>
        today < ProposalsFrom ? ParticipationPhase.NotOpenYet
        : today <= ProposalsUntil ? ParticipationPhase.Proposals
        : today <= ReviewUntil ? ParticipationPhase.Review
        : today <= SupportUntil ? ParticipationPhase.Support
        : today < ResultsOn ? ParticipationPhase.Tally
        : today < FollowUpFrom ? ParticipationPhase.Results
        : ParticipationPhase.FollowUp;

    /// <summary>Dates in order: proposals from ≤ until &lt; review until &lt; support until &lt; results ≤ follow-up.</summary>
    public bool DatesAreInOrder =>
        ProposalsFrom <= ProposalsUntil && ProposalsUntil < ReviewUntil && ReviewUntil < SupportUntil && SupportUntil < ResultsOn && ResultsOn <= FollowUpFrom;
}

internal enum ParticipantKind
{
    /// <summary>Registered on the site with a verified email.</summary>
    Citizen = 1,

    /// <summary>ผู้แทนชุมชน/หมู่บ้าน added by the LAO's staff.</summary>
    CommunityRepresentative = 2,
}

/// <summary>
/// A person taking part in participatory budgeting. Not a staff account: participants sign in with their own cookie
/// scheme and can only propose, comment and support within their LAO. Personal data never appears on public pages.
/// </summary>
internal sealed class Participant
{
    public int Id { get; set; }

    /// <summary>The LAO the person lives in; they take part in its processes only.</summary>
    public int LaoId { get; set; }

    public ParticipantKind Kind { get; set; }

    /// <summary>Normalised (trimmed, lower case); unique.</summary>
    public required string Email { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>Village or community (หมู่ที่/ชุมชน), for representatives and optional for citizens.</summary>
    public string? Village { get; set; }

    /// <summary>ASP.NET Core Identity's password hash format (PasswordHasher); null until the person sets one.</summary>
    public string? PasswordHash { get; set; }

    public DateTimeOffset? EmailVerifiedAt { get; set; }

    /// <summary>SHA-256 of the one-time token sent by email (verification or password setting), hex.</summary>
    public string? TokenHash { get; set; }

    public DateTimeOffset? TokenExpiresAt { get; set; }

    /// <summary>The staff member who added a representative.</summary>
    public string? AddedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public bool IsDisabled { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    public bool IsVerified => EmailVerifiedAt is not null && !IsDisabled;
}

internal enum ProposalCategory
{
    RoadsAndInfrastructure = 1,
    WaterAndDrainage = 2,
    Environment = 3,
    Education = 4,
    Health = 5,
    SocialWelfare = 6,
    Economy = 7,
    Safety = 8,
    CultureAndSport = 9,
    Other = 99,
}

internal enum ProposalStatus
{
    /// <summary>Submitted, visible, not yet reviewed.</summary>
    Submitted = 1,

    /// <summary>Reviewed: feasible, with the staff's cost; can be supported.</summary>
    Feasible = 2,

    /// <summary>Reviewed: not feasible, with the reason.</summary>
    NotFeasible = 3,

    /// <summary>Accepted into the development plan as a project.</summary>
    Accepted = 4,

    /// <summary>Hidden by a moderator with a reason (not shown publicly).</summary>
    Hidden = 5,

    /// <summary>A duplicate merged into another proposal (its supports moved there).</summary>
    Merged = 6,
}

/// <summary>A citizen's proposal (ข้อเสนอโครงการ) in a participation process.</summary>
internal sealed class Proposal
{
    public int Id { get; set; }
    public int ProcessId { get; set; }
    public int LaoId { get; set; }
    public int ParticipantId { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public ProposalCategory Category { get; set; }
    public string? Location { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public Money EstimatedCost { get; set; }
    public ProposalStatus Status { get; set; } = ProposalStatus.Submitted;

    /// <summary>The moderator's reason to hide, or the review's reason for "not feasible".</summary>
    public string? StatusReason { get; set; }

    public int? MergedIntoId { get; set; }

    /// <summary>The staff's estimate after review.</summary>
    public Money? ReviewedCost { get; set; }

    /// <summary>The plan project it became (Accepted).</summary>
    public int? PlanProjectId { get; set; }

    /// <summary>Count of <see cref="ProposalSupport"/> rows, kept in the same transaction as each support.</summary>
    public int SupportCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string? ModeratedBy { get; set; }
    public DateTimeOffset? ModeratedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    public bool IsPublic => Status is not (ProposalStatus.Hidden or ProposalStatus.Merged);
}

internal sealed class ProposalComment
{
    public int Id { get; set; }
    public int ProposalId { get; set; }
    public int ParticipantId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public bool IsHidden { get; set; }
    public string? HiddenReason { get; set; }
}

/// <summary>One person's support of one proposal; unique per (proposal, participant).</summary>
internal sealed class ProposalSupport
{
    public int Id { get; set; }
    public int ProcessId { get; set; }
    public int ProposalId { get; set; }
    public int ParticipantId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
