using LocalGov.Revenue.Domain.Payments;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Revenue.Payments;

public class ThaiQrPayloadTests
{
    private const string BillerId = "099400020105201";

    [Fact]
    public void Crc_is_CCITT_FALSE_check_value_and_matches_published_PromptPay_payloads()
    {
        Assert.Equal("29B1", ThaiQrPayload.Crc16("123456789"));

        // promptpay-qr's README example (mobile 0899999999, static) ends in FE29.
        Assert.Equal("FE29", ThaiQrPayload.Crc16("00020101021129370016A000000677010111011300668999999995802TH53037646304"));

        // A published bill-payment payload ending in 3AEF.
        const string published = "000201010212304701151423461990019930210REFERENCE10310REFERENCE25204701153037645406100.005802TH5907PPETECH6007BANGKOK62380523202106250425429530000000707SRU123563043AEF";
        Assert.Equal(published[^4..], ThaiQrPayload.Crc16(published[..^4]));
    }

    [Fact]
    public void Bill_payment_payload_has_the_fields_in_order_and_decodes_back()
    {
        var payload = ThaiQrPayload.BuildBillPayment(BillerId, "12570000123", "00000015", Money.FromBaht(1500m), "NAKHON NAYOK");

        const string expectedStart = "000201" + "010212" + "3066" + "0016A000000677010112" + "0115" + BillerId + "021112570000123" + "030800000015"
            + "5303764" + "54071500.00" + "5802TH" + "5912NAKHON NAYOK" + "6304";
        Assert.Equal(expectedStart, payload[..^4]);
        Assert.Equal(ThaiQrPayload.Crc16(expectedStart), payload[^4..]);
        Assert.Matches("^[0-9A-F]{4}$", payload[^4..]);

        Assert.Equal(ThaiQrProblem.None, ThaiQrPayload.Decode(payload, out var decoded));
        Assert.NotNull(decoded);
        Assert.Equal(BillerId, decoded.BillerId);
        Assert.Equal("12570000123", decoded.Reference1);
        Assert.Equal("00000015", decoded.Reference2);
        Assert.Equal(Money.FromBaht(1500m), decoded.Amount);
        Assert.Equal("NAKHON NAYOK", decoded.MerchantName);
    }

    [Fact]
    public void Tampered_payload_fails_the_crc()
    {
        var payload = ThaiQrPayload.BuildBillPayment(BillerId, "12570000123", null, Money.FromBaht(1500m));
        var tampered = payload.Replace("1500.00", "1000.00", StringComparison.Ordinal);

        Assert.Equal(ThaiQrProblem.CrcMismatch, ThaiQrPayload.Decode(tampered, out var decoded));
        Assert.Null(decoded);
        Assert.Equal(ThaiQrProblem.CrcMismatch, ThaiQrPayload.Decode(payload[..^4] + "0000", out _));
    }

    [Fact]
    public void Truncated_or_non_bill_payment_payloads_are_refused()
    {
        var payload = ThaiQrPayload.BuildBillPayment(BillerId, "12570000123", null, Money.FromBaht(10m));
        Assert.Equal(ThaiQrProblem.Malformed, ThaiQrPayload.Decode(payload[..20], out _));
        Assert.Equal(ThaiQrProblem.Malformed, ThaiQrPayload.Decode("", out _));
        Assert.Equal(ThaiQrProblem.NotBillPayment, ThaiQrPayload.Decode("00020101021129370016A000000677010111011300668999999995802TH53037646304FE29", out _));
    }

    [Theory]
    [InlineData(1, "0.01")]
    [InlineData(150000, "1500.00")]
    [InlineData(123456789, "1234567.89")]
    [InlineData(50, "0.50")]
    public void Amount_has_two_decimals_and_no_grouping(long satang, string expected) =>
        Assert.Equal(expected, ThaiQrPayload.FormatAmount(Money.FromSatang(satang)));

    [Theory]
    [InlineData("12345678901234")]
    [InlineData("09940002010520A")]
    public void Biller_id_must_be_15_digits(string billerId) =>
        Assert.Throws<ArgumentException>(() => ThaiQrPayload.BuildBillPayment(billerId, "1", null, Money.FromBaht(1m)));

    [Theory]
    [InlineData("ภดส2570")]
    [InlineData("abc")]
    [InlineData("123456789012345678901")]
    public void References_are_upper_case_letters_or_digits_up_to_20(string reference) =>
        Assert.Throws<ArgumentException>(() => ThaiQrPayload.BuildBillPayment(BillerId, reference, null, Money.FromBaht(1m)));

    [Fact]
    public void A_dynamic_code_needs_a_positive_amount() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiQrPayload.BuildBillPayment(BillerId, "1", null, Money.Zero));
}
