using System.Globalization;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.SharedKernel;

public class BahtTextTests
{
    private static decimal Dec(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("0", "ศูนย์บาทถ้วน")]
    [InlineData("1", "หนึ่งบาทถ้วน")]
    [InlineData("2", "สองบาทถ้วน")]
    [InlineData("10", "สิบบาทถ้วน")]
    [InlineData("11", "สิบเอ็ดบาทถ้วน")]
    [InlineData("20", "ยี่สิบบาทถ้วน")]
    [InlineData("21", "ยี่สิบเอ็ดบาทถ้วน")]
    [InlineData("31", "สามสิบเอ็ดบาทถ้วน")]
    [InlineData("100", "หนึ่งร้อยบาทถ้วน")]
    [InlineData("101", "หนึ่งร้อยเอ็ดบาทถ้วน")]
    [InlineData("111", "หนึ่งร้อยสิบเอ็ดบาทถ้วน")]
    [InlineData("1001", "หนึ่งพันเอ็ดบาทถ้วน")]
    [InlineData("1060", "หนึ่งพันหกสิบบาทถ้วน")]
    [InlineData("25000", "สองหมื่นห้าพันบาทถ้วน")]
    [InlineData("100000", "หนึ่งแสนบาทถ้วน")]
    [InlineData("1000000", "หนึ่งล้านบาทถ้วน")]
    [InlineData("1000001", "หนึ่งล้านเอ็ดบาทถ้วน")]
    [InlineData("1000010", "หนึ่งล้านสิบบาทถ้วน")]
    [InlineData("2000000", "สองล้านบาทถ้วน")]
    [InlineData("10000000", "สิบล้านบาทถ้วน")]
    [InlineData("11000000", "สิบเอ็ดล้านบาทถ้วน")]
    [InlineData("11000001", "สิบเอ็ดล้านเอ็ดบาทถ้วน")]
    [InlineData("21000000", "ยี่สิบเอ็ดล้านบาทถ้วน")]
    [InlineData("21500000", "ยี่สิบเอ็ดล้านห้าแสนบาทถ้วน")]
    [InlineData("100000000", "หนึ่งร้อยล้านบาทถ้วน")]
    [InlineData("101000000", "หนึ่งร้อยเอ็ดล้านบาทถ้วน")]
    [InlineData("1000000000000", "หนึ่งล้านล้านบาทถ้วน")]
    [InlineData("1000000000001", "หนึ่งล้านล้านเอ็ดบาทถ้วน")]
    [InlineData("1000001000000", "หนึ่งล้านเอ็ดล้านบาทถ้วน")]
    [InlineData("1000000000000000000", "หนึ่งล้านล้านล้านบาทถ้วน")]
    public void Whole_baht_amounts_read_with_thuan(string amount, string expected)
    {
        Assert.Equal(expected, BahtText.ToThaiWords(Dec(amount)));
    }

    [Theory]
    [InlineData("1250.50", "หนึ่งพันสองร้อยห้าสิบบาทห้าสิบสตางค์")]
    [InlineData("0.01", "หนึ่งสตางค์")]
    [InlineData("0.11", "สิบเอ็ดสตางค์")]
    [InlineData("0.25", "ยี่สิบห้าสตางค์")]
    [InlineData("0.5", "ห้าสิบสตางค์")]
    [InlineData("1.01", "หนึ่งบาทหนึ่งสตางค์")]
    [InlineData("21.21", "ยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์")]
    [InlineData("10.5", "สิบบาทห้าสิบสตางค์")]
    [InlineData("1234567.89", "หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทแปดสิบเก้าสตางค์")]
    public void Satang_are_read_after_baht(string amount, string expected)
    {
        Assert.Equal(expected, BahtText.ToThaiWords(Dec(amount)));
    }

    [Fact]
    public void Very_large_amount_reads_every_place()
    {
        Assert.Equal(
            "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าล้าน" + "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทเก้าสิบเก้าสตางค์",
            BahtText.ToThaiWords(999_999_999_999.99m));
    }

    [Fact]
    public void Largest_decimal_does_not_fail()
    {
        var text = BahtText.ToThaiWords(decimal.MaxValue);

        Assert.StartsWith("เจ็ดหมื่นเก้าพันสองร้อยยี่สิบแปดล้าน", text, StringComparison.Ordinal);
        Assert.EndsWith("สามร้อยสามสิบห้าบาทถ้วน", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-5", "ลบห้าบาทถ้วน")]
    [InlineData("-0.25", "ลบยี่สิบห้าสตางค์")]
    [InlineData("-1250.50", "ลบหนึ่งพันสองร้อยห้าสิบบาทห้าสิบสตางค์")]
    public void Negative_amounts_are_prefixed_with_lop(string amount, string expected)
    {
        Assert.Equal(expected, BahtText.ToThaiWords(Dec(amount)));
    }

    [Theory]
    [InlineData("0.005", "หนึ่งสตางค์")]
    [InlineData("0.004", "ศูนย์บาทถ้วน")]
    [InlineData("-0.004", "ศูนย์บาทถ้วน")]
    [InlineData("0.995", "หนึ่งบาทถ้วน")]
    [InlineData("2.325", "สองบาทสามสิบสามสตางค์")]
    public void Amount_is_rounded_to_satang_half_away_from_zero_first(string amount, string expected)
    {
        Assert.Equal(expected, BahtText.ToThaiWords(Dec(amount)));
    }

    [Fact]
    public void Money_reads_like_its_baht_amount()
    {
        Assert.Equal("หนึ่งพันสองร้อยห้าสิบบาทห้าสิบสตางค์", BahtText.ToThaiWords(Money.FromSatang(125050)));
    }
}
