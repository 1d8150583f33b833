using System.Globalization;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.SharedKernel;

public class BahtFormatTests
{
    private static decimal Dec(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("1234567.89", "1,234,567.89")]
    [InlineData("1234.5", "1,234.50")]
    [InlineData("1000", "1,000.00")]
    [InlineData("999", "999.00")]
    [InlineData("0", "0.00")]
    [InlineData("0.5", "0.50")]
    [InlineData("-1234", "-1,234.00")]
    [InlineData("-0.01", "-0.01")]
    [InlineData("0.005", "0.01")]
    [InlineData("2.325", "2.33")]
    [InlineData("-0.001", "0.00")]
    [InlineData("999999999999.99", "999,999,999,999.99")]
    public void Format_always_shows_two_decimals_with_comma_grouping(string amount, string expected)
    {
        Assert.Equal(expected, BahtFormat.Format(Dec(amount)));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("th-TH")]
    public void Format_does_not_depend_on_the_current_culture(string culture)
    {
        using var scope = new CultureScope(culture, culture);

        Assert.Equal("-1,234,567.89", BahtFormat.Format(-1234567.89m));
    }

    [Fact]
    public void Format_money_matches_format_decimal()
    {
        Assert.Equal("1,234.50", BahtFormat.Format(Money.FromSatang(123450)));
    }

    [Fact]
    public void Format_with_unit_uses_the_culture_language()
    {
        Assert.Equal("1,234.50 บาท", BahtFormat.FormatWithUnit(1234.5m, CultureInfo.GetCultureInfo("th-TH")));
        Assert.Equal("1,234.50 บาท", BahtFormat.FormatWithUnit(1234.5m, CultureScope.ThaiWithGregorianCalendar()));
        Assert.Equal("1,234.50 baht", BahtFormat.FormatWithUnit(1234.5m, CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("-5.00 baht", BahtFormat.FormatWithUnit(Money.FromSatang(-500), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Format_with_unit_defaults_to_the_current_UI_culture()
    {
        using (new CultureScope("en-US", "th-TH"))
        {
            Assert.Equal("1,234.50 บาท", BahtFormat.FormatWithUnit(1234.5m));
        }

        using (new CultureScope("th-TH", "en-GB"))
        {
            Assert.Equal("1,234.50 baht", BahtFormat.FormatWithUnit(1234.5m));
        }
    }
}
