using System.Security.Cryptography;
using System.Text;

namespace LocalGov.Planning.Services.Participation;

/// <summary>
/// One-time tokens sent by email (verify the address, set a password). Only the SHA-256 of a token is stored, so a
/// copy of the database cannot be used to take over an account; a token is valid for <see cref="Lifetime"/>.
/// </summary>
internal static class ParticipantTokens
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(48);

    /// <summary>A new random token (256 bits, URL-safe text).</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form of a token: SHA-256 of its UTF-8 text, lower-case hex (64 characters).</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>True while a token issued to expire at <paramref name="expiresAt"/> may still be used.</summary>
    public static bool IsValid(DateTimeOffset? expiresAt, DateTimeOffset now) => expiresAt is { } e && now < e;

    /// <summary>Emails compare trimmed and in lower case (unique index on the normalised form).</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}
