using System.Globalization;

namespace LocalGov.Web.Infrastructure;

/// <summary>
/// The UI cultures. Thai is the default. Both use the Gregorian calendar internally so that dates typed or
/// posted (ISO yyyy-MM-dd from date inputs) always mean C.E.; Buddhist-Era years are added explicitly when
/// dates are shown (see ThaiDate). th-TH's own Thai Buddhist calendar would silently read 2026 as B.E. 2026.
/// </summary>
public static class Cultures
{
    public const string Thai = "th-TH";
    public const string English = "en-US";

    public static CultureInfo ThaiGregorian { get; } = CreateThai();

    public static CultureInfo EnglishUs { get; } = CultureInfo.ReadOnly(new CultureInfo(English));

    public static IReadOnlyList<CultureInfo> Supported { get; } = [ThaiGregorian, EnglishUs];

    private static CultureInfo CreateThai()
    {
        var thai = new CultureInfo(Thai);
        thai.DateTimeFormat.Calendar = new GregorianCalendar();
        return CultureInfo.ReadOnly(thai);
    }
}
