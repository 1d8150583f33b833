using LocalGov.Data;
using LocalGov.Planning.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Planning.Services.Participation;

/// <summary>The outcome of a participation command: success, or a resource key (and the form field it belongs to).</summary>
internal sealed record ParticipationOutcome(string? ErrorKey, string Field = "")
{
    public static readonly ParticipationOutcome Ok = new((string?)null);

    public bool Succeeded => ErrorKey is null;

    public static ParticipationOutcome Fail(string key, string field = "") => new(key, field);
}

internal enum SignInRefusal
{
    None = 0,
    WrongCredentials = 1,
    NotVerified = 2,
}

/// <summary>
/// Participants' accounts: registration with a verified email, community representatives added by staff, one-time
/// links, passwords (ASP.NET Core Identity's hasher) and sign-in checks. Answers never reveal whether an email is
/// already registered to someone who is not signed in.
/// </summary>
internal sealed class ParticipantAccounts(LocalGovDbContext db, IParticipationMailer mailer, TimeProvider clock)
{
    private static readonly PasswordHasher<Participant> Hasher = new();

    public const int MinPasswordLength = 10;

    /// <summary>Long enough, with a letter and a digit; the rest is the person's choice.</summary>
    public static bool IsAcceptablePassword(string? password) =>
        password is { Length: >= MinPasswordLength and <= 128 } && password.Any(char.IsLetter) && password.Any(char.IsDigit);

    /// <summary>
    /// Registers a citizen and mails the verification link. A duplicate email is reported as success (no account
    /// enumeration); nothing is created then.
    /// </summary>
    public async Task RegisterAsync(int laoId, string email, string displayName, string password, Func<string, string> verifyLink, MailText mail, CancellationToken cancellationToken)
    {
        var normalized = ParticipantTokens.NormalizeEmail(email);
        if (await db.Set<Participant>().AnyAsync(p => p.Email == normalized, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var token = ParticipantTokens.NewToken();
        var participant = new Participant
        {
            LaoId = laoId,
            Kind = ParticipantKind.Citizen,
            Email = normalized,
            DisplayName = displayName.Trim(),
            TokenHash = ParticipantTokens.Hash(token),
            TokenExpiresAt = now + ParticipantTokens.Lifetime,
            CreatedAt = now,
        };
        participant.PasswordHash = Hasher.HashPassword(participant, password);
        db.Set<Participant>().Add(participant);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same address registered at the same moment: the unique index decided; answer as for a duplicate.
            return;
        }

        await mailer.SendAsync(normalized, mail.Subject, string.Format(System.Globalization.CultureInfo.InvariantCulture, mail.Body, verifyLink(token)), cancellationToken);
    }

    /// <summary>Adds a community representative of the LAO and mails a link to set a password. False when the email is taken.</summary>
    public async Task<ParticipationOutcome> AddRepresentativeAsync(
        int laoId, string name, string village, string email, string addedBy, Func<string, string> setPasswordLink, MailText mail, CancellationToken cancellationToken)
    {
        var normalized = ParticipantTokens.NormalizeEmail(email);
        if (await db.Set<Participant>().AnyAsync(p => p.Email == normalized, cancellationToken))
        {
            return ParticipationOutcome.Fail("Part.Error.EmailTaken", "Email");
        }

        var now = clock.GetUtcNow();
        var token = ParticipantTokens.NewToken();
        db.Set<Participant>().Add(new Participant
        {
            LaoId = laoId,
            Kind = ParticipantKind.CommunityRepresentative,
            Email = normalized,
            DisplayName = name.Trim(),
            Village = village.Trim(),
            TokenHash = ParticipantTokens.Hash(token),
            TokenExpiresAt = now + ParticipantTokens.Lifetime,
            AddedBy = addedBy,
            CreatedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return ParticipationOutcome.Fail("Part.Error.EmailTaken", "Email");
        }

        await mailer.SendAsync(normalized, mail.Subject, string.Format(System.Globalization.CultureInfo.InvariantCulture, mail.Body, setPasswordLink(token)), cancellationToken);
        return ParticipationOutcome.Ok;
    }

    /// <summary>The participant a still valid one-time token belongs to (tracked), or null.</summary>
    public async Task<Participant?> FindByTokenAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = ParticipantTokens.Hash(token);
        var participant = await db.Set<Participant>().FirstOrDefaultAsync(p => p.TokenHash == hash, cancellationToken);
        return participant is not null && ParticipantTokens.IsValid(participant.TokenExpiresAt, clock.GetUtcNow()) && !participant.IsDisabled ? participant : null;
    }

    /// <summary>Uses a verification link: the email is verified and the token spent. False for an unknown, used or expired token.</summary>
    public async Task<bool> VerifyEmailAsync(string? token, CancellationToken cancellationToken)
    {
        if (await FindByTokenAsync(token, cancellationToken) is not { } participant || participant.PasswordHash is null)
        {
            return false;
        }

        Spend(participant);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Uses a set-password link (representatives): sets the password, verifies the email and spends the token.</summary>
    public async Task<bool> SetPasswordAsync(string? token, string password, CancellationToken cancellationToken)
    {
        if (await FindByTokenAsync(token, cancellationToken) is not { } participant)
        {
            return false;
        }

        participant.PasswordHash = Hasher.HashPassword(participant, password);
        Spend(participant);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Checks email and password; only a verified, enabled participant may sign in.</summary>
    public async Task<(Participant? Participant, SignInRefusal Refusal)> CheckSignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var normalized = ParticipantTokens.NormalizeEmail(email);
        var participant = await db.Set<Participant>().FirstOrDefaultAsync(p => p.Email == normalized, cancellationToken);
        if (participant?.PasswordHash is null || participant.IsDisabled
            || Hasher.VerifyHashedPassword(participant, participant.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            return (null, SignInRefusal.WrongCredentials);
        }

        return participant.EmailVerifiedAt is null ? (null, SignInRefusal.NotVerified) : (participant, SignInRefusal.None);
    }

    /// <summary>The password hash of a participant (used by the demo seeder).</summary>
    public static string HashPassword(Participant participant, string password) => Hasher.HashPassword(participant, password);

    private void Spend(Participant participant)
    {
        participant.EmailVerifiedAt ??= clock.GetUtcNow();
        participant.TokenHash = null;
        participant.TokenExpiresAt = null;
        participant.ConcurrencyStamp = Guid.NewGuid();
    }
}

/// <summary>A localized message: the subject and a body with <c>{0}</c> where the link goes.</summary>
internal sealed record MailText(string Subject, string Body);
