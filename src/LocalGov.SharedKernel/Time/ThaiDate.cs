using System.Globalization;

namespace LocalGov.SharedKernel.Time;

/// <summary>
/// B.E. (พ.ศ.) conversion, formatting and parsing at the edges of the system. Dates are stored in C.E.
/// This class never relies on a culture's calendar: the host runs th-TH with a Gregorian calendar on purpose
/// (so that model binding and storage stay C.E.), so the +543 and month names are applied here explicitly.
/// </summary>
public static class ThaiDate
{
    /// <summary>B.E. = C.E. + 543.</summary>
    public const int BuddhistEraOffset = 543;

    private static readonly string[] ThaiMonths =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    private static readonly string[] ThaiMonthsAbbreviated =
    [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ];

    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] EnglishMonthsAbbreviated =
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];

    // Thailand has had no daylight saving since 1920, so a fixed +7 is a safe fallback when the host has no tz data.
    private static readonly TimeZoneInfo ThailandZone = FindThailandZone();

    public static int ToBuddhistYear(int christianYear) => christianYear + BuddhistEraOffset;

    public static int ToChristianYear(int buddhistYear) => buddhistYear - BuddhistEraOffset;

    /// <summary>
    /// Formats a date with a B.E. year. Thai month names when the culture's language is Thai, English otherwise;
    /// <paramref name="culture"/> defaults to <see cref="CultureInfo.CurrentUICulture"/> (the user's language).
    /// Digits are always ASCII.
    /// </summary>
    public static string Format(DateOnly date, ThaiDateStyle style, CultureInfo? culture = null)
    {
        var thai = IsThai(culture);
        var day = date.Day.ToString(CultureInfo.InvariantCulture);
        var year = ToBuddhistYear(date.Year).ToString(CultureInfo.InvariantCulture);
        return style switch
        {
            // Two-digit day and month keep columns aligned in tables; TryParseShort also reads "1/10/2569".
            ThaiDateStyle.Short => string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{date.Month:00}/{year}"),
            ThaiDateStyle.Medium => $"{day} {(thai ? ThaiMonthsAbbreviated : EnglishMonthsAbbreviated)[date.Month - 1]} {year}",
            ThaiDateStyle.Long => $"{day} {(thai ? ThaiMonths : EnglishMonths)[date.Month - 1]} {year}",
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown date style."),
        };
    }

    /// <summary>Today's date in Thailand by <paramref name="clock"/> (the date every screen and document uses).</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(ToThailandTime(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>Month and B.E. year, e.g. "ต.ค. 2569" / "Oct 2569" (<paramref name="abbreviated"/>) or "ตุลาคม 2569".</summary>
    public static string FormatMonth(int christianYear, int month, bool abbreviated = true, CultureInfo? culture = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var thai = IsThai(culture);
        var names = abbreviated ? (thai ? ThaiMonthsAbbreviated : EnglishMonthsAbbreviated) : (thai ? ThaiMonths : EnglishMonths);
        return string.Create(CultureInfo.InvariantCulture, $"{names[month - 1]} {ToBuddhistYear(christianYear)}");
    }

    /// <summary>
    /// Formats a UTC timestamp as Thailand local date and 24-hour time, e.g. "23 พ.ย. 2569 14:05".
    /// <see cref="DateTimeKind.Unspecified"/> is treated as UTC because that is how EF Core reads stored
    /// UTC columns back; <see cref="DateTimeKind.Local"/> is converted to UTC first.
    /// </summary>
    public static string FormatDateTime(DateTime utc, ThaiDateStyle style, CultureInfo? culture = null)
    {
        var local = ToThailandTime(utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : utc);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Format(DateOnly.FromDateTime(local), style, culture)} {local:HH:mm}");
    }

    /// <summary>Converts a UTC timestamp (Unspecified is taken as UTC) to Thailand wall-clock time (UTC+7).</summary>
    public static DateTime ToThailandTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ThailandZone);

    /// <summary>Reads a date typed or imported either as ISO "yyyy-MM-dd" (C.E.) or in the short Thai form (<see cref="TryParseShort"/>).</summary>
    public static bool TryParseIsoOrShort(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        || TryParseShort(text, out date);

    /// <summary>
    /// Reads "d/M/yyyy" with a B.E. year ("1/10/2569" → 2026-10-01; leading zeros allowed). Rejects impossible
    /// dates and years below 2400, which are C.E. years typed by mistake: converting them would be a guess.
    /// </summary>
    public static bool TryParseShort(string? text, out DateOnly date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var parts = text.Trim().Split('/');
        if (parts.Length != 3
            || !TryReadNumber(parts[0], 2, out var day)
            || !TryReadNumber(parts[1], 2, out var month)
            || parts[2].Length != 4
            || !TryReadNumber(parts[2], 4, out var buddhistYear)
            || buddhistYear < 2400)
        {
            return false;
        }

        var year = ToChristianYear(buddhistYear);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryReadNumber(string text, int maxDigits, out int value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > maxDigits)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    internal static bool IsThai(CultureInfo? culture) =>
        (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "th";

    private static TimeZoneInfo FindThailandZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Bangkok", TimeSpan.FromHours(7), "Thailand", "ICT");
        }
    }
}
