using System.Globalization;
using LocalGov.SharedKernel.Time;

namespace LocalGov.UnitTests.SharedKernel;

public class ThaiDateTests
{
    private static readonly DateOnly November23 = new(2026, 11, 23);

    [Theory]
    [InlineData(2026, 2569)]
    [InlineData(2027, 2570)]
    [InlineData(1957, 2500)]
    public void Buddhist_year_is_Christian_year_plus_543_and_back(int christian, int buddhist)
    {
        Assert.Equal(buddhist, ThaiDate.ToBuddhistYear(christian));
        Assert.Equal(christian, ThaiDate.ToChristianYear(buddhist));
    }

    [Theory]
    [InlineData("th-TH", ThaiDateStyle.Short, "23/11/2569")]
    [InlineData("th-TH", ThaiDateStyle.Medium, "23 พ.ย. 2569")]
    [InlineData("th-TH", ThaiDateStyle.Long, "23 พฤศจิกายน 2569")]
    [InlineData("en-US", ThaiDateStyle.Short, "23/11/2569")]
    [InlineData("en-US", ThaiDateStyle.Medium, "23 Nov 2569")]
    [InlineData("en-US", ThaiDateStyle.Long, "23 November 2569")]
    [InlineData("en-GB", ThaiDateStyle.Long, "23 November 2569")]
    [InlineData("", ThaiDateStyle.Medium, "23 Nov 2569")]
    public void Format_shows_the_Buddhist_year_with_month_names_in_the_culture_language(
        string culture, ThaiDateStyle style, string expected)
    {
        Assert.Equal(expected, ThaiDate.Format(November23, style, CultureInfo.GetCultureInfo(culture)));
    }

    [Theory]
    [InlineData("th-TH", true, 2025, 10, "ต.ค. 2568")]
    [InlineData("th-TH", false, 2026, 9, "กันยายน 2569")]
    [InlineData("en-US", true, 2026, 1, "Jan 2569")]
    [InlineData("en-US", false, 2026, 12, "December 2569")]
    public void FormatMonth_shows_the_month_name_and_the_Buddhist_year(string culture, bool abbreviated, int year, int month, string expected)
    {
        Assert.Equal(expected, ThaiDate.FormatMonth(year, month, abbreviated, CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Today_is_the_date_in_Thailand_not_in_UTC()
    {
        Assert.Equal(new DateOnly(2026, 11, 24), ThaiDate.Today(new FixedClock(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero))));
        Assert.Equal(new DateOnly(2026, 11, 23), ThaiDate.Today(new FixedClock(new DateTimeOffset(2026, 11, 23, 16, 59, 59, TimeSpan.Zero))));
    }

    [Theory]
    [InlineData("2026-11-23")]
    [InlineData(" 23/11/2569 ")]
    public void Imported_dates_are_read_as_ISO_or_the_short_Thai_form(string text)
    {
        Assert.True(ThaiDate.TryParseIsoOrShort(text, out var date));
        Assert.Equal(new DateOnly(2026, 11, 23), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("23/11/2026")]
    [InlineData("2026-02-30")]
    public void Other_date_text_is_refused(string? text) => Assert.False(ThaiDate.TryParseIsoOrShort(text, out _));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void FormatMonth_refuses_a_month_outside_1_to_12()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiDate.FormatMonth(2026, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiDate.FormatMonth(2026, 0));
    }

    [Fact]
    public void Short_format_pads_day_and_month_to_two_digits()
    {
        Assert.Equal("01/10/2569", ThaiDate.Format(new DateOnly(2026, 10, 1), ThaiDateStyle.Short, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Medium_and_long_formats_do_not_pad_the_day()
    {
        var date = new DateOnly(2026, 10, 1);
        var thai = CultureInfo.GetCultureInfo("th-TH");

        Assert.Equal("1 ต.ค. 2569", ThaiDate.Format(date, ThaiDateStyle.Medium, thai));
        Assert.Equal("1 ตุลาคม 2569", ThaiDate.Format(date, ThaiDateStyle.Long, thai));
    }

    [Theory]
    [InlineData(1, "มกราคม", "ม.ค.", "January", "Jan")]
    [InlineData(2, "กุมภาพันธ์", "ก.พ.", "February", "Feb")]
    [InlineData(3, "มีนาคม", "มี.ค.", "March", "Mar")]
    [InlineData(4, "เมษายน", "เม.ย.", "April", "Apr")]
    [InlineData(5, "พฤษภาคม", "พ.ค.", "May", "May")]
    [InlineData(6, "มิถุนายน", "มิ.ย.", "June", "Jun")]
    [InlineData(7, "กรกฎาคม", "ก.ค.", "July", "Jul")]
    [InlineData(8, "สิงหาคม", "ส.ค.", "August", "Aug")]
    [InlineData(9, "กันยายน", "ก.ย.", "September", "Sep")]
    [InlineData(10, "ตุลาคม", "ต.ค.", "October", "Oct")]
    [InlineData(11, "พฤศจิกายน", "พ.ย.", "November", "Nov")]
    [InlineData(12, "ธันวาคม", "ธ.ค.", "December", "Dec")]
    public void Every_month_has_its_Thai_and_English_name(
        int month, string thaiLong, string thaiShort, string englishLong, string englishShort)
    {
        var date = new DateOnly(2027, month, 5);
        var thai = CultureInfo.GetCultureInfo("th-TH");
        var english = CultureInfo.GetCultureInfo("en-US");

        Assert.Equal($"5 {thaiLong} 2570", ThaiDate.Format(date, ThaiDateStyle.Long, thai));
        Assert.Equal($"5 {thaiShort} 2570", ThaiDate.Format(date, ThaiDateStyle.Medium, thai));
        Assert.Equal($"5 {englishLong} 2570", ThaiDate.Format(date, ThaiDateStyle.Long, english));
        Assert.Equal($"5 {englishShort} 2570", ThaiDate.Format(date, ThaiDateStyle.Medium, english));
    }

    [Theory]
    [InlineData(ThaiDateStyle.Short, "23/11/2569")]
    [InlineData(ThaiDateStyle.Medium, "23 พ.ย. 2569")]
    [InlineData(ThaiDateStyle.Long, "23 พฤศจิกายน 2569")]
    public void Thai_format_is_identical_under_the_Buddhist_and_the_Gregorian_th_TH_calendar(
        ThaiDateStyle style, string expected)
    {
        var buddhist = CultureInfo.GetCultureInfo("th-TH");
        var gregorian = CultureScope.ThaiWithGregorianCalendar();
        Assert.IsType<ThaiBuddhistCalendar>(buddhist.DateTimeFormat.Calendar);
        Assert.IsType<GregorianCalendar>(gregorian.DateTimeFormat.Calendar);

        Assert.Equal(expected, ThaiDate.Format(November23, style, buddhist));
        Assert.Equal(expected, ThaiDate.Format(November23, style, gregorian));
    }

    [Fact]
    public void Format_defaults_to_the_current_UI_culture()
    {
        using (new CultureScope("en-US", "th-TH"))
        {
            Assert.Equal("23 พ.ย. 2569", ThaiDate.Format(November23, ThaiDateStyle.Medium));
        }

        using (new CultureScope("th-TH", "en-US"))
        {
            Assert.Equal("23 Nov 2569", ThaiDate.Format(November23, ThaiDateStyle.Medium));
        }
    }

    [Fact]
    public void Format_does_not_add_543_twice_when_the_current_culture_uses_the_Buddhist_calendar()
    {
        using var scope = new CultureScope("th-TH", "th-TH");
        Assert.IsType<ThaiBuddhistCalendar>(CultureInfo.CurrentCulture.DateTimeFormat.Calendar);

        Assert.Equal("23/11/2569", ThaiDate.Format(November23, ThaiDateStyle.Short));
        Assert.Equal("23 พฤศจิกายน 2569 14:05", ThaiDate.FormatDateTime(new DateTime(2026, 11, 23, 7, 5, 0, DateTimeKind.Utc), ThaiDateStyle.Long));
    }

    [Fact]
    public void Format_date_time_converts_UTC_to_Thailand_time_and_appends_24_hour_time()
    {
        var utc = new DateTime(2026, 11, 23, 7, 5, 0, DateTimeKind.Utc);

        Assert.Equal("23 พ.ย. 2569 14:05", ThaiDate.FormatDateTime(utc, ThaiDateStyle.Medium, CultureInfo.GetCultureInfo("th-TH")));
        Assert.Equal("23 November 2569 14:05", ThaiDate.FormatDateTime(utc, ThaiDateStyle.Long, CultureInfo.GetCultureInfo("en-US")));
    }

    [Fact]
    public void Format_date_time_moves_to_the_next_day_after_17_00_UTC()
    {
        var utc = new DateTime(2026, 9, 30, 17, 30, 0, DateTimeKind.Utc);

        Assert.Equal("01/10/2569 00:30", ThaiDate.FormatDateTime(utc, ThaiDateStyle.Short, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Format_date_time_treats_unspecified_kind_as_UTC_and_converts_local_kind()
    {
        var utc = new DateTime(2026, 11, 23, 20, 45, 0, DateTimeKind.Utc);
        var unspecified = DateTime.SpecifyKind(utc, DateTimeKind.Unspecified);
        var expected = "24/11/2569 03:45";

        Assert.Equal(expected, ThaiDate.FormatDateTime(utc, ThaiDateStyle.Short, CultureInfo.InvariantCulture));
        Assert.Equal(expected, ThaiDate.FormatDateTime(unspecified, ThaiDateStyle.Short, CultureInfo.InvariantCulture));
        Assert.Equal(expected, ThaiDate.FormatDateTime(utc.ToLocalTime(), ThaiDateStyle.Short, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Thailand_time_is_UTC_plus_7_all_year()
    {
        var winter = new DateTime(2027, 1, 15, 12, 0, 0, DateTimeKind.Utc);
        var summer = new DateTime(2027, 7, 15, 12, 0, 0, DateTimeKind.Utc);

        Assert.Equal(new DateTime(2027, 1, 15, 19, 0, 0), ThaiDate.ToThailandTime(winter));
        Assert.Equal(new DateTime(2027, 7, 15, 19, 0, 0), ThaiDate.ToThailandTime(summer));
    }

    [Theory]
    [InlineData("1/10/2569", 2026, 10, 1)]
    [InlineData("01/10/2569", 2026, 10, 1)]
    [InlineData("23/11/2569", 2026, 11, 23)]
    [InlineData(" 30/9/2570 ", 2027, 9, 30)]
    [InlineData("29/2/2571", 2028, 2, 29)]
    [InlineData("31/12/2400", 1857, 12, 31)]
    public void Try_parse_short_reads_day_month_and_Buddhist_year(string text, int year, int month, int day)
    {
        Assert.True(ThaiDate.TryParseShort(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("31/2/2569")]
    [InlineData("29/2/2569")]
    [InlineData("31/4/2570")]
    [InlineData("0/1/2569")]
    [InlineData("1/0/2569")]
    [InlineData("1/13/2569")]
    [InlineData("1/10/2026")]
    [InlineData("1/10/2399")]
    [InlineData("1/10/69")]
    [InlineData("1/10/25690")]
    [InlineData("001/10/2569")]
    [InlineData("1/10")]
    [InlineData("1/10/2569/1")]
    [InlineData("1-10-2569")]
    [InlineData("1 / 10 / 2569")]
    [InlineData("+1/10/2569")]
    [InlineData("a/10/2569")]
    [InlineData("๑/๑๐/๒๕๖๙")]
    [InlineData("2026-10-01")]
    public void Try_parse_short_rejects_invalid_dates_and_Christian_years(string? text)
    {
        Assert.False(ThaiDate.TryParseShort(text, out var date));
        Assert.Equal(default, date);
    }

    [Theory]
    [InlineData(2026, 10, 1)]
    [InlineData(2027, 9, 30)]
    [InlineData(2028, 2, 29)]
    [InlineData(2026, 12, 31)]
    public void Short_format_round_trips_through_try_parse_short(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        var text = ThaiDate.Format(date, ThaiDateStyle.Short, CultureInfo.GetCultureInfo("th-TH"));

        Assert.True(ThaiDate.TryParseShort(text, out var parsed));
        Assert.Equal(date, parsed);
    }
}
