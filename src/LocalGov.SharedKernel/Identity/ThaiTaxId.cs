namespace LocalGov.SharedKernel.Identity;

/// <summary>
/// The 13-digit Thai citizen id / taxpayer id (เลขประจำตัวประชาชน / เลขประจำตัวผู้เสียภาษีอากร), which also
/// identifies vendors. Juristic persons' ids start with 0, so a leading 0 is allowed. The last digit is a
/// mod-11 check digit: d13 = (11 − Σ_{i=1..12} d_i·(14−i) mod 11) mod 10.
/// </summary>
public static class ThaiTaxId
{
    public const int Length = 13;

    /// <summary>True when, ignoring spaces and dashes, the value is 13 ASCII digits with a correct check digit.</summary>
    public static bool IsValid(string? value) => TryParse(value, out _);

    /// <summary>
    /// The 13 digits with spaces and dashes removed, or null when that is not exactly 13 ASCII digits.
    /// Does not verify the check digit (use <see cref="IsValid"/> or <see cref="TryParse"/>).
    /// </summary>
    public static string? Normalize(string? value)
    {
        if (value is null)
        {
            return null;
        }

        Span<char> digits = stackalloc char[Length];
        var count = 0;
        foreach (var c in value)
        {
            if (c == '-' || char.IsWhiteSpace(c))
            {
                continue;
            }

            if (!char.IsAsciiDigit(c) || count == Length)
            {
                return null;
            }

            digits[count++] = c;
        }

        return count == Length ? new string(digits) : null;
    }

    /// <summary>Normalizes and verifies the check digit; <paramref name="normalized"/> is empty on failure.</summary>
    public static bool TryParse(string? value, out string normalized)
    {
        var digits = Normalize(value);
        if (digits is null || !HasValidCheckDigit(digits))
        {
            normalized = string.Empty;
            return false;
        }

        normalized = digits;
        return true;
    }

    /// <summary>Display form grouped 1-4-5-2-1, e.g. "1-2345-67890-12-1", as printed on the id card.</summary>
    /// <exception cref="ArgumentException">The value is not a valid id.</exception>
    public static string Format(string valid)
    {
        if (!TryParse(valid, out var d))
        {
            throw new ArgumentException("Not a valid 13-digit Thai tax id.", nameof(valid));
        }

        return $"{d[..1]}-{d[1..5]}-{d[5..10]}-{d[10..12]}-{d[12..]}";
    }

    /// <summary>The check digit for the first 12 digits; exposed to tests and seed-data generators.</summary>
    internal static int CheckDigit(ReadOnlySpan<char> first12)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (first12[i] - '0') * (13 - i);
        }

        return (11 - (sum % 11)) % 10;
    }

    private static bool HasValidCheckDigit(string digits) => CheckDigit(digits.AsSpan(0, 12)) == digits[12] - '0';
}
