using System.Text;

namespace LocalGov.SharedKernel.Amounts;

/// <summary>
/// Amount in Thai words for printed documents (receipts, vouchers, contracts), like Excel's BAHTTEXT:
/// 1,250.50 → "หนึ่งพันสองร้อยห้าสิบบาทห้าสิบสตางค์", 100 → "หนึ่งร้อยบาทถ้วน".
/// </summary>
public static class BahtText
{
    private static readonly string[] Digits = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"];

    // Index = position within a six-digit group (0 = units).
    private static readonly string[] Places = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"];

    private const decimal Million = 1_000_000m;

    /// <summary>
    /// Reads <paramref name="amount"/> rounded to satang (<see cref="MoneyRounding.ToSatang"/>), so 0.005 reads
    /// as หนึ่งสตางค์. Negative amounts are prefixed with "ลบ"; an amount that rounds to zero is "ศูนย์บาทถ้วน".
    /// </summary>
    public static string ToThaiWords(decimal amount)
    {
        var rounded = MoneyRounding.ToSatang(amount);
        if (rounded == 0m)
        {
            return "ศูนย์บาทถ้วน";
        }

        var absolute = Math.Abs(rounded);
        var baht = decimal.Truncate(absolute);
        var satang = (int)((absolute - baht) * 100m);

        var text = new StringBuilder();
        if (rounded < 0m)
        {
            text.Append("ลบ");
        }

        if (baht > 0m)
        {
            AppendNumber(text, baht);
            text.Append("บาท");
        }

        if (satang == 0)
        {
            text.Append("ถ้วน");
        }
        else
        {
            AppendGroup(text, satang, hasHigherDigits: false);
            text.Append("สตางค์");
        }

        return text.ToString();
    }

    public static string ToThaiWords(Money amount) => ToThaiWords(amount.Baht);

    /// <summary>
    /// Reads a positive whole number in six-digit groups joined by ล้าน, recursively, so 10^12 is
    /// หนึ่งล้านล้าน.
    /// </summary>
    /// <remarks>
    /// The "เอ็ด" rule follows the whole number, not the six-digit group: a units 1 reads เอ็ด whenever any
    /// higher digit of the number is non-zero, so 1,000,001 = หนึ่งล้านเอ็ด and 1,000,000,000,001 =
    /// หนึ่งล้านล้านเอ็ด, as Excel's BAHTTEXT and common official usage print them. A group that is exactly 1
    /// with nothing above it reads หนึ่ง (1 = หนึ่ง, 1,000,000 = หนึ่งล้าน).
    /// </remarks>
    private static void AppendNumber(StringBuilder text, decimal number)
    {
        var millions = decimal.Truncate(number / Million);
        var group = (int)(number % Million);
        if (millions > 0m)
        {
            AppendNumber(text, millions);
            text.Append("ล้าน");
        }

        AppendGroup(text, group, hasHigherDigits: millions > 0m);
    }

    /// <summary>Reads 0–999,999 (zero reads as nothing); <paramref name="hasHigherDigits"/> drives เอ็ด.</summary>
    private static void AppendGroup(StringBuilder text, int group, bool hasHigherDigits)
    {
        for (var place = 5; place >= 0; place--)
        {
            var divisor = Pow10(place);
            var digit = group / divisor % 10;
            if (digit == 0)
            {
                continue;
            }

            var higherInGroup = group >= divisor * 10;
            var word = (place, digit) switch
            {
                (1, 1) => "",
                (1, 2) => "ยี่",
                (0, 1) when higherInGroup || hasHigherDigits => "เอ็ด",
                _ => Digits[digit],
            };
            text.Append(word).Append(Places[place]);
        }
    }

    private static int Pow10(int exponent)
    {
        var result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
