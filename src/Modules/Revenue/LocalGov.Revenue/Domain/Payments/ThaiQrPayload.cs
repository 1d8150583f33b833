using System.Globalization;
using System.Text;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Revenue.Domain.Payments;

/// <summary>One data object of an EMVCo QR payload: a two-digit tag, a two-digit length and the value.</summary>
internal sealed record QrField(string Tag, string Value);

/// <summary>What a Thai QR bill-payment payload says, read back by <see cref="ThaiQrPayload.Decode"/>.</summary>
internal sealed record ThaiQrBillPayment(string BillerId, string Reference1, string? Reference2, Money Amount, string? MerchantName);

/// <summary>Why a payload did not decode.</summary>
internal enum ThaiQrProblem
{
    None = 0,
    Malformed = 1,
    CrcMismatch = 2,
    NotBillPayment = 3,
}

/// <summary>
/// The Thai QR Code (PromptPay) bill-payment payload, EMVCo merchant-presented mode: 00 "01" (format), 01 "12"
/// (dynamic: the amount is in the code), 30 (bill payment: 00 AID A000000677010112, 01 biller id = the LAO's
/// 13-digit tax id + 2-digit suffix, 02 reference 1, 03 reference 2), 53 "764" (baht), 54 amount with two
/// decimals, 58 "TH", 59 merchant name (optional), 63 CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF,
/// no reflection, no final XOR) over the whole payload up to and including "6304", four upper-case hex digits.
/// </summary>
internal static class ThaiQrPayload
{
    public const string BillPaymentAid = "A000000677010112";

    /// <summary>References are at most 20 upper-case letters or digits (Thai QR bill payment).</summary>
    public const int MaxReferenceLength = 20;

    public static string BuildBillPayment(string billerId, string reference1, string? reference2, Money amount, string? merchantName = null)
    {
        if (billerId.Length != 15 || !billerId.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("The biller id is 15 digits (tax id and suffix).", nameof(billerId));
        }

        if (!IsValidReference(reference1))
        {
            throw new ArgumentException("Reference 1 is 1–20 upper-case letters or digits.", nameof(reference1));
        }

        if (!string.IsNullOrEmpty(reference2) && !IsValidReference(reference2))
        {
            throw new ArgumentException("Reference 2 is 1–20 upper-case letters or digits.", nameof(reference2));
        }

        if (amount.Satang <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), "A dynamic QR carries a positive amount.");
        }

        var account = new StringBuilder()
            .Append(Field("00", BillPaymentAid))
            .Append(Field("01", billerId))
            .Append(Field("02", reference1));
        if (!string.IsNullOrEmpty(reference2))
        {
            account.Append(Field("03", reference2));
        }

        var payload = new StringBuilder()
            .Append(Field("00", "01"))
            .Append(Field("01", "12"))
            .Append(Field("30", account.ToString()))
            .Append(Field("53", "764"))
            .Append(Field("54", FormatAmount(amount)))
            .Append(Field("58", "TH"));
        if (!string.IsNullOrWhiteSpace(merchantName))
        {
            payload.Append(Field("59", merchantName.Trim()));
        }

        payload.Append("6304");
        return payload.Append(Crc16(payload.ToString())).ToString();
    }

    /// <summary>"1500.00": two decimals, no grouping, invariant.</summary>
    public static string FormatAmount(Money amount) => amount.Baht.ToString("0.00", CultureInfo.InvariantCulture);

    public static bool IsValidReference(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxReferenceLength && value.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));

    /// <summary>CRC-16/CCITT-FALSE of the ASCII text, as four upper-case hex digits ("123456789" → "29B1").</summary>
    public static string Crc16(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var crc = 0xFFFF;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            crc ^= b << 8;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }

        return crc.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>Splits a TLV string into fields; false when a length runs past the end or is not two digits.</summary>
    public static bool TryParseFields(string text, out IReadOnlyList<QrField> fields)
    {
        var list = new List<QrField>();
        fields = list;
        var i = 0;
        while (i < text.Length)
        {
            if (i + 4 > text.Length
                || !text[i..(i + 4)].All(char.IsAsciiDigit)
                || !int.TryParse(text.AsSpan(i + 2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || i + 4 + length > text.Length)
            {
                return false;
            }

            list.Add(new QrField(text.Substring(i, 2), text.Substring(i + 4, length)));
            i += 4 + length;
        }

        return true;
    }

    /// <summary>Checks the CRC and reads a bill-payment payload back.</summary>
    public static ThaiQrProblem Decode(string? payload, out ThaiQrBillPayment? result)
    {
        result = null;
        if (string.IsNullOrEmpty(payload) || payload.Length < 8 || !TryParseFields(payload, out var fields)
            || fields.Count == 0 || fields[^1].Tag != "63" || fields[^1].Value.Length != 4)
        {
            return ThaiQrProblem.Malformed;
        }

        if (!string.Equals(Crc16(payload[..^4]), payload[^4..], StringComparison.Ordinal))
        {
            return ThaiQrProblem.CrcMismatch;
        }

        var byTag = fields.GroupBy(f => f.Tag).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        if (!byTag.TryGetValue("30", out var account) || !TryParseFields(account, out var sub))
        {
            return ThaiQrProblem.NotBillPayment;
        }

        var subTags = sub.GroupBy(f => f.Tag).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        if (!subTags.TryGetValue("00", out var aid) || aid != BillPaymentAid || !subTags.TryGetValue("01", out var biller)
            || !subTags.TryGetValue("02", out var ref1) || byTag.GetValueOrDefault("53") != "764")
        {
            return ThaiQrProblem.NotBillPayment;
        }

        var amount = Money.Zero;
        if (byTag.TryGetValue("54", out var amountText))
        {
            if (!decimal.TryParse(amountText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var baht)
                || decimal.Round(baht, 2) != baht)
            {
                return ThaiQrProblem.Malformed;
            }

            amount = Money.FromBaht(baht);
        }

        result = new ThaiQrBillPayment(biller, ref1, subTags.GetValueOrDefault("03"), amount, byTag.GetValueOrDefault("59"));
        return ThaiQrProblem.None;
    }

    private static string Field(string tag, string value)
    {
        if (value.Length > 99)
        {
            throw new ArgumentException($"Field {tag} is longer than 99 characters.", nameof(value));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{tag}{value.Length:00}{value}");
    }
}
